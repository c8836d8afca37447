"""The booking rules: what a room may hold and what stands in the way of a booking.

The limits every booking keeps (messages quote them from here), the building's rules from the
settings, and the conflicts of one occurrence: another booking holding the room (set-up and
clean-up buffers included), a closure, a national holiday or cuti bersama, the opening hours,
the organisation's weekly quota.

The room is *held* from set-up to clean-up (``blocked_from``/``blocked_until``) by pending and
confirmed bookings. A booking may hold a room for at most :data:`MAX_HOLD`, which bounds the
conflict query on both sides of the ``(room_id, blocked_from)`` index: one short index range,
however many years of history the device keeps.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from kiosk.config import Settings
from kiosk.errors import ErrorCode, InvalidFieldError, KioskError
from kiosk.models import (
    HOLDING,
    Booking,
    Closure,
    ClosureScope,
    Organization,
    OrganizationKind,
    Room,
)

#: The longest booking, and the longest a room's buffers may add around it.
MAX_LENGTH = timedelta(hours=24)
MAX_BUFFER = timedelta(minutes=240)
MAX_HOLD = MAX_LENGTH + 2 * MAX_BUFFER
MAX_ATTENDEES = 5000
TITLE_LIMIT = 200
REASON_LIMIT = 300
#: A closure's reason, as reception types it.
CLOSURE_REASON_LIMIT = 200
CONTACT_NAME_LIMIT = 120
CONTACT_PHONE_LIMIT = 20


class ConflictKind(enum.StrEnum):
    BOOKED = "booked"  # another booking holds the room (buffers included)
    CLOSED = "closed"  # a closure of the building, the floor or the room
    HOLIDAY = "holiday"  # a national holiday or cuti bersama
    OUTSIDE_HOURS = "outside_hours"  # before opening or after closing
    QUOTA = "quota"  # the organisation's weekly hours would be exceeded
    SAME_SERIES = "same_series"  # a moved occurrence would collide with its own series
    PAST = "past"  # it would start before now


@dataclass(frozen=True)
class Conflict:
    """Why one occurrence cannot take place as asked."""

    kind: ConflictKind
    starts_at: datetime
    ends_at: datetime
    #: The other booking's title, the closure's reason, the holiday's name.
    what: str = ""
    booking_id: uuid.UUID | None = None
    organization: str = ""
    #: When only the rooms' buffers collide (the times themselves do not overlap): the
    #: minutes the room needs between the other booking's end and this one's start (to
    #: clear it and set it up again), or between this one's end and the other's start.
    clear_after_minutes: int = 0
    prepare_before_minutes: int = 0


@dataclass(frozen=True)
class Rules:
    """What the building allows, from the settings."""

    zone: ZoneInfo
    opening: time
    closing: time
    closed_on_holidays: bool = True
    quota_hours_per_week: int = 0
    #: Standalone, this device decides; with a central database bookings stay pending until
    #: the central database confirms them.
    confirm_locally: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> Rules:
        return cls(
            zone=settings.zone,
            opening=settings.hours.opening,
            closing=settings.hours.closing,
            closed_on_holidays=settings.bookings.closed_on_holidays,
            quota_hours_per_week=settings.bookings.quota_hours_per_week,
            confirm_locally=not settings.central.url,
        )


@dataclass(frozen=True)
class PlannedOccurrence:
    #: The start the rule gives it: the key a :class:`Resolution` is given under.
    original_starts_at: datetime
    starts_at: datetime
    ends_at: datetime
    room_id: uuid.UUID
    conflicts: tuple[Conflict, ...] = ()
    skipped: bool = False

    @property
    def blocked(self) -> bool:
        return bool(self.conflicts) and not self.skipped


class BookingConflictError(KioskError):
    """Some occurrences cannot take place as asked; nothing was saved. The receptionist skips
    or moves each of ``occurrences`` (or changes the request) and tries again."""

    def __init__(self, occurrences: Sequence[PlannedOccurrence]) -> None:
        self.occurrences = tuple(occurrences)
        super().__init__(f"{len(self.occurrences)} occurrence(s) conflict")


def overlapping(start: datetime, end: datetime) -> ColumnElement[bool]:
    """Bookings overlapping ``[start, end)``, bounded below by the longest booking so that
    the ``starts_at`` index reads one window, not every booking the device ever held."""
    return and_(Booking.starts_at < end, Booking.starts_at > start - MAX_LENGTH,
                Booking.ends_at > start)


def room_conflicts(session: Session, room_id: uuid.UUID, blocked_from: datetime,
                   blocked_until: datetime, exclude: Iterable[uuid.UUID] = (), *,
                   starts_at: datetime | None = None,
                   ends_at: datetime | None = None) -> list[Conflict]:
    """Bookings holding the room at any moment of ``[blocked_from, blocked_until)``; given
    the asked ``starts_at`` and ``ends_at`` inside it, a conflict that comes only from the
    buffers says how many minutes the room needs between the two."""
    excluded = tuple(exclude)
    query = (
        select(Booking.id, Booking.title, Booking.starts_at, Booking.ends_at, Organization.name,
               Booking.blocked_from, Booking.blocked_until)
        .outerjoin(Organization, Organization.id == Booking.organization_id)
        .where(
            Booking.room_id == room_id,
            Booking.blocked_from < blocked_until,
            Booking.blocked_from > blocked_from - MAX_HOLD,
            Booking.blocked_until > blocked_from,
            Booking.status.in_(HOLDING),
            Booking.deleted_at.is_(None),
        )
        .order_by(Booking.starts_at)
    )
    if excluded:
        query = query.where(Booking.id.not_in(excluded))
    found = []
    for booking_id, title, starts, ends, organization, held_from, held_until in (
            session.execute(query)):
        clear = prepare = 0
        if starts_at is not None and ends_at is not None:
            if starts_at >= ends:  # asked right after it: its clean-up and our set-up
                clear = _minutes(held_until - ends + starts_at - blocked_from)
            elif ends_at <= starts:  # asked right before it: our clean-up and its set-up
                prepare = _minutes(blocked_until - ends_at + starts - held_from)
        found.append(Conflict(ConflictKind.BOOKED, starts, ends, title, booking_id,
                              organization or "", clear, prepare))
    return found


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def closures_between(session: Session, start: datetime, end: datetime) -> list[Closure]:
    return list(session.scalars(select(Closure).where(
        Closure.starts_at < end, Closure.ends_at > start, Closure.deleted_at.is_(None))))


@cache
def _holidays(year: int) -> dict[date, str]:
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"),
                                      language="id")
    return dict(found.items())


def holiday_on(day: date) -> str | None:
    """The name of the national holiday or cuti bersama on ``day`` (in Indonesian), if any."""
    return _holidays(day.year).get(day)


def with_conflicts(session: Session, planned: Sequence[PlannedOccurrence],
                    rooms: Mapping[uuid.UUID, Room], rules: Rules,
                    organization: Organization | None, exclude: Sequence[uuid.UUID],
                    only_bookings: bool = False, now: datetime | None = None,
                    same_series: bool = True) -> list[PlannedOccurrence]:
    active = [o for o in planned if not o.skipped]
    closures: list[Closure] = []
    if active and not only_bookings:
        closures = closures_between(session, min(o.starts_at for o in active),
                                    max(o.ends_at for o in active))
    quota = _QuotaCheck(session, organization, rules, exclude) if not only_bookings else None
    result = []
    for occurrence in planned:
        if occurrence.skipped:
            result.append(occurrence)
            continue
        room = rooms[occurrence.room_id]
        held_from, held_until = held(room, occurrence.starts_at, occurrence.ends_at)
        found = room_conflicts(session, room.id, held_from, held_until, exclude,
                               starts_at=occurrence.starts_at, ends_at=occurrence.ends_at)
        if same_series and _moved(occurrence, planned[0].room_id):
            # The rule's own occurrences never overlap (checked before); a moved one may.
            for other in active:
                if other is occurrence or other.room_id != room.id:
                    continue
                other_from, other_until = held(room, other.starts_at, other.ends_at)
                if other_from < held_until and other_until > held_from:
                    found.append(Conflict(ConflictKind.SAME_SERIES, other.starts_at,
                                          other.ends_at))
        if now is not None and occurrence.starts_at < now:
            found.append(Conflict(ConflictKind.PAST, occurrence.starts_at, occurrence.ends_at))
        if not only_bookings:
            found.extend(calendar_conflicts(occurrence.starts_at, occurrence.ends_at, room.id,
                                            room.floor_id, closures, rules))
            if quota is not None:
                found.extend(quota.add(occurrence))
        result.append(PlannedOccurrence(occurrence.original_starts_at, occurrence.starts_at,
                                        occurrence.ends_at, occurrence.room_id,
                                        tuple(found), occurrence.skipped))
    return result


def _moved(occurrence: PlannedOccurrence, room_id: uuid.UUID) -> bool:
    return (occurrence.starts_at != occurrence.original_starts_at
            or occurrence.room_id != room_id)


def calendar_conflicts(start: datetime, end: datetime, room_id: uuid.UUID,
                       floor_id: uuid.UUID, closures: Iterable[Closure], rules: Rules
                       ) -> list[Conflict]:
    """Closures, holidays and opening hours standing in the way of ``[start, end)``."""
    found = []
    for closure in closures:
        applies = (closure.scope == ClosureScope.BUILDING
                   or (closure.scope == ClosureScope.FLOOR and closure.floor_id == floor_id)
                   or (closure.scope == ClosureScope.ROOM and closure.room_id == room_id))
        if applies and closure.starts_at < end and closure.ends_at > start:
            found.append(Conflict(ConflictKind.CLOSED, closure.starts_at, closure.ends_at,
                                  closure.reason))
    local_start, local_end = start.astimezone(rules.zone), end.astimezone(rules.zone)
    if rules.closed_on_holidays:
        day = local_start.date()
        while day <= (local_end - timedelta(microseconds=1)).date():
            name = holiday_on(day)
            if name:
                found.append(Conflict(ConflictKind.HOLIDAY, day_start(day, rules.zone),
                                      day_start(day + timedelta(days=1), rules.zone), name))
            day += timedelta(days=1)
    opening = datetime.combine(local_start.date(), rules.opening, tzinfo=rules.zone)
    closing = datetime.combine(local_start.date(), rules.closing, tzinfo=rules.zone)
    if local_start < opening or local_end > closing:
        found.append(Conflict(ConflictKind.OUTSIDE_HOURS, opening, closing))
    return found


def weekly_quota(organization: Organization | None, rules: Rules) -> int:
    """The hours a week an organisation may book (0: no limit): its own quota when set,
    otherwise the building's default, which agencies are exempt from."""
    if organization is None:
        return 0
    if organization.quota_hours is not None:
        return organization.quota_hours
    if organization.kind == OrganizationKind.AGENCY:
        return 0
    return rules.quota_hours_per_week


class _QuotaCheck:
    """Hours an organisation holds per week (Monday to Sunday in the building), counting what
    is already booked and the occurrences planned so far."""

    def __init__(self, session: Session, organization: Organization | None, rules: Rules,
                 exclude: Sequence[uuid.UUID]) -> None:
        self.session = session
        self.rules = rules
        self.organization = organization
        self.exclude = tuple(exclude)
        self.hours = weekly_quota(organization, rules)
        self.limit = timedelta(hours=self.hours)
        self.applies = organization is not None and self.hours > 0
        self.weeks: dict[date, timedelta] = defaultdict(timedelta)
        self.loaded: set[date] = set()

    def add(self, occurrence: PlannedOccurrence) -> list[Conflict]:
        if not self.applies:
            return []
        local = occurrence.starts_at.astimezone(self.rules.zone).date()
        monday = local - timedelta(days=local.weekday())
        if monday not in self.loaded:
            self.weeks[monday] += self._booked(monday)
            self.loaded.add(monday)
        self.weeks[monday] += occurrence.ends_at - occurrence.starts_at
        if self.weeks[monday] <= self.limit:
            return []
        assert self.organization is not None
        return [Conflict(ConflictKind.QUOTA, day_start(monday, self.rules.zone),
                         day_start(monday + timedelta(days=7), self.rules.zone),
                         f"{self.hours}", None, self.organization.name)]

    def _booked(self, monday: date) -> timedelta:
        assert self.organization is not None
        start = day_start(monday, self.rules.zone)
        end = day_start(monday + timedelta(days=7), self.rules.zone)
        query = select(Booking.starts_at, Booking.ends_at).where(
            Booking.organization_id == self.organization.id,
            Booking.starts_at >= start, Booking.starts_at < end,
            Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
        if self.exclude:
            query = query.where(Booking.id.not_in(self.exclude))
        return sum((e - s for s, e in self.session.execute(query)), timedelta())


def check_times(starts_at: datetime, ends_at: datetime,
                 limit: timedelta | None = MAX_LENGTH) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("booking times must carry a time zone")
    if ends_at < starts_at:
        raise InvalidFieldError("ends_at", ErrorCode.END_BEFORE_START)
    if ends_at == starts_at:
        raise InvalidFieldError("ends_at", ErrorCode.ZERO_LENGTH)
    if limit is not None and ends_at - starts_at > limit:
        raise InvalidFieldError("ends_at", ErrorCode.BOOKING_TOO_LONG)


def held(room: Room, starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    return (starts_at - timedelta(minutes=room.setup_minutes),
            ends_at + timedelta(minutes=room.cleanup_minutes))


def day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)
