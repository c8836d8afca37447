"""Typing a code when the scanner cannot read it: invitations and passes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from ui.keyboard import OnScreenKeyboard
from ui.visitor.step import StepScreen
from ui.widgets import label


class CodeEntryScreen(StepScreen):
    """"Scan it, or type it": a prompt, a code field with the keyboard, and a button.

    The same screen serves the invitation ("I have an invitation") and the check-out
    ("Check out") actions; the window sets the texts.

    Signals:
        submitted(str): the code as typed.
    """

    submitted = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.prompt = label("subtitle", self)
        self.field = QLineEdit(self)
        self.field.setProperty("role", "big-entry")
        self.field.setMaxLength(64)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self._submit)
        self.error = label("error", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.error.hide()
        self.submit = QPushButton(self)
        self.submit.setProperty("role", "primary")
        self.submit.clicked.connect(self._submit)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.field)
        for widget in (self.prompt, self.field, self.error, self.submit):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.addWidget(self.keyboard)
        self.main = self.field  # a scanner typing here ends with Enter, which submits
        self.retranslate()
        self.set_texts("", "", self.tr("OK"), "")

    def set_texts(self, title: str, prompt: str, action: str, placeholder: str) -> None:
        self.title.setText(title)
        self.prompt.setText(prompt)
        self.field.setAccessibleName(title or self.tr("Code"))
        self.field.setAccessibleDescription(prompt)
        self.submit.setText(action)
        self.field.setPlaceholderText(placeholder)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def reset(self) -> None:
        self.field.clear()
        self.show_error("")

    def _submit(self) -> None:
        if self.field.text().strip():
            self.show_error("")
            self.submitted.emit(self.field.text())
