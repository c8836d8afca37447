"""Reception checks in a visitor at the desk, with the kiosk's own check-in: the phone first
(a returning visitor is recalled, masked), name, organisation, purpose, where to, the group,
and the privacy notice read to the visitor and agreed; the card prints on the desk's badge
printer."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.models import Purpose
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.operations import CheckInResult, Destinations
from kiosk.visits.check_in import GROUP_SIZE_MAX, ORGANIZATION_MAX_LENGTH, CheckInRequest
from kiosk.visits.returning import Recall
from ui.context import AppContext
from ui.reception.cards import follow_card
from ui.reception.destinations import chosen, fill_destinations
from ui.texts import error_text, privacy_notice, purpose_label, something_went_wrong
from ui.widgets import is_indonesian, label
from ui.widgets.form import OVERTYPE, FormGrid, refused_fields, show_error

log = logging.getLogger(__name__)

#: The form's fields with a message under them, by the domain's field names.
FIELDS = ("phone", "visitor", "name", "organization", "purpose", "destination", "group_size")
#: The privacy notice's column: the notice reads in lines short enough to read aloud.
NOTICE_WIDTH = 440


class DeskCheckInDialog(QDialog):
    """Signals:
        checked_in(object): the :class:`~kiosk.operations.CheckInResult`.
    """

    checked_in = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk-check-in")
        self.context = context
        self._destinations: Destinations | None = None
        self._busy = False
        self.form_page = QWidget(self)
        self.result_page = QWidget(self)
        self.result_page.hide()
        self._build_form()
        self._build_result()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_page)
        layout.addWidget(self.result_page)
        self.resize(1180, 720)  # the messages need room under their fields; fits 1280×800
        self.retranslate()
        context.run(lambda ops: ops.destinations(), self._loaded, self._failed)

    # --- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        page = self.form_page
        self.title = label("title", page)
        self.captions: dict[str, QLabel] = {f: label("field-caption", page) for f in FIELDS}
        self.messages: dict[str, QLabel] = {f: label("error", page) for f in FIELDS}
        self.phone_edit = QLineEdit(page)
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.find_button = QPushButton(page)
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.look_up)
        # Enter in the phone field looks the number up; it must not also press the dialog's
        # default button ("Check in") with the form still empty.
        self.phone_edit.installEventFilter(self)
        self.visitor_combo = QComboBox(page)
        self.visitor_combo.addItem("", None)
        self.visitor_combo.currentIndexChanged.connect(lambda _i: self._visitor_chosen())
        self.name_edit = QLineEdit(page)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + OVERTYPE)
        self.organization_edit = QLineEdit(page)
        self.organization_edit.setMaxLength(ORGANIZATION_MAX_LENGTH + OVERTYPE)
        self.purpose_combo = QComboBox(page)
        self.purpose_combo.addItem("", "")
        for purpose in Purpose:
            self.purpose_combo.addItem(purpose_label(purpose), purpose.value)
        self.destination_combo = QComboBox(page)
        self.destination_combo.setMaxVisibleItems(12)
        self.group_spin = QSpinBox(page)
        self.group_spin.setRange(1, GROUP_SIZE_MAX)
        self.notice_title = label("field-caption", page)
        self.notice = label("body", page)
        self.consent_box = QCheckBox(page)
        self.consent_error = label("error", page)
        self.consent_error.hide()
        self.status = label("error", page)
        self.status.hide()
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.check_in_button = QPushButton(page)
        self.check_in_button.setProperty("role", "primary")
        self.check_in_button.setDefault(True)
        self.check_in_button.clicked.connect(self.submit)
        self.fields: dict[str, QWidget] = {
            "phone": self.phone_edit, "visitor": self.visitor_combo, "name": self.name_edit,
            "organization": self.organization_edit, "purpose": self.purpose_combo,
            "destination": self.destination_combo, "group_size": self.group_spin}
        phone = QHBoxLayout()
        phone.addWidget(self.phone_edit, 1)
        phone.addWidget(self.find_button)
        self.captions["phone"].setBuddy(self.phone_edit)  # in a row with its button
        grid = FormGrid(horizontal=20, vertical=6)
        for field in FIELDS:
            grid.add_row(self.captions[field], phone if field == "phone" else self.fields[field],
                         message=self.messages[field])
        self._show_known(False)
        privacy = QVBoxLayout()
        privacy.setSpacing(10)
        privacy.addWidget(self.notice_title)
        privacy.addWidget(self.notice)
        privacy.addWidget(self.consent_box)
        privacy.addWidget(self.consent_error)
        privacy.addStretch(1)
        privacy_column = QWidget(page)
        privacy_column.setLayout(privacy)
        privacy_column.setFixedWidth(NOTICE_WIDTH)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(grid, 1)
        columns.addWidget(privacy_column)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.check_in_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _build_result(self) -> None:
        page = self.result_page
        self.result_title = label("title", page)
        self.pass_caption = label("body", page)
        self.pass_label = label("hero", page, wrap=False)
        self.visitor_label = label("room", page)
        self.where_label = label("body", page)
        self.print_status = label("body", page)
        self.close_button = QPushButton(page)
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        for widget in (self.result_title, self.pass_caption, self.pass_label,
                       self.visitor_label, self.where_label, self.print_status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check in at the desk"))
        self.title.setText(self.tr("Check in a visitor"))
        for field, text in (("phone", self.tr("Phone")), ("visitor", self.tr("Known as")),
                            ("name", self.tr("Name")), ("organization", self.tr("Organisation")),
                            ("purpose", self.tr("Purpose")), ("destination", self.tr("Where")),
                            ("group_size", self.tr("People"))):
            self.captions[field].setText(text)
        self.phone_edit.setPlaceholderText(self.tr("For example %1").replace(
            "%1", "0812-3456-7890"))
        self.find_button.setText(self.tr("Look up"))
        self.visitor_combo.setItemText(0, self.tr("Someone new"))
        self.organization_edit.setPlaceholderText(self.tr("Optional"))
        self.purpose_combo.setItemText(0, self.tr("Choose…"))
        for index in range(1, self.purpose_combo.count()):
            self.purpose_combo.setItemText(
                index, purpose_label(Purpose(self.purpose_combo.itemData(index))))
        fill_destinations(self.destination_combo, self._destinations)
        self.notice_title.setText(self.tr("Read this to the visitor"))
        self.notice.setText(privacy_notice(self.context.settings.retention_days))
        self.consent_box.setText(self.tr("The visitor heard this and agrees"))
        self.consent_box.setAccessibleDescription(self.notice.text())  # what "this" is
        self.cancel_button.setText(self.tr("Cancel"))
        self.check_in_button.setText(self.tr("Check in and print the card"))
        self.result_title.setText(self.tr("Checked in"))
        self.pass_caption.setText(self.tr("Card number"))
        self.close_button.setText(self.tr("Close"))

    # --- the returning visitor ------------------------------------------------------------

    def _show_known(self, shown: bool) -> None:
        for widget in (self.captions["visitor"], self.visitor_combo):
            widget.setVisible(shown)

    def look_up(self) -> None:
        """Who is known under the phone number typed (masked, as the kiosk shows them)."""
        phone = self.phone_edit.text()
        if not phone.strip():
            return
        show_error(self.messages["phone"], "", self.phone_edit)
        self.context.run(lambda ops: ops.recall(phone), self._found, self._not_found)

    def _not_found(self, error: BaseException) -> None:
        """A number that cannot be looked up: said under the phone field; a check-in still
        running is left alone."""
        if not shiboken6.isValid(self):
            return
        errors = refused_fields(error)
        if errors is None:
            log.error("desk look-up: %s", type(error).__name__, exc_info=error)
            show_error(self.messages["phone"], something_went_wrong(error), self.phone_edit)
            return
        show_error(self.messages["phone"], error_text("phone", errors[0].code),
                   self.phone_edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.phone_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.look_up()
            return True
        return super().eventFilter(watched, event)

    def _found(self, recall: Recall) -> None:
        if not shiboken6.isValid(self):
            return
        while self.visitor_combo.count() > 1:
            self.visitor_combo.removeItem(1)
        for match in recall.matches:
            text = match.masked_name + (f" · {match.masked_organization}"
                                        if match.masked_organization else "")
            self.visitor_combo.addItem(text, match)
        self._show_known(bool(recall.matches))
        self.visitor_combo.setCurrentIndex(1 if recall.matches else 0)
        self._visitor_chosen()

    def _visitor_chosen(self) -> None:
        match = self.visitor_combo.currentData()
        returning = match is not None
        self.name_edit.setEnabled(not returning)
        if returning:
            self.name_edit.clear()
            if match.last_purpose is not None and not self.purpose_combo.currentData():
                self.purpose_combo.setCurrentIndex(
                    self.purpose_combo.findData(match.last_purpose.value))
        # A returning visitor who agreed to this notice need not agree again.
        self.consent_box.setChecked(returning and not match.needs_consent)

    # --- checking in ----------------------------------------------------------------------

    def request(self) -> CheckInRequest:
        match = self.visitor_combo.currentData()
        return CheckInRequest(
            name="" if match is not None else self.name_edit.text(),
            phone="" if match is not None else self.phone_edit.text(),
            purpose=self.purpose_combo.currentData() or "",
            organization=self.organization_edit.text(),
            destination=chosen(self.destination_combo),
            group_size=self.group_spin.value(),
            visitor_id=match.visitor_id if match is not None else None,
            consent=self.consent_box.isChecked())

    def submit(self) -> None:
        if self._busy:
            return
        for field in FIELDS:
            show_error(self.messages[field], "", self.fields[field])
        show_error(self.consent_error, "")
        show_error(self.status, "")
        request, actor = self.request(), self.context.acting()
        self._busy = True
        self.check_in_button.setEnabled(False)
        self.context.run(lambda ops: ops.check_in_at_desk(request, actor), self._checked_in,
                         self._refused)

    def _checked_in(self, result: CheckInResult) -> None:
        if not shiboken6.isValid(self):
            log.info("visit %s checked in after its dialog closed", result.visit.pass_number)
            return
        self._busy = False
        visit = result.visit
        self.pass_label.setText(visit.pass_number)
        who = visit.visitor_name + (f" ({visit.organization})" if visit.organization else "")
        if visit.group_size > 1:
            who += " · " + self.tr("group of %1").replace("%1", str(visit.group_size))
        self.visitor_label.setText(who)
        self.where_label.setText(visit.directions_id if is_indonesian() else
                                 visit.directions_en)
        self.form_page.hide()
        self.result_page.show()
        self.close_button.setFocus()
        follow_card(self.context, result, self._say)
        self.checked_in.emit(result)

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.print_status.setText(text)

    def _loaded(self, destinations: Destinations) -> None:
        if shiboken6.isValid(self):
            self._destinations = destinations
            fill_destinations(self.destination_combo, destinations)

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.check_in_button.setEnabled(True)
        errors = refused_fields(error)
        if errors is None:
            self._failed(error)
            return
        for field_error in errors:
            text = error_text(field_error.field, field_error.code)
            if field_error.field == "consent":
                show_error(self.consent_error, self.tr(
                    "Read the notice to the visitor, and tick the box once they agree."))
            elif field_error.field in self.messages:
                show_error(self.messages[field_error.field], text,
                           self.fields[field_error.field])
            else:
                show_error(self.status, text)

    def _failed(self, error: BaseException) -> None:
        log.error("desk check-in: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            self._busy = False
            self.check_in_button.setEnabled(True)
            show_error(self.status, something_went_wrong(error))
