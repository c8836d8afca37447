"""Add a tenant, agency or partner, or change one: name, kind, office (a floor, or a room
that gives its floor), its own weekly booking quota, and a contact person."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Signal
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

from kiosk.bookings.agenda import FloorSummary, RoomSummary
from kiosk.errors import ValidationError
from kiosk.models import OrganizationKind
from kiosk.organizations.directory import (
    BUILDING_KINDS,
    CONTACT_NAME_LIMIT,
    EMAIL_LIMIT,
    NAME_LIMIT,
    QUOTA_LIMIT,
    ContactFields,
    OrganizationFields,
)
from kiosk.organizations.operations import EDITABLE, OrganizationSummary
from ui.context import AppContext
from ui.reception.organizations.texts import kind_label, organization_error_text
from ui.texts import something_went_wrong
from ui.widgets import is_indonesian, label
from ui.widgets.form import OVERTYPE, FormGrid, show_error

log = logging.getLogger(__name__)

# The form's fields, each with its message under it, by the domain's field names.
FIELDS = ("name", "kind", "floor", "room", "quota_hours", "contact_name", "contact_phone",
          "contact_email", "language")


class OrganizationDialog(QDialog):
    """A new organisation (``organization`` None) or one to change.

    Signals:
        saved(object): the :class:`OrganizationSummary` as stored.
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, organization: OrganizationSummary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organization-dialog")
        self.context = context
        self.organization = organization
        self.busy = False
        self._build()
        self.retranslate()
        context.run(lambda ops: (ops.bookings.floors(),
                                 ops.bookings.rooms(bookable_only=False)), self._loaded)

    def _build(self) -> None:
        self.captions: dict[str, QLabel] = {f: label("field-caption", self) for f in FIELDS}
        self.messages: dict[str, QLabel] = {f: label("error", self) for f in FIELDS}
        self.name_edit = self._line(NAME_LIMIT)
        self.kind_combo = QComboBox(self)
        for kind in BUILDING_KINDS:
            self.kind_combo.addItem("", kind.value)
        self.floor_combo = QComboBox(self)
        self.floor_combo.addItem("—", None)
        self.room_combo = QComboBox(self)
        self.room_combo.addItem("—", None)
        self.own_quota = QCheckBox(self)
        self.quota_spin = QSpinBox(self)
        self.quota_spin.setRange(0, QUOTA_LIMIT)
        self.quota_spin.setEnabled(False)
        self.own_quota.toggled.connect(self.quota_spin.setEnabled)
        self.contact_name_edit = self._line(CONTACT_NAME_LIMIT)
        self.contact_phone_edit = self._line(20)
        self.contact_email_edit = self._line(EMAIL_LIMIT)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.status = label("error", self)
        self.status.hide()
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        quota = QVBoxLayout()
        quota.addWidget(self.own_quota)
        quota.addWidget(self.quota_spin)
        widgets: dict[str, Any] = {
            "name": self.name_edit, "kind": self.kind_combo, "floor": self.floor_combo,
            "room": self.room_combo, "quota_hours": quota,
            "contact_name": self.contact_name_edit, "contact_phone": self.contact_phone_edit,
            "contact_email": self.contact_email_edit, "language": self.language_combo}
        self.fields = {f: w for f, w in widgets.items() if isinstance(w, QWidget)}
        self.fields["quota_hours"] = self.quota_spin
        self.captions["quota_hours"].setBuddy(self.quota_spin)  # under its check box
        # The organisation on the left, its contact person on the right: short enough for a
        # 1280×800 desk with every message shown.
        grids = QHBoxLayout()
        grids.setSpacing(32)
        for part in (FIELDS[:5], FIELDS[5:]):
            grid = FormGrid()
            for field in part:
                grid.add_row(self.captions[field], widgets[field],
                             message=self.messages[field])
            grid.setRowStretch(grid.rowCount(), 1)
            grids.addLayout(grid, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        self.heading = label("title", self)
        layout.addWidget(self.heading)
        layout.addLayout(grids)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(1000)
        self.resize(1120, 660)  # the messages need room under their fields; fits 1280×800
        if self.organization is not None:
            self._show(self.organization)

    def _line(self, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit + OVERTYPE)  # room to say "too long" rather than cut
        return edit

    def _show(self, organization: OrganizationSummary) -> None:
        self.name_edit.setText(organization.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
            organization.kind.value)))
        if organization.quota_hours is not None:
            self.own_quota.setChecked(True)
            self.quota_spin.setValue(organization.quota_hours)
        if organization.contacts:
            contact = organization.contacts[0]
            self.contact_name_edit.setText(contact.name)
            self.contact_phone_edit.setText(contact.phone_e164 or "")
            self.contact_email_edit.setText(contact.email or "")
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
                contact.language)))

    def _loaded(self, loaded: tuple[list[FloorSummary], list[RoomSummary]]) -> None:
        if not shiboken6.isValid(self):
            return
        floors, rooms = loaded
        language = "id" if is_indonesian() else "en"
        for floor in floors:
            self.floor_combo.addItem(floor.name(language), floor.number)
        for room in rooms:
            name = room.name_id if language == "id" else room.name_en
            self.room_combo.addItem(f"{room.code} · {name}", room.code)
        if self.organization is not None:
            self.floor_combo.setCurrentIndex(max(0, self.floor_combo.findData(
                self.organization.floor_number)))
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(
                self.organization.room_code)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Organisation"))
        self.heading.setText(self.tr("New organisation") if self.organization is None
                             else self.tr("Change %1").replace("%1", self.organization.name))
        captions = {"name": self.tr("Name"), "kind": self.tr("Kind"),
                    "floor": self.tr("Floor"), "room": self.tr("Office room"),
                    "quota_hours": self.tr("Weekly quota"),
                    "contact_name": self.tr("Contact person"),
                    "contact_phone": self.tr("Phone"), "contact_email": self.tr("E-mail"),
                    "language": self.tr("Contact's language")}
        for field, text in captions.items():
            self.captions[field].setText(text)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(OrganizationKind(
                self.kind_combo.itemData(index))))
        self.own_quota.setText(self.tr("Own quota"))
        self.own_quota.setToolTip(self.tr("Instead of the building's default"))
        self.quota_spin.setSuffix(self.tr(" h a week"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def fields_typed(self) -> OrganizationFields:
        contact = None
        texts = (self.contact_name_edit.text(), self.contact_phone_edit.text(),
                 self.contact_email_edit.text())
        if any(text.strip() for text in texts):
            contact = ContactFields(*texts, language=self.language_combo.currentData())
        return OrganizationFields(
            self.name_edit.text(), self.kind_combo.currentData(),
            self.floor_combo.currentData(), self.room_combo.currentData(),
            self.quota_spin.value() if self.own_quota.isChecked() else None, contact)

    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        for field in FIELDS:
            show_error(self.messages[field], "", self.fields[field])
        show_error(self.status, "")
        fields = self.fields_typed()
        current, actor = self.organization, self.context.acting()
        if current is None:
            self.context.run(lambda ops: ops.organizations.add(fields, actor), self._saved,
                             self._failed)
        else:
            organization_id: uuid.UUID = current.id
            self.context.run(lambda ops: ops.organizations.edit(organization_id, fields,
                                                                EDITABLE, actor),
                             self._saved, self._failed)

    def _saved(self, organization: OrganizationSummary) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.saved.emit(organization)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            for problem in error.errors:
                field = problem.field if problem.field in self.messages else "name"
                show_error(self.messages[field],
                           organization_error_text(problem.field, problem.code),
                           self.fields[field])
            return
        log.error("the organisation could not be saved", exc_info=error)
        show_error(self.status, something_went_wrong(error))
