"""The change broadcast: after a unit of work commits, its listeners hear what changed."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import insert, update

import kiosk.models  # noqa: F401  (every model registers its table and its kind)
from kiosk.bookings.booking import BookingRequest
from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.db.base import Base
from kiosk.db.changes import Change, Changes, change_kinds
from kiosk.db.unit_of_work import Database
from kiosk.models import Floor, Notice, SyncState, Visit
from kiosk.models.visits import Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING, staff


def heard(database: Database) -> list[Changes]:
    changes: list[Changes] = []
    database.listen(changes.append)
    return changes


def test_every_table_says_what_kind_of_data_it_holds() -> None:
    """A new model without a ``change_kind`` would change data no view hears of."""
    assert set(change_kinds()) == set(Base.metadata.tables)
    assert change_kinds()["booking"] is Change.BOOKINGS
    assert change_kinds()["closure"] is Change.CLOSURES
    assert change_kinds()["room"] is change_kinds()["organization"] is Change.CATALOGUE
    assert change_kinds()["visit"] is change_kinds()["visitor"] is Change.VISITS


def test_changes_are_built_from_table_names_and_combine() -> None:
    booked = Changes.of_tables(["booking", "outbox"])
    assert booked.kinds == {Change.BOOKINGS, Change.SYNC}
    assert booked.touches({Change.BOOKINGS, Change.CLOSURES})
    assert not booked.touches({Change.VISITS})
    assert not Changes() and booked
    assert (booked | Changes.of_tables(["notice"])).kinds == {Change.BOOKINGS, Change.SYNC,
                                                             Change.NOTICES}
    assert Changes.of_tables(["not_a_table"]).kinds == frozenset()


def test_a_booking_is_announced_after_its_commit(ops: Operations) -> None:
    changes = heard(ops.database)
    starts = MORNING + timedelta(days=1)
    request = BookingRequest(room_id=room_id("4.02"), title="Pelatihan", starts_at=starts,
                             ends_at=starts + timedelta(hours=2))
    ops.bookings.book(request, actor=staff("test"))
    assert len(changes) == 1
    assert Change.BOOKINGS in changes[0].kinds
    assert {"booking", "outbox"} <= changes[0].tables


def test_a_check_in_is_announced_as_visits(ops: Operations) -> None:
    changes = heard(ops.database)
    ops.check_in(CheckInRequest(name="Budi", phone="081234567890", purpose=Purpose.MEETING,
                                consent=True))
    assert changes and changes[0].touches({Change.VISITS})
    assert not changes[0].touches({Change.BOOKINGS})


def test_reading_and_rolling_back_announce_nothing(database: Database) -> None:
    changes = heard(database)
    with database.reading() as session:
        session.add(Floor(number=11, name_id="Lantai 11", name_en="Floor 11"))
        session.flush()
    with pytest.raises(RuntimeError), database.unit_of_work() as session:
        session.add(Floor(number=12, name_id="Lantai 12", name_en="Floor 12"))
        session.flush()
        raise RuntimeError("changed my mind")
    with database.unit_of_work() as session:
        session.get(Visit, uuid.uuid4())  # a unit of work that writes nothing
    assert changes == []


def test_statements_that_skip_the_flush_are_announced_too(database: Database) -> None:
    changes = heard(database)
    with database.unit_of_work() as session:
        session.execute(insert(Notice).values(id=uuid.uuid4(), kind="test", message="hi",
                                              payload={}, created_at=MORNING))
    with database.unit_of_work() as session:
        session.execute(update(SyncState).values(last_error=""))
    assert [c.kinds for c in changes] == [{Change.NOTICES}, {Change.SYNC}]


def test_a_failing_listener_neither_undoes_the_commit_nor_silences_the_others(
        database: Database) -> None:
    def broken(changes: Changes) -> None:
        raise ValueError("a listener's own bug")

    database.listen(broken)
    changes = heard(database)
    with database.unit_of_work() as session:
        session.add(Floor(number=11, name_id="Lantai 11", name_en="Floor 11"))
    assert [c.kinds for c in changes] == [{Change.CATALOGUE, Change.SYNC}]
    with database.reading() as session:
        assert session.query(Floor).filter_by(number=11).count() == 1
    database.unlisten(broken)


def test_a_commit_by_another_process_is_noticed_and_our_own_is_not(
        settings: Settings, ops: Operations) -> None:
    """``close-day`` from cron writes the same file: an open console must still hear of it.
    A second Operations opens its own engine, as another process would."""
    assert not ops.database.changed_elsewhere()  # the first look sets the baseline
    visit = ops.check_in(CheckInRequest(name="Sri Wahyuni", phone="0812 3456 7890",
                                        purpose=Purpose.MEETING, consent=True)).visit
    assert not ops.database.changed_elsewhere()  # our own commit was announced already
    other = Operations.open(settings, clock=lambda: MORNING)
    try:
        other.check_out(visit_id=visit.visit_id)
    finally:
        other.close()
    elsewhere = ops.database.changed_elsewhere()
    assert elsewhere.touches({Change.VISITS}) and elsewhere.kinds == set(Change)
    assert not ops.database.changed_elsewhere()  # told once
