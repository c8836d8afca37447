"""Local-only bookkeeping for sync: this device's identity, its place with central and the
notices central leaves for it. The outbox table lives with its rule in :mod:`kiosk.db.outbox`."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, TimestampMixin
from kiosk.db.changes import Change
from kiosk.db.types import utc_now


class Device(TimestampMixin, Base):
    """This device. ``(id, epoch)`` identifies it to the central database; a restored or
    reinstalled database starts a new epoch."""

    change_kind = Change.SYNC

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    epoch: Mapped[int] = mapped_column(default=1)
    #: Argon2 hash of the PIN that lets staff leave kiosk mode; empty until one is set.
    staff_pin_hash: Mapped[str] = mapped_column(String(200), default="")
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(default=None)


class SyncState(Base):
    """Where this device stands with the central database (one row, local only).

    The cursor and the token change only in the same local transaction as the rows they
    describe, so a crash can never leave a cursor past rows that were not saved."""

    change_kind = Change.SYNC

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    #: The central database's identity when last met; another one means a full resync.
    central_identity: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: The last central change sequence number saved here.
    cursor: Mapped[int] = mapped_column(default=0)
    #: The central database's receipt for this device's last push (see ``sync_device.token``).
    token: Mapped[uuid.UUID | None] = mapped_column(default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Why the last attempt failed (empty after a success); never holds a password.
    last_error: Mapped[str] = mapped_column(String(300), default="")


class Notice(Base):
    """A message from the central database, e.g. a booking that lost its room."""

    change_kind = Change.NOTICES

    __tablename__ = "notice"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: The device whose operation it is about (None: everybody's).
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    kind: Mapped[str] = mapped_column(String(40))
    booking_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    message: Mapped[str] = mapped_column(String(500), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    #: When reception dismissed it.
    seen_at: Mapped[datetime | None] = mapped_column(default=None)
