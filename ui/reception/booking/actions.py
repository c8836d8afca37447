"""What reception does with a booking: the dialog's buttons (check and book a new one; save,
cancel, approve or reject an existing one), which dates of a series an action applies to, the
reason bar that cancelling or rejecting asks for, and the page saying what was done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.booking import Plan, Scope
from kiosk.bookings.rules import REASON_LIMIT
from ui.widgets import label
from ui.widgets.form import OVERTYPE, show_error

#: What the reason bar asks for.
CANCEL = "cancel"
REJECT = "reject"


class ScopeBox(QFrame):
    """For a date of a series: only this date, this one and the following, or all of them.
    Texts keep the booking dialog's translation context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "section")
        self.caption = label("field-caption", self)
        self.buttons: dict[Scope, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        for which in Scope:
            button = QRadioButton(self)
            self.buttons[which] = button
            layout.addWidget(button)
        self.buttons[Scope.ONE].setChecked(True)

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate(
            "BookingDialog", "This booking is one date of a series. Apply to:"))
        self.buttons[Scope.ONE].setText(
            QCoreApplication.translate("BookingDialog", "Only this date"))
        self.buttons[Scope.FOLLOWING].setText(
            QCoreApplication.translate("BookingDialog", "This date and the following ones"))
        self.buttons[Scope.ALL].setText(
            QCoreApplication.translate("BookingDialog", "All dates of the series"))

    def scope(self) -> Scope:
        """The dates chosen; only this one when the booking is not part of a series."""
        for which, button in self.buttons.items():
            if button.isChecked() and self.isVisible():
                return which
        return Scope.ONE


class ReasonBar(QFrame):
    """Asks why a booking is cancelled (optional) or rejected (required: the organiser is
    told), with Back and a confirming button. Texts keep the booking dialog's translation
    context.

    Signals:
        confirmed(): the confirming button or Enter in the reason.
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "section")
        self.action = ""
        self.caption = label("field-caption", self)
        self.edit = QLineEdit(self)
        self.caption.setBuddy(self.edit)
        self.edit.setMaxLength(REASON_LIMIT + OVERTYPE)
        self.error = label("error", self)
        self.error.hide()
        self.back_button = QPushButton(self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.dismiss)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setProperty("role", "danger")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirmed)
        self.edit.returnPressed.connect(self.confirmed)
        self.edit.textEdited.connect(lambda: show_error(self.error, "", self.edit))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.hide()

    def retranslate(self) -> None:
        if self.action == REJECT:
            self.caption.setText(QCoreApplication.translate(
                "BookingDialog", "Reason for rejecting (required, the organiser will be told)"))
            self.confirm_button.setText(
                QCoreApplication.translate("BookingDialog", "Reject booking"))
        else:
            self.caption.setText(
                QCoreApplication.translate("BookingDialog", "Reason for cancelling (optional)"))
            self.confirm_button.setText(
                QCoreApplication.translate("BookingDialog", "Cancel booking"))
        self.back_button.setText(QCoreApplication.translate("BookingDialog", "Back"))

    def ask(self, action: str) -> None:
        """Ask for the reason to :data:`CANCEL` or :data:`REJECT`, from an empty field."""
        self.action = action
        self.retranslate()
        self.edit.clear()
        show_error(self.error, "", self.edit)
        self.show()
        self.edit.setFocus()

    def dismiss(self) -> None:
        self.hide()
        self.action = ""

    @property
    def reason(self) -> str:
        return self.edit.text()


class ActionBar(QWidget):
    """The dialog's buttons: *Close* and the calendar export on the left; on the right *Check*
    and *Book* for a new booking, or *Cancel booking*, *Reject*, *Approve* (while it waits for
    approval) and *Save changes* for an existing one. Texts keep the booking dialog's
    translation context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.close_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_button.hide()
        self.cancel_booking_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        for button in (self.close_button, self.export_button, self.cancel_booking_button,
                       self.reject_button, self.approve_button):
            button.setAutoDefault(False)
        self.check_button = QPushButton(self)
        self.check_button.setDefault(True)
        self.book_button = QPushButton(self)
        self.book_button.setProperty("role", "primary")
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.close_button)
        layout.addWidget(self.export_button)
        layout.addStretch(1)
        for button in (self.cancel_booking_button, self.reject_button, self.approve_button,
                       self.check_button, self.book_button, self.save_button):
            layout.addWidget(button)

    def retranslate(self) -> None:
        self.close_button.setText(QCoreApplication.translate("BookingDialog", "Close"))
        self.export_button.setText(
            QCoreApplication.translate("BookingDialog", "Export to calendar (.ics)"))
        self.cancel_booking_button.setText(
            QCoreApplication.translate("BookingDialog", "Cancel booking"))
        self.approve_button.setText(QCoreApplication.translate("BookingDialog", "Approve"))
        self.reject_button.setText(QCoreApplication.translate("BookingDialog", "Reject"))
        self.check_button.setText(QCoreApplication.translate("BookingDialog", "Check"))
        self.book_button.setText(QCoreApplication.translate("BookingDialog", "Book"))
        self.save_button.setText(QCoreApplication.translate("BookingDialog", "Save changes"))

    def set_editing(self, editing: bool) -> None:
        """Check and Book for a new booking; Save and Cancel for an existing one."""
        self.check_button.setVisible(not editing)
        self.book_button.setVisible(not editing)
        for button in (self.save_button, self.cancel_booking_button):
            button.setVisible(editing)
        self.set_pending(False)

    def set_pending(self, pending: bool) -> None:
        """Approve and Reject, for a booking waiting for approval."""
        self.approve_button.setVisible(pending)
        self.reject_button.setVisible(pending)

    def update_state(self, *, ready: bool, plan: Plan | None, active: bool,
                     editing: bool) -> None:
        """Enable what can be done now: nothing while loading or saving (not ``ready``);
        Book once a check found every date free; the actions on a booking while it still
        holds its room (``active``). The default button is the next step."""
        self.check_button.setEnabled(ready)
        self.book_button.setEnabled(ready and plan is not None and not plan.conflicting)
        for button in (self.save_button, self.cancel_booking_button, self.approve_button,
                       self.reject_button):
            button.setEnabled(ready and active)
        self.export_button.setEnabled(ready)
        if plan is not None and not plan.conflicting:
            self.book_button.setDefault(True)
        elif not editing:
            self.check_button.setDefault(True)
        else:
            self.save_button.setDefault(True)


class ResultPage(QWidget):
    """What was done (booked, changed, cancelled ...), in place of the form, with *Close*.
    Texts keep the booking dialog's translation context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title", self)
        self.text = label("subtitle", self)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("role", "primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.close_button.setText(QCoreApplication.translate("BookingDialog", "Close"))

    def show_result(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
