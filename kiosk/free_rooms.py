""""Is there a room for 30 people with a projector tomorrow at 9?": free rooms, ranked, and the
nearest free times when nothing fits.

All bookings that could touch the asked window are read in one indexed query (the same
bounded ``blocked_from`` window as the conflict check), then each candidate room is checked
with its own buffers in memory: one query for the whole building.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.agenda import RoomSummary, rooms
from kiosk.bookings import (
    MAX_BUFFER,
    MAX_HOLD,
    Rules,
    calendar_conflicts,
    closures_between,
)
from kiosk.models import HOLDING, Booking, Room, RoomKind

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


def find_free_rooms(session: Session, query: FreeRoomQuery, rules: Rules,
                    limit: int = 20, alternatives: int = 6) -> FreeRooms:
    candidates = [r for r in rooms(session) if _suits(r, query)]
    start = datetime.combine(query.day, query.start, tzinfo=rules.zone)
    offers = _free_at(session, candidates, [start], query, rules)
    if offers:
        return FreeRooms(tuple(sorted(offers, key=_rank)[:limit]))
    return FreeRooms((), tuple(_nearest(session, candidates, start, query, rules,
                                        alternatives)))


def _suits(room: RoomSummary, query: FreeRoomQuery) -> bool:
    return (room.capacity >= query.attendees
            and (query.kind is None or room.kind == query.kind)
            and query.amenities <= set(room.amenities))


def _free_at(session: Session, candidates: list[RoomSummary], starts: list[datetime],
             query: FreeRoomQuery, rules: Rules) -> list[RoomOffer]:
    """Offers for every (room, start) pair that is free, reading the bookings once."""
    if not candidates or not starts:
        return []
    window_from = min(starts) - MAX_BUFFER
    window_until = max(starts) + query.duration + MAX_BUFFER
    held: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    ids = [r.id for r in candidates]
    for room_id, blocked_from, blocked_until in session.execute(
        select(Booking.room_id, Booking.blocked_from, Booking.blocked_until).where(
            Booking.blocked_from < window_until,
            Booking.blocked_from > window_from - MAX_HOLD,
            Booking.blocked_until > window_from,
            Booking.status.in_(HOLDING),
            Booking.deleted_at.is_(None),
        )
    ):
        held[room_id].append((blocked_from, blocked_until))
    closures = closures_between(session, window_from, window_until)
    floors: dict[uuid.UUID, uuid.UUID] = {
        room_id: floor_id for room_id, floor_id in
        session.execute(select(Room.id, Room.floor_id).where(Room.id.in_(ids)))}
    offers = []
    for room in candidates:
        for start in starts:
            end = start + query.duration
            held_from = start - timedelta(minutes=room.setup_minutes)
            held_until = end + timedelta(minutes=room.cleanup_minutes)
            if any(f < held_until and u > held_from for f, u in held[room.id]):
                continue
            if calendar_conflicts(start, end, room.id, floors[room.id], closures, rules):
                continue
            offers.append(RoomOffer(room, start, end, _score(room, query)))
    return offers


def _nearest(session: Session, candidates: list[RoomSummary], asked: datetime,
             query: FreeRoomQuery, rules: Rules, wanted: int) -> list[RoomOffer]:
    """The earliest-to-reach free slots: the same day around the asked time, then the
    following days at the asked time and around it."""
    found: list[RoomOffer] = []
    for offset in range(SEARCH_DAYS + 1):
        day = query.day + timedelta(days=offset)
        opening = datetime.combine(day, rules.opening, tzinfo=rules.zone)
        closing = datetime.combine(day, rules.closing, tzinfo=rules.zone)
        same_time = datetime.combine(day, query.start, tzinfo=rules.zone)
        starts = []
        moment = opening
        while moment + query.duration <= closing:
            starts.append(moment)
            moment += SEARCH_STEP
        offers = _free_at(session, candidates, starts, query, rules)
        # One offer per start time (the best room), nearest to the asked time first.
        best: dict[datetime, RoomOffer] = {}
        for offer in sorted(offers, key=_rank):
            best.setdefault(offer.starts_at, offer)
        found.extend(sorted(best.values(), key=lambda o: (abs(o.starts_at - same_time),
                                                           o.starts_at)))
        if len(found) >= wanted:
            break
    if len(found) <= wanted:
        return found
    chosen = found[:wanted]
    return sorted(chosen, key=lambda o: o.starts_at)


def _score(room: RoomSummary, query: FreeRoomQuery) -> float:
    unused = (room.capacity - query.attendees) / room.capacity
    distance = abs(room.floor_number - query.preferred_floor) if query.preferred_floor else 0
    extras = len(set(room.amenities) - query.amenities) / 100
    return unused + distance * 0.25 + extras


def _rank(offer: RoomOffer) -> tuple[float, str]:
    return offer.score, offer.room.code
