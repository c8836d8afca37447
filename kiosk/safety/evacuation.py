"""The evacuation roll call: who is in the building now, by floor, from this device's own data.

When the alarm rings the network may be down and the central database out of reach, so the
list is read from the device's SQLite file alone, and says how fresh that is (the last
successful sync). Everyone counts as many people as their group: a training delegation of 25
checked in by its leader is 25 people to find.

Who is inside: visits checked in today (the building's day) and not checked out, not deleted.
Their floor is the room's floor, else the floor they were sent to, else their host
organisation's (its room's) floor; none of these is "unknown / lobby". Per room, the bookings in
progress now (confirmed or pending) with their expected attendees: the tenants' own people,
who never check in at the kiosk, are in those rooms too.

Phone numbers are read only for staff (a signed-in staff member, or the command line, which acts
as an administrator), and only when asked for.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.bookings.rules import overlapping
from kiosk.models import (
    HOLDING,
    ActivityKind,
    Booking,
    BookingStatus,
    Floor,
    Organization,
    Room,
    Visit,
)
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor, Permission, require
from kiosk.visits.check_in import VisitSummary, summarise
from kiosk.visits.names import name_key

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.db.unit_of_work import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PersonInside:
    """One open visit: a person, or a group checked in by its leader."""

    visit_id: uuid.UUID
    name: str
    organization: str
    host: str
    room_code: str
    room_name_id: str
    room_name_en: str
    group_size: int
    #: The other members of a group, when the leader named them.
    member_names: tuple[str, ...]
    checked_in_at: datetime
    #: E.164; "" when phones are not shown (not staff, or left out on purpose).
    phone: str
    pass_number: str

    def room_name(self, language: str) -> str:
        return self.room_name_id if language == "id" else self.room_name_en


@dataclass(frozen=True)
class BookingInProgress:
    booking_id: uuid.UUID
    room_code: str
    room_name_id: str
    room_name_en: str
    title: str
    organization: str
    starts_at: datetime
    ends_at: datetime
    #: Expected attendees, as booked.
    attendees: int
    #: Not confirmed yet (awaiting approval or the central database).
    pending: bool

    def room_name(self, language: str) -> str:
        return self.room_name_id if language == "id" else self.room_name_en


@dataclass(frozen=True)
class FloorInside:
    """A floor's people and its rooms' bookings in progress; ``number`` None: unknown or the
    lobby (no destination, or one that names no floor)."""

    number: int | None
    name_id: str
    name_en: str
    people: tuple[PersonInside, ...]
    bookings: tuple[BookingInProgress, ...]

    @cached_property
    def count(self) -> int:
        """People on the floor, each group counted by its size."""
        return sum(person.group_size for person in self.people)

    @cached_property
    def expected(self) -> int:
        """Attendees expected by the bookings in progress on the floor."""
        return sum(booking.attendees for booking in self.bookings)

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


@dataclass(frozen=True)
class RollCall:
    """Everyone in the building at ``taken_at``, by floor (lowest first, unknown last)."""

    building_name: str
    taken_at: datetime
    zone: ZoneInfo
    floors: tuple[FloorInside, ...]
    phones_shown: bool
    #: A central database is configured (else the device is standalone: its data is all).
    sync_configured: bool
    #: The last successful sync round; None: never (or not configured).
    last_synced_at: datetime | None

    @cached_property
    def total(self) -> int:
        """People in the building, each group counted by its size."""
        return sum(floor.count for floor in self.floors)

    @property
    def visits(self) -> int:
        return sum(len(floor.people) for floor in self.floors)

    @property
    def expected(self) -> int:
        return sum(floor.expected for floor in self.floors)


def day_start(now: datetime, zone: ZoneInfo) -> datetime:
    """Midnight that began ``now``'s day in the building."""
    return datetime.combine(now.astimezone(zone).date(), time(0), zone)


def who_is_inside(session: Session, now: datetime, zone: ZoneInfo, *,
                  phones: bool) -> tuple[FloorInside, ...]:
    """The floors with anyone on them or a booking in progress, lowest first, "unknown /
    lobby" last; people by name within a floor, bookings by room."""
    # No upper bound at ``now``: a check-in synced from a device whose clock runs ahead is
    # still someone in the building.
    visits = session.scalars(
        select(Visit).where(Visit.checked_out_at.is_(None), Visit.deleted_at.is_(None),
                            Visit.checked_in_at >= day_start(now, zone)))
    people: dict[int | None, list[PersonInside]] = {}
    names: dict[int | None, tuple[str, str]] = {None: ("Tidak diketahui / lobi",
                                                       "Unknown / lobby")}
    for summary in summarise(session, visits):
        people.setdefault(summary.floor_number, []).append(_person(summary, phones))
        if summary.floor_number is not None:
            names[summary.floor_number] = (summary.floor_name_id, summary.floor_name_en)
    bookings: dict[int | None, list[BookingInProgress]] = {}
    for number, name_id, name_en, booking in _bookings_in_progress(session, now):
        bookings.setdefault(number, []).append(booking)
        names[number] = (name_id, name_en)
    numbers = sorted(people.keys() | bookings.keys(), key=lambda n: (n is None, n or 0))
    return tuple(
        FloorInside(number, *names[number],
                    people=tuple(sorted(people.get(number, ()),
                                        key=lambda p: (name_key(p.name), p.checked_in_at))),
                    bookings=tuple(bookings.get(number, ())))
        for number in numbers)


def _person(summary: VisitSummary, phones: bool) -> PersonInside:
    return PersonInside(
        visit_id=summary.visit_id, name=summary.visitor_name,
        organization=summary.organization, host=summary.host, room_code=summary.room_code,
        room_name_id=summary.room_name_id, room_name_en=summary.room_name_en,
        group_size=summary.group_size, member_names=summary.member_names,
        checked_in_at=summary.checked_in_at, phone=summary.phone_e164 if phones else "",
        pass_number=summary.pass_number)


def _bookings_in_progress(session: Session, now: datetime
                          ) -> list[tuple[int, str, str, BookingInProgress]]:
    rows = session.execute(
        select(Booking, Room, Floor, Organization.name)
        .join(Room, Room.id == Booking.room_id)
        .join(Floor, Floor.id == Room.floor_id)
        .outerjoin(Organization, Organization.id == Booking.organization_id)
        .where(overlapping(now, now + timedelta(microseconds=1)),
               Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
        .order_by(Floor.number, Room.code, Booking.starts_at))
    return [(floor.number, floor.name_id, floor.name_en, BookingInProgress(
        booking_id=booking.id, room_code=room.code, room_name_id=room.name_id,
        room_name_en=room.name_en, title=booking.title, organization=organization or "",
        starts_at=booking.starts_at, ends_at=booking.ends_at, attendees=booking.attendees,
        pending=booking.status is BookingStatus.PENDING))
        for booking, room, floor, organization in rows]


def take_roll_call(database: Database, settings: Settings, now: datetime,
                   actor: Actor | None = None, *, phones: bool = True,
                   printed: bool = False) -> RollCall:
    """Everyone in the building at ``now`` with the device's sync freshness. Phone numbers
    only with an ``actor`` (any staff role) and ``phones``; without an actor, nobody is
    asked for a permission and no phone is read.

    ``printed``: the list goes on paper (or to a file); with an actor, that is recorded in
    the activity record (who printed it, how many people, with or without phones). The
    record never stops the list: if it cannot be written, the list is still returned."""
    from kiosk.building.name import catalogue_file, read_building_name
    from kiosk.sync.device import sync_status

    if actor is not None:
        require(actor, Permission.VISITORS)
    shown = phones and actor is not None
    zone = settings.zone
    with database.reading() as session:
        floors = who_is_inside(session, now, zone, phones=shown)
    configured = bool(settings.central.url)
    status = sync_status(database, configured)
    roll_call = RollCall(
        building_name=read_building_name(catalogue_file(settings)), taken_at=now, zone=zone,
        floors=floors, phones_shown=shown, sync_configured=configured,
        last_synced_at=status.last_success_at if configured else None)
    if printed and actor is not None:
        _record_printed(database, actor, now, roll_call)
    return roll_call


def _record_printed(database: Database, actor: Actor, now: datetime,
                    roll_call: RollCall) -> None:
    subject = (f"{roll_call.total} people, "
               f"{'with' if roll_call.phones_shown else 'without'} phones")
    try:
        with database.unit_of_work() as session:
            record(session, actor, now, ActivityKind.EXPORT, "evacuation_list", None, subject)
    except SQLAlchemyError:
        log.exception("the evacuation list's print could not be recorded; printing anyway")
