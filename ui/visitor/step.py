"""The frame every kiosk step shares: a title, a way back, and the step's own content."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets import Screen, is_indonesian, label, other_language_name
from ui.widgets.screen import language_toggle_name

#: A touch list shows at least three rows of 96 px.
LIST_MIN_HEIGHT = 3 * 96 + 8


class StepScreen(Screen):
    """A kiosk screen with a title and a back button; subclasses fill ``body`` and may name
    their ``main`` control, which has the focus whenever the screen shows; without one,
    nothing has it (the window clears it: never "Back", never a tile that would look chosen).

    Signals:
        back(): the visitor wants to go back (or cancel, on the first step).
        language_requested(str): "id" or "en", from the toggle every step carries.
    """

    back = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title", self)
        self.back_button = QPushButton(self)
        self.back_button.setProperty("role", "back")
        self.back_button.clicked.connect(self.back)
        self.language_button = QPushButton(self)
        self.language_button.setProperty("role", "language")
        self.language_button.clicked.connect(
            lambda: self.language_requested.emit("en" if is_indonesian() else "id"))
        # Touching them must not take the focus from the field being typed into.
        for button in (self.back_button, self.language_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addStretch(1)
        header.addWidget(self.language_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.setSpacing(18)
        outer.addLayout(header)
        # The title on a line of its own: in larger text it would wrap to three lines between
        # the two buttons.
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        outer.addLayout(self.body, 1)
        self.main: QWidget | None = None
        self._split: QBoxLayout | None = None
        self._keyboard: QWidget | None = None

    def place_keyboard(self, content: QLayout, keyboard: QWidget) -> None:
        """``content`` over the on-screen keyboard on a portrait display; side by side on a
        landscape one, where stacked they would leave a list one row of room."""
        self._split = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._split.setSpacing(18)
        self._split.addLayout(content, 1)
        self._split.addWidget(keyboard, 0, Qt.AlignmentFlag.AlignBottom)
        self._keyboard = keyboard
        self.body.addLayout(self._split, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._split is not None and self._keyboard is not None:
            landscape = self.width() > self.height()
            self._split.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                     else QBoxLayout.Direction.TopToBottom)
            # Up to half the width in landscape; all of it, at its own height, in portrait.
            self._split.setStretchFactor(self._keyboard, 1 if landscape else 0)
            self._keyboard.setMaximumWidth(self.width() // 2 if landscape else 16777215)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.main is not None:
            self.main.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.back_button.setText("‹ " + self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.language_button.setText(other_language_name())
        self.language_button.setAccessibleName(language_toggle_name())

    def reset(self) -> None:
        """Forget whatever the previous visitor entered here."""
