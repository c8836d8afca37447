"""Devices and a central database for the sync tests: every device is a real SQLite file with
its own configuration, the central database a throwaway PostgreSQL database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from kiosk.central import schema
from kiosk.central.schema import SYNCED_TABLES
from kiosk.config import load_settings
from kiosk.db.base import Base
from kiosk.db.outbox import jsonable
from kiosk.operations import Operations
from kiosk.sync.device import Synchronizer, lock_file_for
from tests.conftest import MORNING


@dataclass
class Desk:
    """One device: its operations (what the kiosk and reception call) and its sync."""

    name: str
    ops: Operations
    sync: Synchronizer

    def round(self) -> Any:
        return self.sync.round()


def config_for(folder: Path, name: str, url: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text(f'data_dir = "data"\ndevice_name = "{name}"\n\n[central]\nurl = "{url}"\n',
                      encoding="utf-8")
    return config


def open_desk(folder: Path, name: str, central: Engine,
              clock: Callable[[], datetime] = lambda: MORNING, **options: Any) -> Desk:
    url = central.url.render_as_string(hide_password=False)
    settings = load_settings(config_for(folder, name, url), environ={})
    ops = Operations.open(settings, clock=clock)
    return Desk(name, ops, Synchronizer(ops.database, central,
                                        lock_file=lock_file_for(settings.database_path),
                                        **options))


@pytest.fixture
def desks(tmp_path: Path, central: Engine) -> Iterator[Callable[[str], Desk]]:
    opened: list[Desk] = []

    def make(name: str, **options: Any) -> Desk:
        desk = open_desk(tmp_path / name, name, central, **options)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.ops.close()


def table_hashes(engine: Engine, tables: Any) -> dict[str, str]:
    """Each synced table's content as one hash (rows sorted by id, values as the outbox
    writes them), so a device and the central database compare whatever their dialects."""
    hashes = {}
    with engine.connect() as connection:
        for name in SYNCED_TABLES:
            table = tables[name]
            rows = connection.execute(select(table).order_by(table.c.id)).mappings().all()
            text = json.dumps([{k: jsonable(v) for k, v in row.items()} for row in rows],
                              sort_keys=True, default=str)
            hashes[name] = hashlib.sha256(text.encode()).hexdigest()
    return hashes


def device_hashes(desk: Desk) -> dict[str, str]:
    return table_hashes(desk.ops.database.engine, Base.metadata.tables)


def central_hashes(central: Engine) -> dict[str, str]:
    return table_hashes(central, schema.metadata.tables)
