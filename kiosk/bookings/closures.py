"""Closures: the building, a floor or a room closed to new bookings for a period.

Functions take a :class:`Session`, flush and never commit.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.bookings.rules import CLOSURE_REASON_LIMIT, check_times, overlapping
from kiosk.errors import ErrorCode, InvalidFieldError
from kiosk.models import HOLDING, Booking, Closure, ClosureScope, Room


def add_closure(session: Session, scope: ClosureScope, starts_at: datetime, ends_at: datetime,
                reason: str, *, floor_id: uuid.UUID | None = None,
                room_id: uuid.UUID | None = None) -> Closure:
    """Close the building, a floor or a room to new bookings for a period. Bookings already
    inside it are not touched: :func:`bookings_inside` lists them for reception to move or
    cancel (and tell the organisers)."""
    check_times(starts_at, ends_at, limit=None)
    if scope == ClosureScope.FLOOR and floor_id is None:
        raise InvalidFieldError("floor", ErrorCode.REQUIRED)
    if scope == ClosureScope.ROOM and room_id is None:
        raise InvalidFieldError("room", ErrorCode.REQUIRED)
    closure = Closure(id=uuid.uuid4(), scope=scope, starts_at=starts_at, ends_at=ends_at,
                      reason=reason.strip()[:CLOSURE_REASON_LIMIT],
                      floor_id=floor_id if scope == ClosureScope.FLOOR else None,
                      room_id=room_id if scope == ClosureScope.ROOM else None)
    session.add(closure)
    session.flush()
    return closure


def bookings_inside(session: Session, closure: Closure) -> list[uuid.UUID]:
    """Pending and confirmed bookings that a closure covers, soonest first."""
    query = (select(Booking.id).join(Room, Room.id == Booking.room_id).where(
        overlapping(closure.starts_at, closure.ends_at),
        Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
        .order_by(Booking.starts_at))
    if closure.scope == ClosureScope.FLOOR:
        query = query.where(Room.floor_id == closure.floor_id)
    elif closure.scope == ClosureScope.ROOM:
        query = query.where(Booking.room_id == closure.room_id)
    return list(session.scalars(query))


def reopen(session: Session, closure_id: uuid.UUID) -> None:
    """Lift a closure (a tombstone, so the reopening syncs too)."""
    closure = session.get(Closure, closure_id)
    if closure is None or closure.deleted_at is not None:
        raise InvalidFieldError("closure", ErrorCode.REQUIRED)
    closure.mark_deleted()
    session.flush()
