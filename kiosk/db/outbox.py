"""The outbox rule: every write to a synced table appends an outbox entry in the same
transaction, and synced rows are never hard-deleted.

The rule is enforced by session events registered on every :class:`~sqlalchemy.orm.Session`,
so no service can forget it: the entry is written on the same connection during the same flush,
and a rollback takes both away together.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, event, insert, inspect
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, UOWTransaction, mapped_column

from kiosk.db.base import Base, Synced
from kiosk.db.changes import Change
from kiosk.db.types import utc_now


class HardDeleteError(RuntimeError):
    """A synced row was deleted outright; it must be tombstoned so the deletion syncs too."""


class BulkWriteError(RuntimeError):
    """An ORM bulk INSERT/UPDATE/DELETE on a synced table: it would write no outbox entries."""


class OutboxEntry(Base):
    """One write to a synced table, waiting to be pushed. Local order is push order, so the
    key here is a local sequence, not a UUID; ``op_id`` makes a re-sent push idempotent."""

    change_kind = Change.SYNC

    __tablename__ = "outbox"
    # AUTOINCREMENT: a number is never reused, even after the outbox empties, because the
    # central database orders one device's writes of a row by it.
    __table_args__ = (Index("ix_outbox_lane_seq", "lane", "seq"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    #: Bookings and everything else travel in separate lanes so neither blocks the other.
    lane: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)



#: The lanes, in the order a sync round pushes them; each synced model names its own.
LANES = ("main", "bookings")


def lane_of(obj: Synced) -> str:
    return obj.sync_lane


def lane_of_table(name: str) -> str:
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, Synced) and mapper.tables[0].name == name:
            return model.sync_lane
    return "main"


def snapshot(obj: Synced) -> dict[str, Any]:
    """The row's column values as JSON-ready data (what the central database upserts)."""
    state = inspect(obj)
    return {attr.key: jsonable(getattr(obj, attr.key)) for attr in state.mapper.column_attrs}


def jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


@event.listens_for(Session, "before_flush")
def _refuse_hard_deletes(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteError(
                f"{type(obj).__name__} {obj.id} cannot be deleted; call mark_deleted() instead"
            )


@event.listens_for(Session, "before_flush")
def _stamp_updates(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    """Give each changed synced row its ``updated_at`` before the flush, rather than through
    the column's ``onupdate``: a flush that updates several rows in one batched statement
    evaluates ``onupdate`` once and leaves every object holding the first row's value
    (``orm/persistence.py``), so the outbox would carry a time the database does not hold."""
    now = utc_now()
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False) \
                and not inspect(obj).attrs.updated_at.history.has_changes():
            obj.updated_at = now


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    """``session.execute(update(Visit)…)`` would skip both the outbox and the tombstone rule;
    synced rows are changed one object at a time, through the unit of work."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    for mapper in state.all_mappers:
        if issubclass(mapper.class_, Synced):
            raise BulkWriteError(f"bulk {state.statement.__visit_name__} of "
                                 f"{mapper.class_.__name__} would bypass the outbox")


@event.listens_for(Session, "after_flush")
def _append_outbox(session: Session, flush_context: UOWTransaction) -> None:
    rows = []
    # session.new builds a new set at each call: asked once per object, a flush of n new
    # rows cost n² (a 10,000-row import spent most of its time here).
    new = session.new
    for obj in (*new, *session.dirty):
        if not isinstance(obj, Synced):
            continue
        is_new = obj in new
        if not is_new and not session.is_modified(obj, include_collections=False):
            continue
        rows.append(
            {
                "op_id": uuid.uuid4(),
                "lane": lane_of(obj),
                "entity": inspect(obj).mapper.local_table.name,
                "entity_id": obj.id,
                "operation": "insert" if is_new else "update",
                "payload": snapshot(obj),
            }
        )
    if rows:
        session.execute(insert(OutboxEntry), rows)
