"""The device's SQLite database: connection settings, integrity check, migrations with backup."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from kiosk.db.unit_of_work import Database

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
#: Backups kept before migrations; older ones are removed.
BACKUPS_KEPT = 5
#: The revision from which every connection zeroes what it deletes (``secure_delete``); a
#: database migrated through it is vacuumed once.
SECURE_DELETE_SINCE = "0008"


class DatabaseCorruptError(RuntimeError):
    """SQLite's integrity check failed: the file must be restored from a backup."""


def create_device_engine(path: Path) -> Engine:
    """An engine with the pragmas the data rules ask for, on every connection."""
    # hide_parameters: an error's text (logged with its traceback) never carries the row's
    # values, which are visitors' names and phone numbers.
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred only).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            "busy_timeout=10000",
            # Overwritten and deleted records are zeroed, not left in free space: an erased
            # visitor's name is gone from the file (kiosk.privacy.wipe). Many builds default
            # to off (Debian's to on); a check-in costs the same within noise (bench/purge.py).
            "secure_delete=ON",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def check_integrity(engine: Engine) -> None:
    """``PRAGMA quick_check``: catches corrupt pages and broken indexes in O(size) without the
    full ``integrity_check``'s index-content cross-check, so start-up stays fast on big files."""
    try:
        with engine.connect() as connection:
            problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    except DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise DatabaseCorruptError(str(exc.orig)) from exc
    if problems != ["ok"]:
        raise DatabaseCorruptError("; ".join(problems[:5]))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision, copying the database aside first when it
    already holds data. Returns the backup's path, if one was made."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = backup_database(path, f"before-{head_revision()}") if current is not None else None
    # SQLite batch migrations rebuild tables (copy, drop, rename); with foreign keys on, the
    # drop of a referenced table fails. The pragma only changes outside a transaction, so turn
    # it off around the migration and check every reference before committing.
    # (On the driver's connection: SQLAlchemy would first begin a transaction.)
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseCorruptError(f"migration broke references: {broken[:5]}")
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
    log.info("database migrated from %s to %s", current, head_revision())
    if current is not None and _passed(SECURE_DELETE_SINCE, current):
        # Free pages and free space from before secure_delete still hold old records: one
        # rebuild leaves none (an erased visitor's bytes are then gone from the file).
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("database vacuumed once after the move to secure_delete")
    return backup


def _passed(revision: str, current: str) -> bool:
    """Whether upgrading from ``current`` to the head applied ``revision``."""
    script = ScriptDirectory.from_config(alembic_config())
    return any(r.revision == revision for r in script.iterate_revisions("heads", current))


def backup_database(path: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others read)."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S}-{label}.sqlite3"
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite3"))[:-BACKUPS_KEPT]:
        old.unlink()
    log.info("database backed up to %s", target)
    return target


def open_device_database(path: Path) -> Database:
    """Open (creating if needed), check and migrate the device database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_device_engine(path)
    try:
        check_integrity(engine)
        migrate(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)
