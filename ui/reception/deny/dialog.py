"""A manager adds someone to the deny list: a name, a phone or both, the reason, and the last
day it applies (or none)."""

from __future__ import annotations

import logging
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import ErrorCode
from kiosk.models.privacy import REASON_MAX_LENGTH
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.safety.deny import DenyRequest, DenySummary
from ui.context import AppContext
from ui.texts import error_text, something_went_wrong
from ui.widgets import label
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import OVERTYPE, DialogButtons, FormGrid, refused_fields, show_error

log = logging.getLogger(__name__)


class DenyEntryDialog(QDialog):
    """The form for one new entry. The domain checks it; its refusals come back as messages
    under their fields, and nothing is saved until every field is usable.

    Signals:
        added(object): the new entry, a :class:`~kiosk.safety.deny.DenySummary`.
    """

    added = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deny-entry")
        self.context = context
        self._busy = False
        self.heading = label("title", self)
        self.hint = label("body", self)
        self.name_caption = label("field-caption", self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + OVERTYPE)
        self.name_error = label("error", self)
        self.phone_caption = label("field-caption", self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(40)
        self.phone_error = label("error", self)
        self.reason_caption = label("field-caption", self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH + OVERTYPE)
        self.reason_error = label("error", self)
        self.until_caption = label("field-caption", self)
        self.until_check = QCheckBox(self)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd-MM-yyyy")
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.until_error = label("error", self)
        self.status = label("error", self)
        self.status.hide()
        self.buttons = DialogButtons(self)
        self.buttons.save_button.clicked.connect(self.submit)
        for edit, message in ((self.name_edit, self.name_error),
                              (self.phone_edit, self.phone_error),
                              (self.reason_edit, self.reason_error)):
            edit.textEdited.connect(lambda _text, e=edit, m=message: show_error(m, "", e))
        grid = FormGrid(horizontal=20, vertical=6)
        grid.add_row(self.name_caption, self.name_edit, message=self.name_error)
        grid.add_row(self.phone_caption, self.phone_edit, message=self.phone_error)
        grid.add_row(self.reason_caption, self.reason_edit, message=self.reason_error)
        until = QHBoxLayout()
        until.addWidget(self.until_check)
        until.addWidget(self.until_edit)
        until.addStretch(1)
        self.until_caption.setBuddy(self.until_check)
        grid.add_row(self.until_caption, until, message=self.until_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(self.buttons)
        self.setMinimumWidth(960)
        self.retranslate()
        context.run(lambda ops: ops.bookings.today(), self._today)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add to the deny list"))
        self.heading.setText(self.tr("Add to the deny list"))
        self.hint.setText(self.tr(
            "A check-in with this phone number or name is held at the kiosk: the visitor is "
            "asked to see reception, and reception decides. Give a name, a phone number or "
            "both."))
        self.name_caption.setText(self.tr("Name"))
        self.phone_caption.setText(self.tr("Phone"))
        self.reason_caption.setText(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Shown to reception when a check-in is "
                                                    "held"))
        self.until_caption.setText(self.tr("Until"))
        self.until_check.setText(self.tr("Ends after"))
        self.until_edit.setAccessibleName(self.tr("Last day"))
        self.buttons.cancel_button.setText(self.tr("Cancel"))
        self.buttons.save_button.setText(self.tr("Add"))

    def _today(self, today: date) -> None:
        if shiboken6.isValid(self):
            self.until_edit.setMinimumDate(to_qdate(today))
            self.until_edit.setDate(to_qdate(today))

    def request(self) -> DenyRequest:
        last_day = from_qdate(self.until_edit.date()) if self.until_check.isChecked() else None
        return DenyRequest(self.name_edit.text(), self.phone_edit.text(),
                           self.reason_edit.text(), last_day)

    def submit(self) -> None:
        if self._busy:
            return
        request, actor = self.request(), self.context.acting()
        self._busy = True
        self.buttons.save_button.setEnabled(False)
        self._clear_errors()
        self.context.run(lambda ops: ops.deny_list.add(request, actor), self._added,
                         self._failed)

    def _added(self, entry: DenySummary) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.added.emit(entry)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.buttons.save_button.setEnabled(True)
        fields = refused_fields(error)
        if fields is None:
            log.error("the deny list entry was not added: %s", type(error).__name__,
                      exc_info=error)
            show_error(self.status, something_went_wrong(error))
            return
        for field in fields:
            self._show_field_error(field.field, field.code)

    def _show_field_error(self, field: str, code: ErrorCode) -> None:
        if field == "name":
            text = (self.tr("Give a name, a phone number or both.")
                    if code is ErrorCode.NAME_OR_PHONE_REQUIRED else error_text("name", code))
            show_error(self.name_error, text, self.name_edit)
        elif field == "phone":
            show_error(self.phone_error, error_text("phone", code), self.phone_edit)
        elif field == "reason":
            text = (self.tr("At most %1 characters.").replace("%1", str(REASON_MAX_LENGTH))
                    if code is ErrorCode.TOO_LONG else self.tr("Please give the reason."))
            show_error(self.reason_error, text, self.reason_edit)
        elif field == "last_day":
            show_error(self.until_error, self.tr("The last day cannot be before today."),
                       self.until_edit)
        else:
            show_error(self.status, error_text(field, code))

    def _clear_errors(self) -> None:
        show_error(self.name_error, "", self.name_edit)
        show_error(self.phone_error, "", self.phone_edit)
        show_error(self.reason_error, "", self.reason_edit)
        show_error(self.until_error, "", self.until_edit)
        show_error(self.status, "")
