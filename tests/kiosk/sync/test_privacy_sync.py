"""Nothing brings an anonymised person back through sync, and with a central database central
decides the retention purge.

The cases the issue names, each on real devices and a real central PostgreSQL: an offline
desk's older rows pushed after an erasure, a desk restored from an old backup, a re-upload
after a new central identity, a desk that purged by itself while offline, and the central
purge (with ``gic-kiosk central purge``); then a hypothesis machine mixing them all.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Engine, select, text

from kiosk.building import catalogue
from kiosk.central import schema
from kiosk.central.admin import init_central
from kiosk.central.schema import SYNCED_TABLES
from kiosk.config import Settings, load_settings
from kiosk.db.base import Base
from kiosk.db.engine import create_device_engine, open_device_database
from kiosk.db.outbox import jsonable
from kiosk.db.types import utc_now
from kiosk.db.unit_of_work import Database
from kiosk.models import CheckoutKind, Device, OutboxEntry, Purpose, Visit, Visitor
from kiosk.privacy.erasure import anonymise_visitors
from kiosk.privacy.personal import PERSONAL
from kiosk.privacy.retention import purge
from kiosk.sync.device import Synchronizer
from kiosk.visits.check_in import CheckInRequest, check_out
from kiosk.visits.check_in import check_in as check_in_visit
from kiosk.visits.names import name_key
from tests.conftest import MORNING
from tests.kiosk.sync.conftest import Desk, open_desk
from tests.postgres import create_throwaway, drop_throwaway
from tests.test_cli import gic

pytestmark = pytest.mark.postgres

SARI = ("Sari Lestari", "081298765432", "+6281298765432")
FRIEND = "Joko Susilo"


# --- what the tests look at ----------------------------------------------------------------

def leaves(value: Any, found: set[str]) -> None:
    """Every string inside a column's value (JSON lists and objects included)."""
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            leaves(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            leaves(item, found)


def personal_text(engine: Engine, tables: Any, *, outbox: bool) -> set[str]:
    """Every string held in a personal column of every table in PERSONAL, and in every
    pending outbox payload (all of it) when ``outbox``."""
    found: set[str] = set()
    with engine.connect() as connection:
        for table, columns in PERSONAL.items():
            t = tables[table]
            for row in connection.execute(select(*(t.c[c] for c in columns))):
                leaves(tuple(row), found)
        if outbox:
            for payload in connection.scalars(select(OutboxEntry.payload)):
                leaves(payload, found)
    return found


def person_strings(name: str, phone: str, *others: str) -> set[str]:
    return {name, name_key(name), phone, *others}


def held_anywhere(strings: Iterable[str], central: Engine, *desks: Desk) -> dict[str, set[str]]:
    """Where any of ``strings`` is still held: node name → the strings found there."""
    wanted = set(strings)
    where = {"central": personal_text(central, schema.metadata.tables, outbox=False) & wanted}
    for desk in desks:
        where[desk.name] = personal_text(desk.ops.database.engine, Base.metadata.tables,
                                         outbox=True) & wanted
    return {node: found for node, found in where.items() if found}


def visits_per_day(engine: Engine, table: Any) -> Counter[str]:
    with engine.connect() as connection:
        return Counter(str(at)[:10] for at in connection.scalars(select(table.c.checked_in_at)))


def converge(*desks: Desk) -> None:
    for _ in range(2):
        for desk in desks:
            desk.round()


def check_in(desk: Desk, name: str = SARI[0], phone: str = SARI[1],
             members: tuple[str, ...] = ()) -> Visit:
    return stored_visit(desk, desk.ops.check_in(CheckInRequest(
        name=name, phone=phone, purpose=Purpose.TRAINING, consent=True,
        group_size=len(members) + 1, member_names=members)).visit.visit_id)


def come_again(desk: Desk, visitor_id: uuid.UUID, members: tuple[str, ...] = ()) -> Visit:
    """A returning visitor recalled by phone at this desk."""
    return stored_visit(desk, desk.ops.check_in(CheckInRequest(
        visitor_id=visitor_id, purpose=Purpose.MEETING, group_size=len(members) + 1,
        member_names=members)).visit.visit_id)


def stored_visit(desk: Desk, visit_id: uuid.UUID) -> Visit:
    with desk.ops.database.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        session.expunge(visit)
        return visit


def erase(desk: Desk, visitor_id: uuid.UUID) -> None:
    with desk.ops.database.unit_of_work() as session:
        anonymise_visitors(session, [visitor_id], at=desk.ops.clock())


def withdraw(desk: Desk, visitor_id: uuid.UUID) -> None:
    """The visitor withdrew consent at this desk: an update of their row, as it was there."""
    with desk.ops.database.unit_of_work() as session:
        visitor = session.get(Visitor, visitor_id)
        assert visitor is not None
        visitor.consent_withdrawn_at = desk.ops.clock()
        visitor.consent_at, visitor.consent_version = None, ""


def backup_file(path: Path, backup: Path) -> None:
    """A consistent copy of a live database with SQLite's backup API."""
    source, copy = sqlite3.connect(path), sqlite3.connect(backup)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def visitor_row(engine: Engine, tables: Any, visitor_id: uuid.UUID) -> Any:
    with engine.connect() as connection:
        table = tables["visitor"]
        return connection.execute(select(table).where(table.c.id == visitor_id)).one()


# --- the cases -----------------------------------------------------------------------------

def test_an_offline_desks_older_rows_do_not_bring_an_erased_visitor_back(
        desks: Callable[..., Desk], central: Engine) -> None:
    """The kiosk was offline when reception erased Sari: it still recalled her, checked her
    group in and recorded her withdrawal. Pushed afterwards, none of it names her again,
    and the kiosk itself ends with her anonymised."""
    kiosk, desk = desks("kiosk"), desks("desk")
    first = check_in(kiosk)
    converge(kiosk, desk)
    again = come_again(kiosk, first.visitor_id, (FRIEND,))  # offline from here
    withdraw(kiosk, first.visitor_id)
    erase(desk, first.visitor_id)
    desk.round()
    kiosk.round()
    with central.connect() as connection:  # the kiosk's own row came back to it
        echoes = connection.execute(text(
            "SELECT echo FROM sync_change WHERE entity = 'visitor' AND entity_id = :id "
            "AND device_id = (SELECT id FROM sync_device WHERE name = 'kiosk') "
            "ORDER BY seq DESC LIMIT 1"), {"id": first.visitor_id}).scalar()
    assert echoes is False
    converge(kiosk, desk)
    assert held_anywhere(person_strings(*SARI[::2], FRIEND), central, kiosk, desk) == {}
    for engine, tables in ((central, schema.metadata.tables),
                           (kiosk.ops.database.engine, Base.metadata.tables)):
        assert visitor_row(engine, tables, first.visitor_id).anonymized_at is not None
        assert visits_per_day(engine, tables["visit"]) == Counter({"2026-11-23": 2})
    with central.connect() as connection:
        table = schema.metadata.tables["visit"]
        assert connection.execute(select(table.c.anonymized_at).where(
            table.c.id == again.id)).scalar() is not None


def test_an_anonymisation_pulled_from_central_leaves_no_bytes_in_the_desks_files(
        desks: Callable[..., Desk], central: Engine) -> None:
    """Reception erased Sari; the kiosk that checked her in learns it by sync. Her name and
    phone are then nowhere in the kiosk's database file or its write-ahead log."""
    kiosk, desk = desks("kiosk"), desks("desk")
    visit = check_in(kiosk, members=(FRIEND,))
    converge(kiosk, desk)
    erase(desk, visit.visitor_id)
    desk.round()
    assert kiosk.round().anonymised >= 2  # the visitor and the visit
    path = kiosk.ops.settings.database_path
    files = [f for f in (path, path.with_name(path.name + "-wal")) if f.exists()]
    for text_ in (SARI[0], SARI[2], FRIEND):
        for file in files:
            assert text_.encode() not in file.read_bytes(), (text_, file.name)


def test_a_desk_restored_from_an_old_backup_does_not_bring_an_erased_visitor_back(
        tmp_path: Path, central: Engine) -> None:
    folder = tmp_path / "kiosk"
    kiosk = open_desk(folder, "kiosk", central)
    desk = open_desk(tmp_path / "desk", "desk", central)
    try:
        visit = check_in(kiosk, members=(FRIEND,))
        kiosk.round()
        path = kiosk.ops.settings.database_path
        backup = tmp_path / "backup.sqlite3"
        backup_file(path, backup)  # last night's copy, Sari in it
        for name, phone in (("Tono Wijaya", "081311112222"), ("Wulan Sari", "081311113333")):
            check_in(kiosk, name, phone)  # after the copy: receipts the copy never saw
            kiosk.round()
        desk.round()
        erase(desk, visit.visitor_id)
        converge(desk, kiosk)
        kiosk.ops.close()
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        shutil.copy(backup, path)  # the disk died
        kiosk = open_desk(folder, "kiosk", central)
        assert kiosk.round().reset == "restored"  # every row offered again, Sari's too
        converge(kiosk, desk)
        assert held_anywhere(person_strings(*SARI[::2], FRIEND), central, kiosk, desk) == {}
        assert visits_per_day(kiosk.ops.database.engine, Base.metadata.tables["visit"]) \
            == Counter({"2026-11-23": 3})
    finally:
        kiosk.ops.close()
        desk.ops.close()


def test_a_re_upload_to_a_new_central_database_keeps_an_older_erasure(
        desks: Callable[..., Desk], central: Engine) -> None:
    """Reception erased Sari; the kiosk, offline, changed her row later (her withdrawal).
    Both start over with a new central database, the kiosk first: its newer row names her,
    the desk's older one does not, and the anonymised one wins whatever the clocks say."""
    kiosk, desk = desks("kiosk"), desks("desk")
    visit = check_in(kiosk)
    converge(kiosk, desk)
    erase(desk, visit.visitor_id)
    desk.round()
    withdraw(kiosk, visit.visitor_id)  # later than the erasure, on the kiosk only
    other = create_throwaway()
    try:
        init_central(other)
        moved = [Synchronizer(d.ops.database, other) for d in (kiosk, desk)]
        assert [s.round().reset for s in moved] == ["central identity changed"] * 2
        for _ in range(2):
            for synchronizer in moved:
                synchronizer.round()
        assert held_anywhere(person_strings(*SARI[::2]), other, kiosk, desk) == {}
        assert visitor_row(other, schema.metadata.tables, visit.visitor_id).full_name == ""
    finally:
        drop_throwaway(other)


def test_a_desk_that_was_offline_purges_by_itself_and_central_and_every_desk_follow(
        desks: Callable[..., Desk], central: Engine) -> None:
    kiosk, desk = desks("kiosk"), desks("desk")
    visit = check_in(kiosk, members=(FRIEND,))
    converge(kiosk, desk)
    later = MORNING + timedelta(days=kiosk.ops.settings.retention_days + 1)
    report = purge(kiosk.ops.database, kiosk.ops.settings, now=later)  # offline
    assert report.visitors == 1
    converge(kiosk, desk)
    assert held_anywhere(person_strings(*SARI[::2], FRIEND), central, kiosk, desk) == {}
    assert visitor_row(central, schema.metadata.tables, visit.visitor_id).anonymized_at \
        is not None
    for engine, tables in ((central, schema.metadata.tables),
                           (desk.ops.database.engine, Base.metadata.tables)):
        assert visits_per_day(engine, tables["visit"]) == Counter({"2026-11-23": 1})


def test_central_purges_by_the_last_visit_anywhere_and_every_desk_pulls_it(
        desks: Callable[..., Desk], central: Engine) -> None:
    """Sari came once; Tono came again 300 days later at another desk. 400 days on, central
    purges Sari and keeps Tono (his last visit anywhere is recent). A desk that was offline
    recalled Sari meanwhile: that visit, pushed after the purge, is anonymised too."""
    kiosk, desk = desks("kiosk"), desks("desk")
    late = desks("late", clock=lambda: MORNING + timedelta(days=300))
    sari = check_in(kiosk, members=(FRIEND,))
    tono = check_in(kiosk, "Tono Wijaya", "081311112222")
    converge(kiosk, desk, late)
    come_again(late, tono.visitor_id)
    late.round()
    offline = come_again(desk, sari.visitor_id, ("Rina Wati",))  # the desk is offline
    now = MORNING + timedelta(days=400)
    synchronizer = kiosk.sync
    would = synchronizer.purge_central(365, now, dry_run=True)
    assert (would.visitors, would.visits) == (1, 1)
    assert visitor_row(central, schema.metadata.tables, sari.visitor_id).full_name == SARI[0]
    purged = synchronizer.purge_central(365, now)
    assert (purged.visitors, purged.visits) == (1, 1)
    assert synchronizer.purge_central(365, now).total == 0  # again: nothing twice
    converge(kiosk, desk, late)
    gone = person_strings(*SARI[::2], FRIEND, "Rina Wati")
    assert held_anywhere(gone, central, kiosk, desk, late) == {}
    assert "Tono Wijaya" in personal_text(central, schema.metadata.tables, outbox=False)
    with central.connect() as connection:
        table = schema.metadata.tables["visit"]
        assert connection.execute(select(table.c.anonymized_at).where(
            table.c.id == offline.id)).scalar() is not None
    expected = Counter({"2026-11-23": 3, str((MORNING + timedelta(days=300)).date()): 1})
    for engine, tables in ((central, schema.metadata.tables),
                           *((d.ops.database.engine, Base.metadata.tables)
                             for d in (kiosk, desk, late))):
        assert visits_per_day(engine, tables["visit"]) == expected


def test_the_central_purge_command_for_the_database_hosts_cron(
        desks: Callable[..., Desk], central: Engine, tmp_path: Path) -> None:
    long_ago = utc_now() - timedelta(days=10)
    kiosk = desks("kiosk", clock=lambda: long_ago)
    check_in(kiosk)
    kiosk.round()
    url = central.url.render_as_string(hide_password=False)
    config = tmp_path / "admin.toml"
    config.write_text(f'data_dir = "data"\ndevice_name = "admin"\nretention_days = 7\n\n'
                      f'[central]\nurl = "{url}"\n', encoding="utf-8")
    dry = gic("central", "purge", "--dry-run", config=config)
    assert dry.returncode == 0, dry.stderr
    assert "1 visitors, 1 visits" in dry.stdout and "would be anonymised" in dry.stdout
    assert SARI[0] in personal_text(central, schema.metadata.tables, outbox=False)
    done = gic("central", "purge", config=config)
    assert done.returncode == 0, done.stderr
    assert "1 visitors, 1 visits" in done.stdout and "would" not in done.stdout
    kiosk.round()
    assert held_anywhere(person_strings(*SARI[::2]), central, kiosk) == {}


def test_a_device_s_daily_purge_lets_central_decide_first(
        desks: Callable[..., Desk], central: Engine, tmp_path: Path) -> None:
    """``gic-kiosk purge`` on any device (its cron) purges central, then itself."""
    long_ago = utc_now() - timedelta(days=10)
    kiosk = desks("kiosk", clock=lambda: long_ago)
    check_in(kiosk)
    kiosk.round()
    url = central.url.render_as_string(hide_password=False)
    config = tmp_path / "desk.toml"
    config.write_text(f'data_dir = "data"\ndevice_name = "desk"\nretention_days = 7\n\n'
                      f'[central]\nurl = "{url}"\n', encoding="utf-8")
    done = gic("purge", config=config)
    assert done.returncode == 0, done.stderr
    assert "Central: 1 visitors (1 visits)" in done.stdout
    kiosk.round()
    assert held_anywhere(person_strings(*SARI[::2]), central, kiosk) == {}


def test_before_the_purge_nothing_moves(desks: Callable[..., Desk], central: Engine) -> None:
    """Inside the retention period, the central purge changes nothing and announces nothing."""
    kiosk = desks("kiosk")
    check_in(kiosk)
    kiosk.round()
    with central.connect() as connection:
        before = connection.execute(text("SELECT max(seq) FROM sync_change")).scalar()
    assert kiosk.sync.purge_central(365, MORNING + timedelta(days=364)).total == 0
    with central.connect() as connection:
        assert connection.execute(text("SELECT max(seq) FROM sync_change")).scalar() == before


# --- the machine: any mix of it all ----------------------------------------------------------

RETENTION = Settings().retention_days
NAMES = ("Ani", "Bayu", "Citra", "Dewi", "Eko", "Putu", "Siti", "Wayan")
DEVICE = st.integers(0, 2)
PICK = st.integers(0, 10**6)
SYLLABLES = ("ba", "di", "ku", "me", "no", "ra", "si", "tu")


def word(number: int) -> str:
    """A name-like word of its own for every number (names take no digits)."""
    syllables = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        syllables.append(SYLLABLES[digit])
        if not number:
            break
    return "".join(syllables).capitalize()


@dataclasses.dataclass
class Person:
    """Someone who came: one visitor row, and every string that names them or their group."""

    name: str
    visitor_id: uuid.UUID
    strings: set[str]
    #: Erased, or past retention at a purge that knew them: must be gone everywhere.
    gone: bool = False
    withdrawn: bool = False


@dataclasses.dataclass
class Node:
    name: str
    settings: Settings
    database: Database
    sync: Synchronizer
    device_id: uuid.UUID
    #: This device's clock: purges move it on past the retention period.
    clock: datetime = MORNING
    online: bool = True
    backup: Path | None = None


def reset_central(central: Engine) -> None:
    """An empty central database with a new identity (``central init`` on an empty one)."""
    tables = ", ".join(f'"{t}"' for t in (*SYNCED_TABLES, "sync_change", "sync_applied_op",
                                          "sync_notification", "sync_device",
                                          "sync_organization_merge", "sync_identity"))
    with central.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY"))
    init_central(central)


def past_retention(engine: Engine, tables: Any, cutoff: datetime) -> set[uuid.UUID]:
    """The visitors, not yet anonymised here, whose last visit known here is before cutoff."""
    with engine.connect() as connection:
        named = set(connection.scalars(select(tables["visitor"].c.id).where(
            tables["visitor"].c.anonymized_at.is_(None))))
        last: dict[uuid.UUID, datetime] = {}
        for visitor_id, at in connection.execute(select(tables["visit"].c.visitor_id,
                                                        tables["visit"].c.checked_in_at)):
            last[visitor_id] = max(at, last.get(visitor_id, at))
    return {v for v in named if v in last and last[v] < cutoff}


def comparable(engine: Engine, tables: Any) -> dict[str, list[str]]:
    """Every synced row as text, ``updated_at`` included (each row's outbox entry carries
    exactly the time it holds, ``kiosk.db.outbox``), with when it was anonymised reduced to
    whether it was: a copy that anonymised a row itself keeps its own (earliest) moment when
    central's later one arrives, and a pulled row is never pushed back to tell central."""
    found = {}
    with engine.connect() as connection:
        for name in SYNCED_TABLES:
            table = tables[name]
            rows = []
            for row in connection.execute(select(table).order_by(table.c.id)).mappings():
                values = {k: jsonable(v) for k, v in row.items()}
                if "anonymized_at" in values:
                    values["anonymized_at"] = values["anonymized_at"] is not None
                rows.append(json.dumps(values, sort_keys=True, default=str))
            found[name] = rows
    return found


class Lifecycle(RuleBasedStateMachine):
    central: Engine
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="gic-privacy-"))
        self.people: list[Person] = []
        #: Every visit that exists somewhere, and its day.
        self.visits: dict[uuid.UUID, str] = {}
        reset_central(self.central)
        self.nodes = [self._open(number) for number in range(3)]

    def _open(self, number: int) -> Node:
        folder = self.folder / f"device-{number}"
        folder.mkdir(parents=True)
        config = folder / "config.toml"
        config.write_text(f'data_dir = "{folder / "data"}"\ndevice_name = "device-{number}"\n',
                          encoding="utf-8")
        settings = load_settings(config, environ={})
        settings.database_path.parent.mkdir(parents=True)
        shutil.copy(self.template, settings.database_path)
        database = Database(create_device_engine(settings.database_path))
        with database.engine.begin() as local:  # its own operations, as if it made them
            for (seq,) in local.exec_driver_sql("SELECT seq FROM outbox").all():
                local.exec_driver_sql("UPDATE outbox SET op_id = ? WHERE seq = ?",
                                      (uuid.uuid4().hex, seq))
        device_id = uuid.uuid4()
        with database.unit_of_work() as session:
            session.add(Device(id=device_id, name=f"device-{number}"))
        return Node(f"device-{number}", settings, database,
                    Synchronizer(database, self.central), device_id)

    def teardown(self) -> None:
        for node in self.nodes:
            node.database.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- people ----------------------------------------------------------------------------

    @initialize(groups=st.lists(st.integers(1, 3), min_size=2, max_size=2))
    def regulars_are_known_everywhere(self, groups: list[int]) -> None:
        """Two regulars, synced everywhere: every example starts with people whom every desk
        can recall, check out, erase or see withdraw (and often the same one)."""
        for device, group in enumerate(groups):
            self.someone_new_checks_in(device, group)
        for _ in range(2):
            for node in self.nodes:
                node.sync.round()

    @rule(device=DEVICE, group=st.integers(1, 3))
    def someone_new_checks_in(self, device: int, group: int) -> None:
        node = self._node(device)
        number = len(self.people)
        name = f"{NAMES[number % len(NAMES)]} {word(number)}"
        members = tuple(f"{name} Kawan {word(i)}" for i in range(1, group))
        with node.database.unit_of_work() as session:
            visit = check_in_visit(session, CheckInRequest(
                name=name, phone=f"0812{number:08d}", purpose=Purpose.TRAINING,
                group_size=group, member_names=members, consent=True),
                now=node.clock, device_id=node.device_id)
            visitor = session.get(Visitor, visit.visitor_id)
            assert visitor is not None
            strings = {name, visitor.name_key, visitor.phone_e164, *members}
            self.people.append(Person(name, visitor.id, strings))
            self.visits[visit.id] = str(visit.checked_in_at)[:10]

    @rule(device=DEVICE, pick=PICK, group=st.integers(2, 3))
    def someone_comes_again(self, device: int, pick: int, group: int) -> None:
        """Recalled by phone on a desk that still knows them (maybe one that was offline when
        they were erased elsewhere)."""
        node = self._node(device)
        person = self._pick(node, pick, named=True)
        if person is None or person.withdrawn:
            return
        members = tuple(f"{person.name} Teman {word(len(self.visits) * 4 + i)}"
                        for i in range(1, group))
        person.strings |= set(members)
        with node.database.unit_of_work() as session:
            visit = check_in_visit(session, CheckInRequest(
                visitor_id=person.visitor_id, purpose=Purpose.MEETING, group_size=group,
                member_names=members), now=node.clock, device_id=node.device_id)
            self.visits[visit.id] = str(visit.checked_in_at)[:10]

    @rule(device=DEVICE, pick=PICK)
    def someone_leaves(self, device: int, pick: int) -> None:
        """Checked out at a desk that has the visit (a later write of a row that may have
        been anonymised elsewhere meanwhile)."""
        node = self._node(device)
        with node.database.unit_of_work() as session:
            inside = list(session.scalars(select(Visit.id).where(
                Visit.checked_out_at.is_(None)).order_by(Visit.id)))
            if inside:
                check_out(session, now=node.clock, kind=CheckoutKind.RECEPTION,
                          visit_id=inside[pick % len(inside)])

    @rule(device=DEVICE, pick=PICK)
    def someone_is_erased(self, device: int, pick: int) -> None:
        node = self._node(device)
        person = self._pick(node, pick, named=False)
        if person is None:
            return
        before = self._per_day(node)
        with node.database.unit_of_work() as session:
            anonymise_visitors(session, [person.visitor_id], at=node.clock)
        person.gone = True
        assert self._per_day(node) == before

    @rule(device=DEVICE, pick=PICK)
    def someone_withdraws_consent(self, device: int, pick: int) -> None:
        node = self._node(device)
        person = self._pick(node, pick, named=True)
        if person is None:
            return
        with node.database.unit_of_work() as session:
            visitor = session.get(Visitor, person.visitor_id)
            assert visitor is not None
            visitor.consent_withdrawn_at = node.clock
            visitor.consent_at, visitor.consent_version = None, ""
        person.withdrawn = True

    # --- time and purges -------------------------------------------------------------------

    @rule(device=DEVICE, days=st.sampled_from((1, 100, RETENTION + 1)))
    def time_passes(self, device: int, days: int) -> None:
        self._node(device).clock += timedelta(days=days)

    @rule(device=DEVICE)
    def the_device_purges(self, device: int) -> None:
        node = self._node(device)
        due = past_retention(node.database.engine, Base.metadata.tables,
                             node.clock - timedelta(days=RETENTION))
        before = self._per_day(node)
        purge(node.database, node.settings, now=node.clock)
        assert self._per_day(node) == before
        self._gone(due)

    @rule(device=DEVICE)
    def central_purges(self, device: int) -> None:
        """The device's daily purge, online: central decides by every device's visits."""
        node = self._node(device)
        if not node.online:
            return
        due = past_retention(self.central, schema.metadata.tables,
                             node.clock - timedelta(days=RETENTION))
        before = visits_per_day(self.central, schema.metadata.tables["visit"])
        node.sync.purge_central(RETENTION, node.clock)
        assert visits_per_day(self.central, schema.metadata.tables["visit"]) == before
        self._gone(due)

    # --- the network and disasters ---------------------------------------------------------

    @rule(device=DEVICE)
    def goes_offline(self, device: int) -> None:
        self._node(device).online = False

    @rule(device=DEVICE)
    def comes_back(self, device: int) -> None:
        self._node(device).online = True

    @rule(device=DEVICE)
    def syncs(self, device: int) -> None:
        node = self._node(device)
        if node.online:
            node.sync.round()

    @rule(device=DEVICE)
    def backs_up(self, device: int) -> None:
        node = self._node(device)
        node.backup = node.settings.database_path.with_name("backup.sqlite3")
        backup_file(node.settings.database_path, node.backup)

    @precondition(lambda self: any(node.backup for node in self.nodes))
    @rule(device=DEVICE)
    def is_restored_from_its_backup(self, device: int) -> None:
        backed_up = [node for node in self.nodes if node.backup is not None]
        node = backed_up[device % len(backed_up)]
        assert node.backup is not None
        node.database.dispose()
        path = node.settings.database_path
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        shutil.copy(node.backup, path)
        node.database = Database(create_device_engine(path))
        node.sync = Synchronizer(node.database, self.central)
        self._after_a_loss()

    @rule(order=st.permutations(range(3)))
    def central_is_new(self, order: list[int]) -> None:
        """A new, empty central database: the devices online start over in this order (each
        re-uploads everything it has), the others when they come back."""
        reset_central(self.central)
        self._after_a_loss()
        for number in order:
            self.syncs(number)

    # --- the end ---------------------------------------------------------------------------

    def check_everything(self) -> None:
        """Everyone online and synced: nobody gone is named anywhere, every day keeps its
        visits, and every device equals central."""
        for node in self.nodes:
            node.online = True
        for _ in range(2):
            for node in self.nodes:
                node.sync.round()
        gone = set().union(*(p.strings for p in self.people if p.gone))
        assert held(self.central, schema.metadata.tables, gone, outbox=False) == set()
        expected = Counter(self.visits.values())
        assert visits_per_day(self.central, schema.metadata.tables["visit"]) == expected
        everyone = comparable(self.central, schema.metadata.tables)
        for node in self.nodes:
            assert held(node.database.engine, Base.metadata.tables, gone, outbox=True) \
                == set(), node.name
            assert self._per_day(node) == expected, node.name
            assert comparable(node.database.engine, Base.metadata.tables) == everyone, \
                node.name

    # --- helpers ---------------------------------------------------------------------------

    def _node(self, number: int) -> Node:
        return self.nodes[number % len(self.nodes)]

    def _pick(self, node: Node, pick: int, *, named: bool) -> Person | None:
        """Someone this device has a row of (``named``: still naming them)."""
        with node.database.reading() as session:
            query = select(Visitor.id)
            if named:
                query = query.where(Visitor.anonymized_at.is_(None),
                                    Visitor.consent_withdrawn_at.is_(None))
            here = set(session.scalars(query))
        candidates = [p for p in self.people if p.visitor_id in here]
        return candidates[pick % len(candidates)] if candidates else None

    def _per_day(self, node: Node) -> Counter[str]:
        return visits_per_day(node.database.engine, Base.metadata.tables["visit"])

    def _gone(self, visitor_ids: set[uuid.UUID]) -> None:
        for person in self.people:
            if person.visitor_id in visitor_ids:
                person.gone = True

    def _after_a_loss(self) -> None:
        """What a disaster took: visits no node holds any more, and anonymisations no node
        holds (made on a device since restored, or only ever on a central database since
        replaced): the next purge or request does them again."""
        visits: set[uuid.UUID] = set()
        anonymised: set[uuid.UUID] = set()
        for engine, tables in ((self.central, schema.metadata.tables),
                               *((n.database.engine, Base.metadata.tables) for n in self.nodes)):
            with engine.connect() as connection:
                visits |= set(connection.scalars(select(tables["visit"].c.id)))
                anonymised |= set(connection.scalars(select(tables["visitor"].c.id).where(
                    tables["visitor"].c.anonymized_at.is_not(None))))
        self.visits = {v: day for v, day in self.visits.items() if v in visits}
        for person in self.people:
            person.gone = person.gone and person.visitor_id in anonymised


def held(engine: Engine, tables: Any, strings: set[str], *, outbox: bool) -> set[str]:
    return personal_text(engine, tables, outbox=outbox) & strings


class _Checked(Lifecycle):
    def teardown(self) -> None:
        try:
            self.check_everything()
        finally:
            super().teardown()


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A migrated device database holding the building (copied for every device)."""
    path = tmp_path / "template.sqlite3"
    database = open_device_database(path)
    with database.unit_of_work() as session:
        catalogue.apply_catalogue(session, catalogue.read_catalogue())
    database.dispose()
    return path


def test_nobody_erased_or_past_retention_is_held_anywhere_whatever_happens(
        central: Engine, template: Path) -> None:
    """Check-ins, syncs, purges, erasures, withdrawals, devices offline, a device restored
    from an old backup, a new central database, in any order: after everyone syncs, nobody
    erased or past retention is named on any device (rows and outbox) or centrally, every
    day has as many visits as were made, and every device equals central."""
    _Checked.central = central
    _Checked.template = template
    run_state_machine_as_test(_Checked, settings=settings(
        max_examples=20, stateful_step_count=50, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
