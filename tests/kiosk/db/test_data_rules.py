"""The data rules of DESIGN.md, checked against real SQLite files (and PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import StatementError

import kiosk.models  # noqa: F401
from kiosk.db.base import Base
from kiosk.db.engine import (
    DatabaseCorruptError,
    current_revision,
    head_revision,
    open_device_database,
)
from kiosk.db.outbox import HardDeleteError
from kiosk.db.types import NaiveDatetimeError
from kiosk.db.unit_of_work import Database
from kiosk.models import Booking, Floor, Organization, OrganizationKind, OutboxEntry, Room, RoomKind

WIB = timezone(timedelta(hours=7))


def make_floor(number: int = 11) -> Floor:
    return Floor(number=number, name_id=f"Lantai {number}", name_en=f"Floor {number}")


def count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_sqlite_pragmas_on_every_connection(database: Database) -> None:
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 10000


def test_naive_datetime_is_refused(database: Database) -> None:
    with pytest.raises(StatementError) as info, database.unit_of_work() as session:
        floor = make_floor()
        floor.created_at = datetime(2026, 11, 23, 8, 30)  # no zone: meaningless
        session.add(floor)
        session.flush()
    assert isinstance(info.value.orig, NaiveDatetimeError)
    assert count(database, Floor) == 0


def test_aware_datetimes_are_stored_as_utc_and_come_back_aware(database: Database) -> None:
    room_id = uuid.uuid4()
    with database.unit_of_work() as session:
        floor = make_floor()
        session.add(floor)
        session.flush()
        session.add(Room(id=room_id, code="11.01", floor_id=floor.id, name_id="R", name_en="R",
                         kind=RoomKind.MEETING, capacity=8))
        session.flush()
        session.add(Booking(room_id=room_id, title="Rapat", starts_at=datetime(2026, 11, 23, 9,
                            tzinfo=WIB), ends_at=datetime(2026, 11, 23, 10, tzinfo=WIB)))
    with database.reading() as session:
        booking = session.scalars(select(Booking)).one()
        assert booking.starts_at == datetime(2026, 11, 23, 2, tzinfo=UTC)
        assert booking.starts_at.tzinfo is UTC
        raw = session.execute(text("SELECT starts_at FROM booking")).scalar()
        assert raw.startswith("2026-11-23 02:00:00")


def test_every_synced_write_appends_its_outbox_entry_in_the_same_transaction(
    database: Database,
) -> None:
    with database.unit_of_work() as session:
        floor = make_floor()
        session.add(floor)
        organization = Organization(name="CV Maju", name_key="cv maju",
                                    kind=OrganizationKind.TENANT)
        session.add(organization)
    with database.unit_of_work() as session:
        organization = session.get_one(Organization, organization.id)
        organization.name = "CV Maju Jaya"
    with database.unit_of_work() as session:
        session.get_one(Organization, organization.id).mark_deleted()
    with database.reading() as session:
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    assert [(e.entity, e.operation) for e in entries] == [
        ("floor", "insert"),
        ("organization", "insert"),
        ("organization", "update"),
        ("organization", "update"),
    ]
    assert entries[2].payload["name"] == "CV Maju Jaya"
    assert entries[3].payload["deleted_at"] is not None
    assert len({e.op_id for e in entries}) == 4


def test_an_unchanged_row_writes_no_outbox_entry(database: Database) -> None:
    with database.unit_of_work() as session:
        floor = make_floor()
        session.add(floor)
    with database.unit_of_work() as session:
        session.get_one(Floor, floor.id).name_id = "Lantai 11"  # the same value
    assert count(database, OutboxEntry) == 1


def test_a_rolled_back_unit_of_work_leaves_neither_row_nor_outbox(database: Database) -> None:
    with pytest.raises(RuntimeError, match="printer on fire"), database.unit_of_work() as session:
        session.add(make_floor())
        session.flush()
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
        raise RuntimeError("printer on fire")
    assert count(database, Floor) == 0
    assert count(database, OutboxEntry) == 0


def test_outbox_entry_cannot_be_skipped_when_the_outbox_write_fails(database: Database) -> None:
    """If the outbox insert fails, the synced row is not saved either."""
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox "
            "BEGIN SELECT RAISE(ABORT, 'outbox full'); END"
        )
    with pytest.raises(Exception, match="outbox full"), database.unit_of_work() as session:
        session.add(make_floor())
    assert count(database, Floor) == 0


def test_synced_rows_are_never_hard_deleted(database: Database) -> None:
    with database.unit_of_work() as session:
        floor = make_floor()
        session.add(floor)
    with pytest.raises(HardDeleteError), database.unit_of_work() as session:
        session.delete(session.get_one(Floor, floor.id))
    assert count(database, Floor) == 1


def test_uuid_keys_are_made_on_the_device(database: Database) -> None:
    with database.unit_of_work() as session:
        floor = make_floor()
        session.add(floor)
        session.flush()
        assert isinstance(floor.id, uuid.UUID)


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert current_revision(database.engine) == head_revision()


def test_migration_from_an_older_schema_backs_the_database_up_first(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    open_device_database(path).dispose()
    import sqlite3

    with sqlite3.connect(path) as connection:  # pretend the file predates the newest revision
        connection.execute("DROP TABLE outbox")
        connection.execute("UPDATE alembic_version SET version_num = 'stale'")
    with pytest.raises(Exception, match="stale"):
        open_device_database(path)
    backups = list((tmp_path / "backups").glob("device-*.sqlite3"))
    assert len(backups) == 1


def test_a_corrupt_database_is_refused_at_start_up(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    database = open_device_database(path)
    with database.unit_of_work() as session:
        for number in range(12, 400):
            session.add(make_floor(number))
    database.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 8 * page)):
        data[offset] = 0x5A  # scribble over index and table pages
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        open_device_database(path)


@pytest.mark.postgres
def test_models_and_utc_rule_hold_on_postgresql(postgres_engine: Engine) -> None:
    Base.metadata.create_all(postgres_engine)
    database = Database(postgres_engine)
    with database.unit_of_work() as session:
        session.add(make_floor())
    with database.reading() as session:
        floor = session.scalars(select(Floor)).one()
        assert floor.created_at.utcoffset() == timedelta(0)
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
    with pytest.raises(StatementError), database.unit_of_work() as session:
        session.add(Floor(number=2, name_id="x", name_en="x", created_at=datetime(2026, 1, 1)))


def test_a_database_full_of_visits_upgrades_from_the_first_schema(tmp_path: Path) -> None:
    """A kiosk that has been running on revision 0001 keeps its visits through every upgrade."""
    from alembic import command

    from kiosk.db.engine import alembic_config, create_device_engine
    from kiosk.models import Visit, Visitor

    path = tmp_path / "device.sqlite3"
    engine = create_device_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO visitor (id, full_name, name_key, phone_e164, created_at, updated_at) "
            "VALUES ('0f0e0d0c0b0a09080706050403020100', 'Budi', 'budi', '+6281234567890', "
            "'2026-11-20 01:00:00', '2026-11-20 01:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO visit (id, visitor_id, purpose, group_size, pass_number, checked_in_at, "
            "created_at, updated_at) VALUES ('00112233445566778899aabbccddeeff', "
            "'0f0e0d0c0b0a09080706050403020100', 'training', 3, 'ABCD2345', "
            "'2026-11-20 01:00:00', '2026-11-20 01:00:00', '2026-11-20 01:00:00')"
        )
    engine.dispose()

    database = open_device_database(path)
    try:
        assert current_revision(database.engine) == head_revision()
        with database.reading() as session:
            visit = session.scalars(select(Visit)).one()
            assert (visit.group_size, visit.member_names) == (3, [])
            assert session.scalars(select(Visitor)).one().consent_version == ""
    finally:
        database.dispose()
    assert len(list((tmp_path / "backups").glob("device-*-before-*.sqlite3"))) == 1


def test_bulk_statements_on_synced_tables_are_refused(database: Database) -> None:
    from sqlalchemy import delete, update

    from kiosk.db.outbox import BulkWriteError

    with database.unit_of_work() as session:
        session.add(make_floor())
    for statement in (update(Floor).values(name_en="x"), delete(Floor)):
        with pytest.raises(BulkWriteError), database.unit_of_work() as session:
            session.execute(statement)
    assert count(database, Floor) == 1
    assert count(database, OutboxEntry) == 1


def test_a_migration_may_rebuild_a_table_that_others_reference(tmp_path: Path) -> None:
    """SQLite batch mode drops and re-creates tables; with foreign keys on, dropping a table
    that other rows reference would fail and the kiosk would never start again."""
    from alembic import command
    from alembic.operations import Operations as AlembicOperations

    from kiosk.db import engine as engine_module

    path = tmp_path / "device.sqlite3"
    engine = engine_module.create_device_engine(path)
    with engine.begin() as connection:
        command.upgrade(engine_module.alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO floor (id, number, name_id, name_en, directions_id, directions_en, "
            "created_at, updated_at) VALUES ('00000000000000000000000000000001', 11, 'L', 'F', "
            "'', '', '2026-11-20 01:00:00', '2026-11-20 01:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO room (id, code, floor_id, name_id, name_en, kind, capacity, amenities, "
            "bookable, needs_approval, created_at, updated_at) VALUES "
            "('00000000000000000000000000000002', '11.01', '00000000000000000000000000000001', "
            "'R', 'R', 'meeting', 8, '[]', 1, 0, '2026-11-20 01:00:00', '2026-11-20 01:00:00')")
    original = command.upgrade

    def upgrade_that_also_rebuilds_floor(config, revision):  # type: ignore[no-untyped-def]
        original(config, revision)  # the real migrations, then a future one that rebuilds
        context = MigrationContext.configure(config.attributes["connection"])
        with AlembicOperations(context).batch_alter_table("floor", recreate="always"):
            pass

    engine_module.command.upgrade = upgrade_that_also_rebuilds_floor
    try:
        engine_module.migrate(engine, path)
    finally:
        engine_module.command.upgrade = original
        engine.dispose()
    reopened = open_device_database(path)
    with reopened.reading() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 1
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    reopened.dispose()


def test_the_outbox_keeps_waiting_operations_through_0004_and_never_reuses_a_number(
        tmp_path: Path) -> None:
    """0004 rebuilds the outbox with AUTOINCREMENT: what waited to be pushed is still there,
    and once the outbox has emptied, new entries are numbered after the old ones (the central
    database orders one device's writes of a row by these numbers)."""
    from alembic import command

    from kiosk.db.engine import alembic_config, create_device_engine, migrate

    path = tmp_path / "device.sqlite3"
    engine = create_device_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
        connection.exec_driver_sql(
            "INSERT INTO outbox (seq, op_id, lane, entity, entity_id, operation, payload, "
            "created_at) VALUES (41, '0f0e0d0c0b0a09080706050403020100', 'main', 'visitor', "
            "'00112233445566778899aabbccddeeff', 'insert', '{}', '2026-11-20 01:00:00')")
    migrate(engine, path)
    with engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT seq FROM outbox").scalars().all() == [41]
        connection.exec_driver_sql("DELETE FROM outbox")  # pushed
    database = Database(engine)
    with database.unit_of_work() as session:
        session.add(Floor(number=11, name_id="Atap", name_en="Roof"))
    with database.reading() as session:
        assert session.scalars(select(OutboxEntry.seq)).all() == [42]
    database.dispose()


def test_every_synced_table_names_its_lane_and_bookings_travel_apart() -> None:
    """A booking central must decide never waits in the check-ins' queue, nor they behind it:
    each synced model declares its lane, and the outbox files every row under it."""
    from kiosk.db.base import Synced
    from kiosk.db.outbox import LANES, lane_of_table

    lanes = {mapper.local_table.name: lane_of_table(mapper.local_table.name)
             for mapper in Base.registry.mappers if issubclass(mapper.class_, Synced)}
    assert set(lanes.values()) <= set(LANES)
    booking_lane = {name for name, lane in lanes.items() if lane == "bookings"}
    assert booking_lane == {"booking", "booking_series", "closure", "booking_audit"}
    assert lanes["visit"] == lanes["visitor"] == "main"


def test_rows_updated_in_one_flush_travel_with_the_time_they_were_stored(
        database: Database) -> None:
    """Several rows changed in one flush (an erasure changes all of a visitor's visits): each
    outbox entry carries exactly the ``updated_at`` its row holds, or devices and central
    would disagree by microseconds."""
    floors = [make_floor(n) for n in (11, 12, 13)]
    with database.unit_of_work() as session:
        session.add_all(floors)
    with database.unit_of_work() as session:
        for floor in session.scalars(select(Floor)).all():
            floor.name_en = f"{floor.name_en} (changed)"
    with database.reading() as session:
        stored = {f.id.hex: f.updated_at.isoformat() for f in session.scalars(select(Floor))}
        sent = {uuid.UUID(e.payload["id"]).hex: e.payload["updated_at"]
                for e in session.scalars(select(OutboxEntry).where(
                    OutboxEntry.entity == "floor", OutboxEntry.operation == "update"))}
    assert sent == stored
