"""The form for a new closure: the whole building, a floor or a room; from and until when, in
quarter hours (by default the given day's opening hours); and why."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.rules import CLOSURE_REASON_LIMIT
from kiosk.errors import ErrorCode
from kiosk.models import ClosureScope
from ui.reception.closures.models import Places, floor_text, room_text
from ui.widgets import building_moment, is_indonesian, label, repolish
from ui.widgets.combos import add_heading, fit_to_layout
from ui.widgets.dates import to_qdate
from ui.widgets.form import FormGrid, show_error
from ui.widgets.times import QuarterHourEdit


@dataclass(frozen=True)
class ClosureRequest:
    """A closure as the form says it."""

    scope: ClosureScope
    starts_at: datetime
    ends_at: datetime
    reason: str
    floor_number: int | None
    room_id: uuid.UUID | None


class ClosureForm(QFrame):
    """What to close, from and until when, and why, with *Close to bookings*. Texts keep the
    closures dialog's translation context.

    Signals:
        submitted(): *Close to bookings*, or Enter in the reason.
    """

    submitted = Signal()

    def __init__(self, zone: ZoneInfo, first_day: date, opening: time, closing: time,
                 floor_number: int | None = None, parent: QWidget | None = None) -> None:
        """``floor_number`` is chosen once the floors are known."""
        super().__init__(parent)
        self.setProperty("role", "section")
        self.zone = zone
        self._places = Places()
        self._wanted_floor = floor_number
        self.caption = label("section-title", self)
        self._build_where()
        self._build_when(first_day, opening, closing)
        self.reason_caption = label("field-caption", self, wrap=False)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(CLOSURE_REASON_LIMIT)
        self.reason_error = label("error", self)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        self._connect()
        self._lay_out()
        self._scope_changed()

    def _build_where(self) -> None:
        self.scope_buttons: dict[ClosureScope, QRadioButton] = {}
        self.scope_group = QButtonGroup(self)
        for scope in (ClosureScope.BUILDING, ClosureScope.FLOOR, ClosureScope.ROOM):
            button = QRadioButton(self)
            self.scope_buttons[scope] = button
            self.scope_group.addButton(button)
        self.scope_buttons[ClosureScope.ROOM].setChecked(True)
        self.floor_caption = label("field-caption", self, wrap=False)
        self.floor_combo = QComboBox(self)
        self.floor_combo.setMaxVisibleItems(12)
        self.floor_error = label("error", self)
        self.room_caption = label("field-caption", self, wrap=False)
        self.room_combo = QComboBox(self)
        self.room_combo.setMaxVisibleItems(16)
        for combo in (self.floor_combo, self.room_combo):
            combo.setProperty("role", "touch")
            combo.addItem("", None)
            fit_to_layout(combo, 22)
        self.room_error = label("error", self)

    def _build_when(self, first_day: date, opening: time, closing: time) -> None:
        self.from_caption = label("field-caption", self, wrap=False)
        self.from_date = QDateEdit(self)
        self.from_time = QuarterHourEdit(self, opening)
        self.until_caption = label("field-caption", self, wrap=False)
        self.until_date = QDateEdit(self)
        self.until_time = QuarterHourEdit(self, closing)
        for day_edit in (self.from_date, self.until_date):
            day_edit.setCalendarPopup(True)
            day_edit.setDate(to_qdate(first_day))
        self.zone_label = label("body", self, wrap=False)
        self.until_zone_label = label("body", self, wrap=False)
        self.times_error = label("error", self)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.submitted)
        self.reason_edit.returnPressed.connect(self.submitted)
        for button in self.scope_buttons.values():
            button.toggled.connect(self._scope_changed)
        self.floor_combo.currentIndexChanged.connect(
            lambda: show_error(self.floor_error, "", self.floor_combo))
        self.room_combo.currentIndexChanged.connect(
            lambda: show_error(self.room_error, "", self.room_combo))
        for when in (self.from_date, self.from_time, self.until_date, self.until_time):
            when.dateTimeChanged.connect(self._times_changed)
        self.from_date.dateChanged.connect(self._from_day_changed)
        self.reason_edit.textEdited.connect(
            lambda: show_error(self.reason_error, "", self.reason_edit))

    def _lay_out(self) -> None:
        scopes = QHBoxLayout()
        scopes.setSpacing(16)
        for button in self.scope_buttons.values():
            scopes.addWidget(button)
        scopes.addStretch(1)
        # Caption | day | time | zone: the two moments line up under each other.
        grid = FormGrid(columns=3, horizontal=12)
        grid.add_full_row(scopes)
        grid.add_row(self.floor_caption, self.floor_combo, message=self.floor_error)
        grid.add_row(self.room_caption, self.room_combo, message=self.room_error)
        grid.add_row(self.from_caption, self.from_date, self.from_time, self.zone_label)
        grid.add_row(self.until_caption, self.until_date, self.until_time,
                     self.until_zone_label, message=self.times_error)
        grid.add_row(self.reason_caption, self.reason_edit, message=self.reason_error)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addLayout(grid)
        layout.addLayout(add_row)
        layout.addStretch(1)

    # --- texts and places -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate("ClosuresDialog", "New closure"))
        self.scope_buttons[ClosureScope.BUILDING].setText(
            QCoreApplication.translate("ClosuresDialog", "Whole building"))
        self.scope_buttons[ClosureScope.FLOOR].setText(
            QCoreApplication.translate("ClosuresDialog", "A floor"))
        self.scope_buttons[ClosureScope.ROOM].setText(
            QCoreApplication.translate("ClosuresDialog", "A room"))
        self.floor_caption.setText(QCoreApplication.translate("ClosuresDialog", "Floor"))
        self.room_caption.setText(QCoreApplication.translate("ClosuresDialog", "Room"))
        self.from_caption.setText(QCoreApplication.translate("ClosuresDialog", "From"))
        self.until_caption.setText(QCoreApplication.translate("ClosuresDialog", "Until"))
        for zone_label in (self.zone_label, self.until_zone_label):
            zone_label.setText(datetime.now(self.zone).tzname() or self.zone.key)
        self.reason_caption.setText(QCoreApplication.translate("ClosuresDialog", "Reason"))
        # Each caption names its day (its buddy); the time beside it takes the same name.
        self.from_time.setAccessibleName(self.from_caption.text())
        self.until_time.setAccessibleName(self.until_caption.text())
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("ClosuresDialog", "For example: AC repair, city event"))
        self.add_button.setText(QCoreApplication.translate("ClosuresDialog", "Close to bookings"))
        locale = QLocale()
        for edit in (self.from_date, self.until_date):
            edit.setLocale(locale)
            edit.setDisplayFormat("ddd, d MMM yyyy")
        self._fill_floors()
        self._fill_rooms()

    def show_places(self, places: Places) -> None:
        """The building's floors and rooms, once loaded; the floor asked for is chosen."""
        self._places = places
        self._fill_floors()
        self._fill_rooms()
        self._wanted_floor = None

    def _fill_floors(self) -> None:
        combo = self.floor_combo
        current = combo.currentData()
        if current is None:
            current = self._wanted_floor
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ClosuresDialog", "Choose a floor"), None)
        for floor in self._places.floors:
            name = floor.name_id if is_indonesian() else floor.name_en
            combo.addItem(floor_text(floor.number) + (f" · {name}" if name else ""),
                          floor.number)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_rooms(self) -> None:
        """Rooms grouped under their floor's heading (headings cannot be chosen)."""
        combo = self.room_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ClosuresDialog", "Choose a room"), None)
        names = {f.number: (f.name_id if is_indonesian() else f.name_en)
                 for f in self._places.floors}
        floor_number = None
        for room in self._places.rooms:
            if room.floor_number != floor_number:
                floor_number = room.floor_number
                name = names.get(floor_number, "")
                add_heading(combo, floor_text(floor_number) + (f" · {name}" if name else ""))
            combo.addItem(room_text(room.code, room.name_id, room.name_en), room.id)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
        combo.setCurrentIndex(index if current is not None else 0)
        combo.blockSignals(False)

    def set_period(self, day: date, opening: time, closing: time) -> None:
        """From opening to closing on ``day``."""
        self.from_date.setDate(to_qdate(day))
        self.until_date.setDate(to_qdate(day))
        self.from_time.set_time(opening)
        self.until_time.set_time(closing)

    def limit_to(self, today: date) -> None:
        """Closures start and end today or later."""
        for edit in (self.from_date, self.until_date):
            edit.setMinimumDate(to_qdate(today))

    # --- the request ----------------------------------------------------------------------

    def scope(self) -> ClosureScope:
        return next((s for s, b in self.scope_buttons.items() if b.isChecked()),
                    ClosureScope.ROOM)

    def _scope_changed(self) -> None:
        scope = self.scope()
        self.floor_combo.setEnabled(scope == ClosureScope.FLOOR)
        self.room_combo.setEnabled(scope == ClosureScope.ROOM)
        show_error(self.floor_error, "", self.floor_combo)
        show_error(self.room_error, "", self.room_combo)

    def _from_day_changed(self, day: QDate) -> None:
        """Moving the start to a later day takes the end along when it would end before."""
        if self.until_date.date() < day:
            self.until_date.setDate(day)

    def _times_changed(self) -> None:
        show_error(self.times_error, "", self.until_date)
        repolish(self.until_time, "invalid", False)

    def request(self) -> ClosureRequest:
        scope = self.scope()
        floor = self.floor_combo.currentData()
        room = self.room_combo.currentData()
        return ClosureRequest(
            scope=scope,
            starts_at=building_moment(self.from_date.date(), self.from_time.time(), self.zone),
            ends_at=building_moment(self.until_date.date(), self.until_time.time(), self.zone),
            reason=self.reason_edit.text().strip(),
            floor_number=floor if scope == ClosureScope.FLOOR and isinstance(floor, int)
            else None,
            room_id=room if scope == ClosureScope.ROOM and isinstance(room, uuid.UUID)
            else None,
        )

    def errors(self) -> list[tuple[str, ErrorCode]]:
        """Every field that cannot be used, as the domain would name it; the domain checks
        the times again when the closure is saved."""
        request = self.request()
        errors: list[tuple[str, ErrorCode]] = []
        if request.scope == ClosureScope.FLOOR and request.floor_number is None:
            errors.append(("floor", ErrorCode.REQUIRED))
        if request.scope == ClosureScope.ROOM and request.room_id is None:
            errors.append(("room", ErrorCode.REQUIRED))
        if request.ends_at < request.starts_at:
            errors.append(("ends_at", ErrorCode.END_BEFORE_START))
        elif request.ends_at == request.starts_at:
            errors.append(("ends_at", ErrorCode.ZERO_LENGTH))
        if not request.reason:
            errors.append(("reason", ErrorCode.REQUIRED))
        return errors

    # --- messages -------------------------------------------------------------------------

    def show_message(self, field: str, text: str) -> bool:
        """Say ``text`` under ``field``; False when the form has no place for it."""
        places: dict[str, tuple[QLabel, QWidget]] = {
            "floor": (self.floor_error, self.floor_combo),
            "room": (self.room_error, self.room_combo),
            "starts_at": (self.times_error, self.until_date),
            "ends_at": (self.times_error, self.until_date),
            "reason": (self.reason_error, self.reason_edit),
        }
        if field not in places:
            return False
        where, widget = places[field]
        show_error(where, text, widget)
        if field == "ends_at":
            repolish(self.until_time, "invalid", True)
        return True

    def clear_errors(self) -> None:
        show_error(self.floor_error, "", self.floor_combo)
        show_error(self.room_error, "", self.room_combo)
        show_error(self.times_error, "", self.until_date)
        repolish(self.until_time, "invalid", False)
        show_error(self.reason_error, "", self.reason_edit)
