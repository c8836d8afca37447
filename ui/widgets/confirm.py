"""A question asked once more, in the panel itself, before a step that is not lightly taken
back (retiring, cancelling): the question, a button to keep things as they are and one to go
on. Plain text only: the question names things people typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.widgets.screen import label


class ConfirmBar(QFrame):
    """Hidden until :meth:`ask`. Signals: confirmed() (the bar hides first)."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = label("field-caption", self)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self.hide)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setProperty("role", "danger")
        self.confirm_button.clicked.connect(self._confirmed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.confirm_button)
        self.hide()

    def set_buttons(self, confirm: str, keep: str) -> None:
        """The buttons' words (in the owner's ``retranslate``)."""
        self.confirm_button.setText(confirm)
        self.keep_button.setText(keep)

    def ask(self, question: str) -> None:
        self.text.setText(question)
        self.show()

    def _confirmed(self) -> None:
        self.hide()
        self.confirmed.emit()
