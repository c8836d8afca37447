"""The room operations a manager's rooms screen calls (``ops.rooms.…``).

Like :mod:`kiosk.operations`, each method is one unit of work that returns frozen data; every
method blocks and runs on the UI's database worker. A retired room is tombstoned
(``deleted_at``), never removed: its past bookings and visits keep naming it, and the
retirement syncs like any change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kiosk.bookings import agenda
from kiosk.bookings.rules import MAX_LENGTH
from kiosk.building import catalogue
from kiosk.db.unit_of_work import Database
from kiosk.errors import ErrorCode, KioskError, NotFoundError
from kiosk.models import HOLDING, ActivityKind, Booking, Floor, Room, RoomKind
from kiosk.rooms.directory import RoomFields, clean_room
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor, Permission, require


@dataclass(frozen=True)
class RoomDetails:
    id: uuid.UUID
    code: str
    floor_number: int
    name_id: str
    name_en: str
    kind: RoomKind
    capacity: int
    amenities: tuple[str, ...]
    bookable: bool
    needs_approval: bool
    setup_minutes: int
    cleanup_minutes: int
    retired: bool

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


class RoomHasBookingsError(KioskError):
    """The room was not retired: ``bookings`` (pending or confirmed, not yet ended, soonest
    first) still hold it. Move or cancel them, then retire it."""

    code = ErrorCode.ROOM_HAS_BOOKINGS

    def __init__(self, room_code: str, bookings: tuple[agenda.BookingSummary, ...]) -> None:
        super().__init__(f"room {room_code}: {len(bookings)} booking(s) still hold it")
        self.room_code = room_code
        self.bookings = bookings


class RoomOperations:
    """The building's rooms over one device database; changing them takes
    :attr:`Permission.ROOMS` (managers and administrators)."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self.database = database
        self.clock = clock

    def list(self, *, include_retired: bool = False) -> list[RoomDetails]:
        """The rooms by floor and code, bookable or not (offices too)."""
        with self.database.reading() as session:
            query = _query().order_by(Floor.number, Room.code)
            if not include_retired:
                query = query.where(Room.deleted_at.is_(None))
            return [_details(room, number) for room, number in session.execute(query)]

    def get(self, room_id: uuid.UUID) -> RoomDetails:
        """A room, retired or not."""
        with self.database.reading() as session:
            return _read(session, room_id)

    def add(self, fields: RoomFields, actor: Actor) -> RoomDetails:
        """A new room. Its id is made from its code (:func:`catalogue.room_id`), as the
        building file's rooms are, so the same room added on two desks is one row after
        sync."""
        require(actor, Permission.ROOMS)
        with self.database.unit_of_work() as session:
            clean = clean_room(session, fields)
            room = Room(id=catalogue.room_id(clean.code), **clean.columns())
            session.add(room)
            session.flush()
            record(session, actor, self.clock(), ActivityKind.ROOM, "add", room.id, room.code)
            return _read(session, room.id)

    def edit(self, room_id: uuid.UUID, fields: RoomFields, actor: Actor) -> RoomDetails:
        """Everything but the code, which is the room's identity (bookings, passes and the
        other desks know the room by it): a different one is refused (``ROOM_CODE_FIXED``);
        a room that changes its code is a new room, and the old one is retired.

        New set-up and clean-up buffers hold for bookings made or moved from now on; a
        booking already made keeps the time it holds. A retired room stays retired
        (:meth:`bring_back`)."""
        require(actor, Permission.ROOMS)
        with self.database.unit_of_work() as session:
            room = _find(session, room_id)
            clean = clean_room(session, fields, editing=room)
            differing = {key: value for key, value in clean.columns().items()
                         if getattr(room, key) != value}
            for key, value in differing.items():
                setattr(room, key, value)
            if differing:  # an unchanged form writes nothing
                session.flush()
                record(session, actor, self.clock(), ActivityKind.ROOM, "edit", room.id,
                       room.code)
            return _read(session, room.id)

    def retire(self, room_id: uuid.UUID, actor: Actor) -> RoomDetails:
        """No longer offered for booking or as a visitor's destination. Refused with
        :class:`RoomHasBookingsError`, changing nothing, while bookings still hold it."""
        require(actor, Permission.ROOMS)
        with self.database.unit_of_work() as session:
            room = _find(session, room_id)
            if room.deleted_at is None:
                now = self.clock()
                holding = holding_bookings(session, room.id, now)
                if holding:
                    raise RoomHasBookingsError(room.code, holding)
                room.deleted_at = now
                record(session, actor, now, ActivityKind.ROOM, "retire", room.id, room.code)
            return _read(session, room.id)

    def bring_back(self, room_id: uuid.UUID, actor: Actor) -> RoomDetails:
        """A retired room offered again, as it was."""
        require(actor, Permission.ROOMS)
        with self.database.unit_of_work() as session:
            room = _find(session, room_id)
            if room.deleted_at is not None:
                room.deleted_at = None
                record(session, actor, self.clock(), ActivityKind.ROOM, "bring_back", room.id,
                       room.code)
            return _read(session, room.id)


def holding_bookings(session: Session, room_id: uuid.UUID, now: datetime
                     ) -> tuple[agenda.BookingSummary, ...]:
    """The bookings that hold the room after ``now`` (pending or confirmed, ending later),
    soonest first."""
    ids = session.scalars(select(Booking.id).where(
        Booking.room_id == room_id, Booking.status.in_(HOLDING),
        Booking.deleted_at.is_(None), Booking.ends_at > now,
        Booking.starts_at > now - MAX_LENGTH,  # bounded by the longest booking
    ).order_by(Booking.starts_at)).all()
    found = (agenda.booking(session, booking_id) for booking_id in ids)
    return tuple(summary for summary in found if summary is not None)


def _query() -> Select[Room, int]:
    return select(Room, Floor.number).join(Floor, Floor.id == Room.floor_id)


def _find(session: Session, room_id: uuid.UUID) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFoundError("room", room_id)
    return room


def _read(session: Session, room_id: uuid.UUID) -> RoomDetails:
    found = session.execute(_query().where(Room.id == room_id)).first()
    if found is None:
        raise NotFoundError("room", room_id)
    room, number = found
    return _details(room, number)


def _details(room: Room, floor_number: int) -> RoomDetails:
    return RoomDetails(room.id, room.code, floor_number, room.name_id, room.name_en, room.kind,
                       room.capacity, tuple(room.amenities), room.bookable, room.needs_approval,
                       room.setup_minutes, room.cleanup_minutes, room.deleted_at is not None)
