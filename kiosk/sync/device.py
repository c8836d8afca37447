"""This device's side of sync with the central PostgreSQL database.

A round: say hello (and start over when the central database or this database is not what it
was), push each lane of the outbox in batches, then pull every change after the cursor. The
order of saves is what makes a crash harmless at any point:

* a push commits centrally first; the outbox entries go only after, with the receipt, so a
  push cut short is sent again and answered as duplicates;
* a pulled page's rows and the cursor past them are saved in one local transaction, so the
  cursor never passes a row that is not here.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import sqlite3
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    DateTime,
    Engine,
    Uuid,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from kiosk.central import apply, privacy
from kiosk.central.engine import central_engine
from kiosk.central.schema import SYNCED_TABLES
from kiosk.config import Settings
from kiosk.db.base import Base
from kiosk.db.engine import create_device_engine
from kiosk.db.outbox import LANES, jsonable, lane_of_table
from kiosk.db.types import UTCDateTime, utc_now
from kiosk.db.unit_of_work import Database
from kiosk.errors import database_reason
from kiosk.models import Device, Notice, OutboxEntry, SyncState
from kiosk.privacy import wipe
from kiosk.privacy.personal import PERSONAL

log = logging.getLogger(__name__)

#: Operations per push and changes per pulled page (one local transaction each).
BATCH_SIZE = 2000
PAGE_SIZE = 2000
#: How often an idle round (nothing pushed or pulled) records that it ran.
NOTE_EVERY_SECONDS = 60

_outbox = Base.metadata.tables[OutboxEntry.__tablename__]
_state = Base.metadata.tables[SyncState.__tablename__]
_notice = Base.metadata.tables[Notice.__tablename__]
_device = Base.metadata.tables[Device.__tablename__]


class SyncUnavailableError(RuntimeError):
    """The central database could not be reached (or refused us); nothing was lost."""


class SyncBusyError(RuntimeError):
    """Another sync of this device is running (the application's worker, or a cron job)."""


@dataclass
class RoundReport:
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    deferred: int = 0
    pulled: int = 0
    notices: int = 0
    #: Anonymised rows among those pulled (each wipes the old versions from the files).
    anonymised: int = 0
    #: The local tables the pull wrote rows into (for the views showing them).
    pulled_tables: set[str] = field(default_factory=set)
    #: Why this round started over (a new epoch and a full resync), if it did.
    reset: str | None = None
    #: Wall time of the push (all lanes) and of the pull, for logs and benchmarks.
    push_seconds: float = 0.0
    pull_seconds: float = 0.0
    results: list[apply.OpResult] = field(default_factory=list, repr=False)


@dataclass(frozen=True)
class SyncStatus:
    """What the status indicator shows."""

    configured: bool
    last_success_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_error: str = ""
    #: Operations waiting to be pushed, per lane.
    pending: tuple[tuple[str, int], ...] = ()
    unseen_notices: int = 0
    epoch: int = 1
    cursor: int = 0

    @property
    def pending_total(self) -> int:
        return sum(count for _, count in self.pending)

    @property
    def offline(self) -> bool:
        return self.configured and bool(self.last_error)


#: Called with a point's name as the round passes it (the fault tests kill the process there).
FaultHook = Callable[[str], None]


class Synchronizer:
    def __init__(self, database: Database, central: Engine, *, lock_file: Path | None = None,
                 batch_size: int = BATCH_SIZE, page_size: int = PAGE_SIZE,
                 fault: FaultHook | None = None) -> None:
        self.database = database
        self.central = central
        self.lock_file = lock_file
        self.batch_size = batch_size
        self.page_size = page_size
        self._fault = fault or (lambda point: None)
        #: When this round's outcome was last written, and the error then.
        self._noted: tuple[datetime, str] | None = None

    def close(self) -> None:
        """Let go of both databases' connections (for a synchronizer that owns its engines,
        as :func:`open_synchronizer` makes)."""
        self.database.dispose()
        self.central.dispose()

    def purge_central(self, retention_days: int, now: datetime, *,
                      dry_run: bool = False) -> privacy.Purged:
        """With a central database, central decides: anonymise there everything past the
        retention period (:func:`kiosk.central.privacy.purge_central`); every device pulls
        it at its next round. The daily purge calls this before purging this device's own
        data. Raises :class:`SyncUnavailableError` when central cannot be reached."""
        try:
            return privacy.purge_central(self.central, retention_days=retention_days, now=now,
                                         dry_run=dry_run)
        except SQLAlchemyError as exc:
            reason = database_reason(exc)
            log.warning("central purge failed: %s", reason)
            raise SyncUnavailableError(reason) from exc

    # --- one round ---------------------------------------------------------------------

    def round(self) -> RoundReport:
        """Push, then pull. Raises :class:`SyncUnavailableError` when the central database
        cannot be reached (after noting it for the status indicator)."""
        with self._exclusive():
            try:
                report = RoundReport()
                device = self._handshake(report)
                started = time.perf_counter()
                for lane in LANES:
                    try:
                        self._push_lane(lane, device, report)
                    except apply.StaleDeviceError:
                        device = self._start_over("restored", report)
                        self._push_lane(lane, device, report)
                report.push_seconds = time.perf_counter() - started
                self._pull(report)
                if report.anonymised:
                    self._wipe()
                report.pull_seconds = time.perf_counter() - started - report.push_seconds
            except SQLAlchemyError as exc:
                reason = database_reason(exc)
                if isinstance(getattr(exc, "orig", None), sqlite3.Error):
                    # This device's own database, not the network: say so, and let it
                    # surface as the error it is.
                    log.exception("sync failed on the local database")
                    with contextlib.suppress(SQLAlchemyError):  # it may not take a note either
                        self._note(f"local database: {reason}")
                    raise
                self._note(reason)
                log.warning("sync failed: %s", reason)
                raise SyncUnavailableError(reason) from exc
            self._note("", quiet=not (report.pushed or report.pulled or report.rejected))
            return report

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        if self.lock_file is None:
            yield
            return
        self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_file, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise SyncBusyError("another sync of this device is running") from exc
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- handshake, epochs ---------------------------------------------------------------

    def _handshake(self, report: RoundReport) -> apply.DeviceRef:
        with self.central.connect() as connection:
            hello = apply.hello(connection, self._device().id)
            connection.rollback()
        state = self._load_state()
        device = self._device()
        if state["central_identity"] is not None and state["central_identity"] != hello.identity:
            return self._start_over("central identity changed", report, hello)
        if state["cursor"] > hello.newest:
            return self._start_over("cursor ahead of the central database", report, hello)
        if hello.known and (hello.epoch > device.epoch or (
                hello.token is not None and state["token"] not in (hello.token,
                                                                   hello.previous_token))):
            return self._start_over("restored", report, hello)
        if not hello.known:
            with self.central.begin() as connection:
                apply.register(connection, device)
        elif hello.epoch < device.epoch:  # a start-over whose central half was cut short
            with self.central.begin() as connection:
                apply.start_epoch(connection, device)
        if state["central_identity"] is None:
            with self._local() as local:
                local.execute(update(_state).values(central_identity=hello.identity))
        return device

    def _start_over(self, reason: str, report: RoundReport,
                    hello: apply.Hello | None = None) -> apply.DeviceRef:
        """A new epoch: the cursor goes back to the start, every row here is offered again
        (written centrally only where missing) after what was never acknowledged, and the
        central database forgets this device's old receipts."""
        log.warning("sync: starting over (%s)", reason)
        report.reset = reason
        if hello is None:
            with self.central.connect() as connection:
                hello = apply.hello(connection, self._device().id)
                connection.rollback()
        with self._local() as local:
            row = local.execute(select(_device.c.id, _device.c.epoch)).one()
            epoch = max(row.epoch, hello.epoch if hello.known else 0) + 1
            local.execute(update(_device).values(epoch=epoch))
            local.execute(update(_state).values(cursor=0, token=None,
                                                central_identity=hello.identity))
            _enqueue_seeds(local)
        device = self._device()
        with self.central.begin() as connection:
            if apply.hello(connection, device.id).known:
                apply.start_epoch(connection, device)
            else:
                apply.register(connection, device)
        return device

    # --- push ----------------------------------------------------------------------------

    def _push_lane(self, lane: str, device: apply.DeviceRef, report: RoundReport) -> None:
        while True:
            with self.database.engine.connect() as local:
                # As stored, through the driver's own cursor (the payload's JSON text is sent
                # on as it is; no result rows are built for thousands of entries).
                with contextlib.closing(
                        local.connection.dbapi_connection.cursor()) as raw:  # type: ignore[union-attr]
                    raw.execute("SELECT seq, op_id, entity, entity_id, operation, payload "
                                "FROM outbox WHERE lane = ? ORDER BY seq LIMIT ?",
                                (lane, self.batch_size))
                    entries = raw.fetchall()
                token = local.execute(select(_state.c.token)).scalar()
            if not entries:
                return
            operations = [apply.Operation(seq, uuid.UUID(op_id), entity, uuid.UUID(entity_id),
                                          operation, payload)
                          for seq, op_id, entity, entity_id, operation, payload in entries]
            with self.central.begin() as connection:
                receipt = apply.push(connection, device, token, operations)
            self._fault("push:after-central-commit")
            deferred = [r.result == apply.Result.DEFERRED for r in receipt.results]
            # Answers come in the batch's order and what waits is a tail, so the answered
            # entries are (almost always) a prefix, removed as one range.
            prefix = deferred.index(True) if True in deferred else len(entries)
            stragglers = [r.op_id for r, waits in zip(receipt.results[prefix:],
                                                      deferred[prefix:], strict=True)
                          if not waits]
            with self._local() as local:
                if prefix:
                    local.execute(delete(_outbox).where(
                        _outbox.c.lane == lane, _outbox.c.seq >= operations[0].seq,
                        _outbox.c.seq <= operations[prefix - 1].seq))
                for chunk in _chunks(stragglers, 500):
                    local.execute(delete(_outbox).where(_outbox.c.op_id.in_(chunk)))
                local.execute(update(_state).values(token=receipt.token))
            self._fault("push:after-local-commit")
            report.results.extend(receipt.results)
            counts = Counter(r.result for r in receipt.results)
            report.pushed += counts[apply.Result.APPLIED]
            report.duplicates += counts[apply.Result.DUPLICATE]
            report.rejected += counts[apply.Result.REJECTED]
            report.deferred += counts[apply.Result.DEFERRED]
            if prefix < len(entries):
                return  # the rest waits for the other lane

    # --- pull ----------------------------------------------------------------------------

    def _pull(self, report: RoundReport) -> None:
        me = self._device()
        while True:
            with self.database.engine.connect() as local:
                cursor = local.execute(select(_state.c.cursor)).scalar_one()
            with self.central.connect() as connection:
                changes = apply.changes_after(connection, cursor, self.page_size)
                ids: dict[str, list[uuid.UUID]] = defaultdict(list)
                for change in changes:
                    if change.echo and change.device_id == me.id and change.epoch == me.epoch:
                        continue  # what this device pushed, stored as sent: already here
                    ids[change.entity].append(change.entity_id)
                notices = apply.rows_of(connection, "sync_notification",
                                        set(ids.pop("sync_notification", ())))
                rows = {entity: _stored_rows(connection, entity, set(entity_ids))
                        for entity, entity_ids in ids.items()}
                connection.rollback()
            if not changes:
                return
            with self._local() as local:
                # Within a page, rows arrive parents first; the check waits for the commit.
                local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                for entity in SYNCED_TABLES:
                    if rows.get(entity):
                        if _save_rows(local, entity, rows[entity]):
                            report.pulled_tables.add(_notice.name)
                        report.pulled_tables.add(entity)
                        if entity in PERSONAL:
                            report.anonymised += _anonymised(entity, rows[entity])
                saved = _save_notices(local, notices)
                if saved:
                    report.pulled_tables.add(_notice.name)
                report.notices += saved
                self._fault("pull:before-cursor")
                local.execute(update(_state).values(cursor=changes[-1].seq))
            report.pulled += sum(len(r) for r in rows.values()) + len(notices)
            if len(changes) < self.page_size:
                return

    def _wipe(self) -> None:
        """Anonymisations were pulled: the old versions out of the WAL and the backups
        (:func:`kiosk.privacy.wipe.make_unrecoverable`). A failure is logged, not raised: the
        next pull or the daily purge tries again, and sync goes on."""
        try:
            wipe.make_unrecoverable(self.database, Path(str(self.database.engine.url.database)))
        except (sqlite3.Error, OSError) as exc:  # a backup deleted meanwhile, say
            log.warning("sync: pulled anonymisations not yet wiped from the files: %s", exc)

    # --- local bookkeeping ---------------------------------------------------------------

    @contextmanager
    def _local(self) -> Iterator[Connection]:
        """A local write transaction that writes no outbox entries (rows pulled from the
        central database must not be pushed back)."""
        with self.database.engine.connect() as connection:
            connection = connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin():
                yield connection

    def _device(self) -> apply.DeviceRef:
        with self.database.engine.connect() as local:
            row = local.execute(select(_device.c.id, _device.c.epoch,
                                       _device.c.name)).one()
        return apply.DeviceRef(row.id, row.epoch, row.name)

    def _load_state(self) -> dict[str, Any]:
        with self._local() as local:
            row = local.execute(select(_state)).mappings().first()
            if row is None:
                local.execute(insert(_state).values(id=1, cursor=0, last_error=""))
                row = local.execute(select(_state)).mappings().one()
            return dict(row)

    def _note(self, error: str, *, quiet: bool = False) -> None:
        """Record the attempt for the status indicator. An idle round that changes nothing
        writes at most once a minute: a commit here is an fsync."""
        now = utc_now()
        if quiet and not error and self._noted is not None and self._noted[1] == "" \
                and (now - self._noted[0]).total_seconds() < NOTE_EVERY_SECONDS:
            return
        self._load_state()
        values: dict[str, Any] = {"last_attempt_at": now, "last_error": error[:300]}
        if not error:
            values["last_success_at"] = now
        with self._local() as local:
            local.execute(update(_state).values(**values))
        self._noted = (now, error)


def sync_status(database: Database, configured: bool) -> SyncStatus:
    """Read only, quick: for the status indicator and ``gic-kiosk sync status``."""
    with database.engine.connect() as local:
        state = local.execute(select(_state)).mappings().first()
        pending = local.execute(select(_outbox.c.lane, func.count())
                                .group_by(_outbox.c.lane)).all()
        unseen = local.execute(select(func.count()).select_from(_notice)
                               .where(_notice.c.seen_at.is_(None))).scalar_one()
        epoch = local.execute(select(_device.c.epoch)).scalar() or 1
    counts: dict[str, int] = {lane: count for lane, count in pending}
    return SyncStatus(
        configured=configured,
        last_success_at=state["last_success_at"] if state else None,
        last_attempt_at=state["last_attempt_at"] if state else None,
        last_error=state["last_error"] if state else "",
        pending=tuple((lane, counts.get(lane, 0)) for lane in LANES),
        unseen_notices=unseen, epoch=epoch, cursor=state["cursor"] if state else 0)


def _stored_rows(central: Connection, entity: str,
                 ids: set[uuid.UUID]) -> list[tuple[Any, ...]]:
    """The rows as this device's SQLite stores them, made so by PostgreSQL: written with
    the driver directly, they skip converting every value twice in Python (most of a pull's
    time otherwise). The tests compare every table of every device with central's."""
    if not ids:
        return []
    return [tuple(row) for row in central.execute(_stored_select(entity),
                                                  {"ids": list(ids)}).all()]


@cache
def _stored_select(entity: str) -> Any:
    """``SELECT`` of one table's columns in the text SQLAlchemy writes to SQLite: UUIDs as 32
    hex digits, times as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1, JSON as
    its text."""
    parts = []
    for column in Base.metadata.tables[entity].columns:
        name = f'"{column.name}"'
        kind = column.type
        if isinstance(kind, Uuid):
            parts.append(f"replace({name}::text, '-', '')")
        elif isinstance(kind, UTCDateTime | DateTime):
            parts.append(f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')")
        elif isinstance(kind, Boolean):
            parts.append(f"{name}::int")
        elif isinstance(kind, JSON):
            parts.append(f"{name}::text")
        else:
            parts.append(name)
    return text(f'SELECT {", ".join(parts)} FROM "{entity}" '
                f"WHERE id = ANY(CAST(:ids AS uuid[]))")


@cache
def _upsert_stored(entity: str) -> str:
    columns = [c.name for c in Base.metadata.tables[entity].columns]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return (f'INSERT INTO "{entity}" ({names}) VALUES ({marks}) '
            f"ON CONFLICT (id) DO UPDATE SET {updates}")


def _save_rows(local: Connection, entity: str, rows: list[tuple[Any, ...]]) -> bool:
    """Save pulled rows; whether a clash left a notice."""
    statement = _upsert_stored(entity)
    try:
        with local.begin_nested():
            local.exec_driver_sql(statement, rows)
    except IntegrityError:
        # A row clashing with one made here (the same invitation code, say): the central
        # version is what every device shows; the clash is left for reception to see.
        key = [c.name for c in Base.metadata.tables[entity].columns].index("id")
        noted = False
        for row in rows:
            try:
                with local.begin_nested():
                    local.exec_driver_sql(statement, row)
            except IntegrityError as exc:
                log.warning("sync: %s %s not saved here: %s", entity, row[key],
                            database_reason(exc))
                local.execute(sqlite_insert(_notice).values(
                    id=uuid.uuid4(), kind="pull_conflict", message=database_reason(exc)[:500],
                    payload={"entity": entity, "id": str(row[key])},
                    created_at=utc_now()).on_conflict_do_nothing())
                noted = True
        return noted
    return False


def _anonymised(entity: str, rows: list[tuple[Any, ...]]) -> int:
    column = [c.name for c in Base.metadata.tables[entity].columns].index("anonymized_at")
    return sum(row[column] is not None for row in rows)


def _save_notices(local: Connection, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    result = local.execute(sqlite_insert(_notice).on_conflict_do_nothing(), [
        {"id": r["id"], "device_id": r["device_id"], "kind": r["kind"],
         "booking_id": r["booking_id"], "message": r["message"][:500],
         "payload": r["payload"], "created_at": r["created_at"]} for r in rows])
    return max(result.rowcount, 0)


def _enqueue_seeds(local: Connection) -> None:
    """Every synced row, offered again after a reset (the central database writes it only
    where it has none)."""
    for entity in SYNCED_TABLES:
        table = Base.metadata.tables[entity]
        lane = lane_of_table(entity)
        for rows in _chunks(local.execute(select(table)).mappings().all(), 1000):
            local.execute(insert(_outbox), [
                {"op_id": uuid.uuid4(), "lane": lane, "entity": entity, "entity_id": row["id"],
                 "operation": "seed",
                 "payload": {key: jsonable(value) for key, value in row.items()}}
                for row in rows])


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def lock_file_for(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".sync-lock")


def open_synchronizer(settings: Settings, *, batch_size: int = BATCH_SIZE,
                      page_size: int = PAGE_SIZE) -> Synchronizer:
    """Sync for this device's database (already created and migrated) with the configured
    central database, on connections of its own: the application's are for the people at
    the desk. Raises :class:`~kiosk.central.engine.CentralURLError` for a URL that is not
    PostgreSQL's. Dispose of both engines when done."""
    central = central_engine(settings.central.url)
    path = settings.database_path
    return Synchronizer(Database(create_device_engine(path)), central,
                        lock_file=lock_file_for(path), batch_size=batch_size,
                        page_size=page_size)


class Backoff:
    """Seconds to the next round: the interval while things work; after failures, doubling
    up to five minutes (a dead network is not hammered), back to the interval on success."""

    CEILING = 300.0

    def __init__(self, interval: float) -> None:
        self.interval = max(interval, 0.1)
        self.delay = self.interval
        self.failures = 0

    def succeeded(self) -> None:
        self.failures = 0
        self.delay = self.interval

    def failed(self) -> None:
        self.failures += 1
        self.delay = min(self.interval * 2 ** self.failures, self.CEILING)
