"""Reading bookings for people: a floor's day, a room's week, the building at a glance, search,
approvals waiting, a booking's history. Results are frozen data, safe to hand to the UI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, literal_column, or_, select
from sqlalchemy.orm import Session

from kiosk.bookings.rules import MAX_LENGTH, closures_between, holiday_on, overlapping
from kiosk.models import (
    HOLDING,
    Booking,
    BookingAudit,
    BookingStatus,
    Closure,
    ClosureScope,
    Floor,
    Organization,
    OrganizationKind,
    Room,
    RoomKind,
)


@dataclass(frozen=True)
class RoomSummary:
    id: uuid.UUID
    code: str
    name_id: str
    name_en: str
    floor_number: int
    kind: RoomKind
    capacity: int
    amenities: tuple[str, ...]
    needs_approval: bool
    setup_minutes: int
    cleanup_minutes: int

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


@dataclass(frozen=True)
class FloorSummary:
    number: int
    name_id: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


@dataclass(frozen=True)
class OrganizationChoice:
    id: uuid.UUID
    name: str
    kind: OrganizationKind


@dataclass(frozen=True)
class BookingSummary:
    id: uuid.UUID
    series_id: uuid.UUID | None
    room_id: uuid.UUID
    room_code: str
    room_name_id: str
    room_name_en: str
    floor_number: int
    title: str
    organization_id: uuid.UUID | None
    organization: str
    contact_name: str
    contact_phone: str
    starts_at: datetime
    ends_at: datetime
    blocked_from: datetime
    blocked_until: datetime
    attendees: int
    status: BookingStatus
    status_reason: str
    detached: bool
    created_by: str

    @property
    def repeating(self) -> bool:
        return self.series_id is not None

    def room_name(self, language: str) -> str:
        return self.room_name_id if language == "id" else self.room_name_en


@dataclass(frozen=True)
class ClosureSummary:
    id: uuid.UUID
    scope: ClosureScope
    floor_id: uuid.UUID | None
    room_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class DayGrid:
    """One floor on one day: its bookable rooms and what holds them."""

    day: date
    floor: FloorSummary
    rooms: tuple[RoomSummary, ...]
    bookings: tuple[BookingSummary, ...]
    closures: tuple[ClosureSummary, ...]
    holiday: str | None


@dataclass(frozen=True)
class FloorOccupancy:
    """How full a floor is on a day, hour by hour (0.0 to 1.0 of its bookable rooms)."""

    floor: FloorSummary
    rooms: int
    bookings: int
    pending: int
    hours: tuple[float, ...]


@dataclass(frozen=True)
class BuildingDay:
    day: date
    first_hour: int
    floors: tuple[FloorOccupancy, ...]
    holiday: str | None


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)


def floors(session: Session) -> list[FloorSummary]:
    return [FloorSummary(f.number, f.name_id, f.name_en) for f in session.scalars(
        select(Floor).where(Floor.deleted_at.is_(None)).order_by(Floor.number))]


def rooms(session: Session, floor_number: int | None = None,
          bookable_only: bool = True) -> list[RoomSummary]:
    query = (select(Room, Floor.number).join(Floor, Floor.id == Room.floor_id)
             .where(Room.deleted_at.is_(None)).order_by(Floor.number, Room.code))
    if bookable_only:
        query = query.where(Room.bookable.is_(True))
    if floor_number is not None:
        query = query.where(Floor.number == floor_number)
    return [_room_summary(room, number) for room, number in session.execute(query)]


def organizations(session: Session) -> list[OrganizationChoice]:
    """Who rooms are booked for: tenants, agencies and partners (not visitors' employers,
    not the retired)."""
    query = (select(Organization).where(
        Organization.deleted_at.is_(None), Organization.retired_at.is_(None),
        Organization.kind.in_([OrganizationKind.TENANT, OrganizationKind.AGENCY,
                               OrganizationKind.PARTNER]))
        .order_by(Organization.name))
    return [OrganizationChoice(o.id, o.name, o.kind) for o in session.scalars(query)]


def booking(session: Session, booking_id: uuid.UUID) -> BookingSummary | None:
    found = _summaries(session, _booking_query().where(Booking.id == booking_id))
    return found[0] if found else None


def day_grid(session: Session, floor_number: int, day: date, zone: ZoneInfo) -> DayGrid:
    """A floor's rooms and the bookings holding them on ``day`` (pending and confirmed)."""
    floor = session.scalars(select(Floor).where(Floor.number == floor_number)).first()
    if floor is None:
        raise LookupError(f"floor {floor_number}")
    start, end = day_bounds(day, zone)
    query = _booking_query().where(
        Floor.number == floor_number, overlapping(start, end),
        Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
    floor_rooms = rooms(session, floor_number)
    room_ids = {r.id for r in floor_rooms}
    closures = tuple(
        _closure_summary(c) for c in closures_between(session, start, end)
        if c.scope == ClosureScope.BUILDING or c.floor_id == floor.id or c.room_id in room_ids)
    return DayGrid(day, FloorSummary(floor.number, floor.name_id, floor.name_en),
                   tuple(floor_rooms), tuple(_summaries(session, query)), closures,
                   holiday_on(day))


def room_week(session: Session, room_id: uuid.UUID, day: date, zone: ZoneInfo
              ) -> tuple[RoomSummary, date, tuple[BookingSummary, ...]]:
    """The room and its bookings from the Monday of ``day``'s week, for seven days."""
    monday = day - timedelta(days=day.weekday())
    start, _ = day_bounds(monday, zone)
    end, _ = day_bounds(monday + timedelta(days=7), zone)
    found = session.execute(select(Room, Floor.number).join(Floor, Floor.id == Room.floor_id)
                            .where(Room.id == room_id)).first()
    if found is None:
        raise LookupError(f"room {room_id}")
    query = _booking_query().where(
        Booking.room_id == room_id, overlapping(start, end),
        Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
    return _room_summary(found[0], found[1]), monday, tuple(_summaries(session, query))


def building_day(session: Session, day: date, zone: ZoneInfo, opening: time,
                 closing: time) -> BuildingDay:
    """Every floor's occupancy hour by hour between opening and closing."""
    start, end = day_bounds(day, zone)
    first = opening.hour
    last = closing.hour + (1 if closing.minute else 0)
    all_floors = floors(session)
    counts: dict[int, int] = {}
    for room in rooms(session):
        counts[room.floor_number] = counts.get(room.floor_number, 0) + 1
    rows = session.execute(
        select(Floor.number, Booking.starts_at, Booking.ends_at, Booking.status)
        .join(Room, Room.id == Booking.room_id).join(Floor, Floor.id == Room.floor_id)
        .where(overlapping(start, end), Booking.status.in_(HOLDING),
               Booking.deleted_at.is_(None), Room.bookable.is_(True))).all()
    per_floor: dict[int, list[float]] = {f.number: [0.0] * (last - first) for f in all_floors}
    bookings: dict[int, int] = {}
    pending: dict[int, int] = {}
    for number, starts, ends, status in rows:
        bookings[number] = bookings.get(number, 0) + 1
        if status == BookingStatus.PENDING:
            pending[number] = pending.get(number, 0) + 1
        for index in range(last - first):
            slot_start = datetime.combine(day, time(first + index), tzinfo=zone)
            slot_end = slot_start + timedelta(hours=1)
            overlap = min(ends, slot_end) - max(starts, slot_start)
            if overlap > timedelta(0):
                per_floor[number][index] += overlap / timedelta(hours=1)
    result = []
    for floor in all_floors:
        room_count = counts.get(floor.number, 0)
        hours = tuple(min(1.0, used / room_count) if room_count else 0.0
                      for used in per_floor[floor.number])
        result.append(FloorOccupancy(floor, room_count, bookings.get(floor.number, 0),
                                     pending.get(floor.number, 0), hours))
    return BuildingDay(day, first, tuple(result), holiday_on(day))


def search_bookings(session: Session, text: str, start: datetime, end: datetime,
                    statuses: tuple[BookingStatus, ...] = tuple(BookingStatus),
                    limit: int = 500) -> list[BookingSummary]:
    """Bookings between two moments whose title, organisation, contact or room matches."""
    query = _booking_query().where(overlapping(start, end),
                                   Booking.status.in_(statuses), Booking.deleted_at.is_(None))
    words = text.split()
    for word in words:
        pattern = f"%{word}%"
        query = query.where(or_(Booking.title.ilike(pattern), Organization.name.ilike(pattern),
                                Booking.contact_name.ilike(pattern), Room.code.ilike(pattern),
                                Room.name_id.ilike(pattern), Room.name_en.ilike(pattern)))
    return _summaries(session, query.limit(limit))


def pending_bookings(session: Session, now: datetime) -> list[BookingSummary]:
    """Bookings waiting for approval that have not ended, soonest first."""
    query = _booking_query().where(Booking.status == BookingStatus.PENDING,
                                   Booking.ends_at > now,
                                   Booking.starts_at > now - MAX_LENGTH,
                                   Booking.deleted_at.is_(None))
    return _summaries(session, query)


def history(session: Session, booking_id: uuid.UUID) -> list[AuditEntry]:
    """Every change to a booking (and to its series), oldest first."""
    found = session.get(Booking, booking_id)
    conditions = [BookingAudit.booking_id == booking_id]
    if found is not None and found.series_id is not None:
        # The series' own entries, not its other occurrences'.
        conditions.append(and_(BookingAudit.series_id == found.series_id,
                               BookingAudit.booking_id.is_(None)))
    # Changes made in the same instant (one clock reading) in the order this device stored
    # them: SQLite's rowid.
    query = (select(BookingAudit).where(or_(*conditions))
             .order_by(BookingAudit.created_at, literal_column("booking_audit.rowid")))
    return [AuditEntry(a.created_at, a.actor, a.action, a.before, a.after, a.note)
            for a in session.scalars(query)]


def closures(session: Session, start: datetime, end: datetime) -> list[ClosureSummary]:
    """Closures overlapping ``[start, end)``, soonest first."""
    found = sorted(closures_between(session, start, end), key=lambda c: c.starts_at)
    return [_closure_summary(c) for c in found]


def _booking_query() -> Select[Booking, Room, int, str]:
    return (select(Booking, Room, Floor.number, Organization.name)
            .join(Room, Room.id == Booking.room_id)
            .join(Floor, Floor.id == Room.floor_id)
            .outerjoin(Organization, Organization.id == Booking.organization_id)
            .order_by(Booking.starts_at, Floor.number, Room.code))


def _summaries(session: Session, query: Select[Booking, Room, int, str]
               ) -> list[BookingSummary]:
    return [
        BookingSummary(
            id=b.id, series_id=b.series_id, room_id=room.id, room_code=room.code,
            room_name_id=room.name_id, room_name_en=room.name_en, floor_number=number,
            title=b.title, organization_id=b.organization_id, organization=organization or "",
            contact_name=b.contact_name, contact_phone=b.contact_phone,
            starts_at=b.starts_at, ends_at=b.ends_at, blocked_from=b.blocked_from,
            blocked_until=b.blocked_until, attendees=b.attendees, status=b.status,
            status_reason=b.status_reason, detached=b.detached, created_by=b.created_by,
        )
        for b, room, number, organization in session.execute(query)
    ]


def _room_summary(room: Room, floor_number: int) -> RoomSummary:
    return RoomSummary(room.id, room.code, room.name_id, room.name_en, floor_number, room.kind,
                       room.capacity, tuple(room.amenities), room.needs_approval,
                       room.setup_minutes, room.cleanup_minutes)


def _closure_summary(closure: Closure) -> ClosureSummary:
    return ClosureSummary(closure.id, closure.scope, closure.floor_id, closure.room_id,
                          closure.starts_at, closure.ends_at, closure.reason)
