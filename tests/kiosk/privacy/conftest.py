"""A device with visitors of different ages, for the retention and erasure tests: real SQLite
files, the kiosk's own check-in, a clock the test moves."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from kiosk.config import Settings, load_settings
from kiosk.db.engine import alembic_config, create_device_engine
from kiosk.models import Purpose
from kiosk.operations import CheckInResult, Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING


@dataclass
class Clock:
    now: datetime = MORNING

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device(settings: Settings, clock: Clock) -> Iterator[Operations]:
    ops = Operations.open(settings, clock=clock)
    yield ops
    ops.close()


def days_ago(days: float) -> datetime:
    return MORNING - timedelta(days=days)


def visit(ops: Operations, clock: Clock, when: datetime, name: str, phone: str, *,
          organization: str = "", members: tuple[str, ...] = ()) -> CheckInResult:
    """``name`` checks in at the kiosk at ``when`` (the clock is put back to now after)."""
    before = clock.now
    clock.now = when
    try:
        return ops.check_in(CheckInRequest(
            name=name, phone=phone, organization=organization, purpose=Purpose.TRAINING,
            consent=True, group_size=1 + len(members), member_names=members))
    finally:
        clock.now = before


def settings_in(folder: Path, retention_days: int = 365) -> Settings:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text(f'data_dir = "data"\ndevice_name = "kiosk"\n'
                      f"retention_days = {retention_days}\n", encoding="utf-8")
    return load_settings(config, environ={})


def copy_into_revision(seed: Path, target: Path, revision: str) -> None:
    """Make ``target`` a database at ``revision`` holding ``seed``'s rows (the columns that
    revision has): a device as it was before an upgrade."""
    engine = create_device_engine(target)
    with engine.connect() as connection, connection.begin():
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("ATTACH DATABASE ? AS seed", (str(seed),))
        db.execute("BEGIN")
        tables = [r[0] for r in db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT IN ('alembic_version', 'sqlite_sequence')")]
        for table in tables:
            mine = [r[1] for r in db.execute(f"PRAGMA main.table_info({table})")]
            theirs = {r[1] for r in db.execute(f"PRAGMA seed.table_info({table})")}
            columns = ", ".join(c for c in mine if c in theirs)
            db.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM seed.{table}")
        db.execute("COMMIT")
        db.execute("DETACH DATABASE seed")
    finally:
        db.close()


def files_holding(folder: Path, needles: dict[str, bytes]) -> dict[str, list[str]]:
    """For each database file under ``folder`` (the database, its WAL, its backups): which of
    ``needles`` occur in its bytes."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or not (path.suffix == ".sqlite3" or path.name.endswith("-wal")):
            continue
        data = path.read_bytes()
        hits = [label for label, needle in needles.items() if needle in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found
