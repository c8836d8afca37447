"""The closures' words and Qt models: where a closure is ("Whole building", "Floor 4", a
room), short and long moments, the closures listed and the bookings a new closure covers."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.bookings.agenda import BookingSummary, ClosureSummary, FloorSummary, RoomSummary
from kiosk.building.catalogue import floor_id
from kiosk.models import ClosureScope
from ui.reception.booking.texts import long_day
from ui.table_model import RowsTableModel
from ui.widgets import is_indonesian
from ui.widgets.dates import to_qdate


@dataclass(frozen=True)
class Places:
    """What a closure's floor or room id is called: the building's floors and rooms."""

    floors: tuple[FloorSummary, ...] = ()
    rooms: tuple[RoomSummary, ...] = ()

    def floor_number(self, closure: ClosureSummary) -> int | None:
        return next((f.number for f in self.floors if floor_id(f.number) == closure.floor_id),
                    None)

    def room(self, room_id: uuid.UUID | None) -> RoomSummary | None:
        return next((r for r in self.rooms if r.id == room_id), None)


def floor_text(number: int) -> str:
    return QCoreApplication.translate("ClosuresDialog", "Floor %1").replace("%1", str(number))


def room_text(code: str, name_id: str, name_en: str) -> str:
    return f"{code} · {name_id if is_indonesian() else name_en}"


def where_text(closure: ClosureSummary, places: Places) -> str:
    """"Whole building", "Floor 4" or "4.03 · Pamulang Training Room"."""
    if closure.scope == ClosureScope.BUILDING:
        return QCoreApplication.translate("ClosuresDialog", "Whole building")
    if closure.scope == ClosureScope.FLOOR:
        number = places.floor_number(closure)
        if number is None:
            return QCoreApplication.translate("ClosuresDialog", "A floor")
        return floor_text(number)
    room = places.room(closure.room_id)
    if room is None:
        return QCoreApplication.translate("ClosuresDialog", "A room")
    return room_text(room.code, room.name_id, room.name_en)


def day_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11": these lists cover weeks, not years (the tooltip has the year)."""
    local = moment.astimezone(zone)
    locale = QLocale()
    # The short date without its year, in the locale's order: "dd/MM/yy" → "dd/MM".
    day_format = re.sub(r"^y+\W*|\W*y+", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(to_qdate(local.date()), f"ddd {day_format}")


def moment_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11 07:00"."""
    return f"{day_text(moment, zone)} {moment.astimezone(zone):%H:%M}"


def full_moment_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Senin, 23 November 2026 07:00"."""
    return f"{long_day(moment, zone)} {moment.astimezone(zone):%H:%M}"


def period_text(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11/26 07:00–21:00", or both days when it runs past one."""
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if start.date() == end.date():
        return f"{moment_text(start, zone)}–{end:%H:%M}"
    return f"{moment_text(start, zone)} – {moment_text(end, zone)}"


class ClosuresModel(RowsTableModel):
    """Closures, soonest first: from, until, where and why. :data:`ROW_ROLE` gives the
    :class:`~kiosk.bookings.agenda.ClosureSummary`."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(zone, parent)
        self._places = Places()

    def set_closures(self, closures: Sequence[ClosureSummary], places: Places) -> None:
        self._places = places
        self.set_rows(closures)

    @property
    def closures(self) -> list[ClosureSummary]:
        return list(self._rows)

    def closure_at(self, row: int) -> ClosureSummary | None:
        found: ClosureSummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found

    def row_of(self, closure_id: uuid.UUID) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == closure_id), -1)

    def where(self, closure: ClosureSummary) -> str:
        return where_text(closure, self._places)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ClosuresModel", "From"),
                QCoreApplication.translate("ClosuresModel", "Until"),
                QCoreApplication.translate("ClosuresModel", "Where"),
                QCoreApplication.translate("ClosuresModel", "Reason")]

    def tooltip(self, row: Any, column: int) -> str:
        closure: ClosureSummary = row
        if column in (0, 1):
            return full_moment_text(closure.starts_at if column == 0 else closure.ends_at,
                                    self._zone)
        return self.cell(row, column)

    def cell(self, row: Any, column: int) -> str:
        closure: ClosureSummary = row
        if column == 0:
            return moment_text(closure.starts_at, self._zone)
        if column == 1:
            return moment_text(closure.ends_at, self._zone)
        if column == 2:
            return self.where(closure)
        return closure.reason


class StandingBookingsModel(RowsTableModel):
    """The bookings a new closure covers, which still stand: date, time, room, title and
    organisation. :data:`ROW_ROLE` gives the :class:`~kiosk.bookings.agenda.BookingSummary`."""

    @property
    def bookings(self) -> list[BookingSummary]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("StandingBookingsModel", "Date"),
                QCoreApplication.translate("StandingBookingsModel", "Time"),
                QCoreApplication.translate("StandingBookingsModel", "Room"),
                QCoreApplication.translate("StandingBookingsModel", "Title"),
                QCoreApplication.translate("StandingBookingsModel", "Organisation")]

    def tooltip(self, row: Any, column: int) -> str:
        booking: BookingSummary = row
        if column == 0:
            return long_day(booking.starts_at, self._zone)
        return self.cell(row, column)

    def cell(self, row: Any, column: int) -> str:
        booking: BookingSummary = row
        if column == 0:
            return day_text(booking.starts_at, self._zone)
        if column == 1:
            return (f"{booking.starts_at.astimezone(self._zone):%H:%M}–"
                    f"{booking.ends_at.astimezone(self._zone):%H:%M}")
        if column == 2:
            return room_text(booking.room_code, booking.room_name_id, booking.room_name_en)
        if column == 3:
            return booking.title
        return booking.organization or booking.contact_name or "–"
