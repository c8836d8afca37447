"""Add a room, or change one: its names in Indonesian and English, kind, seats, amenities,
whether it is booked (and approved) at reception, and the minutes it is held around each
booking to set up and clean up."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.building.catalogue import (
    AMENITIES,
    BUFFER_LIMIT,
    CAPACITY_LIMIT,
    DEFAULT_BUFFERS,
    NAME_LIMIT,
)
from kiosk.errors import ErrorCode
from kiosk.models import RoomKind
from kiosk.rooms.directory import RoomFields
from kiosk.rooms.operations import RoomDetails
from ui.context import AppContext
from ui.reception.booking.texts import amenity_label, room_kind_label
from ui.texts import something_went_wrong
from ui.widgets import label
from ui.widgets.form import OVERTYPE, DialogButtons, FormGrid, refused_fields, show_error

log = logging.getLogger(__name__)

FIELDS = ("code", "name_id", "name_en", "kind", "capacity", "amenities", "setup_minutes",
          "cleanup_minutes")


def room_error_text(code: ErrorCode) -> str:
    texts = {
        ErrorCode.REQUIRED: QCoreApplication.translate("RoomTexts", "Please fill this in."),
        ErrorCode.TOO_LONG: QCoreApplication.translate("RoomTexts", "This is too long."),
        ErrorCode.NAME_INVALID_CHARACTERS: QCoreApplication.translate(
            "RoomTexts", "A name cannot have these characters."),
        ErrorCode.ROOM_CODE_INVALID: QCoreApplication.translate(
            "RoomTexts", "The floor, a dot and two digits, e.g. 4.07."),
        ErrorCode.UNKNOWN_FLOOR: QCoreApplication.translate(
            "RoomTexts", "The building has no such floor."),
        ErrorCode.ROOM_EXISTS: QCoreApplication.translate(
            "RoomTexts", "A room already has this code."),
        ErrorCode.ROOM_RETIRED: QCoreApplication.translate(
            "RoomTexts", "A retired room has this code: bring it back instead."),
        ErrorCode.ROOM_CODE_FIXED: QCoreApplication.translate(
            "RoomTexts", "A room's code does not change: retire it and add a new one."),
        ErrorCode.CAPACITY_RANGE: QCoreApplication.translate(
            "RoomTexts", "From 1 to %1 seats.").replace("%1", str(CAPACITY_LIMIT)),
        ErrorCode.BUFFER_RANGE: QCoreApplication.translate(
            "RoomTexts", "From 0 to %1 minutes.").replace("%1", str(BUFFER_LIMIT)),
        ErrorCode.UNKNOWN_AMENITY: QCoreApplication.translate(
            "RoomTexts", "Choose from the list."),
        ErrorCode.UNKNOWN_KIND: QCoreApplication.translate("RoomTexts", "Choose a kind."),
    }
    return texts.get(code, code.value)


class RoomDialog(QDialog):
    """A new room (``room`` None) or one to change. Signals: saved(object): the
    :class:`RoomDetails` as stored."""

    saved = Signal(object)

    def __init__(self, context: AppContext, room: RoomDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room-dialog")
        self.context = context
        self.room = room
        self.captions: dict[str, QLabel] = {f: label("field-caption", self) for f in FIELDS}
        self.messages: dict[str, QLabel] = {f: label("error", self) for f in FIELDS}
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(10)
        self.name_id_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        for edit in (self.name_id_edit, self.name_en_edit):
            edit.setMaxLength(NAME_LIMIT + OVERTYPE)
        self.kind_combo = QComboBox(self)
        for kind in RoomKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(1, CAPACITY_LIMIT)
        self.amenity_boxes = {name: QCheckBox(self) for name in sorted(AMENITIES)}
        amenities = QGridLayout()
        for index, box in enumerate(self.amenity_boxes.values()):
            amenities.addWidget(box, index // 3, index % 3)
        self.bookable_box = QCheckBox(self)
        self.bookable_box.setChecked(True)
        self.approval_box = QCheckBox(self)
        self.setup_spin = QSpinBox(self)
        self.cleanup_spin = QSpinBox(self)
        for spin in (self.setup_spin, self.cleanup_spin):
            spin.setRange(0, BUFFER_LIMIT)
        self.fields: dict[str, QWidget] = {
            "code": self.code_edit, "name_id": self.name_id_edit, "name_en": self.name_en_edit,
            "kind": self.kind_combo, "capacity": self.capacity_spin,
            "setup_minutes": self.setup_spin, "cleanup_minutes": self.cleanup_spin}
        grid = FormGrid(horizontal=20, vertical=4)
        for field in FIELDS:
            widget = amenities if field == "amenities" else self.fields[field]
            grid.add_row(self.captions[field], widget, message=self.messages[field])
        grid.add_full_row(self.bookable_box)
        grid.add_full_row(self.approval_box)
        self.status = label("error", self)
        self.status.hide()
        buttons = DialogButtons(self)
        self.save_button, self.cancel_button = buttons.save_button, buttons.cancel_button
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(1000, 760)  # the messages need room under their fields; fits 1280×800
        if room is not None:
            self._fill(room)
        else:
            self._kind_chosen()
        self.retranslate()

    def _fill(self, room: RoomDetails) -> None:
        self.code_edit.setText(room.code)
        self.code_edit.setEnabled(False)  # a room's code is its identity
        self.name_id_edit.setText(room.name_id)
        self.name_en_edit.setText(room.name_en)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(room.kind.value))
        self.kind_combo.blockSignals(False)
        self.capacity_spin.setValue(room.capacity)
        for name, box in self.amenity_boxes.items():
            box.setChecked(name in room.amenities)
        self.bookable_box.setChecked(room.bookable)
        self.approval_box.setChecked(room.needs_approval)
        self.setup_spin.setValue(room.setup_minutes)
        self.cleanup_spin.setValue(room.cleanup_minutes)

    def _kind_chosen(self) -> None:
        """A new room starts with its kind's usual buffers (a hall an hour each side)."""
        if self.room is None:
            setup, cleanup = DEFAULT_BUFFERS[RoomKind(self.kind_combo.currentData())]
            self.setup_spin.setValue(setup)
            self.cleanup_spin.setValue(cleanup)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New room") if self.room is None
                            else self.tr("Room %1").replace("%1", self.room.code))
        for field, text in (("code", self.tr("Code")), ("name_id", self.tr("Name (Indonesian)")),
                            ("name_en", self.tr("Name (English)")), ("kind", self.tr("Kind")),
                            ("capacity", self.tr("Seats")), ("amenities", self.tr("Amenities")),
                            ("setup_minutes", self.tr("Set-up")),
                            ("cleanup_minutes", self.tr("Clean-up"))):
            self.captions[field].setText(text)
        self.code_edit.setPlaceholderText(self.tr("Floor, dot, two digits: 4.07"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index,
                                        room_kind_label(RoomKind(self.kind_combo.itemData(index))))
        for name, box in self.amenity_boxes.items():
            box.setText(amenity_label(name))
        for spin in (self.setup_spin, self.cleanup_spin):
            spin.setSuffix(" " + self.tr("min"))
        self.bookable_box.setText(self.tr("Booked at reception"))
        self.approval_box.setText(self.tr("A manager approves each booking"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def fields_typed(self) -> RoomFields:
        return RoomFields(
            code=self.code_edit.text(), name_id=self.name_id_edit.text(),
            name_en=self.name_en_edit.text(), kind=self.kind_combo.currentData(),
            capacity=self.capacity_spin.value(),
            amenities=tuple(n for n, box in self.amenity_boxes.items() if box.isChecked()),
            bookable=self.bookable_box.isChecked(), needs_approval=self.approval_box.isChecked(),
            setup_minutes=self.setup_spin.value(), cleanup_minutes=self.cleanup_spin.value())

    def save(self) -> None:
        for field in FIELDS:
            show_error(self.messages[field], "", self.fields.get(field))
        show_error(self.status, "")
        fields, actor, room = self.fields_typed(), self.context.acting(), self.room
        self.save_button.setEnabled(False)
        if room is None:
            self.context.run(lambda ops: ops.rooms.add(fields, actor), self._saved, self._failed)
        else:
            self.context.run(lambda ops: ops.rooms.edit(room.id, fields, actor), self._saved,
                             self._failed)

    def _saved(self, room: RoomDetails) -> None:
        if shiboken6.isValid(self):
            self.saved.emit(room)
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        errors = refused_fields(error)
        if errors is None:
            log.error("room not saved: %s", type(error).__name__, exc_info=error)
            show_error(self.status, something_went_wrong(error))
            return
        for field_error in errors:
            text = room_error_text(field_error.code)
            if field_error.field in self.messages:
                show_error(self.messages[field_error.field], text,
                           self.fields.get(field_error.field))
            else:
                show_error(self.status, text)


