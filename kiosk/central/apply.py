"""The central database's side of sync: answer a device's handshake, apply its operations,
and hand out what changed.

Devices reach PostgreSQL directly (there is no server of ours in between), so these functions
run in the device's process, inside one central transaction the caller opens and commits.

Every push takes the transaction-level advisory lock :data:`schema.CHANGE_LOCK` first. Pushes
therefore apply one at a time, change numbers become visible in the order they were taken (a
cursor never skips a row), and a booking's overlap check cannot race another device's.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import orjson
from sqlalchemy import (
    ARRAY,
    Connection,
    Table,
    Uuid,
    bindparam,
    cast,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from kiosk.central import merge, privacy, schema, statements
from kiosk.db.base import Base
from kiosk.db.outbox import jsonable
from kiosk.errors import database_reason

#: Booking statuses after which the central database no longer changes a booking on a
#: device's word: a cancelled or rejected booking is booked again, not revived.
FINAL = ("cancelled", "rejected")
#: Floors and rooms are the central database's: a device may add a missing one (the first
#: device seeds an empty central database from its building file) but never change a floor.
CENTRAL_OWNED = ("floor", "room")
#: ... except a room a manager changed on a device (``ops.rooms``: an update, never an insert
#: or a seed, which is all a fresh device's building file writes): it is the newest word.
DEVICE_EDITED = ("room",)
#: SQLSTATE exclusion_violation: the room was taken.
EXCLUSION_VIOLATION = "23P01"


class Result(enum.StrEnum):
    APPLIED = "applied"
    #: Applied before: answered from the record, not applied again.
    DUPLICATE = "duplicate"
    #: Refused, with a reason (and a notification when it was a booking).
    REJECTED = "rejected"
    #: Names a row the central database does not have yet (it travels in the other lane):
    #: not applied, tried again next time, together with everything after it.
    DEFERRED = "deferred"


# Operation and OpResult are made per operation, thousands a push: slotted, not frozen
# (a frozen dataclass's constructor costs four times as much).
@dataclass(slots=True)
class Operation:
    """One outbox entry as pushed."""

    seq: int
    op_id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    #: insert, update, or seed (re-uploaded after a reset: written when missing or newer).
    operation: str
    #: The row as JSON text, as the outbox stores it: passed on to PostgreSQL as it is.
    json: str
    _payload: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, seq: int, op_id: uuid.UUID, entity: str, entity_id: uuid.UUID, operation: str,
           payload: Mapping[str, Any]) -> Operation:
        return cls(seq, op_id, entity, entity_id, operation, json.dumps(dict(payload)))

    @property
    def payload(self) -> Mapping[str, Any]:
        """The row, decoded when something looks inside (its references, a booking, a floor
        or room); the database gets the JSON text."""
        if self._payload is None:
            self._payload = orjson.loads(self.json)
        return self._payload


@dataclass(slots=True)
class OpResult:
    op_id: uuid.UUID
    result: Result
    reason: str = ""


@dataclass(frozen=True)
class DeviceRef:
    id: uuid.UUID
    epoch: int
    name: str = ""


@dataclass(frozen=True)
class Hello:
    """What a device learns before it syncs."""

    identity: uuid.UUID
    #: The newest change number; a device whose cursor is past it met a restored database.
    newest: int
    #: Whether this device is registered, and its receipts and epoch there.
    known: bool
    token: uuid.UUID | None = None
    previous_token: uuid.UUID | None = None
    epoch: int = 0


@dataclass(frozen=True)
class Receipt:
    results: tuple[OpResult, ...]
    #: Keep this with the outbox: the next push shows it.
    token: uuid.UUID


@dataclass(frozen=True)
class Change:
    seq: int
    entity: str
    entity_id: uuid.UUID
    device_id: uuid.UUID | None = None
    epoch: int | None = None
    #: The row as that device sent it: the device itself need not pull it back.
    echo: bool = False


@dataclass
class _Batch:
    """What one push writes besides the rows themselves."""

    device: DeviceRef
    changes: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    #: The answers so far, by operation number (unique within a device's outbox, as the op
    #: id is, and an int hashes without a Python call: these dicts are touched per op).
    results: dict[int, OpResult] = field(default_factory=dict)
    _device_id: str = ""

    def __post_init__(self) -> None:
        self._device_id = str(self.device.id)

    def answer(self, op: Operation, result: Result, reason: str = "", *,
               changed: bool = True, echo: bool = False) -> None:
        """``echo``: the row is now exactly what the device sent, so it need not pull it."""
        self.results[op.seq] = OpResult(op.op_id, result, reason)
        if not (changed and result == Result.APPLIED and not reason):
            # A plain success is recorded by its change row (which names the op); only the
            # other answers need a row of their own.
            self.applied.append({"op_id": str(op.op_id), "device_id": self._device_id,
                                 "epoch": self.device.epoch, "entity": op.entity,
                                 "entity_id": str(op.entity_id), "result": result.value,
                                 "reason": reason[:1000]})
        if changed:
            self.change(op.entity, op.entity_id, op, echo=echo)

    def change(self, entity: str, entity_id: uuid.UUID, op: Operation | None = None, *,
               echo: bool = False) -> None:
        self.changes.append({"entity": entity, "entity_id": str(entity_id),
                             "op_id": str(op.op_id) if op else None,
                             "device_id": self._device_id, "epoch": self.device.epoch,
                             "local_seq": op.seq if op else None, "echo": echo})



class StaleDeviceError(RuntimeError):
    """The device showed a receipt the central database never gave or has long replaced: its
    database was restored from a backup (or copied). It must start a new epoch and resync."""


# --- handshake and registration ------------------------------------------------------------

def hello(connection: Connection, device_id: uuid.UUID) -> Hello:
    """One round trip: the central identity, the newest change and this device's record."""
    row = connection.execute(text(
        "SELECT (SELECT id FROM sync_identity LIMIT 1), "
        "(SELECT coalesce(max(seq), 0) FROM sync_change), d.token, d.previous_token, d.epoch "
        "FROM (SELECT 1) AS one LEFT JOIN sync_device d ON d.id = :device"),
        {"device": device_id}).one()
    if row[0] is None:
        raise LookupError("the central database has no identity: run gic-kiosk central init")
    return Hello(identity=row[0], newest=row[1], known=row[4] is not None, token=row[2],
                 previous_token=row[3], epoch=row[4] or 0)


def register(connection: Connection, device: DeviceRef) -> None:
    """Record a device at its first contact. A name registered beforehand with
    ``central add-device`` and not yet claimed is claimed by the device of that name."""
    claimed = connection.execute(
        update(schema.device)
        .where(schema.device.c.name == device.name, schema.device.c.last_seen_at.is_(None),
               schema.device.c.token.is_(None))
        .values(id=device.id, epoch=device.epoch, last_seen_at=func.now())
        .returning(schema.device.c.id)).first()
    if claimed is None:
        connection.execute(insert(schema.device).values(
            id=device.id, name=device.name or str(device.id), epoch=device.epoch,
            last_seen_at=func.now()))


def start_epoch(connection: Connection, device: DeviceRef) -> None:
    """The device starts over (restored, or met another central database): its receipts are
    void and its later operations are ordered within the new epoch."""
    connection.execute(update(schema.device).where(schema.device.c.id == device.id).values(
        epoch=device.epoch, token=None, previous_token=None, last_seen_at=func.now()))


# --- push ----------------------------------------------------------------------------------

def push(connection: Connection, device: DeviceRef, token: uuid.UUID | None,
         operations: Sequence[Operation]) -> Receipt:
    """Apply one batch of a device's operations, in order, and answer each one.

    A conflict is an answer, never an error that blocks the queue: a booking that lost its
    room is rejected naming the winner (and a notification is written); an operation the
    database refuses outright (a broken row) is rejected with the database's reason.
    """
    connection.execute(select(func.pg_advisory_xact_lock(schema.CHANGE_LOCK)))
    current = connection.execute(
        select(schema.device.c.token, schema.device.c.previous_token,
               schema.device.c.high_water)
        .where(schema.device.c.id == device.id).with_for_update()).first()
    if current is None:
        raise LookupError(f"device {device.id} is not registered")
    batch = _Batch(device)
    # Only an operation numbered at or below the highest number this device ever had
    # applied can be a re-send or a late arrival; anything above is new by construction,
    # so the look-ups are skipped for it (in the steady state, for the whole batch).
    seen_before = [op for op in operations if op.seq <= current.high_water]
    fresh = _answer_duplicates(connection, operations, seen_before, batch)
    if current.token is not None and token != current.token and (
            token != current.previous_token
            or any(op.seq <= current.high_water for op in fresh)):
        # The previous receipt with new operations numbered below what was applied: this
        # database went back in time (a restored backup), it was not a lost receipt.
        raise StaleDeviceError(f"device {device.id} showed an old receipt")
    fresh = _defer_orphans(connection, fresh, batch)
    fresh = _skip_superseded(connection, device, fresh, current.high_water, batch)
    by_entity: dict[str, list[Operation]] = defaultdict(list)
    for op in fresh:
        by_entity[op.entity].append(op)
    for entity in schema.SYNCED_TABLES:  # parents first: their changes get lower numbers
        ops = by_entity.pop(entity, [])
        if not ops:
            continue
        if entity == "booking":
            _apply_bookings(connection, ops, batch)
        else:
            _apply_rows(connection, entity, ops, batch)
    for entity, ops in by_entity.items():
        for op in ops:
            batch.answer(op, Result.REJECTED, f"unknown entity {entity}", changed=False)
    _merge_organizations(connection, fresh, batch)
    _follow_anonymised(connection, fresh, batch)
    _record(connection, batch)
    new_token = uuid.uuid4()
    connection.execute(update(schema.device).where(schema.device.c.id == device.id).values(
        token=new_token, previous_token=token, epoch=device.epoch, last_seen_at=func.now(),
        high_water=max([current.high_water, *(op.seq for op in fresh)])))
    # One answer per operation, in the batch's order: the device relies on both.
    return Receipt(tuple(batch.results[op.seq] for op in operations), new_token)


def _merge_organizations(connection: Connection, fresh: Sequence[Operation],
                         batch: _Batch) -> None:
    """One organisation per name key (:mod:`kiosk.central.merge`)."""
    columns = dict(merge.referencing())
    organizations: list[uuid.UUID] = []
    touched: dict[str, list[uuid.UUID]] = defaultdict(list)
    named: set[str] = set()  # the organisations the other rows name
    for op in fresh:
        answer = batch.results.get(op.seq)
        if answer is None or answer.result != Result.APPLIED:
            continue
        if op.entity == "organization":
            organizations.append(op.entity_id)
        elif op.entity in columns and op.payload.get(columns[op.entity]):
            touched[op.entity].append(op.entity_id)
            named.add(str(op.payload[columns[op.entity]]))
    if organizations or touched:
        merge.merge_organizations(connection, organizations, touched, named, batch.change)


def _follow_anonymised(connection: Connection, fresh: Sequence[Operation],
                       batch: _Batch) -> None:
    """Nothing brings an anonymised person back (:func:`privacy.follow_anonymised`): a visit
    arriving for an anonymised visitor is anonymised here, and every device pulls it."""
    touched: dict[str, list[uuid.UUID]] = defaultdict(list)
    for op in fresh:
        if op.entity in ("visitor", "visit", "invitation", "held_check_in"):
            answer = batch.results.get(op.seq)
            if answer is not None and answer.result == Result.APPLIED:
                touched[op.entity].append(op.entity_id)
    if touched:
        privacy.follow_anonymised(connection, touched, batch.change)


def answers(connection: Connection,
            op_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[Result, str]]:
    """What the central database answered for these operations, if it saw them."""
    # One round trip: plain successes from the change log, every other answer from its record
    # (listed second, so it wins for a rejected booking, which has both).
    found: dict[uuid.UUID, tuple[Result, str]] = {}
    for op_id, result, reason in connection.execute(text(
            "SELECT op_id, 'applied', '' FROM sync_change WHERE op_id = ANY(:ids) "
            "UNION ALL SELECT op_id, result, reason FROM sync_applied_op "
            "WHERE op_id = ANY(:ids)").bindparams(bindparam("ids", type_=ARRAY(Uuid()))),
            {"ids": list(op_ids)}):
        if op_id not in found or result != Result.APPLIED:
            found[op_id] = (Result(result), reason)
    return found


def _answer_duplicates(connection: Connection, operations: Sequence[Operation],
                       seen_before: Sequence[Operation], batch: _Batch) -> list[Operation]:
    known = {op_id: reason for op_id, (_result, reason)
             in answers(connection, [op.op_id for op in seen_before]).items()} \
        if seen_before else {}
    fresh = []
    seen: set[int] = set()
    for op in operations:
        if known and op.op_id in known:
            batch.results[op.seq] = OpResult(op.op_id, Result.DUPLICATE, known[op.op_id])
        elif op.seq not in seen:
            seen.add(op.seq)
            fresh.append(op)
    return fresh


@cache
def references() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each synced table's references to other synced tables: (column, table)."""
    return {name: tuple((fk.parent.name, fk.column.table.name)
                        for fk in Base.metadata.tables[name].foreign_keys
                        if fk.column.table.name in schema.SYNCED_TABLES)
            for name in schema.SYNCED_TABLES}


def _defer_orphans(connection: Connection, operations: list[Operation],
                   batch: _Batch) -> list[Operation]:
    """Stop at the first operation naming a row that is neither here nor in this batch (it is
    still in the device's other lane): it and everything after it wait for the next push, so
    no device ever pulls a row whose parent it cannot have."""
    refs: list[tuple[int, str, uuid.UUID]] = []  # (operation's index, table, id), in order
    for index, op in enumerate(operations):
        columns = references().get(op.entity, ())
        if not columns:
            continue
        payload = op.payload
        for column, table in columns:
            value = payload.get(column)
            if value is not None:
                refs.append((index, table, uuid.UUID(str(value))))
    if not refs:
        return operations
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for _index, table, ref in refs:
        wanted[table].add(ref)
    present: dict[str, set[uuid.UUID]] = {}
    for table, ids in wanted.items():
        in_batch = {op.entity_id for op in operations if op.entity == table}
        missing = ids - in_batch
        found = set(connection.scalars(
            select(schema.metadata.tables[table].c.id)
            .where(schema.metadata.tables[table].c.id == _any(missing)))) if missing else set()
        present[table] = found | in_batch
    for index, table, ref in refs:
        if ref not in present[table]:
            for waiting in operations[index:]:
                batch.results[waiting.seq] = OpResult(
                    waiting.op_id, Result.DEFERRED, f"waiting for {table} {ref}")
            return operations[:index]
    return operations


def _skip_superseded(connection: Connection, device: DeviceRef, operations: list[Operation],
                     high_water: int, batch: _Batch) -> list[Operation]:
    """An operation older than this device's last write of the same row (a batch delivered
    late) must not undo it: it is answered as applied, and changes nothing."""
    newest: dict[tuple[str, uuid.UUID], int] = {}
    ids_by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for op in operations:
        if op.seq <= high_water:
            ids_by_entity[op.entity].append(op.entity_id)
    if not ids_by_entity:
        return operations  # all numbered above anything applied: nothing can supersede them
    for entity, ids in ids_by_entity.items():
        for row in connection.execute(
                select(schema.change.c.entity_id, func.max(schema.change.c.local_seq))
                .where(schema.change.c.entity == entity, schema.change.c.entity_id == _any(ids),
                       schema.change.c.device_id == device.id,
                       schema.change.c.epoch == device.epoch)
                .group_by(schema.change.c.entity_id)):
            if row[1] is not None:
                newest[(entity, row[0])] = row[1]
    fresh = []
    for op in operations:
        if op.operation != "seed" and newest.get((op.entity, op.entity_id), -1) > op.seq:
            batch.answer(op, Result.APPLIED, "superseded by a later change", changed=False)
        else:
            fresh.append(op)
    return fresh


def _any(ids: Iterable[uuid.UUID]) -> Any:
    """``= ANY(array)``: one parameter however many ids (an IN list of a thousand
    parameters costs more to build and parse than the query costs to run)."""
    return func.any(cast(list(ids), ARRAY(Uuid())))


def _last_per_row(operations: Iterable[Operation]) -> list[Operation]:
    """Within one batch only the last write of a row matters (each carries the whole row)."""
    operations = list(operations)
    if len({op.entity_id.int for op in operations}) == len(operations):
        return operations  # the usual case: each row written once
    last: dict[int, Operation] = {}
    for op in operations:
        last.pop(op.entity_id.int, None)
        last[op.entity_id.int] = op
    return list(last.values())


def _apply_rows(connection: Connection, entity: str, operations: list[Operation],
                batch: _Batch) -> None:
    """Everything but bookings: upserts, one statement per kind for the whole batch; when the
    database refuses the statement, row by row so only the broken row is rejected."""
    final = _last_per_row(operations)
    kept = {op.seq for op in final}
    superseded = [op for op in operations if op.seq not in kept] \
        if len(final) < len(operations) else []
    try:
        with connection.begin_nested():
            written, recorded = _write(connection, entity, final, batch)
    except (IntegrityError, DBAPIError):
        written, recorded = {}, set()
        for op in final:
            try:
                with connection.begin_nested():
                    one_written, one_recorded = _write(connection, entity, [op], batch)
                written |= one_written
                recorded |= one_recorded
            except (IntegrityError, DBAPIError) as exc:
                batch.answer(op, Result.REJECTED, database_reason(exc), changed=False)
    differing = _differing(connection, entity, [
        op for op in final if _kept_central(entity, op) and op.operation != "seed"
        and op.entity_id not in written and op.seq not in batch.results])
    results = batch.results
    for op in final:
        if op.seq in results:
            continue
        if op.seq in recorded:  # upserted, its change row written with it
            results[op.seq] = OpResult(op.op_id, Result.APPLIED)
        elif written and op.entity_id in written:
            batch.answer(op, Result.APPLIED, echo=written[op.entity_id])
        elif op.seq in differing:
            # The device changed a floor or room: the central version stands and is sent
            # back, so the device converges on it.
            batch.answer(op, Result.REJECTED, "floors and rooms are managed centrally")
        else:
            batch.answer(op, Result.APPLIED, changed=False)
    for op in superseded:
        batch.answer(op, Result.APPLIED, "superseded within the batch", changed=False)


def _write(connection: Connection, entity: str, operations: list[Operation],
           batch: _Batch) -> tuple[dict[uuid.UUID, bool], set[int]]:
    """Insert central-owned rows when missing, and seeds when missing or newer than what is
    here (the ids written, each with whether it is stored as sent: an echo); upsert the rest
    together with their change rows, in one statement (the operation numbers so recorded)."""
    keep = [op for op in operations if op.operation == "seed" or _kept_central(entity, op)]
    replace = [op for op in operations
               if op.operation != "seed" and not _kept_central(entity, op)]
    written: dict[uuid.UUID, bool] = {}
    if keep:
        if entity in CENTRAL_OWNED:
            written.update((row_id, True) for row_id in connection.scalars(
                statements.insert_missing_sql(entity), {"rows": _json_array(keep)}))
        else:  # seeds: an anonymised row stays anonymous (statements.seed_sql)
            written.update((row.id, bool(row[1])) for row in connection.execute(
                statements.seed_sql(entity), {"rows": _json_array(keep)}))
    if not replace:
        return written, set()
    _flush_changes(connection, batch)  # change numbers stay in the order rows were written
    connection.execute(statements.upsert_recorded_sql(entity), {
        # The op ids and numbers as one text each: a list of 2,000 costs more to send as an
        # array parameter than the statement costs to run.
        "rows": _json_array(replace), "op_ids": ",".join(op.op_id.hex for op in replace),
        "seqs": ",".join(str(op.seq) for op in replace), "device": batch._device_id,
        "epoch": batch.device.epoch})
    return written, {op.seq for op in replace}


def _kept_central(entity: str, op: Operation) -> bool:
    """Whether central keeps its own version of this row when it has one."""
    return entity in CENTRAL_OWNED and not (entity in DEVICE_EDITED and op.operation == "update")


def _json_array(operations: list[Operation]) -> str:
    return "[" + ",".join(op.json for op in operations) + "]"


def _differing(connection: Connection, entity: str,
               operations: list[Operation]) -> set[int]:
    """The operations whose row the central database holds otherwise (one query for all)."""
    if not operations:
        return set()
    table = schema.metadata.tables[entity]
    rows = {row["id"]: row for row in connection.execute(select(table).where(
        table.c.id == _any(op.entity_id for op in operations))).mappings()}
    ignored = {"created_at", "updated_at"}
    return {op.seq for op in operations
            if op.entity_id not in rows or any(
                jsonable(rows[op.entity_id][c]) != op.payload.get(c)
                for c in statements.columns(entity) if c not in ignored and c in op.payload)}


# --- bookings ------------------------------------------------------------------------------

def _apply_bookings(connection: Connection, operations: list[Operation],
                    batch: _Batch) -> None:
    """Bookings one by one, in order: the central database decides each."""
    final = _last_per_row(operations)
    kept = {op.seq for op in final}
    for op in operations:
        if op.seq not in kept:
            batch.answer(op, Result.APPLIED, "superseded within the batch", changed=False)
    booking = schema.booking
    existing = {row.id: row for row in connection.execute(
        select(booking).where(booking.c.id.in_([op.entity_id for op in final])))}
    for op in final:
        _apply_booking(connection, op, existing.get(op.entity_id), batch)


def _apply_booking(connection: Connection, op: Operation, central: Any, batch: _Batch) -> None:
    row = dict(op.payload)
    if central is not None and op.operation == "seed" and not _newer(row, central):
        batch.answer(op, Result.APPLIED, changed=False)
        return
    # A newer seed is a change central lost to a restore (see statements.seed_sql): decided afresh.
    asked = row.get("status")
    withdrawn = asked in FINAL or row.get("deleted_at") is not None
    if central is not None and (central.status in FINAL or central.deleted_at is not None) \
            and not withdrawn:
        # Cancelled or rejected here: a device that had not heard yet cannot revive it.
        reason = f"booking already {central.status if central.deleted_at is None else 'deleted'}"
        _notify(batch, op, "booking_refused", reason, {"reason": reason})
        batch.answer(op, Result.REJECTED, reason)
        return
    if withdrawn:
        _upsert_booking(connection, row)
        batch.answer(op, Result.APPLIED, echo=True)
        return
    room = connection.execute(select(schema.metadata.tables["room"].c.needs_approval)
                              .where(schema.metadata.tables["room"].c.id == row["room_id"])).first()
    unchanged = central is not None and central.status == "confirmed" and all(
        jsonable(getattr(central, key)) == row.get(key)
        for key in ("room_id", "blocked_from", "blocked_until", "attendees"))
    approved = asked == "confirmed" or row.get("status_reason") == "approved"
    if not unchanged and room is not None and room.needs_approval and not approved:
        row["status"] = "pending"  # waits for a receptionist's approval, holding the room
        _upsert_booking(connection, row)
        batch.answer(op, Result.APPLIED, echo=row == dict(op.payload))
        return
    winner = None if unchanged else _overlapping(connection, row)
    if winner is None:
        row["status"], row["status_reason"] = "confirmed", ""
        try:
            with connection.begin_nested():
                _upsert_booking(connection, row)
            batch.answer(op, Result.APPLIED, echo=row == dict(op.payload))
            return
        except IntegrityError as exc:
            # Only if something wrote past the advisory lock; the constraint still holds.
            if getattr(exc.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
                batch.answer(op, Result.REJECTED, database_reason(exc), changed=False)
                return
            winner = _overlapping(connection, row)
    _reject_booking(connection, op, row, winner, batch)


def _newer(row: Mapping[str, Any], central: Any) -> bool:
    changed = row.get("updated_at")
    return changed is not None and datetime.fromisoformat(changed) > central.updated_at


def _overlapping(connection: Connection, row: Mapping[str, Any]) -> Any:
    """The confirmed booking holding the room at this booking's time, with its organisation."""
    return connection.execute(text(
        "SELECT b.id, b.title, b.starts_at, b.ends_at, coalesce(o.name, '') AS organization "
        "FROM booking b LEFT JOIN organization o ON o.id = b.organization_id "
        "WHERE b.room_id = :room AND b.id <> :id AND b.status = 'confirmed' "
        "AND b.deleted_at IS NULL AND tstzrange(b.blocked_from, b.blocked_until, '[)') && "
        "tstzrange(CAST(:start AS timestamptz), CAST(:until AS timestamptz), '[)') "
        "ORDER BY b.blocked_from LIMIT 1"),
        {"room": row["room_id"], "id": row["id"], "start": row["blocked_from"],
         "until": row["blocked_until"]}).first()


def _reject_booking(connection: Connection, op: Operation, row: dict[str, Any], winner: Any,
                    batch: _Batch) -> None:
    title = winner.title if winner is not None else ""
    who = f"{title} ({winner.organization})" if winner is not None and winner.organization \
        else title
    reason = f"Ruangan sudah dipesan: {who}" if who else "Ruangan sudah dipesan"
    row["status"], row["status_reason"] = "rejected", reason[:300]
    _upsert_booking(connection, row)
    _notify(batch, op, "booking_rejected", reason, {
        "title": row.get("title", ""), "room_id": str(row["room_id"]),
        "starts_at": row["starts_at"], "ends_at": row["ends_at"],
        "winner_id": str(winner.id) if winner is not None else None,
        "winner_title": title,
        "winner_organization": winner.organization if winner is not None else "",
    })
    batch.answer(op, Result.REJECTED, reason)


def _upsert_booking(connection: Connection, row: Mapping[str, Any]) -> None:
    connection.execute(statements.upsert_sql("booking"), {"rows": json.dumps([dict(row)])})


def _notify(batch: _Batch, op: Operation, kind: str, message: str,
            payload: dict[str, Any]) -> None:
    notice_id = uuid.uuid4()
    batch.notifications.append({"id": notice_id, "device_id": batch.device.id, "kind": kind,
                                "booking_id": op.entity_id, "message": message,
                                "payload": payload})
    batch.change("sync_notification", notice_id)


def _record(connection: Connection, batch: _Batch) -> None:
    """One statement per table for the whole batch (a row per statement would cost a round
    trip each)."""
    if batch.notifications:
        connection.execute(insert(schema.notification), batch.notifications)
    _insert_json(connection, "sync_applied_op", batch.applied,
                 # An op id seen from another device (a copied database) must not stop the
                 # queue: its answer is already on record.
                 " ON CONFLICT DO NOTHING")
    _flush_changes(connection, batch)


def _flush_changes(connection: Connection, batch: _Batch) -> None:
    """Write the change rows collected so far; their numbers are taken in this order, with
    notifications after the rows they are about."""
    changes = sorted(batch.changes, key=lambda c: c["entity"] == "sync_notification")
    batch.changes.clear()
    _insert_json(connection, "sync_change", changes)


def _insert_json(connection: Connection, table: str, rows: list[dict[str, Any]],
                 tail: str = "") -> None:
    if not rows:
        return
    columns = ", ".join(f'"{c}"' for c in rows[0])
    connection.execute(text(
        f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM '
        f'jsonb_populate_recordset(NULL::"{table}", CAST(:rows AS jsonb)) '
        f"WITH ORDINALITY AS given ORDER BY given.ordinality" + tail),
        {"rows": json.dumps(rows, default=str)})


# --- pull ----------------------------------------------------------------------------------

def changes_after(connection: Connection, cursor: int, limit: int) -> list[Change]:
    c = schema.change.c
    return [Change(*row) for row in connection.execute(
        select(c.seq, c.entity, c.entity_id, c.device_id, c.epoch, c.echo)
        .where(c.seq > cursor).order_by(c.seq).limit(limit)).all()]


def rows_of(connection: Connection, entity: str,
            ids: Iterable[uuid.UUID]) -> list[dict[str, Any]]:
    """The rows as they are now (a pull may see a newer version than the change announced;
    its own change comes later and is applied again, harmlessly)."""
    table: Table = schema.metadata.tables[entity]
    return [dict(row) for row in connection.execute(
        select(table).where(table.c.id == _any(ids))).mappings().all()]
