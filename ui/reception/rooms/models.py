"""The rooms as a table, by code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.rooms.operations import RoomDetails
from ui.reception.booking.texts import room_kind_label
from ui.table_model import RowsTableModel
from ui.widgets import is_indonesian


class RoomsModel(RowsTableModel):
    """Code, name, kind, seats, bookable, approval, set-up and clean-up, state."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Rooms", "Code"),
                QCoreApplication.translate("Rooms", "Name"),
                QCoreApplication.translate("Rooms", "Kind"),
                QCoreApplication.translate("Rooms", "Seats"),
                QCoreApplication.translate("Rooms", "Booking"),
                QCoreApplication.translate("Rooms", "Set-up / clean-up"),
                QCoreApplication.translate("Rooms", "State")]

    def cell(self, row: Any, column: int) -> str:
        room: RoomDetails = row
        if column == 0:
            return room.code
        if column == 1:
            return room.name("id" if is_indonesian() else "en")
        if column == 2:
            return room_kind_label(room.kind)
        if column == 3:
            return str(room.capacity)
        if column == 4:
            if not room.bookable:
                return QCoreApplication.translate("Rooms", "not bookable")
            return (QCoreApplication.translate("Rooms", "needs approval") if room.needs_approval
                    else QCoreApplication.translate("Rooms", "bookable"))
        if column == 5:
            return QCoreApplication.translate("Rooms", "%1 / %2 min").replace(
                "%1", str(room.setup_minutes)).replace("%2", str(room.cleanup_minutes))
        return (QCoreApplication.translate("Rooms", "retired") if room.retired
                else QCoreApplication.translate("Rooms", "in use"))

    def row_id(self, row: Any) -> Any:
        return row.id

    def room_at(self, row: int) -> RoomDetails | None:
        found: RoomDetails | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found
