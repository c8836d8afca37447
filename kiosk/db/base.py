"""The one declarative base, its naming convention and the mixins every model uses."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Enum, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.db.types import UTCDateTime, utc_now

# Named constraints make Alembic batch migrations on SQLite (and diffs against PostgreSQL) stable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Synced(TimestampMixin):
    """A row that every device may write and that travels through sync.

    Its key is a UUID made on the device; it is never hard-deleted (``deleted_at`` is the
    tombstone); every insert and update appends an outbox entry in the same transaction
    (see :mod:`kiosk.db.outbox`). Each model declares the sync lane its changes travel in
    (:data:`kiosk.db.outbox.LANES`): bookings have their own, so that a queue of check-ins never
    waits behind a booking central must decide, or the other way round.
    """

    sync_lane: ClassVar[str] = "main"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    def mark_deleted(self) -> None:
        self.deleted_at = utc_now()


def str_enum(enum_type: type[enum.StrEnum], length: int = 24) -> Enum:
    """Store an enum as its readable value (not its Python name), without a native DB type."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
