"""Booking rooms: one-off and repeating bookings, edits, approvals, rejections and
cancellations. What may conflict with a booking is in :mod:`kiosk.bookings.rules`.

Every function takes a :class:`Session`, flushes and never commits: the caller's unit of work
makes a booking (a series with all its occurrences, their audit entries and outbox rows) one
transaction, so nothing is ever half-saved.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.bookings.recurrence import Recurrence, expand, shift_rule, split_rule
from kiosk.bookings.rules import (
    CONTACT_NAME_LIMIT,
    CONTACT_PHONE_LIMIT,
    MAX_ATTENDEES,
    REASON_LIMIT,
    TITLE_LIMIT,
    BookingConflictError,
    ConflictKind,
    PlannedOccurrence,
    Rules,
    check_times,
    held,
    with_conflicts,
)
from kiosk.errors import ErrorCode, FieldError, InvalidFieldError, ValidationError
from kiosk.models import (
    HOLDING,
    Booking,
    BookingAudit,
    BookingSeries,
    BookingStatus,
    Organization,
    Room,
)
from kiosk.staff.activity import signed
from kiosk.staff.roles import Actor


class Scope(enum.StrEnum):
    """Which occurrences of a series an edit, cancellation or approval applies to."""

    ONE = "one"
    FOLLOWING = "following"  # this one and every later one
    ALL = "all"  # every occurrence that has not ended yet


@dataclass(frozen=True)
class BookingRequest:
    room_id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    attendees: int = 1
    organization_id: uuid.UUID | None = None
    contact_name: str = ""
    contact_phone: str = ""
    recurrence: Recurrence | None = None


@dataclass(frozen=True)
class Skip:
    """Leave this occurrence out of the series (it is kept as an EXDATE)."""


@dataclass(frozen=True)
class Move:
    """Hold this occurrence at another time, or in another room."""

    starts_at: datetime
    ends_at: datetime
    room_id: uuid.UUID | None = None


Resolution = Skip | Move


@dataclass(frozen=True)
class Plan:
    """Every occurrence a request would make, each with its conflicts."""

    occurrences: tuple[PlannedOccurrence, ...]
    status: BookingStatus

    @property
    def conflicting(self) -> tuple[PlannedOccurrence, ...]:
        return tuple(o for o in self.occurrences if o.blocked)


@dataclass(frozen=True)
class Booked:
    booking_ids: tuple[uuid.UUID, ...]
    status: BookingStatus
    series_id: uuid.UUID | None = None
    skipped: tuple[datetime, ...] = field(default=())


def plan_booking(session: Session, request: BookingRequest, rules: Rules,
                 resolutions: Mapping[datetime, Resolution] | None = None,
                 now: datetime | None = None) -> Plan:
    """Check a request without saving anything: its occurrences and what stands in the way
    of each. Raises :class:`ValidationError` for a request that cannot be made at all.
    With ``now``, occurrences starting before it are conflicts (a series entered late skips
    its past dates); without, history can be entered (the demo, imports)."""
    room, organization = _validate(session, request)
    resolutions = resolutions or {}
    duration = request.ends_at - request.starts_at
    if request.recurrence is None:
        starts = [request.starts_at]
    else:
        local = request.starts_at.astimezone(rules.zone).replace(tzinfo=None)
        rule = request.recurrence.rule(local)
        starts = expand(rule, request.starts_at, rules.zone)
        hold = duration + timedelta(minutes=room.setup_minutes + room.cleanup_minutes)
        if any(b - a < hold for a, b in itertools.pairwise(starts)):
            raise InvalidFieldError("recurrence", ErrorCode.SERIES_OVERLAPS_ITSELF)
    rooms = {room.id: room}
    planned: list[PlannedOccurrence] = []
    for start in starts:
        resolution = resolutions.get(start)
        if isinstance(resolution, Skip):
            planned.append(PlannedOccurrence(start, start, start + duration, room.id,
                                             skipped=True))
            continue
        if isinstance(resolution, Move):
            target = _room(session, rooms, resolution.room_id or room.id)
            check_times(resolution.starts_at, resolution.ends_at)
            if request.attendees > target.capacity:
                raise InvalidFieldError("attendees", ErrorCode.TOO_MANY_ATTENDEES)
            planned.append(PlannedOccurrence(start, resolution.starts_at, resolution.ends_at,
                                             target.id))
        else:
            planned.append(PlannedOccurrence(start, start, start + duration, room.id))
    checked = with_conflicts(session, planned, rooms, rules, organization, exclude=(),
                              now=now)
    status = _new_status(room, rules)
    return Plan(tuple(checked), status)


def book(session: Session, request: BookingRequest, rules: Rules, *, actor: Actor,
         resolutions: Mapping[datetime, Resolution] | None = None,
         now: datetime | None = None) -> Booked:
    """Make a booking, or a series with one row per occurrence. Every conflicting occurrence
    must be resolved (skipped or moved): otherwise :class:`BookingConflictError` and nothing
    is saved."""
    plan = plan_booking(session, request, rules, resolutions, now)
    if plan.conflicting:
        raise BookingConflictError(plan.conflicting)
    kept = [o for o in plan.occurrences if not o.skipped]
    if not kept:
        raise InvalidFieldError("recurrence", ErrorCode.REQUIRED)
    series: BookingSeries | None = None
    if request.recurrence is not None:
        local = request.starts_at.astimezone(rules.zone).replace(tzinfo=None)
        series = BookingSeries(
            id=uuid.uuid4(),
            room_id=request.room_id,
            organization_id=request.organization_id,
            title=request.title.strip(),
            contact_name=request.contact_name.strip(),
            contact_phone=request.contact_phone.strip(),
            attendees=request.attendees,
            first_starts_at=request.starts_at,
            duration_minutes=int((request.ends_at - request.starts_at).total_seconds() // 60),
            rule=request.recurrence.rule(local),
            skipped=[o.original_starts_at.isoformat() for o in plan.occurrences if o.skipped],
        )
        session.add(series)
        session.add(BookingAudit(series_id=series.id, **signed(actor, now), action="create_series",
                                 after={"rule": series.rule, "title": series.title}))
        # No relationship tells the unit of work that occurrences need their series first.
        session.flush()
    rooms: dict[uuid.UUID, Room] = {}
    ids = []
    for occurrence in kept:
        room = _room(session, rooms, occurrence.room_id)
        booking = Booking(
            id=uuid.uuid4(),
            room_id=room.id,
            organization_id=request.organization_id,
            title=request.title.strip(),
            contact_name=request.contact_name.strip(),
            contact_phone=request.contact_phone.strip(),
            attendees=request.attendees,
            status=_new_status(room, rules),
            series_id=series.id if series else None,
            original_starts_at=occurrence.original_starts_at if series else None,
            detached=occurrence.starts_at != occurrence.original_starts_at
            or occurrence.room_id != request.room_id,
            created_by=actor.name,
        )
        _place(booking, room, occurrence.starts_at, occurrence.ends_at)
        session.add(booking)
        session.add(BookingAudit(booking_id=booking.id, series_id=booking.series_id,
                                 **signed(actor, now), action="create",
                                 after=_audit_state(booking)))
        ids.append(booking.id)
    session.flush()
    return Booked(tuple(ids), plan.status, series.id if series else None,
                  tuple(o.original_starts_at for o in plan.occurrences if o.skipped))


def edit_booking(session: Session, booking_id: uuid.UUID, request: BookingRequest,
                 scope: Scope, rules: Rules, *, actor: Actor, now: datetime
                 ) -> tuple[uuid.UUID, ...]:
    """Change one occurrence, this and the following ones, or all that have not ended.

    The new start applies to the others as a shift from the rule's time (a weekly training
    moved from 09:00 to 10:00 moves every week); occurrences edited on their own before
    (detached) are left as they are. Conflicts raise :class:`BookingConflictError` and
    nothing changes. An occurrence whose time and room stay as they were is not refused for
    a closure or holiday declared after it was booked: renaming it must stay possible."""
    if request.recurrence is not None:
        raise InvalidFieldError("recurrence", ErrorCode.NOT_A_SERIES)
    target = _active(session, booking_id, now)
    room, organization = _validate(session, request)
    rows = _in_scope(session, target, scope, now)
    # From the rule's time, so that editing "all" from an exception moves the others by
    # what the receptionist asked, not by the exception's own offset.
    anchor = target.original_starts_at if scope != Scope.ONE and target.original_starts_at \
        else target.starts_at
    shift = request.starts_at - anchor
    duration = request.ends_at - request.starts_at
    rooms = {room.id: room}
    planned = []
    for row in rows:
        start = request.starts_at if row is target else row.starts_at + shift
        planned.append(PlannedOccurrence(row.original_starts_at or row.starts_at, start,
                                         start + duration, room.id))
    hold = timedelta(minutes=room.setup_minutes + room.cleanup_minutes)
    ordered = sorted(planned, key=lambda o: o.starts_at)
    if any(b.starts_at - a.ends_at < hold for a, b in itertools.pairwise(ordered)):
        raise InvalidFieldError("recurrence", ErrorCode.SERIES_OVERLAPS_ITSELF)
    checked = with_conflicts(session, planned, rooms, rules, organization,
                              exclude=tuple(r.id for r in rows), now=now, same_series=False)
    checked = [
        _only_booking_conflicts(occurrence)
        if (row.starts_at, row.ends_at, row.room_id) == (occurrence.starts_at,
                                                         occurrence.ends_at, room.id)
        else occurrence
        for row, occurrence in zip(rows, checked, strict=True)]
    blocked = [o for o in checked if o.blocked]
    if blocked:
        raise BookingConflictError(blocked)

    series = session.get(BookingSeries, target.series_id) if target.series_id else None
    if series is not None and scope != Scope.ONE:
        split_at = rows[0].original_starts_at
        if shift and split_at is not None and split_at > series.first_starts_at:
            # Occurrences before the edit keep the rule they happened under: the series is
            # cut there and the edited part continues as a series of its own.
            old_id = series.id
            series = _split_series(session, series, split_at, rules, actor, now)
            for row in session.scalars(select(Booking).where(
                    Booking.series_id == old_id, Booking.original_starts_at >= split_at)):
                row.series_id = series.id
        _edit_series(session, series, request, room.id, shift, duration, rules, actor,
                     now)
    for row, occurrence in zip(rows, checked, strict=True):
        before = _audit_state(row)
        changed_time = (row.starts_at, row.ends_at) != (occurrence.starts_at,
                                                        occurrence.ends_at)
        more_people = request.attendees > row.attendees
        moved_room = row.room_id != room.id
        row.title = request.title.strip()
        row.organization_id = request.organization_id
        row.contact_name = request.contact_name.strip()
        row.contact_phone = request.contact_phone.strip()
        row.attendees = request.attendees
        row.room_id = room.id
        _place(row, room, occurrence.starts_at, occurrence.ends_at)
        if row.series_id is not None:
            # Edited alone it becomes an exception; edited with its series it follows it.
            row.detached = scope == Scope.ONE
        if (room.needs_approval and (moved_room or changed_time or more_people)) \
                or not rules.confirm_locally:
            # An approval was for a room, a time and a number of people.
            row.status = BookingStatus.PENDING
        session.add(BookingAudit(booking_id=row.id, series_id=row.series_id, **signed(actor, now),
                                 action="edit", before=before, after=_audit_state(row)))
    session.flush()
    return tuple(r.id for r in rows)


def _edit_series(session: Session, series: BookingSeries, request: BookingRequest,
                 room_id: uuid.UUID, shift: timedelta, duration: timedelta, rules: Rules,
                 actor: Actor, now: datetime) -> None:
    """Apply an edit to the series itself: its shared fields and, for a new time, its rule
    and the keys (RECURRENCE-IDs) of the occurrences it made, which move with it."""
    before = _series_state(series)
    series.room_id = room_id
    series.organization_id = request.organization_id
    series.title = request.title.strip()
    series.contact_name = request.contact_name.strip()
    series.contact_phone = request.contact_phone.strip()
    series.attendees = request.attendees
    series.duration_minutes = int(duration.total_seconds() // 60)
    if shift:
        old_first = series.first_starts_at.astimezone(rules.zone)
        new_first = (series.first_starts_at + shift).astimezone(rules.zone)
        series.rule = shift_rule(series.rule, new_first.replace(tzinfo=None),
                                 (new_first.date() - old_first.date()).days)
        series.first_starts_at = series.first_starts_at + shift
        series.skipped = [(datetime.fromisoformat(s) + shift).isoformat()
                          for s in series.skipped]
        keys = set()
        for row in session.scalars(select(Booking).where(
                Booking.series_id == series.id, Booking.original_starts_at.is_not(None))):
            assert row.original_starts_at is not None
            row.original_starts_at = row.original_starts_at + shift
            keys.add(row.original_starts_at)
        keys |= {datetime.fromisoformat(s) for s in series.skipped}
        if set(expand(series.rule, series.first_starts_at, rules.zone)) != keys:
            # "The second Tuesday" moved by two days is no weekday pattern any more, nor is
            # the 28th moved into the next month: such a series is moved date by date.
            raise InvalidFieldError("starts_at", ErrorCode.SERIES_CANNOT_MOVE)
    session.add(BookingAudit(series_id=series.id, **signed(actor, now), action="edit_series",
                             before=before, after=_series_state(series)))


def _only_booking_conflicts(occurrence: PlannedOccurrence) -> PlannedOccurrence:
    kept = tuple(c for c in occurrence.conflicts
                 if c.kind in (ConflictKind.BOOKED, ConflictKind.QUOTA))
    return dataclasses.replace(occurrence, conflicts=kept)


def cancel_booking(session: Session, booking_id: uuid.UUID, scope: Scope, *, actor: Actor,
                   now: datetime, reason: str = "") -> tuple[uuid.UUID, ...]:
    """Cancel one occurrence, this and the following ones, or all that have not ended. The
    rows stay (cancelled), so the cancellation syncs and shows in the history."""
    target = _active(session, booking_id, now)
    rows = _in_scope(session, target, scope, now, include_detached=True)
    for row in rows:
        before = _audit_state(row)
        row.status = BookingStatus.CANCELLED
        row.status_reason = reason.strip()[:REASON_LIMIT]
        session.add(BookingAudit(booking_id=row.id, series_id=row.series_id, **signed(actor, now),
                                 action="cancel", before=before, after=_audit_state(row),
                                 note=row.status_reason))
    session.flush()
    return tuple(r.id for r in rows)


def approve_booking(session: Session, booking_id: uuid.UUID, scope: Scope, rules: Rules, *,
                    actor: Actor, now: datetime) -> tuple[uuid.UUID, ...]:
    """Confirm pending occurrences. They held the room while pending, so a conflict here can
    only come from another device's booking: it is reported and nothing changes."""
    target = _pending(session, booking_id, now)
    rows = [r for r in _in_scope(session, target, scope, now, include_detached=True)
            if r.status == BookingStatus.PENDING]
    rooms: dict[uuid.UUID, Room] = {}
    planned = [PlannedOccurrence(r.original_starts_at or r.starts_at, r.starts_at, r.ends_at,
                                 r.room_id) for r in rows]
    for row in rows:
        _room(session, rooms, row.room_id)
    checked = with_conflicts(session, planned, rooms, rules, None,
                              exclude=tuple(r.id for r in rows), only_bookings=True)
    blocked = [o for o in checked if o.blocked]
    if blocked:
        raise BookingConflictError(blocked)
    for row in rows:
        before = _audit_state(row)
        row.status = BookingStatus.CONFIRMED if rules.confirm_locally else BookingStatus.PENDING
        row.status_reason = "" if rules.confirm_locally else "approved"
        session.add(BookingAudit(booking_id=row.id, series_id=row.series_id, **signed(actor, now),
                                 action="approve", before=before, after=_audit_state(row)))
    session.flush()
    return tuple(r.id for r in rows)


def reject_booking(session: Session, booking_id: uuid.UUID, scope: Scope, reason: str, *,
                   actor: Actor, now: datetime) -> tuple[uuid.UUID, ...]:
    """Refuse pending occurrences, with the reason the organiser will be told."""
    if not reason.strip():
        raise InvalidFieldError("reason", ErrorCode.REASON_REQUIRED)
    if len(reason.strip()) > REASON_LIMIT:
        raise InvalidFieldError("reason", ErrorCode.TOO_LONG)
    target = _pending(session, booking_id, now)
    rows = [r for r in _in_scope(session, target, scope, now, include_detached=True)
            if r.status == BookingStatus.PENDING]
    for row in rows:
        before = _audit_state(row)
        row.status = BookingStatus.REJECTED
        row.status_reason = reason.strip()
        session.add(BookingAudit(booking_id=row.id, series_id=row.series_id, **signed(actor, now),
                                 action="reject", before=before, after=_audit_state(row),
                                 note=row.status_reason))
    session.flush()
    return tuple(r.id for r in rows)


def _validate(session: Session, request: BookingRequest) -> tuple[Room, Organization | None]:
    errors: list[FieldError] = []
    title = request.title.strip()
    if not title:
        errors.append(FieldError("title", ErrorCode.REQUIRED))
    elif len(title) > TITLE_LIMIT:
        errors.append(FieldError("title", ErrorCode.TOO_LONG))
    if len(request.contact_name.strip()) > CONTACT_NAME_LIMIT:
        errors.append(FieldError("contact_name", ErrorCode.TOO_LONG))
    if len(request.contact_phone.strip()) > CONTACT_PHONE_LIMIT:
        errors.append(FieldError("contact_phone", ErrorCode.TOO_LONG))
    try:
        check_times(request.starts_at, request.ends_at)
    except InvalidFieldError as exc:
        errors.append(exc.error)
    room = session.get(Room, request.room_id)
    if room is None or room.deleted_at is not None:
        errors.append(FieldError("room", ErrorCode.UNKNOWN_ROOM))
    elif not room.bookable:
        errors.append(FieldError("room", ErrorCode.ROOM_NOT_BOOKABLE))
    if not 1 <= request.attendees <= MAX_ATTENDEES:
        errors.append(FieldError("attendees", ErrorCode.ATTENDEES_RANGE))
    elif room is not None and request.attendees > room.capacity:
        errors.append(FieldError("attendees", ErrorCode.TOO_MANY_ATTENDEES))
    organization = None
    if request.organization_id is not None:
        organization = session.get(Organization, request.organization_id)
        if organization is None or organization.deleted_at is not None:
            errors.append(FieldError("organization", ErrorCode.UNKNOWN_ORGANIZATION))
    if errors:
        raise ValidationError(errors)
    assert room is not None
    return room, organization


def _room(session: Session, rooms: dict[uuid.UUID, Room], room_id: uuid.UUID) -> Room:
    room = rooms.get(room_id)
    if room is None:
        room = session.get(Room, room_id)
        if room is None or room.deleted_at is not None:
            raise InvalidFieldError("room", ErrorCode.UNKNOWN_ROOM)
        if not room.bookable:
            raise InvalidFieldError("room", ErrorCode.ROOM_NOT_BOOKABLE)
        rooms[room_id] = room
    return room


def _place(booking: Booking, room: Room, starts_at: datetime, ends_at: datetime) -> None:
    booking.starts_at, booking.ends_at = starts_at, ends_at
    booking.blocked_from, booking.blocked_until = held(room, starts_at, ends_at)


def _new_status(room: Room, rules: Rules) -> BookingStatus:
    if room.needs_approval or not rules.confirm_locally:
        return BookingStatus.PENDING
    return BookingStatus.CONFIRMED


def _active(session: Session, booking_id: uuid.UUID, now: datetime) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise InvalidFieldError("booking", ErrorCode.BOOKING_NOT_ACTIVE)
    if booking.status not in HOLDING:
        raise InvalidFieldError("booking", ErrorCode.BOOKING_NOT_ACTIVE)
    if booking.ends_at <= now:
        raise InvalidFieldError("booking", ErrorCode.BOOKING_ENDED)
    return booking


def _pending(session: Session, booking_id: uuid.UUID, now: datetime) -> Booking:
    booking = _active(session, booking_id, now)
    if booking.status != BookingStatus.PENDING:
        raise InvalidFieldError("booking", ErrorCode.BOOKING_NOT_PENDING)
    return booking


def _in_scope(session: Session, target: Booking, scope: Scope, now: datetime,
              include_detached: bool = False) -> list[Booking]:
    """The target and, for a series, the other occurrences the scope reaches that still
    hold the room and have not ended."""
    if scope == Scope.ONE or target.series_id is None:
        return [target]
    query = select(Booking).where(
        Booking.series_id == target.series_id,
        Booking.id != target.id,
        Booking.status.in_(HOLDING),
        Booking.deleted_at.is_(None),
        Booking.ends_at > now,
    )
    if not include_detached:
        query = query.where(Booking.detached.is_(False))
    if scope == Scope.FOLLOWING and target.original_starts_at is not None:
        query = query.where(Booking.original_starts_at > target.original_starts_at)
    others = list(session.scalars(query))
    return sorted([target, *others], key=lambda b: b.original_starts_at or b.starts_at)


def _split_series(session: Session, series: BookingSeries, at: datetime, rules: Rules,
                  actor: Actor, now: datetime) -> BookingSeries:
    """End ``series`` before the occurrence at ``at`` and return a new series for the rest."""
    ended, rest = split_rule(series.rule, series.first_starts_at, at, rules.zone)
    before = _series_state(series)
    tail = BookingSeries(
        id=uuid.uuid4(), room_id=series.room_id, organization_id=series.organization_id,
        title=series.title, contact_name=series.contact_name,
        contact_phone=series.contact_phone, attendees=series.attendees,
        first_starts_at=at, duration_minutes=series.duration_minutes, rule=rest,
        skipped=[s for s in series.skipped if datetime.fromisoformat(s) >= at],
    )
    series.rule = ended
    series.skipped = [s for s in series.skipped if datetime.fromisoformat(s) < at]
    session.add(tail)
    session.add(BookingAudit(series_id=series.id, **signed(actor, now), action="split_series",
                             before=before, after=_series_state(series),
                             note=f"continued as {tail.id}"))
    session.flush()
    return tail


def _audit_state(booking: Booking) -> dict[str, Any]:
    return {
        "title": booking.title,
        "room_id": str(booking.room_id),
        "organization_id": str(booking.organization_id) if booking.organization_id else None,
        "contact_name": booking.contact_name,
        "starts_at": booking.starts_at.isoformat(),
        "ends_at": booking.ends_at.isoformat(),
        "attendees": booking.attendees,
        "status": str(booking.status),
        "status_reason": booking.status_reason,
    }


def _series_state(series: BookingSeries) -> dict[str, Any]:
    return {
        "title": series.title,
        "room_id": str(series.room_id),
        "first_starts_at": series.first_starts_at.isoformat(),
        "duration_minutes": series.duration_minutes,
        "rule": series.rule,
        "attendees": series.attendees,
    }
