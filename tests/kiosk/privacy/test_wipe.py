"""Deleted means gone from the file: after a purge and after an erasure, the person's name
and phone (UTF-8) occur nowhere in the device's database file, its WAL, or the backups its
migrations made, byte for byte."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from kiosk.models import OutboxEntry, Purpose, Visitor
from kiosk.operations import Operations
from kiosk.privacy import wipe
from kiosk.privacy.erasure import anonymise_visitors
from kiosk.privacy.retention import purge
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING, staff
from tests.kiosk.privacy.conftest import (
    Clock,
    copy_into_revision,
    days_ago,
    files_holding,
    settings_in,
    visit,
)

NAME = "Sukarni Wijayakusuma"
PERSON = {
    "name": NAME.encode(),
    "name, case-folded": NAME.casefold().encode(),
    "phone": b"81299887766",  # in +6281299887766 and in 081299887766 alike
    "group member": b"Ratih Kusumawardani",
    "member's name in Chinese script": "苏卡尼".encode(),
    # JSON columns (group members, outbox payloads) keep it as ASCII escapes.
    "member's name in Chinese script, JSON-escaped": json.dumps("苏卡尼").strip('"').encode(),
}
#: Someone still inside the retention period: proves the search reads the files.
KEPT = {"kept visitor": b"Budi Hartono"}


def others(ops: Operations, clock: Clock, first: int, count: int, days: float) -> None:
    for i in range(first, first + count):
        visit(ops, clock, days_ago(days), f"Budi Hartono {chr(65 + i % 26) * (1 + i // 26)}",
              f"08135550{i:04d}")


def fill(ops: Operations, clock: Clock) -> None:
    """Other people, the person's visits (checked in and out, in a group) among them, the
    outbox pushed to central since (its entries deleted, as sync does), other people again."""
    others(ops, clock, 0, 40, 430)
    first = visit(ops, clock, days_ago(420), NAME, "0812-9988-7766",
                  members=("Ratih Kusumawardani", "苏卡尼"))
    ops.check_out(visit_id=first.visit.visit_id)
    visit(ops, clock, days_ago(400), NAME, "+62 812 9988 7766", organization="Toko Lestari")
    clock.now = days_ago(399)  # and once at the desk: the activity record names no visitor
    try:
        ops.check_in_at_desk(CheckInRequest(name=NAME, phone="081299887766", consent=True,
                                            purpose=Purpose.MEETING), staff())
    finally:
        clock.now = MORNING
    others(ops, clock, 40, 40, 390)


def push(ops: Operations) -> None:
    """What a sync round does to the outbox once central has the entries."""
    with ops.database.unit_of_work() as session:
        session.execute(delete(OutboxEntry))


def push_before_0008(path: Path) -> None:
    """The same, by a device before the privacy migration, whose SQLite (like many builds)
    left deleted records in the free space of the file."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA secure_delete=OFF")
        db.execute("DELETE FROM outbox")
    finally:
        db.close()


@pytest.fixture(params=["standalone", "synced", "migrated from 0007"])
def device(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock
           ) -> Iterator[Operations]:
    """A device holding the person: made now, its outbox still holding every change
    (standalone) or pushed to central since (synced); or made before the privacy migration
    (0008), synced, and then opened by the application, which migrated it after taking a
    backup."""
    settings = settings_in(tmp_path / "device")
    if request.param == "migrated from 0007":
        seed = settings_in(tmp_path / "seed")
        with Operations.open(seed, clock=clock) as ops:
            fill(ops, clock)
        settings.data_path.mkdir(parents=True)
        copy_into_revision(seed.database_path, settings.database_path, "0007")
        push_before_0008(settings.database_path)
        ops = Operations.open(settings, clock=clock)
        assert wipe.backup_files(settings.database_path)  # the migration's backup
    else:
        ops = Operations.open(settings, clock=clock)
        fill(ops, clock)
        if request.param == "synced":
            push(ops)
    others(ops, clock, 80, 5, 100)
    before = files_holding(settings.data_path, {**PERSON, **KEPT})
    found = {label for hits in before.values() for label in hits}
    assert {"name", "phone", "group member", *KEPT} <= found, before
    yield ops
    ops.close()


def ages(device: Operations) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in wipe.backup_files(device.settings.database_path)}


def test_after_a_purge_the_person_is_in_no_file(device: Operations) -> None:
    made = ages(device)
    report = purge(device.database, device.settings, now=MORNING)
    assert (report.visitors, report.visits) == (81, 83)  # the person (3 visits), 80 others
    assert files_holding(device.settings.data_path, PERSON) == {}
    assert files_holding(device.settings.data_path, KEPT)
    assert ages(device) == made  # a wiped backup is as old as it was: retention deletes it


def test_after_an_erasure_the_person_is_in_no_file(device: Operations) -> None:
    with device.database.unit_of_work() as session:
        ids = list(session.scalars(select(Visitor.id).where(Visitor.full_name == NAME)))
        anonymise_visitors(session, ids, at=MORNING)
    wiped = wipe.make_unrecoverable(device.database, device.settings.database_path)
    assert wiped.wal_truncated
    assert files_holding(device.settings.data_path, PERSON) == {}
    assert files_holding(device.settings.data_path, KEPT)
