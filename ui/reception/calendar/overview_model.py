"""The building's day for the overview: one row per floor, hour by hour, how full it is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kiosk.bookings.agenda import BuildingDay, FloorOccupancy
from ui.reception.calendar.models import BOOKING_ROLE, FLOOR_ROLE, language

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class OverviewModel(QAbstractTableModel):
    """The building's day: one row per floor; columns are the floor, its bookings, those
    pending, then one per opening hour with the floor's occupancy (``BOOKING_ROLE`` gives
    the fraction 0..1, the display text the percentage)."""

    FLOOR, BOOKINGS, PENDING = range(3)
    FIXED = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.building: BuildingDay | None = None

    def set_day(self, building: BuildingDay | None) -> None:
        self.beginResetModel()
        self.building = building
        self.endResetModel()

    @property
    def hours(self) -> int:
        if not self.building or not self.building.floors:
            return 0
        return len(self.building.floors[0].hours)

    def floor(self, row: int) -> FloorOccupancy:
        assert self.building is not None
        return self.building.floors[row]

    def occupancy(self, row: int, hour: int) -> float:
        """How full floor ``row`` is in the hour starting at ``hour`` o'clock (0..1)."""
        assert self.building is not None
        return self.building.floors[row].hours[hour - self.building.first_hour]

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or not self.building:
            return 0
        return len(self.building.floors)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.FIXED + self.hours

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.building:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.building.floors) and 0 <= column < self.columnCount()):
            return None
        floor = self.building.floors[row]
        if role == FLOOR_ROLE:
            return floor.floor.number
        hour = column - self.FIXED
        if role == BOOKING_ROLE:
            return floor.hours[hour] if hour >= 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.FLOOR:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FLOOR:
                return f"{floor.floor.number} · {floor.floor.name(language())}"
            if column == self.BOOKINGS:
                return str(floor.bookings)
            if column == self.PENDING:
                return str(floor.pending)
            return f"{round(floor.hours[hour] * 100)}%"
        if role == Qt.ItemDataRole.ToolTipRole:
            name = f"{floor.floor.number} · {floor.floor.name(language())}"
            if hour < 0:
                return (name + "\n" + self.tr("%n bookable room(s)", "", floor.rooms) + "\n"
                        + self.tr("%n booking(s)", "", floor.bookings) + "\n"
                        + self.tr("%n pending approval", "", floor.pending))
            first = self.building.first_hour + hour
            return self.tr("%1, %2: %3 of the rooms booked").replace("%1", name).replace(
                "%2", f"{first:02d}:00–{first + 1:02d}:00").replace(
                "%3", f"{round(floor.hours[hour] * 100)}%")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not self.building:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.FLOOR:
                return self.tr("Floor")
            if section == self.BOOKINGS:
                return self.tr("Bookings")
            if section == self.PENDING:
                return self.tr("Pending")
            return f"{self.building.first_hour + section - self.FIXED:02d}"
        if role == Qt.ItemDataRole.ToolTipRole and section >= self.FIXED:
            first = self.building.first_hour + section - self.FIXED
            return f"{first:02d}:00–{first + 1:02d}:00"
        return None
