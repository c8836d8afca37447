""""Is there a room for 30 people with a projector tomorrow at 9?": reception asks, the
worker answers with free rooms ranked best first, or the nearest free times."""

from __future__ import annotations

import logging
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.free_rooms import FreeRoomQuery, FreeRooms, RoomOffer
from kiosk.bookings.rules import MAX_ATTENDEES
from kiosk.models import RoomKind
from ui.context import AppContext
from ui.reception.booking.models import OffersModel
from ui.reception.booking.texts import AMENITIES, amenity_label, room_kind_label
from ui.texts import something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.tables import read_only_table
from ui.widgets.times import QuarterHourEdit

if TYPE_CHECKING:
    from kiosk.bookings.agenda import FloorSummary

log = logging.getLogger(__name__)

#: Durations offered, in minutes.
DURATIONS = (30, 60, 90, 120, 180, 240, 360, 480)
#: The room column takes the width the others leave.
_ROOM = 2


class FreeRoomFinder(Screen):
    """Date, start, duration, people, kind, amenities and a preferred floor; the answer is a
    ranked list of free rooms or, when nothing fits, the nearest free times.

    Signals:
        chosen(object): the :class:`~kiosk.bookings.free_rooms.RoomOffer` to book.
    """

    chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = context.settings.zone
        self.model = OffersModel(self.zone, self)
        self.alternatives = False
        self._build_question()
        self._build_answer()
        self._lay_out()
        self.retranslate()
        self.context.run(lambda ops: (ops.bookings.today(), ops.bookings.floors()),
                         self._loaded)

    def _build_question(self) -> None:
        """When, for how long, for how many, what kind of room, where, with what."""
        self.date_caption = label("field-caption", self, wrap=False)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.start_caption = label("field-caption", self, wrap=False)
        self.start_edit = QuarterHourEdit(self, time(9, 0))
        self.duration_caption = label("field-caption", self, wrap=False)
        self.duration_combo = QComboBox(self)
        self.duration_combo.setProperty("role", "touch")
        for minutes in DURATIONS:
            self.duration_combo.addItem("", minutes)
        self.duration_combo.setCurrentIndex(DURATIONS.index(120))
        self.people_caption = label("field-caption", self, wrap=False)
        self.people_spin = QSpinBox(self)
        self.people_spin.setRange(1, MAX_ATTENDEES)
        self.people_spin.setValue(10)
        self.kind_caption = label("field-caption", self, wrap=False)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setProperty("role", "touch")
        self.kind_combo.addItem("", None)
        for kind in RoomKind:
            if kind is not RoomKind.OFFICE:
                self.kind_combo.addItem("", kind)
        self.floor_caption = label("field-caption", self, wrap=False)
        self.floor_combo = QComboBox(self)
        self.floor_combo.setProperty("role", "touch")
        self.floor_combo.addItem("", None)  # the building's floors follow once read
        self.amenities_caption = label("field-caption", self, wrap=False)
        self.amenity_boxes: dict[str, QCheckBox] = {}
        for name in AMENITIES:
            self.amenity_boxes[name] = QCheckBox(self)
        self.search_button = QPushButton(self)
        self.search_button.setProperty("role", "primary")
        self.search_button.clicked.connect(self.search)

    def _build_answer(self) -> None:
        """The rooms found, best first (or the nearest free times), and booking one."""
        self.result_caption = label("body", self)
        self.status = label("error", self)
        self.status.hide()
        self.table = read_only_table(self, self.model, stretch=(_ROOM,), wrap=True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.book_button = QPushButton(self)
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self.book_selected)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        fields: list[tuple[QLabel, QWidget]] = [
            (self.date_caption, self.date_edit), (self.start_caption, self.start_edit),
            (self.duration_caption, self.duration_combo),
            (self.people_caption, self.people_spin), (self.kind_caption, self.kind_combo),
            (self.floor_caption, self.floor_combo),
        ]
        for index, (caption, field) in enumerate(fields):
            caption.setBuddy(field)  # names the field for screen readers
            row, column = divmod(index, 3)
            grid.addWidget(caption, row * 2, column)
            grid.addWidget(field, row * 2 + 1, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        amenities = QGridLayout()
        amenities.setHorizontalSpacing(16)
        for index, box in enumerate(self.amenity_boxes.values()):
            amenities.addWidget(box, index // 5, index % 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_caption, 1)
        buttons.addWidget(self.book_button)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.amenities_caption)
        layout.addLayout(amenities)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        locale = QLocale()
        self.date_caption.setText(self.tr("Date"))
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
        self.start_caption.setText(self.tr("From"))
        self.duration_caption.setText(self.tr("For"))
        for index, minutes in enumerate(DURATIONS):
            hours, rest = divmod(minutes, 60)
            if not hours:
                text = self.tr("%1 minutes").replace("%1", str(rest))
            elif rest:
                text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
            else:
                text = self.tr("%n hour(s)", "", hours)
            self.duration_combo.setItemText(index, text)
        self.people_caption.setText(self.tr("People"))
        self.kind_caption.setText(self.tr("Kind of room"))
        self.kind_combo.setItemText(0, self.tr("Any kind"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(index, room_kind_label(
                RoomKind(self.kind_combo.itemData(index))))
        self.floor_caption.setText(self.tr("Preferred floor"))
        self.floor_combo.setItemText(0, self.tr("Any floor"))
        for index in range(1, self.floor_combo.count()):
            self.floor_combo.setItemText(index, self.tr("Floor %1").replace(
                "%1", str(self.floor_combo.itemData(index))))
        self.amenities_caption.setText(self.tr("Needs"))
        for name, box in self.amenity_boxes.items():
            box.setText(amenity_label(name))
        self.search_button.setText(self.tr("Find a free room"))
        self.book_button.setText(self.tr("Book this room"))
        self.model.retranslate()
        self._show_caption()

    def _loaded(self, loaded: tuple[date, list[FloorSummary]]) -> None:
        if not shiboken6.isValid(self):
            return
        today, floors = loaded
        self.date_edit.setDate(to_qdate(today))
        for floor in floors:
            self.floor_combo.addItem("", floor.number)
        self.retranslate()

    def query(self) -> FreeRoomQuery:
        day = self.date_edit.date()
        start = self.start_edit.time()
        kind = self.kind_combo.currentData()
        return FreeRoomQuery(
            day=from_qdate(day),
            start=time(start.hour(), start.minute()),
            duration=timedelta(minutes=int(self.duration_combo.currentData())),
            attendees=self.people_spin.value(),
            kind=RoomKind(kind) if kind else None,
            amenities=frozenset(n for n, box in self.amenity_boxes.items() if box.isChecked()),
            preferred_floor=self.floor_combo.currentData(),
        )

    def search(self) -> None:
        query = self.query()
        self.search_button.setEnabled(False)
        self.context.run(lambda ops: ops.bookings.free_rooms(query), self._show, self._failed)

    def _show(self, found: FreeRooms) -> None:
        if not shiboken6.isValid(self):
            return
        self.search_button.setEnabled(True)
        self.status.hide()
        self.alternatives = not found.offers
        self.model.set_rows(found.offers or found.alternatives)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            _ROOM, QHeaderView.ResizeMode.Stretch)
        self._show_caption()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_caption(self) -> None:
        count = self.model.rowCount()
        if self.alternatives and count:
            text = self.tr("No room is free at that time. The nearest free times:")
        elif self.alternatives:
            text = self.tr("No room fits, even on the next days. Try fewer needs or people.")
        elif count:
            text = self.tr("%n free room(s), best first", "", count)
        else:
            text = self.tr("Say what is needed, then press Find a free room.")
        self.result_caption.setText(text)
        self.table.setAccessibleName(self.tr("Find a free room"))
        self.table.setAccessibleDescription(text)

    def _failed(self, error: BaseException) -> None:
        log.error("free rooms could not be found", exc_info=error)
        if shiboken6.isValid(self):
            self.search_button.setEnabled(True)
            self.status.setText(something_went_wrong(error))
            self.status.show()

    def selected_offer(self) -> RoomOffer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.offer_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        self.book_button.setEnabled(self.selected_offer() is not None)

    def _activated(self, index: QModelIndex) -> None:
        offer = self.model.offer_at(index)
        if offer is not None:
            self.chosen.emit(offer)

    def book_selected(self) -> None:
        offer = self.selected_offer()
        if offer is not None:
            self.chosen.emit(offer)


__all__ = ["FreeRoomFinder"]
