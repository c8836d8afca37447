"""Qt table models for room booking: bookings found, a booking's history, free-room offers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
)

from kiosk.bookings.agenda import AuditEntry, BookingSummary
from kiosk.bookings.free_rooms import RoomOffer
from kiosk.models import BookingStatus
from ui.reception.booking.texts import action_label, room_kind_label, short_day, status_label
from ui.table_model import ROW_ROLE, Index, RowsTableModel
from ui.widgets import is_indonesian

#: The row's booking id (bookings) or the offer (free rooms).
ID_ROLE = ROW_ROLE


class BookingsTableModel(RowsTableModel):
    """Bookings (search results, approvals waiting), one row each: date, time, floor and room,
    title, organisation and status. :data:`ID_ROLE` gives the booking's id."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("BookingsTableModel", "Date"),
                QCoreApplication.translate("BookingsTableModel", "Time"),
                QCoreApplication.translate("BookingsTableModel", "Floor / room"),
                QCoreApplication.translate("BookingsTableModel", "Title"),
                QCoreApplication.translate("BookingsTableModel", "Organisation"),
                QCoreApplication.translate("BookingsTableModel", "Status")]

    def booking_at(self, index: Index) -> BookingSummary | None:
        if not index.isValid() or index.model() is not self:
            return None
        found: BookingSummary = self._rows[index.row()]
        return found

    @property
    def bookings(self) -> list[BookingSummary]:
        return list(self._rows)

    def row_id(self, row: Any) -> Any:
        return row.id

    def cell(self, row: Any, column: int) -> str:
        booking: BookingSummary = row
        if column == 0:
            return short_day(booking.starts_at, self._zone)
        if column == 1:
            return (f"{booking.starts_at.astimezone(self._zone):%H:%M}–"
                    f"{booking.ends_at.astimezone(self._zone):%H:%M}")
        if column == 2:
            name = booking.room_name_id if is_indonesian() else booking.room_name_en
            return f"{booking.room_code} · {name}"
        if column == 3:
            return booking.title + (" ↻" if booking.repeating else "")
        if column == 4:
            return booking.organization or booking.contact_name
        status = status_label(booking.status)
        if booking.status_reason and booking.status in (BookingStatus.REJECTED,
                                                        BookingStatus.CANCELLED):
            status += f": {booking.status_reason}"
        return status


class HistoryModel(RowsTableModel):
    """A booking's history, oldest first: when, who, what."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("HistoryModel", "When"),
                QCoreApplication.translate("HistoryModel", "Who"),
                QCoreApplication.translate("HistoryModel", "What")]

    def cell(self, row: Any, column: int) -> str:
        entry: AuditEntry = row
        if column == 0:
            return (f"{short_day(entry.at, self._zone)} "
                    f"{entry.at.astimezone(self._zone):%H:%M}")
        if column == 1:
            return entry.actor
        text = action_label(entry.action)
        return f"{text}: {entry.note}" if entry.note and not entry.note.startswith(
            "continued as") else text


class OffersModel(RowsTableModel):
    """Free rooms (or the nearest free times), best first: when, room, kind, seats.
    :data:`ID_ROLE` gives the :class:`~kiosk.bookings.free_rooms.RoomOffer`."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("OffersModel", "Date"),
                QCoreApplication.translate("OffersModel", "Time"),
                QCoreApplication.translate("OffersModel", "Floor / room"),
                QCoreApplication.translate("OffersModel", "Kind"),
                QCoreApplication.translate("OffersModel", "Seats")]

    def offer_at(self, index: Index) -> RoomOffer | None:
        if not index.isValid() or index.model() is not self:
            return None
        found: RoomOffer = self._rows[index.row()]
        return found

    def cell(self, row: Any, column: int) -> str:
        offer: RoomOffer = row
        if column == 0:
            return short_day(offer.starts_at, self._zone)
        if column == 1:
            return (f"{offer.starts_at.astimezone(self._zone):%H:%M}–"
                    f"{offer.ends_at.astimezone(self._zone):%H:%M}")
        if column == 2:
            room = offer.room
            name = room.name_id if is_indonesian() else room.name_en
            floor = QCoreApplication.translate("OffersModel", "Floor %1").replace(
                "%1", str(room.floor_number))
            return f"{floor} · {room.code} {name}"
        if column == 3:
            return room_kind_label(offer.room.kind) + (
                " · " + QCoreApplication.translate("OffersModel", "needs approval")
                if offer.room.needs_approval else "")
        return str(offer.room.capacity)
