"""A visit: one check-in of a visitor (or a group led by one) until check-out."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change

GROUP_SIZE_MAX = 500


class Purpose(enum.StrEnum):
    TRAINING = "training"
    MEETING = "meeting"
    CONSULTATION = "consultation"
    SHOWROOM = "showroom"
    EVENT = "event"
    DELIVERY = "delivery"
    OTHER = "other"


class CheckoutKind(enum.StrEnum):
    SCAN = "scan"  # the visitor scanned the pass on the way out
    RECEPTION = "reception"  # staff checked the visitor out
    AUTOMATIC = "automatic"  # still open at closing time: not a real departure


class Visit(Synced, Base):
    change_kind = Change.VISITS

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint(f"group_size BETWEEN 1 AND {GROUP_SIZE_MAX}", name="group_size_range"),
    )

    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), index=True)
    #: The organisation the visitor came from, as given at this check-in.
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None, index=True
    )
    purpose: Mapped[Purpose] = mapped_column(str_enum(Purpose))
    # Where the visitor is going: a room, a floor, or a host organisation; none of them means
    # "reception will help".
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("room.id"), default=None,
                                                      index=True)
    floor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("floor.id"), default=None)
    host_organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None, index=True
    )
    #: The event or meeting the visitor came for, when they chose one of today's bookings.
    booking_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("booking.id"), default=None)
    #: The invitation this visit redeemed, if any.
    invitation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invitation.id"), default=None
    )
    group_size: Mapped[int] = mapped_column(default=1)
    #: Names of a group's members, when the leader gave them (for per-person passes).
    member_names: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Short code printed on the pass and typed at the desk when a scan fails.
    pass_number: Mapped[str] = mapped_column(String(12), index=True)
    #: Indexed for the visit history (a period, newest first).
    checked_in_at: Mapped[datetime] = mapped_column(index=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    checkout_kind: Mapped[CheckoutKind | None] = mapped_column(
        str_enum(CheckoutKind), default=None
    )
    #: The device that checked the visitor in (audit; never used for ordering).
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: Set when the members' names (and the visitor-kind organisation link) were erased; the
    #: rest of the row stays for statistics.
    anonymized_at: Mapped[datetime | None] = mapped_column(default=None)
