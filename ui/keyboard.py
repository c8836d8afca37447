"""On-screen keys for a kiosk that has no physical keyboard: a numeric pad and a full keyboard.

Both type into a :class:`QLineEdit` with :meth:`QLineEdit.insert` and
:meth:`QLineEdit.backspace`, so the field's ``maxLength``, validator and input mask still apply
and ``textEdited`` is emitted as if the visitor had typed. No key ever takes the focus: the
field being edited keeps its cursor while the visitor touches keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)
from shiboken6 import Shiboken

from ui.widgets import Screen

#: Dynamic property of a :class:`QLineEdit`: when ``True``, :class:`OnScreenKeyboard`
#: capitalises the first letter of every word (names: "budi santoso" → "Budi Santoso").
CAPITALIZE_WORDS = "capitalize_words"

BACKSPACE = "⌫"
SHIFT = "⇧"

#: Numeric pad keys are at least this wide and high (the theme may make them a little bigger).
PAD_KEY_SIZE = 88
#: The pad is this wide; a wider parent centres it.
PAD_MAX_WIDTH = 3 * 160 + 2 * 12
#: Keyboard keys are at least this high (touch target ≥ 64 px at 1080p).
KEY_MIN_HEIGHT = 80
#: ... and at least this wide, so a narrow parent cannot squeeze them into slivers.
KEY_MIN_WIDTH = 48

DIGITS = "1234567890"
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
PUNCTUATION = "-'.,"

#: Keyboard grid: every row is 20 half-key columns wide; a letter key spans two.
_COLUMNS = 20


def _make_key(text: str, parent: QWidget, *, role: str = "key") -> QPushButton:
    """A key that never takes the focus from the field being edited."""
    button = QPushButton(text, parent)
    button.setProperty("role", role)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    return button


class _Keys(Screen):
    """What both key sets share: the field they type into and how they change it."""

    typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_target(self, edit: QLineEdit | None) -> None:
        """The field to type into; ``None`` to type into nothing (or the focused field)."""
        self._target = edit

    def _chosen_target(self) -> QLineEdit | None:
        """The field given to :meth:`set_target`, unless Qt has deleted it since."""
        if self._target is not None and not Shiboken.isValid(self._target):
            self._target = None
        return self._target

    def target(self) -> QLineEdit | None:
        """The field the next key goes into, or ``None``."""
        return self._chosen_target()

    def _edit(self, change: Callable[[QLineEdit], None]) -> bool:
        """Apply ``change`` to the target; emit :attr:`typed` if its text changed.

        Returns whether there was a field to type into.
        """
        edit = self.target()
        if edit is None or edit.isReadOnly() or not edit.isEnabled():
            return False
        before = edit.text()
        change(edit)
        if edit.text() != before:
            self.typed.emit()
        return True


class NumericPad(_Keys):
    """A phone-style pad for phone numbers and pass numbers: 1–9, 0, clear, backspace and one
    large action key whose text the caller sets. It has only digit keys, so it can never type a
    letter.

    Signals:
        submitted(): the action key was touched.
        typed(): a key changed the target's text (for idle timers).
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action_text: str | None = None
        self._keys: dict[str, QPushButton] = {}

        pad = QWidget(self)
        # Always this wide, even where a layout centres it at its size hint: "Clear" in words
        # needs the room a digit does not.
        pad.setFixedWidth(PAD_MAX_WIDTH)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit, pad), index // 3, index % 3)
        self.clear_key = _make_key("", pad)
        self.clear_key.setObjectName("pad-clear")
        self.clear_key.clicked.connect(lambda: self._edit(QLineEdit.clear))
        self.backspace = _make_key(BACKSPACE, pad)
        self.backspace.setObjectName("pad-backspace")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(lambda: self._edit(QLineEdit.backspace))
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self._digit_key("0", pad), 3, 1)
        grid.addWidget(self.backspace, 3, 2)
        for key in (*self._keys.values(), self.clear_key, self.backspace):
            key.setMinimumSize(PAD_KEY_SIZE, PAD_KEY_SIZE)
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.action = _make_key("", pad, role="key-action")
        self.action.setObjectName("pad-action")
        self.action.setMinimumHeight(PAD_KEY_SIZE)
        self.action.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action.clicked.connect(self.submitted)
        grid.addWidget(self.action, 4, 0, 1, 3)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addStretch(1)
        layout.addWidget(pad)  # the stretches centre it
        layout.addStretch(1)
        self.retranslate()

    def key(self, digit: str) -> QPushButton:
        """The key that types ``digit`` ("0" to "9")."""
        return self._keys[digit]

    def set_action_text(self, text: str) -> None:
        """The action key's text, already translated by the caller (it re-sets it on a
        language change)."""
        self._action_text = text
        self.action.setText(text)

    def retranslate(self) -> None:
        if self._action_text is None:
            self.action.setText(self.tr("OK"))
        # A word, not "C": nobody reads a symbol the same way.
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleDescription(self.tr("Clears the whole number"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        self.backspace.setAccessibleDescription(self.tr("Deletes the last digit"))

    def _digit_key(self, digit: str, parent: QWidget) -> QPushButton:
        key = _make_key(digit, parent)
        key.setObjectName(f"pad-{digit}")
        key.clicked.connect(lambda: self._edit(lambda edit: edit.insert(digit)))
        self._keys[digit] = key
        return key


class OnScreenKeyboard(_Keys):
    """A full keyboard for names, organisation names, codes and searches: digits (unless
    ``digits`` is false: names have none), the letters in QWERTY order, shift, backspace,
    ``- ' . ,`` and a space bar. It has no confirm key: the screen's own button is the one way
    on, so no screen shows two.

    It types into :meth:`target`: the field given to :meth:`set_target`, or else the focused
    :class:`QLineEdit`, or else nowhere. Shift makes the next letter upper case, then turns
    itself off (as on a phone). In a field whose :data:`CAPITALIZE_WORDS` property is ``True``
    the first letter of every word is upper case without shift.

    Signals:
        typed(): a key changed the target's text (for idle timers).
    """

    def __init__(self, parent: QWidget | None = None, *, digits: bool = True) -> None:
        super().__init__(parent)
        self.setProperty("role", "keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._keys: dict[str, QPushButton] = {}
        self._letters: list[QPushButton] = []

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(10)
        for column in range(_COLUMNS):
            grid.setColumnStretch(column, 1)

        def place(key: QPushButton, row: int, column: int, span: int = 2) -> None:
            key.setMinimumSize(KEY_MIN_WIDTH, KEY_MIN_HEIGHT)
            # Ignore the text's width so every key gets its share of the row by its span.
            key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(key, row, column, 1, span)

        first = 0
        if digits:
            for index, digit in enumerate(DIGITS):
                place(self._char_key(digit), 0, 2 * index)
            first = 1
        for row, (offset, letters) in enumerate(zip((0, 1, 3), LETTER_ROWS, strict=True),
                                                first):
            for index, letter in enumerate(letters):
                place(self._char_key(letter), row, offset + 2 * index)

        self.shift = _make_key(SHIFT, self)
        self.shift.setObjectName("key-shift")
        self.shift.setCheckable(True)
        self.shift.toggled.connect(self._show_case)
        place(self.shift, first + 2, 0, 3)
        self.backspace = _make_key(BACKSPACE, self)
        self.backspace.setObjectName("key-backspace")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(lambda: self._edit(QLineEdit.backspace))
        place(self.backspace, first + 2, 17, 3)

        for index, char in enumerate(PUNCTUATION):
            place(self._char_key(char), first + 3, 2 * index)
        self.space = _make_key("", self)
        self.space.setObjectName("key-space")
        self.space.clicked.connect(lambda: self._edit(lambda edit: edit.insert(" ")))
        place(self.space, first + 3, 8, 12)
        self.retranslate()

    def key(self, char: str) -> QPushButton:
        """The key that types ``char``: a digit (if it has them), a letter (either case) or one
        of ``- ' . ,``."""
        return self._keys[char.lower()]

    def target(self) -> QLineEdit | None:
        """The field given to :meth:`set_target`; else the focused :class:`QLineEdit`."""
        chosen = self._chosen_target()
        if chosen is not None:
            return chosen
        focused = QApplication.focusWidget()
        return focused if isinstance(focused, QLineEdit) else None

    def retranslate(self) -> None:
        self.space.setText(self.tr("space"))
        punctuation = {"-": self.tr("Hyphen"), "'": self.tr("Apostrophe"),
                       ".": self.tr("Full stop"), ",": self.tr("Comma")}
        for char, name in punctuation.items():
            self._keys[char].setAccessibleName(name)
        self.shift.setAccessibleName(self.tr("Shift"))
        self.shift.setAccessibleDescription(self.tr("The next letter is a capital"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        self.backspace.setAccessibleDescription(self.tr("Deletes the last letter"))

    def _char_key(self, char: str) -> QPushButton:
        key = _make_key(char, self)
        key.setObjectName(f"key-{char}")
        if char.isalpha():
            key.clicked.connect(lambda: self._type_letter(char))
            self._letters.append(key)
        else:
            key.clicked.connect(lambda: self._edit(lambda edit: edit.insert(char)))
        self._keys[char] = key
        return key

    def _type_letter(self, letter: str) -> None:
        def insert(edit: QLineEdit) -> None:
            upper = self.shift.isChecked() or _starts_word(edit)
            edit.insert(letter.upper() if upper else letter)

        if self._edit(insert):
            self.shift.setChecked(False)

    def _show_case(self, upper: bool) -> None:
        for key in self._letters:
            key.setText(key.text().upper() if upper else key.text().lower())


def _starts_word(edit: QLineEdit) -> bool:
    """Whether the next letter begins a word in a field that capitalises words."""
    if edit.property(CAPITALIZE_WORDS) is not True:
        return False
    cursor = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
    before = edit.text()[:cursor]
    return not before or before[-1].isspace()
