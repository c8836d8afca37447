"""Deleted means gone from the file: after an anonymisation, the person's bytes are found
nowhere in the device's database file, its write-ahead log, or its migration backups.

SQLite leaves old bytes behind in three places, each closed here or in :mod:`kiosk.db.engine`:

- inside pages: an overwritten or deleted record's cell stays as free space, and freed pages
  keep their content. ``PRAGMA secure_delete=ON`` on every device connection zeroes both
  (:func:`kiosk.db.engine.create_device_engine`); a database that lived before that pragma
  (migrated through ``0008``) is vacuumed once after the migration.
- in the WAL: every version of a page written since the last reset, including the check-in
  that stored the name. :func:`checkpoint` copies the WAL into the file and truncates it.
- in the backups the migrations made (``<database folder>/backups``): copies of the whole file.
  :func:`wipe_backup` anonymises in each what the live database has anonymised (plain SQL: a
  backup has no outbox rule to honour), scrubs its outbox, and vacuums it the first time.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.db.unit_of_work import Database
from kiosk.privacy.erasure import Erased, scrub_sql
from kiosk.privacy.personal import PERSONAL

log = logging.getLogger(__name__)

#: A backup's ``PRAGMA user_version`` once it has been vacuumed by :func:`wipe_backup`: free
#: space from before is gone, and what later wipes overwrite is zeroed (``secure_delete``), so
#: it is never rebuilt again (a rebuild of a large file takes seconds).
VACUUMED = 1


@dataclass(frozen=True)
class Wiped:
    #: The WAL was copied into the database file and truncated to nothing (False: a reader
    #: still held it past the busy timeout; the next wipe tries again).
    wal_truncated: bool
    #: Backups in which rows were anonymised.
    backups_wiped: int


def make_unrecoverable(database: Database, path: Path) -> Wiped:
    """After an anonymisation has committed: empty the WAL of ``database`` (whose file is
    ``path``) and wipe every migration backup of it. Call it outside any unit of work."""
    wiped = wipe_backups(path)
    return Wiped(checkpoint(database), wiped)


def wipe_backups(path: Path) -> int:
    """:func:`wipe_backup` for every migration backup of the database at ``path``; how many
    changed."""
    return sum(wipe_backup(backup, path) for backup in backup_files(path))


def delete_pdfs(folder: Path, erased: Erased) -> int:
    """Delete the pass and invitation PDFs of what ``erased`` anonymised (they print the
    name) from the PDF folder (``Settings.pdf_path``) and its day folders. Returns how many."""
    names = {*(f"pass-{n}.pdf" for n in erased.pass_numbers),
             *(f"invitation-{c}.pdf" for c in erased.invitation_codes)}
    if not names or not folder.is_dir():
        return 0
    deleted = 0
    for pdf in folder.rglob("*.pdf"):
        if pdf.name in names:
            pdf.unlink(missing_ok=True)
            deleted += 1
    return deleted


def backup_files(path: Path) -> list[Path]:
    """The automatic backups of the database at ``path``
    (:func:`kiosk.db.engine.backup_database`)."""
    folder = path.parent / "backups"
    return sorted(folder.glob(f"{path.stem}-*.sqlite3")) if folder.is_dir() else []


def checkpoint(database: Database) -> bool:
    """``PRAGMA wal_checkpoint(TRUNCATE)``: waits (the busy timeout) for readers of older
    snapshots, copies every frame into the file and truncates the WAL to zero bytes."""
    raw = database.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        busy, _, _ = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    if busy:
        log.warning("the write-ahead log could not be emptied: a reader held it")
    return int(busy) == 0


def wipe_backup(backup: Path, live: Path) -> bool:
    """Anonymise in ``backup`` every row the live database at ``live`` has anonymised and scrub
    the backup's outbox the same way, zeroing what is overwritten; the first time, vacuum it
    (a copy of a file from before ``secure_delete`` keeps old records in its free space).
    True when any row changed."""
    made = backup.stat()
    connection = sqlite3.connect(backup.resolve().as_uri(), isolation_level=None, uri=True)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        # Read-only: BEGIN IMMEDIATE takes the write lock of every attached database, and a
        # check-in must not wait for a backup's rewrite.
        connection.execute("ATTACH DATABASE ? AS live", (f"{live.resolve().as_uri()}?mode=ro",))
        connection.execute("BEGIN IMMEDIATE")
        changed = 0
        for table in PERSONAL:
            columns = _shared_columns(connection, table)
            if not columns:
                continue
            changed += _copy_anonymised(connection, table, columns)
            changed += _scrub_outbox(connection, table)
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE live")
        if connection.execute("PRAGMA user_version").fetchone()[0] != VACUUMED:
            connection.execute("VACUUM")
            connection.execute(f"PRAGMA user_version = {VACUUMED}")
    finally:
        connection.close()
        # Its age is when it was made: the retention purge deletes it by that.
        os.utime(backup, ns=(made.st_atime_ns, made.st_mtime_ns))
    if changed:
        log.info("backup %s: %d rows anonymised", backup.name, changed)
    return bool(changed)


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA {schema}.table_info({table})")}


def _shared_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    """The personal columns the backup's and the live database's ``table`` both have (a
    backup may predate a table or a column)."""
    mine = _columns(connection, "main", table)
    theirs = _columns(connection, "live", table)
    if "anonymized_at" not in theirs:
        return []
    return [c for c in (*PERSONAL[table], "anonymized_at") if c in mine and c in theirs]


def _copy_anonymised(connection: sqlite3.Connection, table: str, columns: list[str]) -> int:
    source = f"(SELECT l.{{c}} FROM live.{table} l WHERE l.id = {table}.id)"
    assignments = ", ".join(f"{c} = {source.format(c=c)}" for c in columns)
    differs = " OR ".join(f"l.{c} IS NOT {table}.{c}" for c in columns)
    cursor = connection.execute(
        f"UPDATE main.{table} SET {assignments} WHERE EXISTS (SELECT 1 FROM live.{table} l "
        f"WHERE l.id = {table}.id AND l.anonymized_at IS NOT NULL AND ({differs}))")
    return cursor.rowcount


def _scrub_outbox(connection: sqlite3.Connection, table: str) -> int:
    if "payload" not in _columns(connection, "main", "outbox"):
        return 0
    return connection.execute(scrub_sql(table, rows="live")).rowcount
