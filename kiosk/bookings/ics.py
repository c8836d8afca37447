"""Bookings as iCalendar (RFC 5545) files, so tenants can add them to their own calendars.

A one-off booking, or one occurrence of a series, is one VEVENT. A whole series is a master
VEVENT carrying the series' RRULE, an EXDATE for every date of the rule that holds no room
(skipped when booked, cancelled, rejected), and an override VEVENT (same UID, RECURRENCE-ID)
for every occurrence that differs from the rule (edited on its own, moved, another room, still
pending in a confirmed series).

The database, not the rule, is the truth: the occurrences the file describes are exactly the
occurrence rows that hold the room. An occurrence row that the rule cannot produce is exported
as an event of its own rather than dropped.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kiosk.bookings.recurrence import expand
from kiosk.db.types import utc_now
from kiosk.errors import NotFoundError
from kiosk.models import (
    HOLDING,
    Booking,
    BookingAudit,
    BookingSeries,
    BookingStatus,
    Floor,
    Organization,
    Room,
)

PRODID = "-//Gedung Inovasi Center//Kiosk//ID"
#: UIDs are the rows' UUIDs with this domain, so they are unique beyond this building too.
UID_DOMAIN = "gic-kiosk"

#: Audit actions that make a booking or series rather than change it.
_MADE = ("create", "create_series")

_STATUS = {
    BookingStatus.PENDING: "TENTATIVE",
    BookingStatus.CONFIRMED: "CONFIRMED",
    BookingStatus.REJECTED: "CANCELLED",
    BookingStatus.CANCELLED: "CANCELLED",
}


def uid(row_id: uuid.UUID) -> str:
    """The iCalendar UID of a booking or a series."""
    return f"{row_id}@{UID_DOMAIN}"


def booking_ics(session: Session, booking_id: uuid.UUID, zone: ZoneInfo, *, whole_series: bool,
                building_name: str, now: datetime | None = None) -> bytes:
    """The booking as an iCalendar file: just this occurrence, or with ``whole_series`` the
    series it belongs to (after a "this and the following" edit, the part it is in). A
    one-off booking is the same file either way; locations end with ``building_name`` (the
    catalogue's). Raises :class:`NotFoundError`."""
    booking = session.get(Booking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFoundError("booking", booking_id)
    stamp = (now or utc_now()).astimezone(UTC)
    places = _Places(session, building_name)
    series = session.get(BookingSeries, booking.series_id) if booking.series_id else None
    if whole_series and series is not None:
        events = _series_events(session, series, zone, stamp, places)
    else:
        sequence = _revisions(session, BookingAudit.booking_id == booking.id)
        events = [_event(uid(booking.id), booking.starts_at, booking.ends_at, _details(booking),
                         zone, stamp, places, sequence)]
    return _calendar(events, zone)


# --- the parts of the file -----------------------------------------------------------------


@dataclass(frozen=True)
class _Details:
    """What an event says besides its times: an occurrence that differs from its series in
    any of these needs an override of its own."""

    title: str
    room_id: uuid.UUID
    organization_id: uuid.UUID | None
    contact_name: str
    contact_phone: str
    attendees: int
    status: BookingStatus
    reason: str = ""


def _details(booking: Booking) -> _Details:
    reason = booking.status_reason if booking.status not in HOLDING else ""
    return _Details(booking.title, booking.room_id, booking.organization_id,
                    booking.contact_name, booking.contact_phone, booking.attendees,
                    booking.status, reason)


class _Places:
    """Room locations and organisation names, each looked up once."""

    def __init__(self, session: Session, building_name: str) -> None:
        self.session = session
        self.building_name = building_name
        self.locations: dict[uuid.UUID, str] = {}
        self.organizations: dict[uuid.UUID, str] = {}

    def location(self, room_id: uuid.UUID) -> str:
        if room_id not in self.locations:
            found = self.session.execute(
                select(Room.code, Room.name_id, Floor.number)
                .join(Floor, Floor.id == Room.floor_id).where(Room.id == room_id)).first()
            if found is None:
                self.locations[room_id] = self.building_name
            else:
                code, name, floor = found
                self.locations[room_id] = f"{code} {name}, Lantai {floor}, {self.building_name}"
        return self.locations[room_id]

    def organization(self, organization_id: uuid.UUID | None) -> str:
        if organization_id is None:
            return ""
        if organization_id not in self.organizations:
            name = self.session.scalar(
                select(Organization.name).where(Organization.id == organization_id))
            self.organizations[organization_id] = name or ""
        return self.organizations[organization_id]


def _event(event_uid: str, starts_at: datetime, ends_at: datetime, details: _Details,
           zone: ZoneInfo, stamp: datetime, places: _Places, sequence: int) -> Event:
    event = Event()
    event.add("uid", event_uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", starts_at.astimezone(zone))
    event.add("dtend", ends_at.astimezone(zone))
    event.add("summary", details.title)
    event.add("location", places.location(details.room_id))
    description = _description(details, places)
    if description:
        event.add("description", description)
    event.add("status", _STATUS[details.status])
    event.add("transp", "OPAQUE")
    return event


def _description(details: _Details, places: _Places) -> str:
    lines = []
    organization = places.organization(details.organization_id)
    if organization:
        lines.append(f"Organisasi: {organization}")
    contact = " · ".join(p for p in (details.contact_name, details.contact_phone) if p)
    if contact:
        lines.append(f"Kontak: {contact}")
    lines.append(f"Peserta: {details.attendees}")
    if details.status == BookingStatus.PENDING:
        lines.append("Menunggu konfirmasi")
    if details.reason:
        lines.append(f"Alasan: {details.reason}")
    return "\n".join(lines)


def _revisions(session: Session, which: ColumnElement[bool]) -> int:
    """SEQUENCE: how many changes the booking or series went through after it was made (its
    audit trail is append-only, so the number only grows)."""
    return session.scalar(select(func.count()).select_from(BookingAudit).where(
        which, BookingAudit.action.not_in(_MADE))) or 0


def _calendar(events: Iterable[Event], zone: ZoneInfo) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    moments: list[datetime] = []
    for event in events:
        calendar.add_component(event)
        moments.extend(event.decoded(name) for name in ("dtstart", "dtend"))
    # The zone's rules over the span the file covers (a whole 1970-2038 table is mostly noise).
    first = min(moments).astimezone(zone).date() - timedelta(days=366)
    last = max(moments).astimezone(zone).date() + timedelta(days=366)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


# --- a whole series ------------------------------------------------------------------------


def _series_events(session: Session, series: BookingSeries, zone: ZoneInfo, stamp: datetime,
                   places: _Places) -> list[Event]:
    rows = list(session.scalars(select(Booking).where(Booking.series_id == series.id)))
    active = sorted((r for r in rows if r.status in HOLDING and r.deleted_at is None),
                    key=lambda r: r.starts_at)
    duration = timedelta(minutes=series.duration_minutes)
    slots = set(expand(series.rule, series.first_starts_at, zone))
    slot_of = _slot_mapping(series, rows, zone)
    placed: dict[datetime, Booking] = {}
    orphans: list[Booking] = []
    for row in active:
        slot = slot_of(row.original_starts_at or row.starts_at)
        if slot in slots and slot not in placed:
            placed[slot] = row
        else:
            orphans.append(row)

    statuses = Counter(r.status for r in placed.values())
    master_status = statuses.most_common(1)[0][0] if statuses else BookingStatus.CANCELLED
    master = _Details(series.title, series.room_id, series.organization_id,
                      series.contact_name, series.contact_phone, series.attendees,
                      master_status)
    series_uid = uid(series.id)
    sequence = _revisions(session, BookingAudit.series_id == series.id)
    events = [_event(series_uid, series.first_starts_at, series.first_starts_at + duration,
                     master, zone, stamp, places, sequence)]
    events[0].add("rrule", _rrule(series.rule, zone))
    excluded = sorted(slots - placed.keys())
    if series.first_starts_at not in slots:
        # RFC 5545 counts DTSTART as an occurrence even when the rule does not match it
        # (dateutil does not); no row is there, so leave it out for every client.
        excluded = sorted({*excluded, series.first_starts_at})
    if excluded:
        events[0].add("exdate", [moment.astimezone(zone) for moment in excluded])
    for slot, row in sorted(placed.items()):
        details = _details(row)
        if row.detached or row.starts_at != slot or row.ends_at != slot + duration \
                or details != master:
            override = _event(series_uid, row.starts_at, row.ends_at, details, zone, stamp,
                              places, sequence)
            override.add("recurrence-id", slot.astimezone(zone))
            events.append(override)
    for row in orphans:
        events.append(_event(uid(row.id), row.starts_at, row.ends_at, _details(row), zone,
                             stamp, places,
                             _revisions(session, BookingAudit.booking_id == row.id)))
    return events


def _slot_mapping(series: BookingSeries, rows: Iterable[Booking], zone: ZoneInfo
                  ) -> _SlotOf:
    """Where an occurrence's original start lies on the series' rule as it is now.

    An occurrence row keeps the start the rule first gave it (``original_starts_at``), and so
    do the series' skipped dates, while editing the whole series moves the series' first
    start. The earliest of those original starts is the series' first occurrence, so the
    difference between the two (in wall time) carries any original start onto the rule."""
    originals = [r.original_starts_at or r.starts_at for r in rows]
    originals.extend(datetime.fromisoformat(s) for s in series.skipped)
    first = min(originals, default=series.first_starts_at)
    offset = _wall(series.first_starts_at, zone) - _wall(first, zone)
    return _SlotOf(offset, zone)


@dataclass(frozen=True)
class _SlotOf:
    offset: timedelta
    zone: ZoneInfo

    def __call__(self, original: datetime) -> datetime:
        return (_wall(original, self.zone) + self.offset).replace(tzinfo=self.zone
                                                                   ).astimezone(UTC)


def _wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def _rrule(rule: str, zone: ZoneInfo) -> vRecur:
    """The series' rule for the file: its UNTIL is the building's wall time, which RFC 5545
    requires in UTC when DTSTART carries a TZID."""
    recur = vRecur.from_ical(rule)
    until = recur.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime):
            local = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        else:
            assert isinstance(value, date)
            local = datetime.combine(value, time(23, 59, 59), tzinfo=zone)
        recur["UNTIL"] = [local.astimezone(UTC)]
    return recur

