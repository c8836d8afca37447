"""Staff only: the PIN that lets staff leave kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.keyboard import NumericPad
from ui.visitor.step import StepScreen
from ui.widgets import label


class StaffScreen(StepScreen):
    """A PIN field on a numeric pad. The check runs on the database worker.

    Signals:
        submitted(str): the PIN typed.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff")
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setProperty("role", "big-entry")
        self.field.setMaxLength(12)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = label("body", self)
        self.message = label("error", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.pad = NumericPad(self)
        self.pad.set_target(self.field)
        self.pad.submitted.connect(lambda: self.submitted.emit(self.field.text()))
        self.body.addWidget(self.who)
        self.body.addWidget(self.field)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.body.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.main = self.field
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Staff: leave kiosk mode"))
        self.who.setText(self.tr("For staff only. Visitors, please touch Back."))
        self.pad.set_action_text(self.tr("Unlock"))
        self.field.setAccessibleName(self.tr("Staff PIN"))

    def show_message(self, text: str) -> None:
        self.field.clear()
        self.message.setText(text)

    def reset(self) -> None:
        self.show_message("")
