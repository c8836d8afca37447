"""Demo data: a realistic living building, so a newcomer sees the kiosk and reception at work.

``seed_demo`` fills an empty device database with tenant SMEs, agencies and partners, a few
hundred visitors with Indonesian names and phone numbers, weeks of visits with the usual morning
and afternoon peaks, today's visitors (some still in the building, one training group of 25)
and room bookings from the past weeks to the next two. The same seed gives the same people,
times and bookings (ids are fresh UUIDs, as on any device).

The people, businesses and room uses come from ``resources/demo/demo.toml``
(:mod:`kiosk.demo.data`).

It refuses to touch a database that already has visits: demo data mixed into real data could
never be told apart again, and synced rows cannot be hard-deleted.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.bookings.booking import BookingRequest, Skip, book, plan_booking
from kiosk.bookings.rules import Rules
from kiosk.config import Settings
from kiosk.db.types import utc_now
from kiosk.demo.data import (
    BOOKING_HOURS,
    BOOKING_TITLES,
    BOOKING_WEIGHTS,
    CULTURES,
    DEGREES,
    FEMALE_PREFIXES,
    FUTURE_BOOKING_DAYS,
    HOSTS,
    MALE_PREFIXES,
    MOBILE_PREFIXES,
    MONONYMS,
    PEAKS,
    PURPOSE_ROOMS,
    PURPOSE_WEIGHTS,
    SERIES,
    STAY_MINUTES,
    TENANTS,
    TODAY_OPEN_VISITS,
    VISITOR_BUSINESSES,
    VISITOR_COUNT,
)
from kiosk.errors import InvalidFieldError
from kiosk.models import (
    Booking,
    BookingStatus,
    CheckoutKind,
    Floor,
    Organization,
    OrganizationKind,
    Purpose,
    Role,
    Room,
    RoomKind,
    Visit,
    Visitor,
)
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.operations import Operations
from kiosk.privacy.masks import CONSENT_VERSION
from kiosk.staff.roles import Actor
from kiosk.visits.check_in import find_or_create_organization, find_organization, pass_number_for
from kiosk.visits.names import clean_name, name_key
from kiosk.visits.phone import normalise_phone

#: Who the demo's bookings name as having made them.
DEMO = Actor("demo", Role.ADMIN, None)


@dataclass
class _Place:
    """The building as loaded from the catalogue and the seeded organisations."""

    rooms: list[Room]
    floors: list[Floor]
    hosts: list[Organization] = field(default_factory=list)

    def rooms_of(self, *kinds: RoomKind) -> list[Room]:
        return [r for r in self.rooms if r.kind in kinds]


@dataclass
class _Destination:
    room_id: uuid.UUID | None = None
    floor_id: uuid.UUID | None = None
    host_id: uuid.UUID | None = None


@dataclass
class _Counts:
    hosts: int = 0
    businesses: int = 0
    visitors: int = 0
    visits: int = 0
    open_visits: int = 0
    people_inside: int = 0
    bookings: int = 0


def seed_demo(settings: Settings, *, days: int = 28, seed: int = 2026,
              now: datetime | None = None) -> str:
    """Fill the device database with ``days`` of history, today until ``now`` and two weeks
    of bookings ahead. Returns a one-line summary for the person who ran it."""
    if days < 0:
        raise ValueError("days must be zero or more")
    now = now or utc_now()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random(seed)
    ops = Operations.open(settings)
    try:
        with ops.database.unit_of_work() as session:
            existing = session.scalar(select(func.count()).select_from(Visit)) or 0
            if existing:
                # Mixing demo rows into real ones could never be undone (no hard deletes).
                return (f"Nothing seeded: {settings.database_path} already has {existing:,} "
                        "visits, and demo data only goes into a database without visits.")
            counts = _Counts()
            seeder = _Seeder(session, settings, rng, now, ops.device_id, counts)
            seeder.run(days)
    finally:
        ops.close()
    note = f" ({seeder.today_note})" if seeder.today_note else ""
    return (
        f"Seeded {counts.hosts} tenants, agencies and partners, {counts.businesses} visitors' "
        f"businesses, {counts.visitors:,} visitors, {counts.visits:,} visits "
        f"({counts.open_visits} still open, {counts.people_inside} people in the building now)"
        f", {counts.bookings:,} bookings into {settings.database_path}{note}"
    )


class _Seeder:
    def __init__(self, session: Session, settings: Settings, rng: random.Random,
                 now: datetime, device_id: uuid.UUID, counts: _Counts) -> None:
        self.session = session
        self.rng = rng
        self.zone = ZoneInfo(settings.timezone)
        self.rules = Rules.from_settings(settings)
        self.opening = settings.hours.opening
        self.closing = settings.hours.closing
        self.now = now.astimezone(UTC)
        self.today = now.astimezone(self.zone).date()
        self.device_id = device_id
        self.counts = counts
        self.today_note = ""
        self.history_days = 0
        #: Active (confirmed or pending) bookings per room, to never double-book one.
        self.taken: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}

    def run(self, days: int) -> None:
        self.history_days = days
        # People first: their names come straight off the seeded generator, so the same seed
        # gives the same visitors whatever the database already holds.
        people = _people(self.rng, VISITOR_COUNT)
        place = self._place()
        tenants_and_hosts = self._hosts(place)
        businesses = self._businesses()
        visitors = self._visitors(people, businesses)
        self._load_taken()
        group_room = self._today_group_booking(place)
        self._visits(days, place, visitors, group_room)
        self._series(place, tenants_and_hosts)
        self._bookings(days, place, tenants_and_hosts, people)
        self.session.flush()

    # --- the building and its organisations ---------------------------------------------------

    def _place(self) -> _Place:
        rooms = list(self.session.scalars(
            select(Room).where(Room.deleted_at.is_(None)).order_by(Room.code)))
        floors = list(self.session.scalars(
            select(Floor).where(Floor.deleted_at.is_(None)).order_by(Floor.number)))
        return _Place(rooms, floors)

    def _hosts(self, place: _Place) -> list[Organization]:
        offices = [r for r in place.rooms if r.kind == RoomKind.OFFICE]
        # Tenants share the incubator offices (two small SMEs to a room is normal there).
        tenant_offices = [r for r in offices if "tenan" in r.name_id.lower()] or offices
        floor_ids = {f.number: f.id for f in place.floors}
        floor_numbers = {f.id: f.number for f in place.floors}
        for index, name in enumerate(TENANTS):
            office = tenant_offices[index % len(tenant_offices)] if tenant_offices else None
            place.hosts.append(self._organization(
                name, OrganizationKind.TENANT, office, office.floor_id if office else None))
        for spec in HOSTS:
            on_floor = [r for r in offices if floor_numbers.get(r.floor_id) == spec.floor]
            # The secretariat is where a visitor to an agency is received, not the head's room.
            on_floor.sort(key=lambda r: (r.capacity < 10, r.code))
            office = on_floor[0] if spec.office and on_floor else None
            place.hosts.append(self._organization(spec.name, spec.kind, office,
                                                  floor_ids.get(spec.floor)))
        return place.hosts

    def _organization(self, name: str, kind: OrganizationKind, room: Room | None,
                      floor_id: uuid.UUID | None) -> Organization:
        found = find_organization(self.session, name)
        if found is not None:
            return found
        organization = Organization(id=uuid.uuid4(), name=name, name_key=name_key(name), kind=kind,
                                    room_id=room.id if room else None, floor_id=floor_id)
        self.session.add(organization)
        self.counts.hosts += 1
        return organization

    def _businesses(self) -> list[Organization]:
        known = set(self.session.scalars(select(Organization.name_key)))
        businesses = []
        for name in VISITOR_BUSINESSES:
            organization = find_or_create_organization(self.session, name)
            assert organization is not None
            if name_key(name) not in known:
                self.counts.businesses += 1
            businesses.append(organization)
        return businesses

    # --- visitors --------------------------------------------------------------------------

    def _visitors(self, people: list[tuple[str, str]],
                  businesses: list[Organization]) -> list[Visitor]:
        existing = {(v.phone_e164, v.name_key): v for v in self.session.scalars(select(Visitor))}
        visitors = []
        for name, phone in people:
            key = name_key(name)
            visitor = existing.get((phone, key))
            if visitor is None:
                # Four in ten say which business they come from.
                business = self.rng.choice(businesses) if self.rng.random() < 0.4 else None
                # Everyone in the demo agreed to the privacy notice at their first visit.
                visitor = Visitor(id=uuid.uuid4(), full_name=name, name_key=key,
                                  phone_e164=phone,
                                  organization_id=business.id if business else None,
                                  consent_at=self.now - timedelta(days=self.history_days + 1),
                                  consent_version=CONSENT_VERSION)
                self.session.add(visitor)
                self.counts.visitors += 1
            visitors.append(visitor)
        return visitors

    # --- visits ----------------------------------------------------------------------------

    def _visits(self, days: int, place: _Place, visitors: list[Visitor],
                group_room: Room | None) -> None:
        # A few regulars come often, most people now and then.
        weights = [self.rng.paretovariate(1.2) for _ in visitors]
        first_seen: dict[uuid.UUID, datetime] = {}
        for offset in range(days, 0, -1):
            day = self.today - timedelta(days=offset)
            if day.weekday() == 6:  # closed on Sundays
                continue
            planned = self.rng.randint(60, 100) if day.weekday() == 5 else \
                self.rng.randint(90, 150)
            start, end = self._local(day, self.opening), self._local(day, self.closing)
            for visitor in self._pick(visitors, weights, planned):
                visit = self._visit(visitor, place, start, end)
                self._close_past(visit, end)
                first_seen.setdefault(visitor.id, visit.checked_in_at)
        self._today(place, visitors, weights, group_room, first_seen)
        for visitor in visitors:
            seen = first_seen.get(visitor.id)
            if seen is not None and visitor.created_at is None:
                visitor.created_at = visitor.updated_at = seen

    def _today(self, place: _Place, visitors: list[Visitor], weights: list[float],
               group_room: Room | None, first_seen: dict[uuid.UUID, datetime]) -> None:
        start = self._local(self.today, self.opening)
        closing = self._local(self.today, self.closing)
        end = self.now
        if not start + timedelta(hours=1) <= end <= closing:
            # A demo run before opening or after closing still shows a building at work.
            start = end - timedelta(hours=3)
            self.today_note = "now is outside opening hours: today's visits are the last 3 h"
        elif self.today.weekday() == 6:
            self.today_note = "today is a Sunday, when the building is closed: opened for the demo"
        planned = self.rng.randint(40, 80)
        chosen = self._pick(visitors, weights, planned)
        leader, waiting, others = chosen[0], chosen[1:4], chosen[4:]
        today: list[tuple[Visit, datetime]] = []
        for visitor in others:
            visit = self._visit(visitor, place, start, end)
            today.append((visit, self._departure(visit)))
        # A few people wait at reception, not knowing where to go: no destination.
        at_reception = [
            self._visit(visitor, place, max(start, end - timedelta(minutes=40)), end,
                        purpose=self.rng.choice((Purpose.OTHER, Purpose.MEETING)),
                        destination=_Destination())
            for visitor in waiting
        ]
        group = None
        if group_room is not None:
            # The training delegation arrived together, about an hour before now.
            group_start = max(start, self._hour_floor(end - timedelta(minutes=90)))
            group = self._visit(leader, place, group_start, group_start + timedelta(minutes=20),
                                purpose=Purpose.TRAINING, destination=_Destination(group_room.id),
                                group_size=25)
        # The ones that would leave last are still here; everyone else has already gone.
        stay = self.rng.randint(*TODAY_OPEN_VISITS) - len(at_reception) - (group is not None)
        today.sort(key=lambda item: item[1], reverse=True)
        for index, (visit, departure) in enumerate(today):
            if index < stay:
                continue
            if departure > self.now:
                departure = self._between(visit.checked_in_at, self.now)
            self._check_out(visit, departure, self._departure_kind())
        for visit in [*at_reception, *([group] if group else []), *(v for v, _ in today)]:
            first_seen.setdefault(visit.visitor_id, visit.checked_in_at)
            if visit.checked_out_at is None:
                self.counts.open_visits += 1
                self.counts.people_inside += visit.group_size

    def _visit(self, visitor: Visitor, place: _Place, start: datetime, end: datetime, *,
               purpose: Purpose | None = None, destination: _Destination | None = None,
               group_size: int | None = None) -> Visit:
        if purpose is None:
            purpose = self.rng.choices(list(PURPOSE_WEIGHTS), list(PURPOSE_WEIGHTS.values()))[0]
        if destination is None:
            destination = self._destination(purpose, place)
        if group_size is None:
            # Delegations come for trainings and events now and then.
            group = purpose in (Purpose.TRAINING, Purpose.EVENT) and self.rng.random() < 0.06
            group_size = self.rng.randint(5, 30) if group else 1
        visit_id = uuid.uuid4()
        checked_in = self._check_in_time(start, end)
        visit = Visit(
            id=visit_id, visitor_id=visitor.id, organization_id=visitor.organization_id,
            purpose=purpose, room_id=destination.room_id, floor_id=destination.floor_id,
            host_organization_id=destination.host_id, group_size=group_size,
            pass_number=pass_number_for(visit_id), checked_in_at=checked_in,
            device_id=self.device_id, created_at=checked_in, updated_at=checked_in,
        )
        self.session.add(visit)
        self.counts.visits += 1
        return visit

    def _destination(self, purpose: Purpose, place: _Place) -> _Destination:
        roll = self.rng.random()
        hosts = place.hosts
        if purpose in (Purpose.MEETING, Purpose.DELIVERY) and hosts and roll < 0.6:
            return _Destination(host_id=self.rng.choice(hosts).id)
        if purpose == Purpose.DELIVERY:
            return _Destination()  # parcels for the building office are left at reception
        if purpose == Purpose.CONSULTATION and hosts and roll < 0.15:
            agencies = [h for h in hosts if h.kind != OrganizationKind.TENANT] or hosts
            return _Destination(host_id=self.rng.choice(agencies).id)
        rooms = place.rooms_of(*PURPOSE_ROOMS[purpose])
        if rooms and roll < 0.9:
            return _Destination(room_id=self.rng.choice(rooms).id)
        if place.floors and roll < 0.95:
            return _Destination(floor_id=self.rng.choice(place.floors).id)
        return _Destination()  # "reception will help me"

    def _check_in_time(self, start: datetime, end: datetime) -> datetime:
        """Mostly around the morning and afternoon peaks, otherwise any time of the day."""
        day = start.astimezone(self.zone).date()
        for _ in range(20):
            roll = self.rng.random()
            if roll < 0.76:
                peak = self._local(day, PEAKS[0] if roll < 0.38 else PEAKS[1])
                moment = peak + timedelta(minutes=self.rng.gauss(0, 45))
            else:
                moment = self._between(start, end - timedelta(minutes=15))
            if start <= moment < end - timedelta(minutes=1):
                return moment.replace(microsecond=0)
        return self._between(start, end - timedelta(minutes=1)).replace(microsecond=0)

    def _departure(self, visit: Visit) -> datetime:
        low, high = STAY_MINUTES[visit.purpose]
        return visit.checked_in_at + timedelta(minutes=self.rng.uniform(low, high))

    def _close_past(self, visit: Visit, closing: datetime) -> None:
        departure = self._departure(visit)
        # Past closing, or gone without scanning (3 in 100): closed automatically at closing.
        if departure >= closing or self.rng.random() < 0.03:
            self._check_out(visit, closing, CheckoutKind.AUTOMATIC)
        else:
            self._check_out(visit, departure, self._departure_kind())

    def _departure_kind(self) -> CheckoutKind:
        return CheckoutKind.SCAN if self.rng.random() < 0.85 else CheckoutKind.RECEPTION

    @staticmethod
    def _check_out(visit: Visit, at: datetime, kind: CheckoutKind) -> None:
        visit.checked_out_at = at.replace(microsecond=0)
        visit.checkout_kind = kind
        visit.updated_at = visit.checked_out_at

    def _pick(self, visitors: list[Visitor], weights: list[float], count: int) -> list[Visitor]:
        """``count`` different visitors (nobody checks in twice on one day)."""
        count = min(count, len(visitors))
        chosen: dict[uuid.UUID, Visitor] = {}
        while len(chosen) < count:
            for visitor in self.rng.choices(visitors, weights, k=count - len(chosen)):
                chosen.setdefault(visitor.id, visitor)
        return list(chosen.values())

    # --- bookings --------------------------------------------------------------------------

    def _load_taken(self) -> None:
        active = (BookingStatus.CONFIRMED, BookingStatus.PENDING)
        for booking in self.session.scalars(
            select(Booking).where(Booking.status.in_(active), Booking.deleted_at.is_(None))
        ):
            self.taken.setdefault(booking.room_id, []).append(
                (booking.blocked_from, booking.blocked_until))

    def _is_free(self, room_id: uuid.UUID, starts: datetime, ends: datetime) -> bool:
        return all(ends <= s or starts >= e for s, e in self.taken.get(room_id, ()))

    def _today_group_booking(self, place: _Place) -> Room | None:
        """Today's training for the group of 25: a room big enough, booked around now."""
        rooms = [r for r in place.rooms_of(RoomKind.TRAINING) if r.capacity >= 25]
        if not rooms:
            return None
        room = self.rng.choice(rooms)
        starts = self._hour_floor(self.now - timedelta(minutes=90))
        ends = starts + timedelta(hours=4)
        earliest, latest = (self._local(self.today, t) for t in BOOKING_HOURS)
        if earliest <= starts and ends <= latest and self._is_free(room.id, starts, ends):
            self._book(room, starts, ends, "Pelatihan Digital Marketing untuk UMKM",
                       BookingStatus.CONFIRMED, None, "Dinas Koperasi dan UKM", 25)
        return room

    def _series(self, place: _Place, hosts: list[Organization]) -> None:
        """A few weekly and monthly series through the booking service, started two weeks
        ago; occurrences on holidays are skipped as a receptionist would."""
        monday = self.today - timedelta(days=self.today.weekday() + 14)
        for spec in SERIES:
            rooms = [r for r in place.rooms_of(spec.room_kind)
                     if r.bookable and not r.needs_approval]
            if not rooms:
                continue
            room = self.rng.choice(rooms)
            starts = self._local(monday + timedelta(days=1), spec.start)
            host = self.rng.choice(hosts) if hosts else None
            request = BookingRequest(room.id, spec.title, starts,
                                     starts + timedelta(hours=spec.hours),
                                     attendees=max(1, room.capacity // 2),
                                     organization_id=host.id if host else None,
                                     contact_name=host.name if host else "",
                                     recurrence=spec.recurrence)
            plan = plan_booking(self.session, request, self.rules)
            booked = book(self.session, request, self.rules, actor=DEMO, resolutions={
                o.original_starts_at: Skip() for o in plan.conflicting})
            for booking_id in booked.booking_ids:
                booking = self.session.get(Booking, booking_id)
                assert booking is not None
                self.taken.setdefault(room.id, []).append(
                    (booking.blocked_from, booking.blocked_until))
            self.counts.bookings += len(booked.booking_ids)

    def _bookings(self, days: int, place: _Place, hosts: list[Organization],
                  people: list[tuple[str, str]]) -> None:
        rooms = [r for r in place.rooms if r.bookable and r.kind in BOOKING_WEIGHTS]
        if not rooms:
            return
        weights = [BOOKING_WEIGHTS[r.kind] for r in rooms]
        for offset in range(-days, FUTURE_BOOKING_DAYS + 1):
            day = self.today + timedelta(days=offset)
            if day.weekday() == 6:
                continue
            wanted = self.rng.randint(6, 10) if day.weekday() == 5 else self.rng.randint(12, 20)
            for _ in range(wanted):
                room = self.rng.choices(rooms, weights)[0]
                self._booking(day, room, hosts, people)

    def _booking(self, day: date, room: Room, hosts: list[Organization],
                 people: list[tuple[str, str]]) -> None:
        first, last = BOOKING_HOURS
        for _ in range(4):  # a few tries at a free slot, then the room is simply busy
            hours = self.rng.randint(3, 4) if room.kind == RoomKind.HALL else \
                self.rng.randint(1, 4)
            latest_start = (last.hour - hours - first.hour) * 2
            if latest_start < 0:
                return
            starts = self._local(day, first) + timedelta(minutes=30 * self.rng.randint(
                0, latest_start))
            ends = starts + timedelta(hours=hours)
            status = self._booking_status(room, starts)
            active = status in (BookingStatus.CONFIRMED, BookingStatus.PENDING)
            if active and not self._is_free(room.id, starts - timedelta(
                    minutes=room.setup_minutes), ends + timedelta(minutes=room.cleanup_minutes)):
                continue
            host = self.rng.choice(hosts) if hosts and self.rng.random() < 0.7 else None
            attendees = self.rng.randint(max(1, room.capacity // 3), room.capacity)
            self._book(room, starts, ends, self.rng.choice(BOOKING_TITLES[room.kind]), status,
                       host, self.rng.choice(people)[0], attendees)
            return

    def _booking_status(self, room: Room, starts: datetime) -> BookingStatus:
        roll = self.rng.random()
        if roll < 0.05:
            return BookingStatus.CANCELLED
        # Rooms that need approval wait for it, but only what is still ahead can be waiting.
        if room.needs_approval and starts > self.now and roll < 0.5:
            return BookingStatus.PENDING
        return BookingStatus.CONFIRMED

    def _book(self, room: Room, starts: datetime, ends: datetime, title: str,
              status: BookingStatus, host: Organization | None, contact: str,
              attendees: int) -> None:
        # The room is held through its set-up and clean-up, as the booking service holds it.
        blocked_from = starts - timedelta(minutes=room.setup_minutes)
        blocked_until = ends + timedelta(minutes=room.cleanup_minutes)
        if status in (BookingStatus.CONFIRMED, BookingStatus.PENDING):
            self.taken.setdefault(room.id, []).append((blocked_from, blocked_until))
        # Booked a few days ahead; never "booked" later than now.
        made = min(self.now, starts - timedelta(days=self.rng.randint(1, 10),
                                                minutes=self.rng.randint(0, 600)))
        self.session.add(Booking(
            id=uuid.uuid4(), room_id=room.id, organization_id=host.id if host else None,
            title=title, contact_name=contact, starts_at=starts, ends_at=ends,
            blocked_from=blocked_from, blocked_until=blocked_until,
            attendees=attendees, status=status, created_at=made, updated_at=made,
            created_by="demo",
        ))
        self.counts.bookings += 1

    # --- time ------------------------------------------------------------------------------

    def _local(self, day: date, at: time) -> datetime:
        """A wall-clock time in the building, as the UTC instant the database stores."""
        return datetime.combine(day, at, tzinfo=self.zone).astimezone(UTC)

    def _hour_floor(self, moment: datetime) -> datetime:
        local = moment.astimezone(self.zone)
        return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)

    def _between(self, start: datetime, end: datetime) -> datetime:
        if end <= start:
            return start
        return start + timedelta(seconds=self.rng.uniform(0, (end - start).total_seconds()))


def _people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` different (name, E.164 phone) pairs."""
    names: set[str] = set()
    phones: set[str] = set()
    people: list[tuple[str, str]] = []
    while len(people) < count:
        name = clean_name(_person_name(rng), NAME_MAX_LENGTH)
        phone = _mobile_number(rng)
        if name in names or phone in phones:
            continue
        names.add(name)
        phones.add(phone)
        people.append((name, phone))
    return people


def _person_name(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(MONONYMS)
    culture = rng.choices(CULTURES, [c.weight for c in CULTURES])[0]
    female = rng.random() < 0.5
    given_names: Sequence[str] = culture.female if female else culture.male
    parts = [rng.choice(given_names)]
    if rng.random() < culture.two_given:
        second = rng.choice(given_names)
        if second not in parts[0]:
            parts.append(second)
    if culture.family and rng.random() < 0.85:
        parts.append(rng.choice(culture.family))
    elif not culture.family and rng.random() < 0.2 and " " not in parts[0]:
        # "Jaenudin bin Saidi": named as someone's son or daughter.
        parts.append(("binti " if female else "bin ") + rng.choice(culture.male).split()[-1])
    name = " ".join(parts)
    roll = rng.random()
    if roll < 0.05:
        name = f"{rng.choice(FEMALE_PREFIXES if female else MALE_PREFIXES)} {name}"
    elif roll < 0.09:
        name += rng.choice(DEGREES)
    return name


def _mobile_number(rng: random.Random) -> str:
    """A valid Indonesian mobile number in E.164, typed the way people write it."""
    while True:
        digits = rng.choice(MOBILE_PREFIXES) + "".join(
            rng.choice("0123456789") for _ in range(rng.choice((7, 8, 8, 8))))
        try:
            return normalise_phone(f"{digits[:4]}-{digits[4:8]}-{digits[8:]}")
        except InvalidFieldError:
            continue
