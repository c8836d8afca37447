"""The day of the building as the schedules show it, read once (two SELECTs) into frozen
dataclasses: floors in order, their bookable rooms by code, each room's bookings by start time.

Only bookings that hold the room are read (confirmed and pending, not tombstoned); times are
aware, in the building's zone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError
from kiosk.models import HOLDING, Booking, BookingStatus, Floor, Organization, Room

#: How far before the day a booking may start and still reach into it (an overnight event).
#: Bounds the scan of the ``starts_at`` index.
LOOKBACK: Final = timedelta(days=2)


class ScheduleInputError(KioskError):
    """A floor or room asked for that the building does not have (or cannot be booked). The
    message is one line, fit to show after ``gic-kiosk:``."""


@dataclass(frozen=True)
class ScheduledBooking:
    """One booking as the schedule shows it; times are aware, in the building's zone."""

    id: uuid.UUID
    title: str
    organization: str
    contact_name: str
    starts_at: datetime
    ends_at: datetime
    attendees: int
    status: BookingStatus

    @property
    def pending(self) -> bool:
        return self.status is BookingStatus.PENDING


@dataclass(frozen=True)
class ScheduledRoom:
    """A bookable room and its bookings of the day, by start time."""

    id: uuid.UUID
    code: str
    name_id: str
    name_en: str
    capacity: int
    floor_number: int
    bookings: tuple[ScheduledBooking, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class ScheduledFloor:
    number: int
    name_id: str
    name_en: str
    rooms: tuple[ScheduledRoom, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class ScheduleDay:
    """One local day of the building (or of one floor or room): floors in order, their
    bookable rooms in order of code, each with its bookings."""

    day: date
    zone: ZoneInfo
    floors: tuple[ScheduledFloor, ...]
    building_name: str  # the catalogue's, for the pages' header and author

    @property
    def rooms(self) -> tuple[ScheduledRoom, ...]:
        return tuple(room for floor in self.floors for room in floor.rooms)

    def room(self, code: str) -> ScheduledRoom | None:
        return next((room for room in self.rooms if room.code == code), None)

    def floor(self, number: int) -> ScheduledFloor | None:
        return next((floor for floor in self.floors if floor.number == number), None)

    def bookings(self) -> list[tuple[ScheduledRoom, ScheduledBooking]]:
        """Every booking of the day with its room, by start time, then floor and room."""
        found = [(room, booking) for room in self.rooms for booking in room.bookings]
        found.sort(key=lambda pair: (pair[1].starts_at, pair[0].floor_number,
                                     _code_key(pair[0].code), pair[1].ends_at))
        return found


def _code_key(code: str) -> tuple[int | str, ...]:
    """"10.01" after "9.08": room codes compare by their numbers."""
    return tuple(int(part) if part.isdigit() else part for part in code.split("."))


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The local day as a UTC half-open interval."""
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    return start, end


def schedule_day(session: Session, day: date, zone: ZoneInfo, floor: int | None = None,
                 room_code: str | None = None, *, building_name: str) -> ScheduleDay:
    """The bookable rooms of the building (or of ``floor``, or the one room ``room_code``) and
    the bookings holding them during the local ``day``: two SELECTs, the rooms and the
    bookings with their organisation's name. ``building_name`` is the catalogue's
    (:func:`kiosk.building.catalogue.read_catalogue`), printed on every page.

    Raises :class:`ScheduleInputError` for a floor or a room the building does not have, or a
    room that cannot be booked.
    """
    rooms_query = (
        select(Room.id, Room.code, Room.name_id, Room.name_en, Room.capacity, Floor.number,
               Floor.name_id, Floor.name_en)
        .join(Floor, Room.floor_id == Floor.id)
        .where(Room.bookable.is_(True), Room.deleted_at.is_(None), Floor.deleted_at.is_(None))
    )
    if floor is not None:
        rooms_query = rooms_query.where(Floor.number == floor)
    if room_code is not None:
        rooms_query = rooms_query.where(Room.code == room_code.strip())
    room_rows = session.execute(rooms_query).all()
    if not room_rows:
        raise ScheduleInputError(_nothing_found(session, floor, room_code))

    start, end = day_bounds(day, zone)
    bookings_query = (
        select(Booking.id, Booking.room_id, Booking.title, Organization.name,
               Booking.contact_name, Booking.starts_at, Booking.ends_at, Booking.attendees,
               Booking.status)
        .outerjoin(Organization, Booking.organization_id == Organization.id)
        .where(Booking.starts_at >= start - LOOKBACK, Booking.starts_at < end,
               Booking.ends_at > start, Booking.status.in_(HOLDING),
               Booking.deleted_at.is_(None))
        .order_by(Booking.starts_at, Booking.ends_at)
    )
    if floor is not None or room_code is not None:
        bookings_query = bookings_query.where(Booking.room_id.in_([r[0] for r in room_rows]))
    by_room: dict[uuid.UUID, list[ScheduledBooking]] = {}
    for (booking_id, room_id, title, organization, contact, starts_at, ends_at, attendees,
         status) in session.execute(bookings_query):
        by_room.setdefault(room_id, []).append(ScheduledBooking(
            id=booking_id, title=title, organization=organization or "",
            contact_name=contact or "", starts_at=starts_at.astimezone(zone),
            ends_at=ends_at.astimezone(zone), attendees=attendees, status=status))

    floors: dict[int, tuple[str, str, list[ScheduledRoom]]] = {}
    for room_id, code, name_id, name_en, capacity, number, floor_id_name, floor_en in room_rows:
        entry = floors.setdefault(number, (floor_id_name, floor_en, []))
        entry[2].append(ScheduledRoom(room_id, code, name_id, name_en, capacity, number,
                                      tuple(by_room.get(room_id, ()))))
    return ScheduleDay(
        day=day, zone=zone, building_name=building_name,
        floors=tuple(
            ScheduledFloor(number, name_id, name_en,
                           tuple(sorted(rooms, key=lambda r: _code_key(r.code))))
            for number, (name_id, name_en, rooms) in sorted(floors.items())))


def _nothing_found(session: Session, floor: int | None, room_code: str | None) -> str:
    """Why there is no room to show, in one line (only read when something is wrong)."""
    numbers = sorted(session.scalars(select(Floor.number).where(Floor.deleted_at.is_(None))))
    if floor is not None and floor not in numbers:
        span = f"floors {numbers[0]} to {numbers[-1]}" if numbers else "no floors loaded"
        return f"floor {floor} does not exist ({span})"
    if room_code is not None:
        code = room_code.strip()
        row = session.execute(
            select(Room.bookable, Room.deleted_at, Floor.number)
            .join(Floor, Room.floor_id == Floor.id).where(Room.code == code)).first()
        if row is None or row[1] is not None:
            return f"unknown room {code!r}"
        if not row[0]:
            return f"room {code} cannot be booked (offices and service rooms have no schedule)"
        if floor is not None and row[2] != floor:
            return f"room {code} is on floor {row[2]}, not floor {floor}"
    if floor is not None:
        return f"floor {floor} has no bookable rooms"
    return "no bookable rooms in this database (is the building catalogue loaded?)"
