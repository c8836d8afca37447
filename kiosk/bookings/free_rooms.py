""""Is there a room for 30 people with a projector tomorrow at 9?": free rooms, ranked, and the
nearest free times when nothing fits.

A day's bookings are read in one indexed query (the same bounded ``blocked_from`` window as
the conflict check) and kept per room, sorted: a room's holds never overlap each other, so
one bisection tells whether a slot is free. What does not depend on the room (opening hours,
holidays, building closures) is decided once per start time, not once per room.
"""

from __future__ import annotations

import bisect
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.bookings.agenda import RoomSummary, rooms
from kiosk.bookings.rules import MAX_BUFFER, MAX_HOLD, Rules, calendar_conflicts, closures_between
from kiosk.models import HOLDING, Booking, Closure, ClosureScope, Room, RoomKind

#: How far from the asked time the nearest free times are looked for, and in which steps.
SEARCH_STEP = timedelta(minutes=15)
SEARCH_DAYS = 7


@dataclass(frozen=True)
class FreeRoomQuery:
    day: date
    start: time
    duration: timedelta
    attendees: int = 1
    kind: RoomKind | None = None
    amenities: frozenset[str] = field(default_factory=frozenset)
    preferred_floor: int | None = None


@dataclass(frozen=True)
class RoomOffer:
    room: RoomSummary
    starts_at: datetime
    ends_at: datetime
    #: Lower is better: unused seats, then distance from the preferred floor.
    score: float


@dataclass(frozen=True)
class FreeRooms:
    offers: tuple[RoomOffer, ...]
    #: When nothing is free at the asked time: the nearest times a suitable room is free.
    alternatives: tuple[RoomOffer, ...] = ()


def find_free_rooms(session: Session, query: FreeRoomQuery, rules: Rules, limit: int = 20,
                    alternatives: int = 6, now: datetime | None = None) -> FreeRooms:
    """Suitable rooms free at the asked time, best first; when there are none, the nearest
    free times (the same day around the asked time first, then the following days). Nothing
    that starts before ``now`` is offered."""
    candidates = [r for r in rooms(session) if _suits(r, query)]
    if not candidates:
        return FreeRooms(())
    asked = datetime.combine(query.day, query.start, tzinfo=rules.zone)
    day = _Day(session, candidates, query.day, rules, query.duration)
    if now is None or asked >= now:
        offers = day.free_at(asked, query)
        if offers:
            return FreeRooms(tuple(sorted(offers, key=_rank)[:limit]))
    return FreeRooms((), tuple(_nearest(session, candidates, day, asked, query, rules,
                                        alternatives, now)))


def _suits(room: RoomSummary, query: FreeRoomQuery) -> bool:
    return (room.capacity >= query.attendees
            and (query.kind is None or room.kind == query.kind)
            and query.amenities <= set(room.amenities))


class _Day:
    """What holds the candidate rooms on one day, read once."""

    def __init__(self, session: Session, candidates: list[RoomSummary], day: date,
                 rules: Rules, duration: timedelta) -> None:
        self.rules = rules
        self.candidates = candidates
        opening = datetime.combine(day, rules.opening, tzinfo=rules.zone)
        closing = datetime.combine(day, rules.closing, tzinfo=rules.zone)
        window_from = opening - MAX_BUFFER
        window_until = max(closing, opening + duration) + MAX_BUFFER
        held: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
        for room_id, blocked_from, blocked_until in session.execute(
            select(Booking.room_id, Booking.blocked_from, Booking.blocked_until).where(
                Booking.blocked_from < window_until,
                Booking.blocked_from > window_from - MAX_HOLD,
                Booking.blocked_until > window_from,
                Booking.status.in_(HOLDING),
                Booking.deleted_at.is_(None),
                # Only the rooms that suit: two halls, not the whole building, when the
                # asked group is large.
                Booking.room_id.in_([r.id for r in candidates]),
            )
        ):
            held[room_id].append((blocked_from, blocked_until))
        self.held = {room_id: sorted(spans) for room_id, spans in held.items()}
        self.starts = {room_id: [f for f, _ in spans] for room_id, spans in self.held.items()}
        closures = closures_between(session, window_from, window_until)
        self.building_closures = [c for c in closures if c.scope == ClosureScope.BUILDING]
        floors = dict(session.execute(
            select(Room.id, Room.floor_id).where(Room.id.in_([r.id for r in candidates]))
        ).all())
        self.own_closures: dict[uuid.UUID, list[Closure]] = {
            room.id: [c for c in closures if c.room_id == room.id
                      or (c.scope == ClosureScope.FLOOR and c.floor_id == floors[room.id])]
            for room in candidates}

    def free_at(self, start: datetime, query: FreeRoomQuery) -> list[RoomOffer]:
        end = start + query.duration
        # Opening hours, holidays and building closures are the same for every room.
        if calendar_conflicts(start, end, uuid.UUID(int=0), uuid.UUID(int=0),
                              self.building_closures, self.rules):
            return []
        offers = []
        for room in self.candidates:
            held_from = start - timedelta(minutes=room.setup_minutes)
            held_until = end + timedelta(minutes=room.cleanup_minutes)
            if self._held(room.id, held_from, held_until):
                continue
            if any(c.starts_at < end and c.ends_at > start for c in self.own_closures[room.id]):
                continue
            offers.append(RoomOffer(room, start, end, _score(room, query)))
        return offers

    def _held(self, room_id: uuid.UUID, held_from: datetime, held_until: datetime) -> bool:
        starts = self.starts.get(room_id)
        if not starts:
            return False
        # Holds of one room never overlap, so the last one starting before our end is the
        # only one that can still be running at our start.
        index = bisect.bisect_left(starts, held_until)
        return index > 0 and self.held[room_id][index - 1][1] > held_from


def _nearest(session: Session, candidates: list[RoomSummary], first_day: _Day,
             asked: datetime, query: FreeRoomQuery, rules: Rules, wanted: int,
             now: datetime | None) -> list[RoomOffer]:
    """The free times closest to the asked one: that day around the asked time, then the
    following days. One offer per room and free stretch, so six offers are six choices."""
    found: list[RoomOffer] = []
    for offset in range(SEARCH_DAYS + 1):
        day = query.day + timedelta(days=offset)
        availability = first_day if offset == 0 else _Day(session, candidates, day, rules,
                                                           query.duration)
        same_time = datetime.combine(day, query.start, tzinfo=rules.zone)
        opening = datetime.combine(day, rules.opening, tzinfo=rules.zone)
        closing = datetime.combine(day, rules.closing, tzinfo=rules.zone)
        starts = []
        moment = opening
        while moment + query.duration <= closing:
            if now is None or moment >= now:
                starts.append(moment)
            moment += SEARCH_STEP
        starts.sort(key=lambda s: (abs(s - same_time), s))
        for start in starts:
            for offer in sorted(availability.free_at(start, query), key=_rank):
                if not any(o.room.id == offer.room.id and o.starts_at < offer.ends_at
                           and offer.starts_at < o.ends_at for o in found):
                    found.append(offer)
                    break
            if len(found) >= wanted:
                return sorted(found, key=lambda o: o.starts_at)
    return sorted(found, key=lambda o: o.starts_at)


def _score(room: RoomSummary, query: FreeRoomQuery) -> float:
    unused = (room.capacity - query.attendees) / room.capacity
    distance = abs(room.floor_number - query.preferred_floor) if query.preferred_floor else 0
    extras = len(set(room.amenities) - query.amenities) / 100
    return unused + distance * 0.25 + extras


def _rank(offer: RoomOffer) -> tuple[float, str]:
    return offer.score, offer.room.code
