"""Qt models behind the reception calendar: a floor's day in 15-minute slots and a room's week
by the hour (the building's day is :mod:`~ui.reception.calendar.overview_model`'s), with the
roles and time texts the calendar shares.

The models hold frozen results of :mod:`kiosk.bookings.agenda` (loaded on the database worker) and
answer the views' questions: which booking covers this slot, is it free to book, how full
is this floor at ten o'clock. Times are shown in the building's time zone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kiosk.bookings.agenda import (
    BookingSummary,
    ClosureSummary,
    DayGrid,
    RoomSummary,
)
from kiosk.models import BookingStatus, ClosureScope
from ui.widgets import is_indonesian

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: The booking whose own time (not its set-up or clean-up) covers the cell, or ``None``.
BOOKING_ROLE = Qt.ItemDataRole.UserRole
#: The booking holding the room in the cell, buffers included, or ``None``.
HOLD_ROLE = Qt.ItemDataRole.UserRole + 1
#: Why the cell cannot be booked (a closure's reason or the holiday's name), or ``None``.
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 2
#: The cell's ``(starts_at, ends_at)``, aware datetimes in the building's zone.
SLOT_ROLE = Qt.ItemDataRole.UserRole + 3
#: Whether a new booking may start in the cell (nothing holds it, nothing closes it).
FREE_ROLE = Qt.ItemDataRole.UserRole + 4
#: Every booking in a week cell (a tuple, possibly empty).
BOOKINGS_ROLE = Qt.ItemDataRole.UserRole + 5
#: The floor number of an overview row.
FLOOR_ROLE = Qt.ItemDataRole.UserRole + 6

SLOT = timedelta(minutes=15)
HOUR = timedelta(hours=1)


def language() -> str:
    return "id" if is_indonesian() else "en"


def hhmm(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%H:%M}"


def time_range(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> str:
    return f"{hhmm(starts_at, zone)}–{hhmm(ends_at, zone)}"


def last_hour(closing: time) -> int:
    """The hour after the last hour the building is open (21 for 21:00, 22 for 21:30)."""
    return closing.hour + (1 if closing.minute or closing.second else 0)


@dataclass(frozen=True)
class _Cell:
    booking: BookingSummary | None = None
    hold: BookingSummary | None = None
    closed: str | None = None

    @property
    def free(self) -> bool:
        return self.hold is None and self.closed is None


_EMPTY = _Cell()


class DayGridModel(QAbstractTableModel):
    """A floor's day: rows are the bookable rooms, columns the 15-minute slots from opening
    to closing. ``BOOKING_ROLE`` (``UserRole``) gives the booking covering a slot."""

    def __init__(self, zone: ZoneInfo, opening: time, closing: time,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.opening = opening
        self.closing = closing
        minutes = (closing.hour * 60 + closing.minute) - (opening.hour * 60 + opening.minute)
        self._slots = max(1, math.ceil(minutes / 15))
        self.grid: DayGrid | None = None
        self._cells: list[list[_Cell]] = []
        self._closed_on_holidays = True

    # --- loading and questions ------------------------------------------------------------

    def set_grid(self, grid: DayGrid | None, *, closed_on_holidays: bool = True) -> None:
        self.beginResetModel()
        self.grid = grid
        self._closed_on_holidays = closed_on_holidays
        self._cells = [self._row_cells(room) for room in grid.rooms] if grid else []
        self.endResetModel()

    @property
    def day(self) -> date | None:
        return self.grid.day if self.grid else None

    @property
    def slots(self) -> int:
        return self._slots

    def start(self) -> datetime:
        """Opening time on the grid's day (today's date before a grid is loaded)."""
        day = self.grid.day if self.grid else datetime.now(self.zone).date()
        return datetime.combine(day, self.opening, tzinfo=self.zone)

    def slot_range(self, column: int) -> tuple[datetime, datetime]:
        starts = self.start() + column * SLOT
        return starts, starts + SLOT

    def position(self, moment: datetime) -> float:
        """Where ``moment`` falls, in columns from opening (clamped to the grid)."""
        return min(float(self._slots), max(0.0, (moment - self.start()) / SLOT))

    def room(self, row: int) -> RoomSummary:
        assert self.grid is not None
        return self.grid.rooms[row]

    def room_row(self, room_id: object) -> int | None:
        if self.grid:
            for row, room in enumerate(self.grid.rooms):
                if room.id == room_id:
                    return row
        return None

    def bookings_in_row(self, row: int) -> list[BookingSummary]:
        if not self.grid:
            return []
        room_id = self.grid.rooms[row].id
        return [b for b in self.grid.bookings if b.room_id == room_id]

    def closures_in_row(self, row: int) -> list[ClosureSummary]:
        if not self.grid:
            return []
        room_id = self.grid.rooms[row].id
        return [c for c in self.grid.closures
                if c.scope != ClosureScope.ROOM or c.room_id == room_id]

    @property
    def holiday_closed(self) -> bool:
        return bool(self.grid and self.grid.holiday and self._closed_on_holidays)

    def cell(self, row: int, column: int) -> _Cell:
        if 0 <= row < len(self._cells) and 0 <= column < self._slots:
            return self._cells[row][column]
        return _EMPTY

    def is_free(self, row: int, column: int) -> bool:
        return 0 <= row < len(self._cells) and 0 <= column < self._slots \
            and self._cells[row][column].free

    def _row_cells(self, room: RoomSummary) -> list[_Cell]:
        assert self.grid is not None
        bookings = [b for b in self.grid.bookings if b.room_id == room.id]
        closures = [c for c in self.grid.closures
                    if c.scope != ClosureScope.ROOM or c.room_id == room.id]
        holiday = self.grid.holiday if self._closed_on_holidays else None
        cells = []
        for column in range(self._slots):
            starts, ends = self.slot_range(column)
            booking = next((b for b in bookings
                            if b.starts_at < ends and b.ends_at > starts), None)
            hold = booking or next((b for b in bookings
                                    if b.blocked_from < ends and b.blocked_until > starts), None)
            closed = next((c.reason for c in closures
                           if c.starts_at < ends and c.ends_at > starts), holiday)
            cells.append(_Cell(booking, hold, closed) if booking or hold or closed else _EMPTY)
        return cells

    # --- texts ----------------------------------------------------------------------------

    def booking_tooltip(self, booking: BookingSummary) -> str:
        lines = [booking.title]
        if booking.organization:
            lines.append(booking.organization)
        lines.append(f"{booking.room_code} · {booking.room_name(language())}")
        lines.append(time_range(booking.starts_at, booking.ends_at, self.zone))
        if booking.blocked_from < booking.starts_at or booking.blocked_until > booking.ends_at:
            lines.append(self.tr("Room held %1 (set-up and clean-up)").replace(
                "%1", time_range(booking.blocked_from, booking.blocked_until, self.zone)))
        lines.append(self.tr("%n attendee(s)", "", booking.attendees))
        if booking.status == BookingStatus.PENDING:
            lines.append(self.tr("Pending approval"))
        if booking.repeating:
            lines.append(self.tr("Part of a repeating series"))
        return "\n".join(lines)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._slots

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.grid:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._cells) and 0 <= column < self._slots):
            return None
        cell = self._cells[row][column]
        if role == BOOKING_ROLE:
            return cell.booking
        if role == HOLD_ROLE:
            return cell.hold
        if role == CLOSED_ROLE:
            return cell.closed
        if role == FREE_ROLE:
            return cell.free
        if role == SLOT_ROLE:
            return self.slot_range(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.booking is not None:
                return cell.booking.title
            return cell.closed or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.booking is not None:
                return self.booking_tooltip(cell.booking)
            if cell.hold is not None:
                return self.tr("Set-up or clean-up for: %1").replace("%1", cell.hold.title)
            if cell.closed is not None:
                return self.tr("Closed: %1").replace("%1", cell.closed)
            starts, ends = self.slot_range(column)
            return self.tr("%1 free %2 — drag to book").replace(
                "%1", self.grid.rooms[row].code).replace("%2", time_range(starts, ends, self.zone))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self._slots or role not in (
                    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return None
            starts = datetime.combine(date(2000, 1, 1), self.opening) + section * SLOT
            return f"{starts:%H:%M}"
        if not self.grid or not 0 <= section < len(self.grid.rooms):
            return None
        room = self.grid.rooms[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{room.code} · {room.name(language())}\n"
                    + self.tr("%n seat(s)", "", room.capacity))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{room.code} · {room.name(language())}\n" + self.tr(
                "%n seat(s)", "", room.capacity)
            if room.needs_approval:
                text += "\n" + self.tr("Bookings need approval")
            return text
        return None


class WeekModel(QAbstractTableModel):
    """One room's week: rows are the opening hours, columns Monday to Sunday.
    ``BOOKING_ROLE`` gives the first booking in a cell, ``BOOKINGS_ROLE`` all of them."""

    DAYS = 7

    def __init__(self, zone: ZoneInfo, opening: time, closing: time,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.first_hour = opening.hour
        self._hours = max(1, last_hour(closing) - opening.hour)
        self.room: RoomSummary | None = None
        self.monday: date | None = None
        self.bookings: tuple[BookingSummary, ...] = ()
        self._cells: list[list[tuple[BookingSummary, ...]]] = []

    def set_week(self, room: RoomSummary | None, monday: date | None,
                 bookings: tuple[BookingSummary, ...] = ()) -> None:
        self.beginResetModel()
        self.room, self.monday, self.bookings = room, monday, tuple(bookings)
        self._cells = []
        if monday is not None:
            for hour in range(self._hours):
                row = []
                for day in range(self.DAYS):
                    starts, ends = self.cell_range(hour, day)
                    row.append(tuple(b for b in self.bookings
                                     if b.starts_at < ends and b.ends_at > starts))
                self._cells.append(row)
        self.endResetModel()

    @property
    def hours(self) -> int:
        return self._hours

    def day(self, column: int) -> date:
        assert self.monday is not None
        return self.monday + timedelta(days=column)

    def cell_range(self, row: int, column: int) -> tuple[datetime, datetime]:
        starts = datetime.combine(self.day(column), time(self.first_hour), tzinfo=self.zone)
        starts += row * HOUR
        return starts, starts + HOUR

    def position(self, column: int, moment: datetime) -> float:
        """Where ``moment`` falls in day ``column``, in hours from the first row (clamped)."""
        starts, _ = self.cell_range(0, column)
        return min(float(self._hours), max(0.0, (moment - starts) / HOUR))

    def bookings_on(self, column: int) -> list[BookingSummary]:
        starts, _ = self.cell_range(0, column)
        _, ends = self.cell_range(self._hours - 1, column)
        return [b for b in self.bookings if b.blocked_from < ends and b.blocked_until > starts]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.DAYS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._cells:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._cells) and 0 <= column < self.DAYS):
            return None
        found = self._cells[row][column]
        if role == BOOKINGS_ROLE:
            return found
        if role == BOOKING_ROLE:
            return found[0] if found else None
        if role == SLOT_ROLE:
            return self.cell_range(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(b.title for b in found)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            lines = []
            for b in found:
                line = f"{time_range(b.starts_at, b.ends_at, self.zone)}  {b.title}"
                if b.organization:
                    line += f" ({b.organization})"
                if b.status == BookingStatus.PENDING:
                    line += " — " + self.tr("pending approval")
                lines.append(line)
            return "\n".join(lines)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < self._hours:
                return None
            return f"{self.first_hour + section:02d}:00"
        if not 0 <= section < self.DAYS or self.monday is None:
            return None
        day = self.day(section)
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d/M")
