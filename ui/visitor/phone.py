"""Step 1 of a walk-in: the phone number, on a numeric pad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.keyboard import NumericPad
from ui.visitor.step import StepScreen
from ui.widgets import label


class PhoneScreen(StepScreen):
    """Asks for the phone number (the visitor's identity); a returning visitor needs nothing
    else typed.

    Signals:
        submitted(str): the number as typed; the domain normalises and checks it.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone")
        self.hint = label("body", self)
        self.field = QLineEdit(self)
        self.field.setProperty("role", "big-entry")
        self.field.setMaxLength(40)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = label("error", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.error.hide()
        self.pad = NumericPad(self)
        self.pad.set_target(self.field)
        self.pad.submitted.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.field)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.body.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        # No focus in the field: the pad types into it anyway, and a scan (an invitation
        # after a wrong first touch) must reach the scanner, not the number.
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your mobile number"))
        self.hint.setText(self.tr("So that next time you need not type your name again. Your "
                                  "number is never used for advertising or shared."))
        self.field.setPlaceholderText("0812 3456 7890")
        self.field.setAccessibleName(self.tr("Your mobile number"))
        self.field.setAccessibleDescription(self.tr("Digits only, typed on the keys below"))
        self.pad.set_action_text(self.tr("Next"))

    def reset(self) -> None:
        self.field.clear()
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _submit(self) -> None:
        self.show_error("")
        self.submitted.emit(self.field.text())
