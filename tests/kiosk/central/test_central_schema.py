"""The central database: created or migrated by one idempotent command, and a room can never
hold two overlapping confirmed bookings there, whatever devices send."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert, inspect, select, text, update
from sqlalchemy.exc import IntegrityError

from kiosk.central import schema
from kiosk.central.admin import head_revision, init_central
from tests.test_cli import gic

pytestmark = pytest.mark.postgres

NINE = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 09:00 WIB
ROOM = uuid.uuid4()
FLOOR = uuid.uuid4()


def test_init_creates_the_schema_once_and_then_changes_nothing(postgres_engine: Engine) -> None:
    first = init_central(postgres_engine)
    assert first.created and first.revision == head_revision()
    tables = set(inspect(postgres_engine).get_table_names())
    assert set(schema.SYNCED_TABLES) | {"sync_change", "sync_applied_op", "sync_device",
                                        "sync_notification", "sync_identity"} <= tables
    again = init_central(postgres_engine)
    assert not again.created and again.migrated_from is None
    assert again.identity == first.identity
    with postgres_engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")).scalar() == 1
        assert connection.execute(select(schema.identity.c.id)).scalars().all() == \
            [first.identity]


def _room(connection) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    connection.execute(insert(schema.metadata.tables["floor"]).values(
        id=FLOOR, number=4, name_id="Lantai 4", name_en="Floor 4", directions_id="",
        directions_en="", created_at=now, updated_at=now))
    connection.execute(insert(schema.metadata.tables["room"]).values(
        id=ROOM, code="4.03", floor_id=FLOOR, name_id="Ruang", name_en="Room", kind="training",
        capacity=40, amenities=[], bookable=True, needs_approval=False, setup_minutes=15,
        cleanup_minutes=15, created_at=now, updated_at=now))


def _booking(connection, start: datetime, hours: float, status: str = "confirmed",  # type: ignore[no-untyped-def]
             buffer: int = 15) -> uuid.UUID:
    booking_id = uuid.uuid4()
    end = start + timedelta(hours=hours)
    now = datetime.now(UTC)
    connection.execute(insert(schema.booking).values(
        id=booking_id, room_id=ROOM, title="Acara", contact_name="", contact_phone="",
        starts_at=start, ends_at=end, blocked_from=start - timedelta(minutes=buffer),
        blocked_until=end + timedelta(minutes=buffer), attendees=5, status=status,
        status_reason="", detached=False, created_by="test", created_at=now, updated_at=now))
    return booking_id


def test_no_two_confirmed_bookings_of_a_room_overlap(postgres_engine: Engine) -> None:
    init_central(postgres_engine)
    with postgres_engine.begin() as connection:
        _room(connection)
        _booking(connection, NINE, 2)  # held 08:45-11:15
    # Back to back, buffers touching (11:15 to 11:15): half-open ranges allow it.
    with postgres_engine.begin() as connection:
        _booking(connection, NINE + timedelta(hours=2, minutes=30), 1)
    # The clean-up buffer overlapping the next set-up: refused with SQLSTATE 23P01.
    with pytest.raises(IntegrityError) as refused, postgres_engine.begin() as connection:
        _booking(connection, NINE + timedelta(hours=2, minutes=15), 1)
    assert refused.value.orig is not None
    assert getattr(refused.value.orig, "sqlstate", None) == "23P01"
    # Pending, cancelled and rejected bookings do not hold the room centrally.
    with postgres_engine.begin() as connection:
        pending = _booking(connection, NINE, 1, status="pending")
        _booking(connection, NINE, 1, status="cancelled")
        _booking(connection, NINE, 1, status="rejected")
    # Confirming the pending one over the confirmed booking is refused too.
    with pytest.raises(IntegrityError), postgres_engine.begin() as connection:
        connection.execute(update(schema.booking).where(schema.booking.c.id == pending)
                           .values(status="confirmed"))


def test_central_init_on_the_command_line(postgres_engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    url = postgres_engine.url.render_as_string(hide_password=False)
    created = gic("central", "init", "--url", url, config=config)
    assert created.returncode == 0, created.stderr
    assert "created" in created.stdout
    again = gic("central", "init", "--url", url, config=config)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_central_init_never_shows_the_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    # Nothing listens on port 1: the connection is refused at once.
    unreachable = gic("central", "init", "--url",
                      "postgresql+psycopg://kiosk:hunter2@127.0.0.1:1/gic", config=config)
    assert unreachable.returncode == 1
    assert "hunter2" not in unreachable.stdout + unreachable.stderr
    assert "Traceback" not in unreachable.stderr
    sqlite = gic("central", "init", "--url", "sqlite:///x.db", config=config)
    assert sqlite.returncode == 2 and "must be PostgreSQL" in sqlite.stderr
    missing = gic("central", "init", config=config)
    assert missing.returncode == 2 and "--url" in missing.stderr
