"""Room bookings. The booking issue adds series, buffers and approvals on top of this shape."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum


class BookingStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for approval or for the central database to confirm it
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class Booking(Synced, Base):
    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_booking_room_id_starts_at", "room_id", "starts_at"),
        Index("ix_booking_starts_at", "starts_at"),
    )

    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None
    )
    title: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    attendees: Mapped[int] = mapped_column(default=1)
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus), default=BookingStatus.PENDING
    )
