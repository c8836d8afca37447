"""Shared fixtures: real SQLite files in a temporary folder, a throwaway PostgreSQL database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy.engine import Engine, make_url

from kiosk.config import Settings, load_settings
from kiosk.db.engine import open_device_database
from kiosk.db.unit_of_work import Database
from kiosk.models import Role
from kiosk.operations import Operations
from kiosk.staff.roles import Actor
from tests.postgres import POSTGRES_URL, create_throwaway, drop_throwaway

# On CI every run draws the same examples, so a submission's verdict never depends on luck;
# developers' runs keep exploring new ones (and remember failures in .hypothesis/).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

#: The moment "now" in tests: a Monday morning in the building (08:30 WIB).
MORNING = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


def staff(name: str = "Dewi", role: Role = Role.MANAGER) -> Actor:
    """Someone at a reception desk (a manager unless told): the operations' acting person."""
    return Actor(name, role, None)



@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings from a config file of the test's own (never the user's real one)."""
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\ndevice_name = "test-kiosk"\n', encoding="utf-8")
    return load_settings(config, environ={})


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_device_database(tmp_path / "device.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def ops(settings: Settings) -> Iterator[Operations]:
    operations = Operations.open(settings, clock=lambda: MORNING)
    yield operations
    operations.close()


@pytest.fixture
def postgres_engine() -> Iterator[Engine]:
    """A PostgreSQL database made for one test and dropped after it."""
    try:
        engine = create_throwaway()
    except Exception as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {make_url(POSTGRES_URL)}: {exc}")
    try:
        yield engine
    finally:
        drop_throwaway(engine)


@pytest.fixture
def central(postgres_engine: Engine) -> Engine:
    """A throwaway central database, created with ``central init``'s schema."""
    from kiosk.central.admin import init_central

    init_central(postgres_engine)
    return postgres_engine
