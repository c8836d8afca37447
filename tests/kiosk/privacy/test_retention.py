"""Retention, on by default: whoever's last visit is older than ``retention_days`` is
anonymised, by the application's daily purge or ``gic-kiosk purge``, and the visits per day
stay the same; old PDFs, rotated logs and migration backups are deleted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.config import Settings
from kiosk.db.engine import backup_database
from kiosk.db.types import utc_now
from kiosk.models import DenyEntry, HeldCheckIn, Invitation, OutboxEntry, Visit, Visitor
from kiosk.operations import Operations
from kiosk.privacy.retention import purge
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.kiosk.privacy.conftest import Clock, days_ago, settings_in, visit

ROOT = Path(__file__).resolve().parents[3]
#: retention_days in the tests' settings (the default).
RETENTION = timedelta(days=365)


def visits_per_day(ops: Operations) -> list[tuple[str, int, int]]:
    with ops.database.reading() as session:
        day = func.date(Visit.checked_in_at)
        return [(str(d), int(n), int(people)) for d, n, people in session.execute(
            select(day, func.count(), func.sum(Visit.group_size)).group_by(day).order_by(day))]


def named(ops: Operations) -> set[str]:
    with ops.database.reading() as session:
        return set(session.scalars(select(Visitor.full_name).where(
            Visitor.anonymized_at.is_(None))))


@pytest.fixture
def people(device: Operations, clock: Clock) -> Operations:
    """Visitors on each side of the cutoff (now − 365 days)."""
    visit(device, clock, days_ago(700), "Lama Sekali", "081300000001", members=("Adi",))
    visit(device, clock, MORNING - RETENTION - timedelta(minutes=1), "Lewat Sedikit",
          "081300000002", organization="Toko Lestari")
    visit(device, clock, MORNING - RETENTION, "Tepat Batas", "081300000003")
    visit(device, clock, days_ago(500), "Masih Datang", "081300000004")
    visit(device, clock, days_ago(20), "Masih Datang", "081300000004", members=("Rina",))
    visit(device, clock, days_ago(1), "Baru Kemarin", "081300000005")
    with device.database.unit_of_work() as session:  # registered, never came
        session.add(Visitor(full_name="Tanpa Kunjungan", name_key="tanpa kunjungan",
                            phone_e164="+6281300000006", created_at=days_ago(400)))
        session.add(Visitor(full_name="Baru Daftar", name_key="baru daftar",
                            phone_e164="+6281300000007", created_at=days_ago(10)))
    return device


def test_exactly_who_is_past_retention_is_anonymised_and_the_days_still_count(
        people: Operations) -> None:
    days = visits_per_day(people)

    report = purge(people.database, people.settings, now=MORNING, batch_size=2)

    assert named(people) == {"Tepat Batas", "Masih Datang", "Baru Kemarin", "Baru Daftar"}
    assert (report.visitors, report.visits) == (3, 2)
    assert report.batches > 2  # two visitors a unit of work
    assert visits_per_day(people) == days
    with people.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Visit).where(
            Visit.anonymized_at.is_not(None))) == 2


def test_someone_past_retention_invited_for_next_week_keeps_the_invitation(
        people: Operations) -> None:
    start = MORNING + timedelta(days=7)
    people.create_invitation(InvitationRequest("Lama Sekali", start, start + timedelta(hours=1),
                                               phone="081300000001"), staff())

    assert purge(people.database, people.settings, now=MORNING, dry_run=True).invitations == 0
    purge(people.database, people.settings, now=MORNING)

    assert "Lama Sekali" not in named(people)
    with people.database.reading() as session:
        assert session.scalars(select(Invitation.guest_name)).one() == "Lama Sekali"


def test_a_purge_leaves_no_pending_outbox_entry_naming_them(people: Operations) -> None:
    purge(people.database, people.settings, now=MORNING)
    with people.database.reading() as session:
        payloads = " ".join(str(p) for p in session.scalars(select(OutboxEntry.payload)))
    for gone in ("Lama Sekali", "Lewat Sedikit", "Tanpa Kunjungan", "81300000001", "'Adi'"):
        assert gone not in payloads
    assert "Masih Datang" in payloads


def dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def test_a_dry_run_counts_what_would_go_and_changes_nothing(people: Operations) -> None:
    before = dump(people.settings.database_path)

    would = purge(people.database, people.settings, now=MORNING, dry_run=True)

    assert dump(people.settings.database_path) == before
    done = purge(people.database, people.settings, now=MORNING)
    assert would.dry_run and not done.dry_run
    assert (would.visitors, would.visits, would.invitations) == (
        done.visitors, done.visits, done.invitations) == (3, 2, 0)
    assert "would anonymise 3 visitors (2 visits), 0 invitations" in would.line()


def test_ended_deny_entries_old_invitations_and_held_check_ins_are_anonymised(
        device: Operations) -> None:
    long_ago = MORNING - RETENTION - timedelta(days=1)
    for days, guest in ((400, "Tamu Lama"), (-1, "Tamu Besok")):
        start = days_ago(days)
        device.create_invitation(InvitationRequest(guest, start, start + timedelta(hours=1),
                                                   phone="081300000009"), staff())
    with device.database.unit_of_work() as session:
        for name, ends, removed in (("Berakhir Lama", long_ago, None),
                                    ("Dihapus Lama", None, long_ago),
                                    ("Berakhir Baru", days_ago(3), None),
                                    ("Tanpa Akhir", None, None)):
            entry = DenyEntry(name=name, name_key=name.casefold(), reason="alasan",
                              ends_at=ends, deleted_at=removed)
            session.add(entry)
            session.flush()
        session.add(HeldCheckIn(deny_entry_id=entry.id, request={"name": "Ditahan Lama"},
                                created_at=long_ago))
        session.add(HeldCheckIn(deny_entry_id=entry.id, request={"name": "Ditahan Baru"}))

    report = purge(device.database, device.settings, now=MORNING)

    assert (report.deny_entries, report.invitations, report.held) == (2, 1, 1)
    with device.database.reading() as session:
        assert set(session.scalars(select(DenyEntry.name))) == {"", "Berakhir Baru",
                                                                 "Tanpa Akhir"}
        assert set(session.scalars(select(Invitation.guest_name))) == {"", "Tamu Besok"}
        assert [h.get("name") for h in session.scalars(select(HeldCheckIn.request))
                ].count("Ditahan Baru") == 1


def aged(path: Path, when: datetime, content: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_old_pdfs_logs_and_backups_are_deleted_and_recent_ones_kept(
        device: Operations) -> None:
    settings = device.settings
    old, recent = days_ago(400), days_ago(30)
    pdfs, logs = settings.pdf_path, settings.data_path / "logs"
    gone = [aged(pdfs / "2025-10-01" / "pass-K7Q2M9AB.pdf", old),
            aged(pdfs / "invitation-ABCD1234.pdf", old),
            aged(logs / "kiosk.log.3", old),
            aged(backup_database(settings.database_path, "before-0007"), old)]
    kept = [aged(pdfs / "2026-10-24" / "pass-RYFPT65E.pdf", recent),
            aged(logs / "kiosk.log.1", recent),
            aged(logs / "kiosk.log", old),  # the file being written
            aged(backup_database(settings.database_path, "before-0008"), recent)]

    report = purge(device.database, settings, now=MORNING)

    assert (report.pdfs, report.logs, report.backups) == (2, 1, 1)
    assert [p.exists() for p in gone] == [False] * 4
    assert [p.exists() for p in kept] == [True] * 4
    assert not (pdfs / "2025-10-01").exists()  # the emptied day's folder too


@pytest.fixture
def old_visitor(tmp_path: Path) -> Iterator[Settings]:
    """A device whose one visitor came 400 days ago, by the real clock (commands use it)."""
    settings = settings_in(tmp_path)
    clock = Clock(utc_now())
    with Operations.open(settings, clock=clock) as ops:
        visit(ops, clock, clock.now - timedelta(days=400), "Lama Sekali", "081300000001")
    yield settings


def gic(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    config = settings.data_path.parent / "config.toml"
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--config", str(config),
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          check=False)


def test_the_purge_command_says_in_one_line_what_went(old_visitor: Settings) -> None:
    dry = gic(old_visitor, "purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Dry run (365 days): would anonymise 1 visitor (1 visit)")
    assert dry.stdout.count("\n") == 1 and dry.stderr == ""
    assert "Lama" not in dry.stdout

    done = gic(old_visitor, "purge")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Purge (365 days): anonymised 1 visitor (1 visit)")
    db = sqlite3.connect(old_visitor.database_path)
    try:
        assert db.execute("SELECT full_name, phone_e164 FROM visitor").fetchall() == [("", "")]
    finally:
        db.close()
    assert "would anonymise 0 visitors" in gic(old_visitor, "purge", "--dry-run").stdout


def test_a_request_left_open_past_retention_forgets_who_asked(device: Operations) -> None:
    from kiosk.data_requests.people import person
    from kiosk.models import PrivacyRequest, RequestKind

    for received in (days_ago(400), days_ago(2)):
        device.data_requests.receive(RequestKind.EXPORT, person("081300000009"), staff(),
                                     received_at=received)
    purge(device.database, device.settings, now=MORNING)
    with device.database.reading() as session:
        subjects = sorted(r.subject for r in session.scalars(select(PrivacyRequest)))
    assert subjects == ["", "+6281300000009"]
