"""Local-only bookkeeping for sync: this device's identity and its outbox."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, TimestampMixin
from kiosk.db.types import utc_now


class Device(TimestampMixin, Base):
    """This device. ``(id, epoch)`` identifies it to the central database; a restored or
    reinstalled database starts a new epoch."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    epoch: Mapped[int] = mapped_column(default=1)
    #: Argon2 hash of the PIN that lets staff leave kiosk mode; empty until one is set.
    staff_pin_hash: Mapped[str] = mapped_column(String(200), default="")
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(default=None)


class OutboxEntry(Base):
    """One write to a synced table, waiting to be pushed. Local order is push order, so the
    key here is a local sequence, not a UUID; ``op_id`` makes a re-sent push idempotent."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    #: Bookings and everything else travel in separate lanes so neither blocks the other.
    lane: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
