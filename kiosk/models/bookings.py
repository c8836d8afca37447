"""Room bookings: a series (the rule) and one row per occurrence (what occupies the room).

An occurrence row is the unit that conflicts, syncs and shows in the calendar. A one-off
booking is an occurrence without a series. An occurrence edited on its own is marked
``detached``: later edits to its series leave it alone, as calendars do with exceptions.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change


class BookingStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for approval or for the central database to confirm it
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


#: Statuses that hold the room: a pending booking is not yet confirmed, but the room is kept
#: for it so that approving it later cannot collide with something booked meanwhile.
HOLDING = (BookingStatus.PENDING, BookingStatus.CONFIRMED)


class BookingSeries(Synced, Base):
    """The rule of a repeating booking (an RFC 5545 RRULE in the building's wall time) and
    what its occurrences share. Skipped dates are kept as EXDATEs, never dropped silently."""

    sync_lane = "bookings"
    change_kind = Change.BOOKINGS

    __tablename__ = "booking_series"

    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None
    )
    title: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    attendees: Mapped[int] = mapped_column(default=1)
    #: The first occurrence's start (UTC); the rule is expanded from it in the building's zone.
    first_starts_at: Mapped[datetime]
    duration_minutes: Mapped[int]
    #: RRULE body without DTSTART, e.g. ``FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10``.
    rule: Mapped[str] = mapped_column(String(300))
    #: Original starts (UTC ISO text) of occurrences skipped when the series was made.
    skipped: Mapped[list[Any]] = mapped_column(JSON, default=list)


def _starts_at(context: Any) -> Any:
    """Without buffers given, a booking holds the room exactly its own time."""
    return context.get_current_parameters()["starts_at"]


def _ends_at(context: Any) -> Any:
    return context.get_current_parameters()["ends_at"]


class Booking(Synced, Base):
    """One occurrence: a room held from ``starts_at`` to ``ends_at``."""

    sync_lane = "bookings"
    change_kind = Change.BOOKINGS

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("blocked_from <= starts_at AND blocked_until >= ends_at",
                        name="buffers_around_booking"),
        Index("ix_booking_room_id_starts_at", "room_id", "starts_at"),
        Index("ix_booking_starts_at", "starts_at"),
        # The conflict check: one room, a window of blocked_from bounded on both sides.
        Index("ix_booking_room_id_blocked_from", "room_id", "blocked_from"),
        Index("ix_booking_blocked_from", "blocked_from"),
        Index("ix_booking_series_id", "series_id"),
    )

    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None
    )
    title: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    #: The room is held from set-up to clean-up: starts_at minus the room's set-up buffer,
    #: ends_at plus its clean-up buffer (fixed when the booking is written).
    blocked_from: Mapped[datetime] = mapped_column(default=_starts_at)
    blocked_until: Mapped[datetime] = mapped_column(default=_ends_at)
    attendees: Mapped[int] = mapped_column(default=1)
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus), default=BookingStatus.PENDING
    )
    #: Why a booking was rejected (by an approver, or by the central database).
    status_reason: Mapped[str] = mapped_column(String(300), default="")
    series_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("booking_series.id"), default=None
    )
    #: The start the series' rule gave this occurrence (its RECURRENCE-ID), kept when it moves.
    original_starts_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Edited on its own: series edits no longer touch it.
    detached: Mapped[bool] = mapped_column(default=False)
    #: Who made the booking (a desk or a staff name), for the schedule and the audit.
    created_by: Mapped[str] = mapped_column(String(120), default="")


class ClosureScope(enum.StrEnum):
    BUILDING = "building"
    FLOOR = "floor"
    ROOM = "room"


class Closure(Synced, Base):
    """A period when the building, a floor or a room cannot be booked (works, events)."""

    sync_lane = "bookings"
    change_kind = Change.CLOSURES

    __tablename__ = "closure"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_closure_starts_at", "starts_at"),
    )

    scope: Mapped[ClosureScope] = mapped_column(str_enum(ClosureScope))
    floor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("floor.id"), default=None)
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("room.id"), default=None)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200), default="")


class BookingAudit(Synced, Base):
    """One change to a booking or series: who, when, what before and after. Append-only."""

    sync_lane = "bookings"
    change_kind = Change.BOOKINGS

    __tablename__ = "booking_audit"
    __table_args__ = (Index("ix_booking_audit_booking_id", "booking_id"),
                      Index("ix_booking_audit_series_id", "series_id"))

    booking_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    series_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    actor: Mapped[str] = mapped_column(String(120))
    #: The staff member (None: the command line or the demo) and the device.
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
