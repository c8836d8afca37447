"""Invitations: reception registers a guest in advance; the guest scans or types the code at
the kiosk and confirms with one touch."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import (
    CodeRefusedError,
    ErrorCode,
    FieldError,
    InvalidFieldError,
    NotFoundError,
    ValidationError,
)
from kiosk.models import (
    Booking,
    Floor,
    Invitation,
    InvitationStatus,
    Organization,
    Purpose,
    Room,
    Visit,
)
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.visits.check_in import (
    CheckInRequest,
    Destination,
    DestinationKind,
    check_in,
    normalise_pass_number,
    valid_group_size,
)
from kiosk.visits.names import clean_name, clean_text
from kiosk.visits.phone import normalise_phone

QR_PREFIX = "GIC:I:"
CODE_LENGTH = 6
#: Guests who come early are welcome this long before their window opens.
EARLY_ARRIVAL = timedelta(hours=2)
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: nothing to misread


@dataclass(frozen=True)
class InvitationRequest:
    guest_name: str
    expected_from: datetime
    expected_until: datetime
    phone: str = ""
    organization: str = ""
    purpose: Purpose = Purpose.MEETING
    host_organization_id: uuid.UUID | None = None
    room_id: uuid.UUID | None = None
    booking_id: uuid.UUID | None = None
    #: A delegation invited as one group (one code, one check-in for all).
    group_size: int = 1


@dataclass(frozen=True)
class InvitationSummary:
    """What the guest sees before confirming."""

    invitation_id: uuid.UUID
    code: str
    guest_name: str
    organization: str
    purpose: Purpose
    host: str
    room_code: str
    room_name_id: str
    room_name_en: str
    floor_number: int | None
    expected_from: datetime
    expected_until: datetime
    #: What its QR code carries: a signed token (set by Operations, which holds the keys);
    #: the plain ``GIC:I:<code>`` until then.
    qr_payload: str = ""
    group_size: int = 1
    status: InvitationStatus = InvitationStatus.PENDING


def qr_payload(code: str) -> str:
    return QR_PREFIX + code


def new_code(session: Session) -> str:
    """A fresh random code, checked against the codes already issued."""
    while True:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))
        if session.scalars(select(Invitation.id).where(Invitation.code == code)).first() is None:
            return code


def create_invitation(session: Session, request: InvitationRequest) -> Invitation:
    errors: list[FieldError] = []
    name = phone = ""
    try:
        name = clean_name(request.guest_name, NAME_MAX_LENGTH, field="guest_name")
    except InvalidFieldError as exc:
        errors.append(exc.error)
    if request.phone.strip():
        try:
            phone = normalise_phone(request.phone)
        except InvalidFieldError as exc:
            errors.append(exc.error)
    if request.expected_until <= request.expected_from:
        errors.append(FieldError("expected_until", ErrorCode.REQUIRED))
    try:
        valid_group_size(request.group_size)
    except InvalidFieldError as exc:
        errors.append(exc.error)
    if errors:
        raise ValidationError(errors)
    invitation = Invitation(
        id=uuid.uuid4(),
        code=new_code(session),
        guest_name=name,
        phone_e164=phone,
        organization=clean_text(request.organization)[:120],
        purpose=request.purpose,
        host_organization_id=request.host_organization_id,
        room_id=request.room_id,
        booking_id=request.booking_id,
        expected_from=request.expected_from,
        expected_until=request.expected_until,
        group_size=request.group_size,
    )
    session.add(invitation)
    session.flush()
    return invitation


def find_invitation(session: Session, code: str, *, now: datetime) -> Invitation:
    """The invitation for a typed or scanned code, if it can be used now; otherwise
    :class:`CodeRefusedError` saying why (unknown, used, cancelled, expired, too early)."""
    code = normalise_pass_number(code.removeprefix(QR_PREFIX))
    invitation = session.scalars(
        select(Invitation).where(Invitation.code == code, Invitation.deleted_at.is_(None))
    ).first()
    if invitation is None:
        raise CodeRefusedError(ErrorCode.INVITATION_UNKNOWN, code)
    if invitation.status is InvitationStatus.USED:
        raise CodeRefusedError(ErrorCode.INVITATION_USED, code)
    if invitation.status is InvitationStatus.CANCELLED:
        raise CodeRefusedError(ErrorCode.INVITATION_CANCELLED, code)
    if now > invitation.expected_until:
        raise CodeRefusedError(ErrorCode.INVITATION_EXPIRED, code)
    if now < invitation.expected_from - EARLY_ARRIVAL:
        raise CodeRefusedError(ErrorCode.INVITATION_TOO_EARLY, code)
    return invitation


def describe_invitation(session: Session, invitation: Invitation) -> InvitationSummary:
    booking = session.get(Booking, invitation.booking_id) if invitation.booking_id else None
    room_id = invitation.room_id or (booking.room_id if booking else None)
    room = session.get(Room, room_id) if room_id else None
    host_id = invitation.host_organization_id or (booking.organization_id if booking else None)
    host = session.get(Organization, host_id) if host_id else None
    floor_id = room.floor_id if room else (host.floor_id if host else None)
    floor = session.get(Floor, floor_id) if floor_id else None
    return InvitationSummary(
        invitation_id=invitation.id,
        code=invitation.code,
        guest_name=invitation.guest_name,
        organization=invitation.organization,
        purpose=invitation.purpose,
        host=host.name if host else "",
        room_code=room.code if room else "",
        room_name_id=room.name_id if room else "",
        room_name_en=room.name_en if room else "",
        floor_number=floor.number if floor else None,
        expected_from=invitation.expected_from,
        expected_until=invitation.expected_until,
        qr_payload=qr_payload(invitation.code),
        group_size=invitation.group_size,
        status=invitation.status,
    )


def redeem_invitation(session: Session, code: str, *, now: datetime,
                      device_id: uuid.UUID | None = None) -> Visit:
    """Check the guest in. Confirming on the kiosk, with the privacy notice on the same
    screen, is the guest's consent."""
    invitation = find_invitation(session, code, now=now)
    if invitation.booking_id:
        destination = Destination(DestinationKind.BOOKING, invitation.booking_id)
    elif invitation.room_id:
        destination = Destination(DestinationKind.ROOM, invitation.room_id)
    elif invitation.host_organization_id:
        destination = Destination(DestinationKind.ORGANIZATION, invitation.host_organization_id)
    else:
        destination = Destination()
    visit = check_in(
        session,
        CheckInRequest(
            name=invitation.guest_name,
            phone=invitation.phone_e164,
            organization=invitation.organization,
            purpose=invitation.purpose,
            destination=destination,
            group_size=invitation.group_size,
            consent=True,
        ),
        now=now,
        device_id=device_id,
        allow_without_phone=not invitation.phone_e164,
    )
    visit.invitation_id = invitation.id
    invitation.status = InvitationStatus.USED
    session.flush()
    return visit


def invitations_between(session: Session, start: datetime, end: datetime
                        ) -> list[InvitationSummary]:
    """Invitations expected in ``[start, end)``, soonest first, whatever their status."""
    found = session.scalars(select(Invitation).where(
        Invitation.deleted_at.is_(None), Invitation.expected_from < end,
        Invitation.expected_until > start).order_by(Invitation.expected_from))
    return [describe_invitation(session, invitation) for invitation in found]


def cancel_invitation(session: Session, invitation_id: uuid.UUID) -> Invitation:
    """The guest will not come: the code stops working. One already used stays used
    (:class:`CodeRefusedError`, ``INVITATION_USED``); cancelling twice changes nothing."""
    invitation = session.get(Invitation, invitation_id)
    if invitation is None or invitation.deleted_at is not None:
        raise NotFoundError("invitation", invitation_id)
    if invitation.status is InvitationStatus.USED:
        raise CodeRefusedError(ErrorCode.INVITATION_USED, invitation.code)
    invitation.status = InvitationStatus.CANCELLED
    session.flush()
    return invitation
