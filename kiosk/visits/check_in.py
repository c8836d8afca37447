"""Checking visitors in and out, and who is in the building now.

Services take a :class:`Session`, flush, and never commit (the unit of work does).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import (
    AlreadyCheckedOutError,
    ErrorCode,
    FieldError,
    InvalidFieldError,
    NotFoundError,
    ValidationError,
)
from kiosk.models import (
    Booking,
    BookingStatus,
    CheckoutKind,
    Floor,
    Organization,
    OrganizationKind,
    Purpose,
    Room,
    Visit,
    Visitor,
)
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.models.visits import GROUP_SIZE_MAX
from kiosk.privacy.masks import CONSENT_VERSION
from kiosk.visits.names import clean_name, clean_text, name_key
from kiosk.visits.phone import normalise_phone

ORGANIZATION_MAX_LENGTH = 120
T = TypeVar("T")


class DestinationKind(enum.StrEnum):
    ROOM = "room"
    FLOOR = "floor"
    ORGANIZATION = "organization"
    BOOKING = "booking"  # one of today's trainings, meetings or events
    RECEPTION = "reception"  # "reception will help me"


@dataclass(frozen=True)
class Destination:
    kind: DestinationKind = DestinationKind.RECEPTION
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class CheckInRequest:
    """What a visitor (or receptionist) enters to check in.

    A returning visitor, recognised by phone, gives ``visitor_id`` instead of name and phone.
    ``consent`` says the visitor agreed to the privacy notice just now; a visitor who has not
    agreed to the current notice is never stored.
    """

    name: str = ""
    phone: str = ""
    purpose: Purpose | str = ""
    organization: str = ""
    destination: Destination = Destination()
    group_size: int = 1
    visitor_id: uuid.UUID | None = None
    consent: bool = False
    #: The other members of a group, when the leader names them (for per-person passes).
    member_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitSummary:
    """A visit with everything a pass, a screen or a list needs, detached from the session."""

    visit_id: uuid.UUID
    pass_number: str
    visitor_name: str
    phone_e164: str
    organization: str
    purpose: Purpose
    group_size: int
    checked_in_at: datetime
    checked_out_at: datetime | None
    member_names: tuple[str, ...]
    #: The kind of the visitor's own organisation (a tenant's staff get a tenant pass).
    organization_kind: OrganizationKind | None
    floor_number: int | None
    floor_name_id: str
    floor_name_en: str
    directions_id: str
    directions_en: str
    room_code: str
    room_name_id: str
    room_name_en: str
    host: str


@dataclass(frozen=True)
class FloorGroup:
    """Visitors in the building on one floor; ``floor_number`` None means "at reception"."""

    floor_number: int | None
    floor_name_id: str
    floor_name_en: str
    visits: tuple[VisitSummary, ...]

    @property
    def people(self) -> int:
        return sum(v.group_size for v in self.visits)


# Crockford's base32: no I, L, O or U, so what is read aloud or typed is what was printed.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def pass_number_for(visit_id: uuid.UUID) -> str:
    """Eight characters (40 bits) of the visit id, printed on the pass for typing at the desk."""
    bits = int.from_bytes(visit_id.bytes[:5], "big")
    return "".join(_CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5))


def grouped_pass_number(number: str) -> str:
    """The pass number in fours, for reading aloud and copying ("MJVZ 2QTW"); typing it back
    with or without the space is the same (see :func:`normalise_pass_number`)."""
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def normalise_pass_number(typed: str) -> str:
    """What someone typed, read the way Crockford intended (O is 0, I and L are 1)."""
    return "".join(typed.split()).upper().replace("-", "").translate(_CROCKFORD_TYPOS)


def check_in(session: Session, request: CheckInRequest, *, now: datetime,
             device_id: uuid.UUID | None = None, allow_without_phone: bool = False) -> Visit:
    """Check a visitor in. Validates every field first and raises :class:`ValidationError`
    listing each unusable one; nothing is written unless all are usable."""
    errors: list[FieldError] = []
    returning: Visitor | None = None
    name = phone = None
    if request.visitor_id is not None:
        returning = session.get(Visitor, request.visitor_id)
        # Erased or withdrawn since the kiosk recalled them (the purge ran meanwhile): a
        # visit must not be attached to a nameless person; they register afresh.
        if returning is None or returning.deleted_at is not None \
                or returning.anonymized_at is not None \
                or returning.consent_withdrawn_at is not None:
            errors.append(FieldError("visitor", ErrorCode.UNKNOWN_VISITOR))
    else:
        name = _field(errors, lambda: clean_name(request.name, NAME_MAX_LENGTH))
        # Invited guests may come without a phone number (reception did not get one).
        if allow_without_phone and not request.phone.strip():
            phone = ""
        else:
            phone = _field(errors, lambda: normalise_phone(request.phone))
    organization_name = _field(errors, lambda: _organization_name(request.organization))
    purpose = _field(errors, lambda: _purpose(request.purpose))
    group_size = _field(errors, lambda: valid_group_size(request.group_size))
    members = _field(errors, lambda: _member_names(request.member_names, request.group_size))
    destination = _field(errors, lambda: _resolve_destination(session, request.destination))
    already_agreed = returning is not None and returning.consent_version == CONSENT_VERSION
    if not request.consent and not already_agreed:
        errors.append(FieldError("consent", ErrorCode.CONSENT_REQUIRED))
    if errors:
        raise ValidationError(errors)
    assert purpose is not None and group_size is not None and members is not None
    assert destination is not None

    organization = find_or_create_organization(session, organization_name or "")
    if returning is not None:
        visitor = returning
        if organization is not None:
            visitor.organization_id = organization.id
    else:
        assert name is not None and phone is not None
        visitor = _find_or_create_visitor(session, name, phone, organization)
    if request.consent:
        visitor.consent_at = now
        visitor.consent_version = CONSENT_VERSION
    room, floor, host, booking = destination
    visit_id = uuid.uuid4()
    visit = Visit(
        id=visit_id,
        visitor_id=visitor.id,
        organization_id=visitor.organization_id,
        purpose=purpose,
        room_id=room.id if room else None,
        floor_id=floor.id if floor else None,
        host_organization_id=host.id if host else None,
        booking_id=booking.id if booking else None,
        group_size=group_size,
        member_names=list(members),
        pass_number=pass_number_for(visit_id),
        checked_in_at=now,
        device_id=device_id,
    )
    session.add(visit)
    session.flush()
    return visit


def check_out(session: Session, *, now: datetime, kind: CheckoutKind,
              visit_id: uuid.UUID | None = None, pass_number: str | None = None) -> Visit:
    """Close a visit found by id or by the number printed on its pass."""
    query = select(Visit).where(Visit.deleted_at.is_(None))
    if visit_id is not None:
        query = query.where(Visit.id == visit_id)
    elif pass_number:
        query = query.where(Visit.pass_number == normalise_pass_number(pass_number))
    else:
        raise NotFoundError("visit", None)
    visit = session.scalars(query.order_by(Visit.checked_in_at.desc()).limit(1)).first()
    if visit is None:
        raise NotFoundError("visit", visit_id or pass_number)
    if visit.checked_out_at is not None:
        raise AlreadyCheckedOutError(str(visit.id))
    visit.checked_out_at = now
    visit.checkout_kind = kind
    session.flush()
    return visit


def pass_valid_until(checked_in_at: datetime, zone: ZoneInfo, closing: time) -> datetime:
    """A pass is good until the building closes on the day of the visit (an hour, if the
    visitor came after closing, e.g. to an evening event)."""
    closing_time = datetime.combine(checked_in_at.astimezone(zone).date(), closing, zone)
    return max(closing_time, checked_in_at + timedelta(hours=1))


def close_open_visits(session: Session, *, now: datetime, zone: ZoneInfo,
                      closing: time) -> int:
    """Check out, as AUTOMATIC, every visit still open after its day's closing time.

    The check-out time is that day's closing time (the building was closed then), and the
    kind says it was not a real departure. Returns how many visits were closed."""
    today = now.astimezone(zone).date()
    closing_today = datetime.combine(today, closing, zone)
    cutoff = closing_today if now >= closing_today else datetime.combine(today, time(0), zone)
    visits = session.scalars(
        select(Visit).where(Visit.checked_out_at.is_(None), Visit.deleted_at.is_(None),
                            Visit.checked_in_at < cutoff)
    )
    count = 0
    for visit in visits:
        day = visit.checked_in_at.astimezone(zone).date()
        closed_at = datetime.combine(day, closing, zone)
        visit.checked_out_at = max(closed_at, visit.checked_in_at)
        visit.checkout_kind = CheckoutKind.AUTOMATIC
        count += 1
    session.flush()
    return count


def visitors_in_building(session: Session) -> list[FloorGroup]:
    """Open visits grouped by the floor they went to, lowest floor first, reception last."""
    open_visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.checked_out_at.is_(None), Visit.deleted_at.is_(None))
            .order_by(Visit.checked_in_at)
        )
    )
    by_floor: dict[int | None, list[VisitSummary]] = {}
    names: dict[int | None, tuple[str, str]] = {None: ("Di resepsionis", "At reception")}
    for summary in summarise(session, open_visits):
        by_floor.setdefault(summary.floor_number, []).append(summary)
        if summary.floor_number is not None:
            names[summary.floor_number] = (summary.floor_name_id, summary.floor_name_en)
    order = sorted(by_floor, key=lambda n: (n is None, n or 0))
    return [FloorGroup(n, *names[n], visits=tuple(by_floor[n])) for n in order]


def summarise(session: Session, visits: Iterable[Visit]) -> list[VisitSummary]:
    """Summaries of many visits with a handful of queries (not one per visit)."""
    visits = list(visits)
    visitors = _by_id(session, Visitor, {v.visitor_id for v in visits})
    org_ids = {i for v in visits for i in (v.organization_id, v.host_organization_id) if i}
    organizations = _by_id(session, Organization, org_ids)
    room_ids = {v.room_id for v in visits if v.room_id}
    room_ids |= {o.room_id for o in organizations.values() if o.room_id}
    rooms = _by_id(session, Room, room_ids)
    floor_ids = {v.floor_id for v in visits if v.floor_id}
    floor_ids |= {r.floor_id for r in rooms.values()}
    floor_ids |= {o.floor_id for o in organizations.values() if o.floor_id}
    floors = _by_id(session, Floor, floor_ids)

    summaries = []
    for visit in visits:
        host = organizations.get(visit.host_organization_id) if visit.host_organization_id \
            else None
        room = rooms.get(visit.room_id or (host.room_id if host else None))  # type: ignore[arg-type]
        floor_id = room.floor_id if room else visit.floor_id or (host.floor_id if host else None)
        floor = floors.get(floor_id) if floor_id else None
        own = organizations.get(visit.organization_id) if visit.organization_id else None
        summaries.append(
            VisitSummary(
                visit_id=visit.id,
                pass_number=visit.pass_number,
                visitor_name=visitors[visit.visitor_id].full_name,
                phone_e164=visitors[visit.visitor_id].phone_e164,
                organization=own.name if own else "",
                organization_kind=own.kind if own else None,
                purpose=visit.purpose,
                group_size=visit.group_size,
                member_names=tuple(visit.member_names or ()),
                checked_in_at=visit.checked_in_at,
                checked_out_at=visit.checked_out_at,
                floor_number=floor.number if floor else None,
                floor_name_id=floor.name_id if floor else "",
                floor_name_en=floor.name_en if floor else "",
                directions_id=floor.directions_id if floor else "",
                directions_en=floor.directions_en if floor else "",
                room_code=room.code if room else "",
                room_name_id=room.name_id if room else "",
                room_name_en=room.name_en if room else "",
                host=host.name if host else "",
            )
        )
    return summaries


def find_organization(session: Session, name: str) -> Organization | None:
    """The oldest live organisation of this name, matched case- and space-insensitively."""
    return session.scalars(
        select(Organization)
        .where(Organization.name_key == name_key(name), Organization.deleted_at.is_(None))
        .order_by(Organization.created_at)
        .limit(1)
    ).first()


def find_or_create_organization(session: Session, name: str) -> Organization | None:
    """The organisation a visitor names; a new one is a ``visitor`` organisation."""
    name = clean_text(name)
    if not name:
        return None
    existing = find_organization(session, name)
    if existing is not None:
        return existing
    organization = Organization(
        id=uuid.uuid4(), name=name, name_key=name_key(name), kind=OrganizationKind.VISITOR
    )
    session.add(organization)
    return organization


def _find_or_create_visitor(session: Session, name: str, phone: str,
                            organization: Organization | None) -> Visitor:
    """A returning visitor is the same phone and the same name; a phone shared by family or
    colleagues with another name is another visitor."""
    key = name_key(name)
    visitor = session.scalars(
        select(Visitor)
        .where(Visitor.phone_e164 == phone, Visitor.name_key == key, Visitor.deleted_at.is_(None),
               Visitor.consent_withdrawn_at.is_(None))  # withdrew consent: a fresh visitor
        .limit(1)
    ).first() if phone else None  # without a phone, a same-named stranger is not the same person
    if visitor is None:
        visitor = Visitor(id=uuid.uuid4(), full_name=name, name_key=key, phone_e164=phone)
        session.add(visitor)
    if organization is not None:
        visitor.organization_id = organization.id
    visitor.full_name = name  # the spelling they used today
    return visitor


def _field(errors: list[FieldError], parse: Callable[[], T]) -> T | None:
    try:
        return parse()
    except InvalidFieldError as exc:
        errors.append(exc.error)
        return None


def _organization_name(raw: str) -> str:
    name = clean_text(raw)
    if len(name) > ORGANIZATION_MAX_LENGTH:
        raise InvalidFieldError("organization", ErrorCode.TOO_LONG)
    return name


def _purpose(raw: Purpose | str) -> Purpose:
    try:
        return Purpose(raw)
    except ValueError:
        raise InvalidFieldError("purpose", ErrorCode.UNKNOWN_PURPOSE) from None


def valid_group_size(raw: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= GROUP_SIZE_MAX:
        raise InvalidFieldError("group_size", ErrorCode.GROUP_SIZE_RANGE)
    return raw


Resolved = tuple[Room | None, Floor | None, Organization | None, Booking | None]


def _resolve_destination(session: Session, destination: Destination) -> Resolved:
    if destination.kind == DestinationKind.RECEPTION:
        return None, None, None, None
    row: Room | Floor | Organization | Booking | None = None
    if destination.id is not None:
        if destination.kind == DestinationKind.ROOM:
            row = session.get(Room, destination.id)
        elif destination.kind == DestinationKind.FLOOR:
            row = session.get(Floor, destination.id)
        elif destination.kind == DestinationKind.BOOKING:
            row = session.get(Booking, destination.id)
        else:
            row = session.get(Organization, destination.id)
    if row is None or row.deleted_at is not None:
        raise InvalidFieldError("destination", ErrorCode.UNKNOWN_DESTINATION)
    if isinstance(row, Room):
        return row, None, None, None
    if isinstance(row, Floor):
        return None, row, None, None
    if isinstance(row, Booking):
        if row.status in (BookingStatus.CANCELLED, BookingStatus.REJECTED):
            raise InvalidFieldError("destination", ErrorCode.UNKNOWN_DESTINATION)
        host = session.get(Organization, row.organization_id) if row.organization_id else None
        return session.get(Room, row.room_id), None, host, row
    assert isinstance(row, Organization)
    return None, None, row, None


def _member_names(names: tuple[str, ...], group_size: int) -> tuple[str, ...]:
    """The other members' names: blanks dropped, each a valid name, no more than the group."""
    cleaned = tuple(clean_name(n, NAME_MAX_LENGTH, field="member_names")
                    for n in names if n and n.strip())
    if len(cleaned) > max(group_size - 1, 0):
        raise InvalidFieldError("member_names", ErrorCode.GROUP_NAMES_TOO_MANY)
    return cleaned


def _by_id(session: Session, model: type[T], ids: set[uuid.UUID]) -> dict[uuid.UUID, T]:
    if not ids:
        return {}
    rows = session.scalars(select(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]
    return {row.id: row for row in rows}  # type: ignore[attr-defined]
