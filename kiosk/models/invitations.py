"""Invitations: visitors registered in advance, who check in with a code in one touch."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change
from kiosk.models.visits import Purpose


class InvitationStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for the guest
    USED = "used"  # the guest checked in with it
    CANCELLED = "cancelled"


class Invitation(Synced, Base):
    change_kind = Change.INVITATIONS

    __tablename__ = "invitation"
    __table_args__ = (
        CheckConstraint("expected_until > expected_from", name="window_order"),
    )

    #: What the guest types or scans; short, unambiguous (Crockford base32), unique.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    guest_name: Mapped[str] = mapped_column(String(120))
    #: E.164, or empty when reception did not get one.
    phone_e164: Mapped[str] = mapped_column(String(16), default="")
    organization: Mapped[str] = mapped_column(String(120), default="")
    purpose: Mapped[Purpose] = mapped_column(str_enum(Purpose), default=Purpose.MEETING)
    host_organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None
    )
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("room.id"), default=None)
    booking_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("booking.id"), default=None)
    expected_from: Mapped[datetime]
    expected_until: Mapped[datetime]
    #: A delegation's size: one invitation, one code, checked in as one group.
    group_size: Mapped[int] = mapped_column(default=1)
    status: Mapped[InvitationStatus] = mapped_column(
        str_enum(InvitationStatus), default=InvitationStatus.PENDING
    )
    #: Set when the guest's name, phone and organisation were erased.
    anonymized_at: Mapped[datetime | None] = mapped_column(default=None)
