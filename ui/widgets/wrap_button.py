"""A touch button whose words wrap onto more lines instead of widening the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import icon_pixmap

#: An icon above the words is this big (the purpose tiles).
ICON_SIZE = 72


class WrapButton(QPushButton):
    """A :class:`QPushButton` showing its text in a word-wrapped label: a visitor's long name,
    or a sentence in the longer of two languages, takes a second line rather than pushing the
    screen past the display's edge. The theme styles the label by the button's role
    (``QPushButton[role=…] > QLabel``). Screen readers get the text as the button's name.
    """

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._picture: QLabel | None = None
        self._icon = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 10, 20, 10)
        self._layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)

    def label_text(self) -> str:
        return self.caption.text()

    def set_icon(self, name: str) -> None:
        """An icon from ``resources/icons`` above the words, drawn in the words' colour (so it
        follows the high-contrast theme)."""
        self._icon = name
        if self._picture is None:
            self._picture = QLabel(self)
            self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._layout.insertWidget(0, self._picture)
            self.caption.installEventFilter(self)
        self._draw_icon()

    def _draw_icon(self) -> None:
        if self._picture is not None:
            colour = self.caption.palette().color(QPalette.ColorRole.WindowText)
            self._picture.setPixmap(icon_pixmap(self._icon, colour.name(), ICON_SIZE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The theme reaches the caption's palette after the button's: redraw from it then.
        if watched is self.caption and event.type() == QEvent.Type.PaletteChange:
            self._draw_icon()
        return False
