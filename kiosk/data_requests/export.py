"""Everything the building holds about one person (UU PDP Art. 32), gathered into plain data,
and that data as a JSON file: their visitor records, visits, invitations, check-ins held for
reception, and when they agreed to the privacy notice.

The PDF they can read is drawn from the same data (:mod:`kiosk.data_requests.document`)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.data_requests.people import PersonQuery, find_visitors
from kiosk.errors import InvalidFieldError
from kiosk.models import Booking, Floor, HeldCheckIn, Invitation, Organization, Room, Visit
from kiosk.models import Visitor as VisitorRow
from kiosk.visits.names import name_key
from kiosk.visits.phone import normalise_phone

#: The JSON file's format: bump when a field changes meaning.
FORMAT = "gic-kiosk/personal-data/1"


@dataclass(frozen=True)
class Place:
    """Where a visit or an invitation went, in both languages (the reader picks one)."""

    room_code: str = ""
    room_id: str = ""
    room_en: str = ""
    floor: int | None = None
    floor_id: str = ""
    floor_en: str = ""
    host: str = ""
    event: str = ""


@dataclass(frozen=True)
class VisitorRecord:
    name: str
    phone: str
    organization: str
    first_seen: datetime
    consent_at: datetime | None
    consent_version: str
    consent_withdrawn_at: datetime | None


@dataclass(frozen=True)
class VisitRecord:
    checked_in_at: datetime
    checked_out_at: datetime | None
    purpose: str
    place: Place
    organization: str
    group_size: int
    member_names: tuple[str, ...]
    pass_number: str


@dataclass(frozen=True)
class InvitationRecord:
    guest_name: str
    phone: str
    organization: str
    purpose: str
    place: Place
    expected_from: datetime
    expected_until: datetime
    group_size: int
    status: str


@dataclass(frozen=True)
class HeldRecord:
    """A check-in the deny list held for reception: when, what became of it, what was given."""

    at: datetime
    status: str
    given: dict[str, Any]


@dataclass(frozen=True)
class PersonalData:
    building: str
    made_at: datetime
    #: The phone and/or name the request was made under.
    phone: str
    name: str
    visitors: tuple[VisitorRecord, ...]
    visits: tuple[VisitRecord, ...]
    invitations: tuple[InvitationRecord, ...] = ()
    held: tuple[HeldRecord, ...] = ()


def gather(session: Session, query: PersonQuery, *, building: str, at: datetime
           ) -> PersonalData:
    """What is held about the person ``query`` finds, oldest first."""
    visitors = find_visitors(session, query)
    ids = [v.id for v in visitors]
    names = _Names(session)
    visits = list(session.scalars(select(Visit).where(Visit.visitor_id.in_(ids),
                                                      Visit.deleted_at.is_(None))
                                  .order_by(Visit.checked_in_at)))
    first_visit: dict[uuid.UUID, datetime] = {}
    for visit in visits:
        first_visit.setdefault(visit.visitor_id, visit.checked_in_at)
    return PersonalData(
        building=building, made_at=at, phone=query.phone_e164, name=query.name,
        visitors=tuple(VisitorRecord(v.full_name, v.phone_e164,
                                     names.organization(v.organization_id),
                                     min(v.created_at, first_visit.get(v.id, v.created_at)),
                                     v.consent_at, v.consent_version, v.consent_withdrawn_at)
                       for v in visitors),
        visits=tuple(VisitRecord(v.checked_in_at, v.checked_out_at, v.purpose.value,
                                 names.place(v.room_id, v.floor_id, v.host_organization_id,
                                             v.booking_id),
                                 names.organization(v.organization_id), v.group_size,
                                 tuple(str(m) for m in v.member_names), v.pass_number)
                     for v in visits),
        invitations=tuple(_invitation(i, names)
                          for i in invitations_of(session, visitors, visits)),
        held=tuple(HeldRecord(h.created_at, h.status.value, dict(h.request))
                   for h in held_of(session, visitors)))


def invitations_of(session: Session, visitors: Iterable[VisitorRow],
                   visits: Iterable[Visit]) -> list[Invitation]:
    """Invitations the person redeemed, and those made out to their phone and name."""
    redeemed = {v.invitation_id for v in visits if v.invitation_id is not None}
    people = {(v.phone_e164, v.name_key) for v in visitors}
    phones = {phone for phone, _ in people if phone}
    found = session.scalars(
        select(Invitation).where(Invitation.anonymized_at.is_(None),
                                 Invitation.deleted_at.is_(None),
                                 or_(Invitation.id.in_(redeemed),
                                     Invitation.phone_e164.in_(phones)))
        .order_by(Invitation.expected_from))
    return [i for i in found
            if i.id in redeemed or (i.phone_e164, name_key(i.guest_name)) in people]


def held_of(session: Session, visitors: Iterable[VisitorRow]) -> list[HeldCheckIn]:
    """Check-ins held for reception that were given the person's phone and name."""
    people = {(v.phone_e164, v.name_key) for v in visitors}
    if not people:
        return []
    held = session.scalars(select(HeldCheckIn).where(HeldCheckIn.anonymized_at.is_(None),
                                                     HeldCheckIn.deleted_at.is_(None))
                           .order_by(HeldCheckIn.created_at))
    return [h for h in held if _given(h.request) in people]


def _given(request: dict[str, Any]) -> tuple[str, str]:
    try:
        phone = normalise_phone(str(request.get("phone") or ""))
    except InvalidFieldError:
        phone = ""
    return phone, name_key(str(request.get("name") or ""))


def _invitation(row: Invitation, names: _Names) -> InvitationRecord:
    return InvitationRecord(row.guest_name, row.phone_e164, row.organization, row.purpose.value,
                            names.place(row.room_id, None, row.host_organization_id,
                                        row.booking_id),
                            row.expected_from, row.expected_until, row.group_size,
                            row.status.value)


class _Names:
    """Rooms, floors, organisations and events by id, each read once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def organization(self, organization_id: uuid.UUID | None) -> str:
        found = self.session.get(Organization, organization_id) if organization_id else None
        return found.name if found is not None else ""

    def place(self, room_id: uuid.UUID | None, floor_id: uuid.UUID | None,
              host_id: uuid.UUID | None, booking_id: uuid.UUID | None) -> Place:
        room = self.session.get(Room, room_id) if room_id else None
        floor = self.session.get(Floor, room.floor_id if room is not None else floor_id) \
            if (room is not None or floor_id) else None
        booking = self.session.get(Booking, booking_id) if booking_id else None
        return Place(room.code if room else "", room.name_id if room else "",
                     room.name_en if room else "", floor.number if floor else None,
                     floor.name_id if floor else "", floor.name_en if floor else "",
                     self.organization(host_id), booking.title if booking else "")


# --- the JSON file ---------------------------------------------------------------------


def to_json(data: PersonalData) -> str:
    """UTF-8 text with stable keys (sorted), times in ISO 8601 UTC."""
    document = {"format": FORMAT, **dataclasses.asdict(data)}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True,
                      default=_encode) + "\n"


def from_json(text: str) -> PersonalData:
    """The data :func:`to_json` wrote (for tests and for anyone checking an export)."""
    document = json.loads(text)
    if document.pop("format", None) != FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    return _decode(PersonalData, document)


def _encode(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


_DATETIMES = {"made_at", "first_seen", "consent_at", "consent_withdrawn_at", "checked_in_at",
              "checked_out_at", "expected_from", "expected_until", "at"}
_NESTED: dict[str, type[Any]] = {"visitors": VisitorRecord, "visits": VisitRecord,
                                 "invitations": InvitationRecord, "held": HeldRecord}


def _decode(kind: type[Any], values: dict[str, Any]) -> Any:
    fields: dict[str, Any] = {}
    for key, value in values.items():
        if key in _DATETIMES and value is not None:
            fields[key] = datetime.fromisoformat(value)
        elif key in _NESTED:
            fields[key] = tuple(_decode(_NESTED[key], item) for item in value)
        elif key == "place":
            fields[key] = Place(**value)
        elif key == "member_names":
            fields[key] = tuple(value)
        else:
            fields[key] = value
    return kind(**fields)
