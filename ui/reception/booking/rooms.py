"""The rooms a booking can take, as the booking form offers them: grouped under their floor's
heading, each with its seats. The form's room and a moved date's room share one list."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kiosk.bookings.agenda import FloorSummary, RoomSummary
from ui.widgets import is_indonesian
from ui.widgets.combos import add_heading, find_data


def fill_rooms(combo: QComboBox, rooms: Sequence[RoomSummary], floors: Sequence[FloorSummary],
               seats: str) -> None:
    """Rooms grouped under their floor's heading (headings cannot be chosen), each with its
    seats; ``seats`` is the translated "%n seats"-style text with ``%1`` for the number.
    Keeps the chosen room."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    names = {f.number: (f.name_id if is_indonesian() else f.name_en) for f in floors}
    floor_number = None
    for room in rooms:
        if room.floor_number != floor_number:
            floor_number = room.floor_number
            heading = QCoreApplication.translate("BookingDialog", "Floor %1").replace(
                "%1", str(floor_number))
            name = names.get(floor_number, "")
            add_heading(combo, heading + (f" · {name}" if name else ""))
        room_name = room.name_id if is_indonesian() else room.name_en
        combo.addItem(f"{room.code} · {room_name} · {seats.replace('%1', str(room.capacity))}",
                      room.id)
    index = find_data(combo, current) if current is not None else -1
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemData(i) is not None), -1)
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def select_room(combo: QComboBox, room_id: uuid.UUID | None) -> None:
    """Choose ``room_id`` when the list has it; otherwise leave the choice as it is."""
    if room_id is None:
        return
    index = find_data(combo, room_id)
    if index >= 0:
        combo.setCurrentIndex(index)


class RoomChoices:
    """The bookable rooms and their floors, once loaded: what every room list of the dialog
    offers, and a room's summary by its id."""

    def __init__(self) -> None:
        self.rooms: list[RoomSummary] = []
        self.floors: list[FloorSummary] = []
        self._by_id: dict[uuid.UUID, RoomSummary] = {}

    def set(self, rooms: list[RoomSummary], floors: list[FloorSummary]) -> None:
        self.rooms = rooms
        self.floors = floors
        self._by_id = {r.id: r for r in rooms}

    def room(self, room_id: object) -> RoomSummary | None:
        return self._by_id.get(room_id) if isinstance(room_id, uuid.UUID) else None

    def fill(self, combo: QComboBox) -> None:
        """Offer every room in ``combo``, in the interface's language."""
        fill_rooms(combo, self.rooms, self.floors,
                   QCoreApplication.translate("BookingDialog", "%1 seats"))
