"""The administrators' sync commands: register a device with its own least-privilege login,
sync it, read its status; and clear answers when there is nothing or nobody to sync with."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from tests.conftest import POSTGRES_URL
from tests.kiosk.sync.conftest import config_for
from tests.test_cli import gic

pytestmark = pytest.mark.postgres


@pytest.fixture
def role_name() -> Iterator[str]:
    """A role for one test, dropped after the test's database is (roles are cluster-wide)."""
    name = f"kiosk_device_{uuid.uuid4().hex[:8]}"
    yield name
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


def test_a_device_with_its_own_login_syncs_and_can_do_nothing_else(
        role_name: str, central: Engine, tmp_path: Path) -> None:
    admin_url = central.url.render_as_string(hide_password=False)
    admin_config = config_for(tmp_path / "admin", "admin", admin_url)
    added = gic("central", "add-device", "kiosk-lobby", "--role", role_name,
                config=admin_config)
    assert added.returncode == 0, added.stderr
    device_url = added.stdout.split('url = "')[1].split('"')[0]
    assert role_name in device_url
    config = config_for(tmp_path / "kiosk", "kiosk-lobby", device_url)
    synced = gic("sync", config=config)
    assert synced.returncode == 0, synced.stderr
    assert "synced: pushed" in synced.stdout
    status = gic("sync", "status", config=config)
    assert "online" in status.stdout and "main 0, bookings 0" in status.stdout
    assert device_url.split(":")[2].split("@")[0] not in status.stdout  # the password
    with central.connect() as connection:  # the device claimed the name registered for it
        assert connection.execute(text("SELECT count(*) FROM sync_device WHERE name = "
                                       "'kiosk-lobby' AND last_seen_at IS NOT NULL")).scalar() == 1
    device = create_engine(device_url)
    try:
        with device.connect() as connection, pytest.raises(ProgrammingError,
                                                          match="permission denied"):
            connection.execute(text("DELETE FROM visitor"))
        with device.connect() as connection, pytest.raises(ProgrammingError):
            connection.execute(text("DROP TABLE booking"))
    finally:
        device.dispose()
    again = gic("central", "add-device", "kiosk-lobby", config=admin_config)
    assert again.returncode == 2 and "already registered" in again.stderr


def test_sync_without_a_central_database_says_so(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    result = gic("sync", config=config)
    assert result.returncode == 2 and "[central] url" in result.stderr
    status = gic("sync", "status", config=config)
    assert status.returncode == 0 and "standalone" in status.stdout


def test_an_unreachable_central_database_fails_the_round_and_shows_offline(
        tmp_path: Path) -> None:
    config = config_for(tmp_path, "kiosk-1",
                        "postgresql+psycopg://kiosk:s3cret-pw@127.0.0.1:1/gic")
    result = gic("sync", config=config)
    assert result.returncode == 1 and "s3cret-pw" not in result.stderr
    status = gic("sync", "status", config=config)
    assert "OFFLINE" in status.stdout and "s3cret-pw" not in status.stdout


def test_central_init_after_an_upgrade_grants_the_new_tables_to_registered_devices(
        role_name: str, central: Engine, tmp_path: Path) -> None:
    """A device registered before a revision added tables (staff accounts, the activity
    record) still syncs them once the administrator has run ``central init``."""
    admin_config = config_for(tmp_path / "admin", "admin",
                              central.url.render_as_string(hide_password=False))
    added = gic("central", "add-device", "kiosk-lobby", "--role", role_name,
                config=admin_config)
    assert added.returncode == 0, added.stderr
    with central.begin() as connection:  # as if made before the tables came
        connection.execute(text(f'REVOKE ALL ON staff_account, activity FROM "{role_name}"'))

    def may_read() -> bool:
        with central.connect() as connection:
            return bool(connection.execute(text(
                f"SELECT has_table_privilege('{role_name}', 'staff_account', 'SELECT') "
                f"AND has_table_privilege('{role_name}', 'activity', 'INSERT')")).scalar())

    assert not may_read()
    assert gic("central", "init", config=admin_config).returncode == 0
    assert may_read()
