"""The frame every kiosk step shares: a title, a way back, and the step's own content."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets import Screen, is_indonesian, label, other_language_name


class StepScreen(Screen):
    """A kiosk screen with a title and a back button; subclasses fill ``body``.

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
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.setSpacing(18)
        outer.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        outer.addLayout(self.body, 1)

    def retranslate(self) -> None:
        self.back_button.setText("‹ " + self.tr("Back"))
        self.language_button.setText(other_language_name())

    def reset(self) -> None:
        """Forget whatever the previous visitor entered here."""
