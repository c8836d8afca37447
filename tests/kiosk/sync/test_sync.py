"""Sync between devices and the central database: what reaches whom, the booking race, a
central database that goes away, batches that arrive twice or late, and the start-over paths
(a restored device, a new or restored central database)."""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, delete, func, select, text, update

from kiosk.bookings.booking import Booked, BookingRequest, Scope
from kiosk.building.catalogue import floor_id, room_id
from kiosk.central import apply, schema
from kiosk.central.admin import init_central
from kiosk.db.engine import open_device_database
from kiosk.models import (
    BookingStatus,
    Floor,
    Notice,
    OutboxEntry,
    Purpose,
    Room,
    RoomKind,
    Visit,
    Visitor,
)
from kiosk.sync.device import Synchronizer, SyncUnavailableError, sync_status
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff
from tests.kiosk.sync.conftest import Desk, central_hashes, device_hashes, open_desk
from tests.postgres import create_throwaway, drop_throwaway

pytestmark = pytest.mark.postgres

TEN = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # Tuesday 10:00 WIB
ROOM = room_id("4.01")  # a training room that needs no approval


def check_in(desk: Desk, name: str = "Budi", phone: str = "081234567890") -> Visit:
    return desk.ops.check_in(CheckInRequest(name=name, phone=phone, purpose=Purpose.MEETING,
                                            consent=True)).visit


def book(desk: Desk, title: str, start: datetime = TEN, hours: int = 2) -> Booked:
    return desk.ops.bookings.book(BookingRequest(
        room_id=ROOM, title=title, starts_at=start, ends_at=start + timedelta(hours=hours),
        attendees=10), actor=staff(desk.name))


def stored(desk: Desk, table: str) -> list[tuple[object, ...]]:
    with desk.ops.database.engine.connect() as local:
        return [tuple(row) for row in local.exec_driver_sql(
            f'SELECT * FROM "{table}" ORDER BY id')]


def outbox_size(desk: Desk) -> int:
    with desk.ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def converge(*desks: Desk) -> None:
    """Two rounds each: everyone pushes, then everyone pulls what the others pushed."""
    for _ in range(2):
        for desk in desks:
            desk.round()


def test_a_check_in_on_one_kiosk_is_known_everywhere(desks: Callable[..., Desk],
                                                     central: Engine) -> None:
    kiosk, reception = desks("kiosk-1"), desks("reception")
    visit = check_in(kiosk)
    converge(kiosk, reception)
    inside = [v.visit_id for group in reception.ops.visitors_in_building() for v in group.visits]
    assert visit.visit_id in inside
    assert device_hashes(kiosk) == device_hashes(reception) == central_hashes(central)
    assert outbox_size(kiosk) == outbox_size(reception) == 0
    # Pulled rows are stored byte for byte as the device that made them stored them (text
    # order of times, UUID spelling), not merely read back equal.
    for table in ("visitor", "visit"):
        assert stored(kiosk, table) == stored(reception, table)
    # Checked out at reception: the kiosk learns it too.
    reception.ops.check_out(visit_id=visit.visit_id)
    converge(reception, kiosk)
    assert not [v for group in kiosk.ops.visitors_in_building() for v in group.visits]


def test_two_desks_booking_one_room_offline_one_wins_and_the_other_is_told(
        desks: Callable[..., Desk], central: Engine) -> None:
    first, second = desks("reception-1"), desks("reception-2")
    converge(first, second)
    mine = book(first, "Pelatihan Ekspor")
    theirs = book(second, "Rapat Koperasi", start=TEN + timedelta(hours=1))
    # Offline, each desk only knows its own booking; both wait for the central database.
    assert mine.status == theirs.status == BookingStatus.PENDING
    first.round()
    second.round()
    first.round()
    assert first.ops.bookings.booking(mine.booking_ids[0]).status == BookingStatus.CONFIRMED
    lost = second.ops.bookings.booking(theirs.booking_ids[0])
    assert lost.status == BookingStatus.REJECTED
    assert "Pelatihan Ekspor" in lost.status_reason
    with second.ops.database.reading() as session:
        notice = session.scalars(select(Notice)).one()
    assert notice.kind == "booking_rejected" and notice.booking_id == theirs.booking_ids[0]
    assert notice.payload["winner_title"] == "Pelatihan Ekspor"
    assert sync_status(second.ops.database, True).unseen_notices == 1
    # The other desk sees the same outcome, and central never holds an overlap.
    assert first.ops.bookings.booking(theirs.booking_ids[0]).status == BookingStatus.REJECTED
    with central.connect() as connection:
        assert connection.execute(select(func.count()).select_from(schema.booking).where(
            schema.booking.c.status == "confirmed")).scalar() == 1


def test_a_cancelled_booking_is_not_revived_by_a_desk_that_had_not_heard(
        desks: Callable[..., Desk]) -> None:
    first, second = desks("reception-1"), desks("reception-2")
    booking = book(first, "Pelatihan Ekspor")
    converge(first, second)
    second.ops.bookings.cancel(booking.booking_ids[0], scope=Scope.ONE, actor=staff("reception-2"))
    first.ops.bookings.edit(booking.booking_ids[0], BookingRequest(
        room_id=ROOM, title="Pelatihan Ekspor (ruang besar)", starts_at=TEN,
        ends_at=TEN + timedelta(hours=2), attendees=10), scope=Scope.ONE,
        actor=staff("reception-1"))
    second.round()
    report = first.round()
    assert report.rejected == 1
    converge(first, second)
    assert first.ops.bookings.booking(booking.booking_ids[0]).status == BookingStatus.CANCELLED


def test_without_the_central_database_the_kiosk_keeps_checking_in_then_drains(
        desks: Callable[..., Desk], central: Engine) -> None:
    kiosk = desks("kiosk-1")
    away = create_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere",
                         connect_args={"connect_timeout": 2})
    offline = Synchronizer(kiosk.ops.database, away)
    visits = [check_in(kiosk, name, f"08123456{n:04d}")
              for n, name in enumerate(("Ani", "Bambang", "Citra", "Dewi", "Eko"))]
    with pytest.raises(SyncUnavailableError):
        offline.round()
    status = sync_status(kiosk.ops.database, True)
    assert status.offline and status.pending_total > 5 and "127.0.0.1" in status.last_error
    visits.append(check_in(kiosk, "Tamu terakhir", "081299990000"))
    report = kiosk.round()  # the network is back
    assert report.pushed > 6 and outbox_size(kiosk) == 0
    assert not sync_status(kiosk.ops.database, True).offline
    with central.connect() as connection:
        ids = set(connection.scalars(select(schema.metadata.tables["visit"].c.id)))
    assert {v.visit_id for v in visits} <= ids
    away.dispose()


def test_batches_delivered_twice_late_or_early_change_nothing_twice(
        desks: Callable[..., Desk], central: Engine) -> None:
    kiosk = desks("kiosk-1")
    kiosk.round()
    visit = check_in(kiosk)
    kiosk.ops.check_out(visit_id=visit.visit_id)
    with kiosk.ops.database.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        device = kiosk.sync._device()
    operations = [apply.Operation.of(e.seq, e.op_id, e.entity, e.entity_id, e.operation,
                                     e.payload) for e in entries]
    visitor_ops = [op for op in operations if op.entity != "visit"]
    insert_visit, checkout = [op for op in operations if op.entity == "visit"]
    token = None

    def deliver(batch: list[apply.Operation]) -> list[apply.Result]:
        nonlocal token
        with central.begin() as connection:
            receipt = apply.push(connection, device, token, batch)
        token = receipt.token
        return [r.result for r in receipt.results]

    # Early: the check-out before the visitor it names has arrived waits.
    assert deliver([checkout]) == [apply.Result.DEFERRED]
    assert set(deliver(visitor_ops)) == {apply.Result.APPLIED}
    assert deliver([checkout]) == [apply.Result.APPLIED]
    # Late: the check-in, after its own check-out, must not undo it.
    assert deliver([insert_visit]) == [apply.Result.APPLIED]
    # Twice: answered from the record.
    assert set(deliver([*visitor_ops, checkout])) == {apply.Result.DUPLICATE}
    with central.connect() as connection:
        row = connection.execute(select(schema.metadata.tables["visit"])).mappings().one()
        answered = apply.answers(connection, [op.op_id for op in operations])
    assert row["checked_out_at"] is not None
    assert set(answered) == {op.op_id for op in operations}
    assert {result for result, _ in answered.values()} == {apply.Result.APPLIED}
    # The device, told nothing, still converges.
    kiosk.round()
    assert device_hashes(kiosk) == central_hashes(central)


def test_a_device_restored_from_a_backup_starts_a_new_epoch_and_loses_nothing(
        tmp_path, central: Engine) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "kiosk-1"
    kiosk = open_desk(folder, "kiosk-1", central)
    first = check_in(kiosk, "Ayu", "081200000001")
    kiosk.round()
    path = kiosk.ops.settings.database_path
    kiosk.ops.close()
    shutil.copy(path, tmp_path / "backup.sqlite3")
    kiosk = open_desk(folder, "kiosk-1", central)
    second = check_in(kiosk, "Bayu", "081200000002")
    kiosk.round()
    kiosk.ops.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copy(tmp_path / "backup.sqlite3", path)  # the disk died; last night's copy
    kiosk = open_desk(folder, "kiosk-1", central)
    third = check_in(kiosk, "Citra", "081200000003")
    report = kiosk.round()
    assert report.reset == "restored"
    kiosk.round()
    assert sync_status(kiosk.ops.database, True).epoch == 2
    with kiosk.ops.database.reading() as session:
        here = set(session.scalars(select(Visit.id)))
    assert {first.visit_id, second.visit_id, third.visit_id} <= here
    assert device_hashes(kiosk) == central_hashes(central)
    assert outbox_size(kiosk) == 0
    kiosk.ops.close()


def test_a_new_central_database_receives_everything_again(
        desks: Callable[..., Desk], central: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kiosk = desks("kiosk-1")
    visit = check_in(kiosk)
    kiosk.round()
    other = create_throwaway()
    try:
        init_central(other)
        moved = Synchronizer(kiosk.ops.database, other)
        report = moved.round()
        assert report.reset == "central identity changed"
        moved.round()
        assert device_hashes(kiosk) == central_hashes(other)
        with other.connect() as connection:
            assert visit.visit_id in set(connection.scalars(
                select(schema.metadata.tables["visit"].c.id)))
    finally:
        drop_throwaway(other)


def test_a_central_database_restored_from_a_backup_gets_back_what_it_lost(
        desks: Callable[..., Desk], central: Engine) -> None:
    kiosk = desks("kiosk-1")
    kiosk.round()
    visit = check_in(kiosk)
    kiosk.round()
    visit_table = schema.metadata.tables["visit"]
    with central.begin() as connection:  # as if restored from before the check-in
        newest = connection.execute(select(func.max(schema.change.c.seq))).scalar()
        connection.execute(delete(visit_table))
        connection.execute(delete(schema.change).where(schema.change.c.seq > newest - 3))
    assert kiosk.round().reset == "cursor ahead of the central database"
    kiosk.round()
    with central.connect() as connection:
        assert connection.execute(select(visit_table.c.id)).scalar() == visit.visit_id
    assert device_hashes(kiosk) == central_hashes(central)


@contextmanager
def central_restored_afterwards(central: Engine, table_name: str,
                                row_id: uuid.UUID) -> Iterator[dict[str, Any]]:
    """Back up one central row and the change log's end; what the block changes is then
    lost, as when central is restored from that backup."""
    table = schema.metadata.tables[table_name]
    with central.connect() as connection:
        backup = dict(connection.execute(
            select(table).where(table.c.id == row_id)).mappings().one())
        newest = connection.execute(select(func.max(schema.change.c.seq))).scalar()
    yield backup
    with central.begin() as connection:
        connection.execute(update(table).where(table.c.id == row_id).values(backup))
        connection.execute(delete(schema.change).where(schema.change.c.seq > newest))


def test_a_restored_central_database_gets_back_a_change_it_lost_and_no_desk_goes_back(
        desks: Callable[..., Desk], central: Engine) -> None:
    """Last night's backup still has the visitor inside; the kiosk checked them out since.
    After the start-over the newer row wins on both sides: nobody reappears in the lobby."""
    kiosk = desks("kiosk-1")
    visit = check_in(kiosk)
    kiosk.round()
    visit_table = schema.metadata.tables["visit"]
    with central_restored_afterwards(central, "visit", visit.visit_id):
        kiosk.ops.check_out(visit_id=visit.visit_id)
        kiosk.round()
    assert kiosk.round().reset == "cursor ahead of the central database"
    kiosk.round()
    with central.connect() as connection:
        assert connection.execute(select(visit_table.c.checked_out_at).where(
            visit_table.c.id == visit.visit_id)).scalar() is not None
    assert not [v for group in kiosk.ops.visitors_in_building() for v in group.visits]
    assert device_hashes(kiosk) == central_hashes(central)


def test_a_restored_central_database_gets_back_a_cancellation_it_lost(
        desks: Callable[..., Desk], central: Engine) -> None:
    """The backup still has the training confirmed; reception cancelled it since. The room
    must not come back as taken."""
    reception = desks("reception")
    booking = book(reception, "Pelatihan Ekspor")
    reception.round()
    booking_table = schema.metadata.tables["booking"]
    booking_id = booking.booking_ids[0]
    with central_restored_afterwards(central, "booking", booking_id) as backup:
        assert backup["status"] == "confirmed"
        reception.ops.bookings.cancel(booking_id, scope=Scope.ONE, actor=staff("reception"))
        reception.round()
    assert reception.round().reset == "cursor ahead of the central database"
    reception.round()
    with central.connect() as connection:
        assert connection.execute(select(booking_table.c.status).where(
            booking_table.c.id == booking_id)).scalar() == "cancelled"
    assert device_hashes(reception) == central_hashes(central)


def test_rooms_come_from_the_central_database_and_stay_after_a_restart(
        tmp_path, central: Engine) -> None:  # type: ignore[no-untyped-def]
    kiosk = open_desk(tmp_path / "kiosk-1", "kiosk-1", central)
    kiosk.round()
    room = schema.metadata.tables["room"]
    with central.begin() as connection:
        connection.execute(update(room).where(room.c.id == ROOM).values(
            name_id="Ruang Pelatihan Garuda", updated_at=func.now()))
        connection.execute(text("INSERT INTO sync_change (entity, entity_id) "
                                "VALUES ('room', :id)"), {"id": ROOM})
    kiosk.round()
    kiosk.ops.close()
    kiosk = open_desk(tmp_path / "kiosk-1", "kiosk-1", central)  # building.toml is not applied
    with kiosk.ops.database.reading() as session:
        assert session.get(Room, ROOM).name_id == "Ruang Pelatihan Garuda"  # type: ignore[union-attr]
    # A new desk seeds its rooms from its own building file, then meets the central
    # database: the central version stands and comes back to it.
    newcomer = open_desk(tmp_path / "kiosk-2", "kiosk-2", central)
    assert newcomer.round().rejected == 1
    with newcomer.ops.database.reading() as session:
        assert session.get(Room, ROOM).name_id == "Ruang Pelatihan Garuda"  # type: ignore[union-attr]
    newcomer.ops.close()
    # Floors are never changed on a device: a local change is answered with the central
    # version. (Rooms are, by managers: test_rooms_a_manager_keeps_on_one_desk_reach_every_desk.)
    with kiosk.ops.database.unit_of_work() as session:
        session.get(Floor, floor_id(4)).name_id = "Lantai Lokal"  # type: ignore[union-attr]
    assert kiosk.round().rejected == 1
    kiosk.round()
    with kiosk.ops.database.reading() as session:
        assert session.get(Floor, floor_id(4)).name_id != "Lantai Lokal"  # type: ignore[union-attr]
    kiosk.ops.close()


def test_rooms_a_manager_keeps_on_one_desk_reach_every_desk(
        desks: Callable[..., Desk], central: Engine) -> None:
    from kiosk.rooms.directory import RoomFields

    first, second = desks("reception-1"), desks("reception-2")
    converge(first, second)
    fields = RoomFields("4.20", "Ruang Rapat Kenari", "Kenari Meeting Room", RoomKind.MEETING,
                        12, ("wifi", "tv"))
    added = first.ops.rooms.add(fields, staff())
    converge(first, second)
    assert second.ops.rooms.get(added.id) == added
    edited = first.ops.rooms.edit(added.id, dataclasses.replace(
        fields, capacity=16, needs_approval=True, setup_minutes=5), staff())
    # A room of the building file, edited on the other desk.
    training = second.ops.rooms.get(ROOM)
    widened = second.ops.rooms.edit(ROOM, RoomFields(
        training.code, training.name_id, "Serpong Training Hall", training.kind, 80,
        training.amenities, training.bookable, training.needs_approval,
        training.setup_minutes, training.cleanup_minutes), staff())
    converge(first, second)
    assert second.ops.rooms.get(added.id) == edited
    assert first.ops.rooms.get(ROOM) == widened
    first.ops.rooms.retire(added.id, staff())
    converge(first, second)
    assert second.ops.rooms.get(added.id).retired
    assert added.id not in {r.id for r in second.ops.bookings.rooms()}
    assert device_hashes(first) == device_hashes(second) == central_hashes(central)


def test_status_reads_before_the_first_sync(tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_device_database(tmp_path / "d.sqlite3")
    assert sync_status(database, False).pending_total == 0
    database.dispose()


def test_administrators_publish_rooms_centrally_and_every_desk_gets_them(
        desks: Callable[..., Desk], central: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.building.catalogue import CATALOGUE_FILE
    from tests.kiosk.sync.conftest import config_for
    from tests.test_cli import gic

    kiosk = desks("kiosk-1")
    kiosk.round()
    building = CATALOGUE_FILE.read_text(encoding="utf-8")
    renamed = tmp_path / "building.toml"
    renamed.write_text(building.replace('name_id = "Ruang Pelatihan Serpong"',
                                        'name_id = "Ruang Pelatihan Garuda"'), encoding="utf-8")
    assert "Ruang Pelatihan Garuda" in renamed.read_text(encoding="utf-8")
    admin = config_for(tmp_path / "admin", "admin",
                       central.url.render_as_string(hide_password=False))
    published = gic("central", "catalogue", "--file", str(renamed), config=admin)
    assert published.returncode == 0, published.stderr
    assert "0 added, 1 updated, 0 retired" in published.stdout
    kiosk.round()
    with kiosk.ops.database.reading() as session:
        assert session.get(Room, ROOM).name_id == "Ruang Pelatihan Garuda"  # type: ignore[union-attr]
    assert device_hashes(kiosk) == central_hashes(central)
    broken = tmp_path / "broken.toml"
    broken.write_text("[building\n", encoding="utf-8")
    refused = gic("central", "catalogue", "--file", str(broken), config=admin)
    assert refused.returncode == 2 and "broken.toml" in refused.stderr


def test_an_organisation_made_on_two_desks_offline_is_one_after_sync(
        desks: Callable[..., Desk], central: Engine) -> None:
    from kiosk.organizations.directory import ContactFields, OrganizationFields

    first, second, third = desks("reception-1"), desks("reception-2"), desks("kiosk-1")
    converge(first, second, third)
    mine = first.ops.organizations.add(OrganizationFields(
        "Keripik Tempe Bu Sri", "tenant", floor=8, contact=ContactFields("Sri Wahyuni")), staff())
    theirs = second.ops.organizations.add(OrganizationFields(
        "KERIPIK TEMPE  bu sri", "tenant", contact=ContactFields("Budi Hartono")), staff())
    # The kiosk, offline too, checks in a visitor who names it: its own visitor business.
    visit = third.ops.check_in(CheckInRequest(
        name="Ani", phone="081377778888", organization="Keripik Tempe Bu Sri",
        purpose=Purpose.MEETING, consent=True)).visit
    # And the second desk books a room for its copy: the booking travels in its own lane,
    # after the organisation has been merged away.
    booked = second.ops.bookings.book(BookingRequest(
        room_id=ROOM, title="Rapat Tenan", starts_at=TEN, ends_at=TEN + timedelta(hours=1),
        attendees=5, organization_id=theirs.id), actor=staff("reception-2"))
    converge(first, second, third)
    converge(first, second, third)
    for desk in (first, second, third):
        (kept,) = desk.ops.organizations.list()
        assert kept.id == mine.id, desk.name  # made first, the building's own
        assert {c.name for c in kept.contacts} == {"Sri Wahyuni", "Budi Hartono"}
        assert desk.ops.bookings.booking(booked.booking_ids[0]).organization == kept.name
        with desk.ops.database.reading() as session:
            visitor_org = session.scalar(select(Visitor.organization_id).join(
                Visit, Visit.visitor_id == Visitor.id).where(Visit.id == visit.visit_id))
        assert visitor_org == mine.id, desk.name
    assert device_hashes(first) == device_hashes(second) == device_hashes(third) \
        == central_hashes(central)
    # The desk that made the duplicate edits it offline, not having heard: it stays merged.
    with second.ops.database.unit_of_work() as session:
        from kiosk.models import Organization

        copy = session.get(Organization, theirs.id)
        assert copy is not None and copy.deleted_at is not None
        copy.deleted_at = None
        copy.name = "Keripik Tempe Bu Sri (baru)"
    converge(second, first)
    assert [o.id for o in second.ops.organizations.list()] == [mine.id]


def test_staff_sign_in_at_any_desk_and_a_lock_or_a_disabled_account_holds_everywhere(
        desks: Callable[..., Desk], central: Engine) -> None:
    from kiosk.models import Role
    from kiosk.staff.accounts import SignInRefusal
    from kiosk.staff.lockout import MAX_ATTEMPTS

    first, second = desks("reception-1"), desks("reception-2")
    admin = first.ops.staff.create_first_admin("admin", "Ayu Lestari", "kopi-tubruk-pagi")
    siti = first.ops.staff.add(admin, "siti", "Siti Aminah", Role.RECEPTIONIST,
                               "melati-putih-77")
    first.ops.staff.add(admin, "budi", "Budi Santoso", Role.MANAGER, "teh-manis-hangat")
    converge(first, second)
    assert second.ops.staff.sign_in("siti", "melati-putih-77").ok  # made at the other desk
    # Someone guesses Budi's password at the second desk; the first desk hears of the lock.
    for _ in range(MAX_ATTEMPTS):
        second.ops.staff.sign_in("budi", "tebakan-salah")
    converge(second, first)
    assert first.ops.staff.sign_in("budi", "teh-manis-hangat").refusal is SignInRefusal.LOCKED
    # Siti leaves: disabled at the first desk, she cannot sign in at the second after sync,
    # and a wrong try there meanwhile (offline) does not bring the account back.
    at_second = second.ops.staff.sign_in("siti", "melati-putih-77").actor
    assert at_second is not None
    first.ops.staff.disable(admin, siti.id)
    second.ops.staff.sign_in("siti", "salah-ketik")
    # ... nor her own new PIN, set at the second desk before it heard (its hashes are their
    # own row, so her account row, disabled, is not written back).
    second.ops.staff.change_own(at_second, "melati-putih-77", pin="246813")
    converge(first, second)
    converge(first, second)
    assert device_hashes(first) == device_hashes(second) == central_hashes(central)
    assert second.ops.staff.sign_in("siti", "melati-putih-77").refusal is SignInRefusal.DISABLED
    assert first.ops.staff.sign_in("siti", "melati-putih-77").refusal is SignInRefusal.DISABLED
