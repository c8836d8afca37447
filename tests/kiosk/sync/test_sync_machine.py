"""Three to five devices and one central database, driven by hypothesis through random
interleavings of check-ins, check-outs, bookings, cancellations, syncs, and devices going
offline and coming back. At the end, with everyone back online and synced:

* every device equals the central database, table by table (compared by hashes);
* every outbox is empty;
* the central database holds no two overlapping confirmed bookings of a room;
* every operation any device ever queued was applied exactly once, or rejected with a
  notification when it was a booking.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Engine, select, text

from kiosk.bookings.booking import BookingRequest, Scope, book, cancel_booking
from kiosk.bookings.rules import Rules
from kiosk.building import catalogue
from kiosk.building.catalogue import room_id
from kiosk.central import apply, schema
from kiosk.central.schema import SYNCED_TABLES
from kiosk.config import Settings
from kiosk.db.base import Base
from kiosk.db.engine import create_device_engine, open_device_database
from kiosk.db.unit_of_work import Database
from kiosk.errors import KioskError
from kiosk.models import CheckoutKind, Device, OutboxEntry, Purpose
from kiosk.sync.device import Synchronizer
from kiosk.visits.check_in import CheckInRequest, check_in, check_out
from tests.conftest import MORNING, staff
from tests.kiosk.sync.conftest import central_hashes, table_hashes

pytestmark = pytest.mark.postgres

ROOMS = (room_id("4.01"), room_id("4.02"))
#: Tuesday 09:00, 10:00 and 13:00 WIB: two-hour bookings at these overlap often.
SLOTS = tuple(datetime(2026, 11, 24, hour - 7, 0, tzinfo=UTC) for hour in (9, 10, 13))
RULES = dataclasses.replace(Rules.from_settings(Settings()), confirm_locally=False)
NAMES = ("Ani", "Bayu", "Citra", "Dewi", "Eko", "Putu", "Siti", "Wayan")


@dataclasses.dataclass
class Node:
    name: str
    database: Database
    sync: Synchronizer
    device_id: uuid.UUID
    online: bool = True


class Building(RuleBasedStateMachine):
    central: Engine
    template: Path

    visits = Bundle("visits")
    bookings = Bundle("bookings")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="gic-sync-"))
        self.nodes: list[Node] = []
        #: Every operation any device queued, seen before it could leave an outbox.
        self.queued: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
        with self.central.begin() as connection:
            tables = ", ".join(f'"{t}"' for t in (*SYNCED_TABLES, "sync_change",
                                                  "sync_applied_op", "sync_notification",
                                                  "sync_device"))
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY"))

    @initialize(count=st.integers(min_value=3, max_value=5))
    def open_devices(self, count: int) -> None:
        for number in range(count):
            path = self.folder / f"device-{number}.sqlite3"
            shutil.copy(self.template, path)
            database = Database(create_device_engine(path))
            with database.engine.begin() as local:  # its own operations, as if it made them
                for (seq,) in local.exec_driver_sql("SELECT seq FROM outbox").all():
                    local.exec_driver_sql("UPDATE outbox SET op_id = ? WHERE seq = ?",
                                          (uuid.uuid4().hex, seq))
            device_id = uuid.uuid4()
            with database.unit_of_work() as session:
                session.add(Device(id=device_id, name=f"device-{number}"))
            self.nodes.append(Node(f"device-{number}", database,
                                   Synchronizer(database, self.central), device_id))

    def teardown(self) -> None:
        for node in self.nodes:
            node.database.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- what people do ------------------------------------------------------------------

    @rule(target=visits, device=st.integers(0, 4), name=st.sampled_from(NAMES),
          group=st.integers(1, 3))
    def check_in(self, device: int, name: str, group: int) -> uuid.UUID:
        node = self._node(device)
        with node.database.unit_of_work() as session:
            visit = check_in(session, CheckInRequest(
                name=name, phone=f"0812{uuid.uuid4().int % 10**8:08d}",
                purpose=Purpose.TRAINING, group_size=group, consent=True),
                now=MORNING, device_id=node.device_id)
            return visit.id

    @rule(visit=consumes(visits), device=st.integers(0, 4))
    def check_out(self, visit: uuid.UUID, device: int) -> None:
        node = self._node(device)
        try:  # another desk may not have heard of it yet, or checked it out already
            with node.database.unit_of_work() as session:
                check_out(session, now=MORNING + timedelta(hours=1),
                          kind=CheckoutKind.RECEPTION, visit_id=visit)
        except KioskError:
            pass

    @rule(target=bookings, device=st.integers(0, 4), room=st.sampled_from(ROOMS),
          start=st.sampled_from(SLOTS))
    def book(self, device: int, room: uuid.UUID, start: datetime) -> uuid.UUID:
        node = self._node(device)
        try:  # refused when this desk already knows the room is taken
            with node.database.unit_of_work() as session:
                booked = book(session, BookingRequest(
                    room_id=room, title=f"Pelatihan {node.name}", starts_at=start,
                    ends_at=start + timedelta(hours=2), attendees=10), RULES,
                    actor=staff(node.name), now=MORNING)
                return booked.booking_ids[0]
        except KioskError:
            return uuid.uuid4()  # a booking nobody has: cancelling it is refused too

    @rule(booking=consumes(bookings), device=st.integers(0, 4))
    def cancel(self, booking: uuid.UUID, device: int) -> None:
        node = self._node(device)
        try:
            with node.database.unit_of_work() as session:
                cancel_booking(session, booking, Scope.ONE, actor=staff(node.name), now=MORNING)
        except KioskError:
            pass

    # --- the network ---------------------------------------------------------------------

    @rule(device=st.integers(0, 4))
    def go_offline(self, device: int) -> None:
        self._node(device).online = False

    @rule(device=st.integers(0, 4))
    def come_back(self, device: int) -> None:
        self._node(device).online = True

    @precondition(lambda self: any(node.online for node in self.nodes))
    @rule(device=st.integers(0, 4))
    def sync(self, device: int) -> None:
        node = self._node(device)
        if node.online:
            self._sync(node)

    @invariant()
    def central_never_double_books(self) -> None:
        if self.nodes:
            assert _overlaps(self.central) == []

    # --- the end -------------------------------------------------------------------------

    def check_convergence(self) -> None:
        for node in self.nodes:
            node.online = True
        for _ in range(2):
            for node in self.nodes:
                self._sync(node)
        expected = central_hashes(self.central)
        for node in self.nodes:
            assert table_hashes(node.database.engine, Base.metadata.tables) == expected, node.name
            with node.database.engine.connect() as local:
                assert local.execute(select(OutboxEntry.op_id)).first() is None
        with self.central.connect() as connection:
            answered = apply.answers(connection, list(self.queued))
            noticed = set(connection.scalars(select(schema.notification.c.booking_id)))
        for op_id, (entity, entity_id) in self.queued.items():
            assert op_id in answered, (entity, entity_id)
            result, _reason = answered[op_id]
            assert result in (apply.Result.APPLIED, apply.Result.REJECTED)
            if result == apply.Result.REJECTED and entity == "booking":
                assert entity_id in noticed
        assert _overlaps(self.central) == []

    def _sync(self, node: Node) -> None:
        with node.database.engine.connect() as local:
            for row in local.execute(select(OutboxEntry.op_id, OutboxEntry.entity,
                                            OutboxEntry.entity_id)):
                self.queued[row.op_id] = (row.entity, row.entity_id)
        node.sync.round()

    def _node(self, number: int) -> Node:
        return self.nodes[number % len(self.nodes)]


def _overlaps(central: Engine) -> list[object]:
    with central.connect() as connection:
        return list(connection.execute(text(
            "SELECT a.id, b.id FROM booking a JOIN booking b ON a.room_id = b.room_id "
            "AND a.id < b.id WHERE a.status = 'confirmed' AND b.status = 'confirmed' "
            "AND a.deleted_at IS NULL AND b.deleted_at IS NULL "
            "AND tstzrange(a.blocked_from, a.blocked_until, '[)') && "
            "tstzrange(b.blocked_from, b.blocked_until, '[)')")))


@pytest.fixture
def template(tmp_path: Path) -> Iterator[Path]:
    """A migrated device database holding the building (copied for every device)."""
    path = tmp_path / "template.sqlite3"
    database = open_device_database(path)
    with database.unit_of_work() as session:
        catalogue.apply_catalogue(session, catalogue.read_catalogue())
    database.dispose()
    yield path


class _Checked(Building):
    def teardown(self) -> None:
        try:
            if self.nodes:
                self.check_convergence()
        finally:
            super().teardown()


def test_devices_converge_whatever_happens(central: Engine, template: Path) -> None:
    _Checked.central = central
    _Checked.template = template
    run_state_machine_as_test(_Checked, settings=settings(
        max_examples=50, stateful_step_count=50, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
