"""Check-ins the deny list held: no visit exists until reception admits or turns them away.

At the kiosk, :func:`hold_check_in` and :func:`hold_invitation` look the visitor up in the
deny list before anything is written; a match stores the request as the visitor gave it (a
:class:`~kiosk.models.HeldCheckIn`) so that :func:`admit` later makes exactly that visit.
Services take a :class:`Session`, flush, and never commit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidFieldError, KioskError, NotFoundError
from kiosk.models import (
    Booking,
    DenyEntry,
    Floor,
    HeldCheckIn,
    HoldStatus,
    Organization,
    Purpose,
    Room,
    Visit,
    Visitor,
)
from kiosk.safety.deny import find_match
from kiosk.visits import invitations
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind, check_in
from kiosk.visits.phone import normalise_phone

WALK_IN = "walk_in"
INVITATION = "invitation"


class AlreadyDecidedError(KioskError):
    """Someone (at this desk or another) already admitted or turned the visitor away."""

    def __init__(self, status: HoldStatus) -> None:
        super().__init__(f"already decided: {status}")
        self.status = status


@dataclass(frozen=True)
class HeldSummary:
    """A held check-in as reception's alert shows it: who, what they asked for, and why the
    deny list holds them."""

    held_id: uuid.UUID
    held_at: datetime
    name: str
    phone: str
    purpose: Purpose | None
    group_size: int
    #: Where they asked to go, in Indonesian and English ("" both: reception itself).
    where_id: str
    where_en: str
    #: The invitation they came with ("" for a walk-in).
    invitation_code: str
    reason: str
    status: HoldStatus


def hold_check_in(session: Session, request: CheckInRequest, style: str, *, now: datetime,
                  device_id: uuid.UUID | None) -> uuid.UUID | None:
    """Hold a kiosk check-in whose visitor (or a named group member) is on the deny list;
    None when nobody matches and the check-in may go on."""
    name, phone = request.name, _phone(request.phone)
    if request.visitor_id is not None:
        visitor = session.get(Visitor, request.visitor_id)
        if visitor is not None:
            name, phone = visitor.full_name, visitor.phone_e164
    entry = find_match(session, names=[name, *request.member_names], phones=[phone], now=now)
    if entry is None:
        return None
    # Only a check-in that could be made is held (its errors show now, as anyone's would):
    # admitting it later must not fail on what the visitor typed.
    with session.begin_nested() as attempt:
        check_in(session, request, now=now, device_id=device_id)
        attempt.rollback()
    where_id, where_en = _where(session, request.destination)
    stored = {
        "kind": WALK_IN, "name": name, "phone": phone, "typed_name": request.name,
        "typed_phone": request.phone, "purpose": str(request.purpose),
        "organization": request.organization,
        "destination": {"kind": str(request.destination.kind),
                        "id": str(request.destination.id) if request.destination.id else None},
        "group_size": request.group_size,
        "visitor_id": str(request.visitor_id) if request.visitor_id else None,
        "consent": request.consent, "member_names": list(request.member_names),
        "style": style, "where_id": where_id, "where_en": where_en,
    }
    return _hold(session, entry, stored, device_id)


def hold_invitation(session: Session, code: str, *, now: datetime,
                    device_id: uuid.UUID | None) -> uuid.UUID | None:
    """Hold an invited guest on the deny list (an invitation that cannot be used now raises
    :class:`CodeRefusedError` as redeeming it would); None when the guest may check in."""
    invitation = invitations.find_invitation(session, code, now=now)
    entry = find_match(session, names=[invitation.guest_name],
                       phones=[invitation.phone_e164], now=now)
    if entry is None:
        return None
    summary = invitations.describe_invitation(session, invitation)
    where_id = where_en = summary.host
    if summary.room_code:
        where_id = f"{summary.room_code} {summary.room_name_id}"
        where_en = f"{summary.room_code} {summary.room_name_en}"
    stored = {
        "kind": INVITATION, "code": invitation.code, "name": invitation.guest_name,
        "phone": invitation.phone_e164, "purpose": str(invitation.purpose),
        "group_size": invitation.group_size, "where_id": where_id, "where_en": where_en,
    }
    return _hold(session, entry, stored, device_id)


def _hold(session: Session, entry: DenyEntry, stored: dict[str, Any],
          device_id: uuid.UUID | None) -> uuid.UUID:
    """One held row per request: the same visitor trying again is still the one alert."""
    for held in session.scalars(select(HeldCheckIn).where(
            HeldCheckIn.deny_entry_id == entry.id, HeldCheckIn.status == HoldStatus.HELD,
            HeldCheckIn.deleted_at.is_(None))):
        if held.request == stored:
            return held.id
    row = HeldCheckIn(id=uuid.uuid4(), deny_entry_id=entry.id, request=stored,
                      device_id=device_id)
    session.add(row)
    session.flush()
    return row.id


def _phone(raw: str) -> str:
    try:
        return normalise_phone(raw)
    except InvalidFieldError:
        return ""  # not a number: the name may still match, and check-in will say so


def _where(session: Session, destination: Destination) -> tuple[str, str]:
    if destination.id is None or destination.kind is DestinationKind.RECEPTION:
        return "", ""
    if destination.kind is DestinationKind.ROOM:
        room = session.get(Room, destination.id)
        return (f"{room.code} {room.name_id}", f"{room.code} {room.name_en}") if room else ("", "")
    if destination.kind is DestinationKind.FLOOR:
        floor = session.get(Floor, destination.id)
        return (floor.name_id, floor.name_en) if floor else ("", "")
    if destination.kind is DestinationKind.BOOKING:
        booking = session.get(Booking, destination.id)
        return (booking.title, booking.title) if booking else ("", "")
    host = session.get(Organization, destination.id)
    return (host.name, host.name) if host else ("", "")


def held_check_ins(session: Session) -> list[HeldSummary]:
    """Check-ins waiting for reception, oldest first."""
    rows = session.execute(
        select(HeldCheckIn, DenyEntry.reason)
        .join(DenyEntry, DenyEntry.id == HeldCheckIn.deny_entry_id, isouter=True)
        .where(HeldCheckIn.status == HoldStatus.HELD, HeldCheckIn.deleted_at.is_(None),
               HeldCheckIn.anonymized_at.is_(None))
        .order_by(HeldCheckIn.created_at)
    )
    return [describe(held, reason or "") for held, reason in rows]


def describe(held: HeldCheckIn, reason: str) -> HeldSummary:
    request = held.request or {}
    try:
        purpose: Purpose | None = Purpose(request.get("purpose", ""))
    except ValueError:
        purpose = None
    return HeldSummary(
        held.id, held.created_at, str(request.get("name", "")),
        str(request.get("phone", "")), purpose, int(request.get("group_size", 1)),
        str(request.get("where_id", "")), str(request.get("where_en", "")),
        str(request.get("code", "")) if request.get("kind") == INVITATION else "",
        reason, held.status)


def admit(session: Session, held_id: uuid.UUID, *, now: datetime,
          staff_id: uuid.UUID | None, device_id: uuid.UUID | None) -> tuple[Visit, str]:
    """Make the visit the visitor asked for, and say who let them in. Returns the visit and
    the pass style they chose."""
    held = _undecided(session, held_id)
    request = held.request
    if request.get("kind") == INVITATION:
        visit = invitations.redeem_invitation(session, request["code"], now=now,
                                              device_id=device_id)
    else:
        visit = check_in(session, _request(request), now=now, device_id=device_id)
    _decide(held, HoldStatus.ADMITTED, now, staff_id)
    held.visit_id = visit.id
    session.flush()
    return visit, str(request.get("style", "one"))


def turn_away(session: Session, held_id: uuid.UUID, *, now: datetime,
              staff_id: uuid.UUID | None) -> HeldCheckIn:
    """No visit: the visitor was turned away, by ``staff_id``."""
    held = _undecided(session, held_id)
    _decide(held, HoldStatus.TURNED_AWAY, now, staff_id)
    session.flush()
    return held


def _undecided(session: Session, held_id: uuid.UUID) -> HeldCheckIn:
    held = session.get(HeldCheckIn, held_id)
    if held is None or held.deleted_at is not None or held.anonymized_at is not None:
        raise NotFoundError("held check-in", held_id)
    if held.status is not HoldStatus.HELD:
        raise AlreadyDecidedError(held.status)
    return held


def _decide(held: HeldCheckIn, status: HoldStatus, now: datetime,
            staff_id: uuid.UUID | None) -> None:
    held.status = status
    held.decided_at = now
    held.decided_by = staff_id


def _request(stored: dict[str, Any]) -> CheckInRequest:
    """The check-in exactly as the visitor gave it at the kiosk."""
    destination = stored.get("destination") or {}
    target = destination.get("id")
    visitor_id = stored.get("visitor_id")
    return CheckInRequest(
        name=stored.get("typed_name", ""), phone=stored.get("typed_phone", ""),
        purpose=stored.get("purpose", ""), organization=stored.get("organization", ""),
        destination=Destination(DestinationKind(destination.get("kind", "reception")),
                                uuid.UUID(target) if target else None),
        group_size=int(stored.get("group_size", 1)),
        visitor_id=uuid.UUID(visitor_id) if visitor_id else None,
        consent=bool(stored.get("consent", False)),
        member_names=tuple(stored.get("member_names", ())),
    )

