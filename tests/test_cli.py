"""The administrator's command line, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.cli.invite import PURPOSES
from kiosk.cli.schedule import SCHEDULE_KINDS
from kiosk.config import load_settings
from kiosk.db.types import utc_now
from kiosk.models import CheckoutKind, Purpose, Visit
from kiosk.operations import Operations
from kiosk.passes import tokens
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff
from tests.pdf_tools import decode_qr, page_sizes_mm, render, text_of

ROOT = Path(__file__).resolve().parent.parent


def gic(*args: str, config: Path, env: dict[str, str] | None = None, stdin: str | None = None,
        popen: dict[str, Any] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIOSK_CONFIG": str(config), **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=environment, cwd=ROOT, timeout=120, check=False,
                          input=stdin, **(popen or {}))


def test_config_prints_the_effective_settings_with_the_password_masked(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('mode = "reception"\n[central]\nurl = "postgresql://kiosk:hunter2@db/gic"\n',
                      encoding="utf-8")
    result = gic("config", config=config, env={"KIOSK_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert 'mode = "reception"' in result.stdout
    assert 'language = "en"' in result.stdout
    assert "hunter2" not in result.stdout + result.stderr
    assert str(config) in result.stdout


def test_a_malformed_config_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('mode = "kiosk"\nidle_timeout_seconds = "lama"\n', encoding="utf-8")
    result = gic("config", config=config)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{config}, line 2: idle_timeout_seconds: expected a whole number" in result.stderr


# --- invite, set-pin, close-day -------------------------------------------------------------

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\ndevice_name = "cli-test"\n', encoding="utf-8")
    return path


@contextmanager
def operations(config: Path, clock: Callable[[], datetime] = utc_now) -> Iterator[Operations]:
    """The database the commands wrote, opened the way the application opens it."""
    ops = Operations.open(load_settings(config, environ={}), clock=clock)
    try:
        yield ops
    finally:
        ops.close()


def printed(result: subprocess.CompletedProcess[str], label: str) -> str:
    """The value on the line ``label: value`` of a command's output."""
    for line in result.stdout.splitlines():
        if line.startswith(f"{label}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {label!r} line in {result.stdout!r}")


def around_now() -> list[str]:
    """A two-hour window starting this minute, building time: an invitation usable now."""
    now = datetime.now(JAKARTA)
    return ["--date", f"{now:%Y-%m-%d}", "--from", f"{now:%H:%M}", "--hours", "2"]


def test_invite_prints_a_code_the_kiosk_then_finds(config: Path) -> None:
    window = around_now()
    result = gic("invite", "--name", "Ratna Sari", "--phone", "0813 5555 6666",
                 "--organization", "CV Batik Ciputat", "--purpose", "consultation",
                 "--room", "5.02", *window, config=config)
    assert result.returncode == 0, result.stderr
    code = printed(result, "Invitation code")
    payload = printed(result, "QR payload")
    assert payload.startswith("GIC2:")  # signed, like a pass
    assert printed(result, "Guest") == "Ratna Sari (CV Batik Ciputat)"
    assert printed(result, "Where").startswith("5.02 ")
    assert printed(result, "When").endswith(" WIB")
    with operations(config) as ops:
        found = ops.find_invitation(code)
        scanned = ops.handle_scan(payload)  # what the kiosk does with the QR code
    assert scanned.invitation.code == code  # type: ignore[union-attr]
    assert (found.guest_name, found.room_code, found.floor_number) == ("Ratna Sari", "5.02", 5)
    assert found.purpose is Purpose.CONSULTATION
    start = datetime.strptime(f"{window[1]} {window[3]}", "%Y-%m-%d %H:%M")
    assert found.expected_from == start.replace(tzinfo=JAKARTA)
    assert found.expected_until - found.expected_from == timedelta(hours=2)


def test_invite_converts_building_time_to_utc(config: Path) -> None:
    """Typed in building time, stored in UTC: 09:00 WIB is 02:00 UTC."""
    result = gic("invite", "--name", "Ayu", "--date", "2099-03-02", "--from", "09:00",
                 "--until", "11:30", config=config)
    assert result.returncode == 0, result.stderr
    assert printed(result, "Where") == "reception"
    assert printed(result, "When") == "2099-03-02 (Mon) 09:00-11:30 WIB"
    code = printed(result, "Invitation code")
    early = datetime(2099, 3, 2, 1, 30, tzinfo=UTC)  # 08:30 WIB
    with operations(config, clock=lambda: early) as ops:
        found = ops.find_invitation(code)
    assert found.expected_from == datetime(2099, 3, 2, 2, 0, tzinfo=UTC)
    assert found.expected_until == datetime(2099, 3, 2, 4, 30, tzinfo=UTC)


def test_invite_writes_an_a6_slip_whose_qr_code_is_the_printed_payload(
        config: Path, tmp_path: Path) -> None:
    slip = tmp_path / "slips" / "ratna.pdf"
    result = gic("invite", "--name", "Ratna Sari", "--room", "5.02", *around_now(),
                 "--pdf", str(slip), config=config)
    assert result.returncode == 0, result.stderr
    pdf = slip.read_bytes()
    assert page_sizes_mm(pdf) == [(105.0, 148.0)]
    assert decode_qr(render(pdf)[0]) == [printed(result, "QR payload")]
    text = text_of(pdf)
    assert "Ratna Sari" in text and printed(result, "Invitation code") in text
    assert not list(slip.parent.glob("*.part"))


def test_a_slip_prints_a_guests_name_in_any_script(config: Path, tmp_path: Path) -> None:
    slip = tmp_path / "wang.pdf"
    result = gic("invite", "--name", "王小明", "--organization", "北京科技有限公司",
                 "--room", "5.02", *around_now(), "--pdf", str(slip), config=config)
    assert result.returncode == 0, result.stderr
    pdf = slip.read_bytes()
    assert b"DroidSans" in pdf  # the CJK font is embedded, not missing glyphs
    assert "王小明" in text_of(pdf)


def test_invite_finds_a_host_by_name_whatever_the_case(config: Path) -> None:
    assert gic("seed-demo", "--days", "1", config=config).returncode == 0
    result = gic("invite", "--name", "Joko", "--host", "  kopi SITU gintung ", *around_now(),
                 config=config)
    assert result.returncode == 0, result.stderr
    assert printed(result, "Where").startswith("host Kopi Situ Gintung")
    unknown = gic("invite", "--name", "Joko", "--host", "Kopi Situ", *around_now(),
                  config=config)
    assert unknown.returncode == 2
    assert "gic-kiosk: unknown host 'Kopi Situ'" in unknown.stderr
    assert "did you mean 'Kopi Situ Gintung'?" in unknown.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--room", "9.99"], "gic-kiosk: unknown room '9.99'\n"),
        (["--room", "5.2"], "gic-kiosk: unknown room '5.2'; did you mean '5.02'?\n"),
        (["--room", "1.05"], "gic-kiosk: room 1.05 is an office"),
        (["--host", "Nobody Ltd"], "gic-kiosk: unknown host 'Nobody Ltd'"),
        (["--phone", "0812"], "gic-kiosk: phone: phone_too_short\n"),
        (["--date", "2099-01-01", "--from", "10:00", "--until", "09:00"],
         "gic-kiosk: --until 09:00 is not after --from 10:00"),
        (["--date", "2020-01-01", "--from", "10:00", "--hours", "1"],
         "gic-kiosk: the window 2020-01-01 (Wed) 10:00-11:00 WIB is already over\n"),
    ],
)
def test_invite_refusals_are_one_clear_line_and_exit_2(config: Path, arguments: list[str],
                                                       message: str) -> None:
    window = [] if "--from" in arguments else around_now()
    result = gic("invite", "--name", "Ratna Sari", *arguments, *window, config=config)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert result.stdout == ""


def test_invite_reports_every_unusable_field(config: Path) -> None:
    result = gic("invite", "--name", "   ", "--phone", "08x", *around_now(), config=config)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("gic-kiosk: ")]
    assert errors == ["gic-kiosk: guest_name: required",
                      "gic-kiosk: phone: phone_invalid_characters"]


@pytest.mark.parametrize("arguments", [["--from", "25:00", "--hours", "1"],
                                       ["--from", "09:00", "--hours", "0"],
                                       ["--from", "09:00"],
                                       ["--date", "23-11-2026", "--from", "09:00", "--hours", "1"]])
def test_invite_refuses_unreadable_times_as_usage_errors(config: Path,
                                                         arguments: list[str]) -> None:
    result = gic("invite", "--name", "Ratna Sari", *arguments, config=config)
    assert result.returncode == 2
    assert "usage: gic-kiosk invite" in result.stderr
    assert "Traceback" not in result.stderr


def test_set_pin_from_standard_input(config: Path) -> None:
    result = gic("set-pin", "--pin-stdin", config=config, stdin="2468\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Staff PIN set for this device.\n"
    assert "2468" not in result.stdout + result.stderr
    with operations(config) as ops:
        assert ops.verify_staff_pin("2468").ok is True


@pytest.mark.parametrize(("pin", "reason"), [("12", "too short"), ("24a8", "not digits"),
                                             ("", "empty"), ("1" * 13, "too long")])
def test_set_pin_refuses_a_weak_pin(config: Path, pin: str, reason: str) -> None:
    result = gic("set-pin", "--pin-stdin", config=config, stdin=pin + "\n")
    assert result.returncode == 2
    assert f"gic-kiosk: PIN refused ({reason}): use 4 to 12 digits" in result.stderr
    assert "Traceback" not in result.stderr
    with operations(config) as ops:
        assert ops.verify_staff_pin(pin).no_pin_set is True


def test_set_pin_without_a_terminal_refuses_to_echo_the_pin(config: Path) -> None:
    result = gic("set-pin", config=config, stdin="2468\n2468\n",
                 popen={"start_new_session": True})  # no controlling terminal
    assert result.returncode == 2
    assert "use --pin-stdin" in result.stderr
    assert "2468" not in result.stdout + result.stderr


def test_close_day_checks_out_yesterdays_open_visit(config: Path) -> None:
    yesterday = datetime.combine(datetime.now(JAKARTA).date() - timedelta(days=1), time(10),
                                 JAKARTA).astimezone(UTC)
    with operations(config, clock=lambda: yesterday) as ops:
        visit = ops.check_in(CheckInRequest(name="Dewi", phone="081355556666",
                                            purpose=Purpose.MEETING, consent=True)).visit
    result = gic("close-day", config=config)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "1"
    assert result.stdout.startswith("1 visit still open after closing time (21:00)")
    with operations(config) as ops:
        assert ops.visitors_in_building() == []
        with ops.database.reading() as session:
            row = session.get(Visit, visit.visit_id)
            assert row is not None and row.checkout_kind is CheckoutKind.AUTOMATIC
            closing = datetime.combine(yesterday.astimezone(JAKARTA).date(), time(21), JAKARTA)
            assert row.checked_out_at == closing
    again = gic("close-day", config=config)
    assert again.stdout.startswith("0 visits ")


def test_a_command_prints_its_result_and_its_progress_only_when_verbose(config: Path) -> None:
    quiet = gic("close-day", config=config)  # creates and migrates the database on the way
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout.startswith("0 visits still open")
    assert [line for line in quiet.stderr.splitlines() if " INFO " in line] == []
    log = (config.parent / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "INFO kiosk.db.engine: database migrated" in log  # the log file keeps it all
    assert "INFO alembic.runtime.migration" in log
    verbose = gic("--verbose", "close-day", config=config)
    assert verbose.returncode == 0, verbose.stderr
    assert verbose.stdout.startswith("0 visits still open")
    assert "INFO alembic.runtime.migration" in verbose.stderr


def test_the_purposes_offered_are_the_domains() -> None:
    assert set(PURPOSES) == {p.value for p in Purpose}


def test_the_schedule_kinds_offered_are_the_domains() -> None:
    from kiosk.schedules.render import ScheduleKind

    assert set(SCHEDULE_KINDS) == {k.value for k in ScheduleKind}


def test_rotate_key_keeps_todays_passes_valid(config: Path) -> None:
    with operations(config) as ops:
        card = tokens.sign(ops.keyring, tokens.TokenKind.VISIT_PASS, uuid.uuid4(),
                           datetime.now(UTC) + timedelta(hours=2))
        old_key = ops.keyring.signing_key.key_id
    result = gic("rotate-key", config=config)
    assert result.returncode == 0, result.stderr
    assert "key 2" in result.stdout
    with operations(config) as ops:
        assert ops.keyring.signing_key.key_id == old_key + 1
        assert ops.verify_token(card).key_id == old_key


# --- closure ---------------------------------------------------------------------------------


def test_closing_a_room_lists_the_bookings_inside_and_stops_new_ones(tmp_path: Path) -> None:
    from kiosk.bookings.booking import BookingRequest
    from kiosk.bookings.rules import BookingConflictError, ConflictKind
    from kiosk.building.catalogue import room_id

    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    wib = ZoneInfo("Asia/Jakarta")
    # Years ahead: the command line runs on the real clock, and a closure is for what is ahead.
    nine = datetime(2030, 12, 3, 9, tzinfo=wib)
    ops = Operations.open(load_settings(config, environ={}),
                          clock=lambda: datetime(2026, 11, 30, 1, tzinfo=UTC))
    try:
        ops.bookings.book(BookingRequest(room_id("4.03"), "Kelas Ekspor", nine,
                                         nine + timedelta(hours=2)), actor=staff("desk"))
    finally:
        ops.close()
    result = gic("closure", "add", "--scope", "room", "--room", "4.03", "--from",
                 "2030-12-03 08:00", "--until", "2030-12-03", "--reason", "Pengecatan",
                 config=config)
    assert result.returncode == 0, result.stderr
    assert "1 booking(s) inside the closure" in result.stdout
    assert "2030-12-03 09:00 4.03 Kelas Ekspor" in result.stdout
    listed = gic("closure", "list", "--from", "2030-12-02", config=config)
    assert "Pengecatan" in listed.stdout and "room 4.03" in listed.stdout
    ops = Operations.open(load_settings(config, environ={}),
                          clock=lambda: datetime(2026, 11, 30, 1, tzinfo=UTC))
    try:
        with pytest.raises(BookingConflictError) as closed:
            ops.bookings.book(BookingRequest(room_id("4.03"), "Rapat", nine.replace(hour=14),
                                             nine.replace(hour=15)), actor=staff("desk"))
        assert closed.value.occurrences[0].conflicts[0].kind == ConflictKind.CLOSED
    finally:
        ops.close()
    closure_id = listed.stdout.split()[0]
    assert gic("closure", "remove", closure_id, config=config).returncode == 0
    assert "Pengecatan" not in gic("closure", "list", "--from", "2030-12-02",
                                   config=config).stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--scope", "floor", "--floor", "11"), "--floor: give one of the floors 1–10"),
    (("--scope", "room", "--room", "8.01"), "--room: no bookable room '8.01'"),
    (("--scope", "building", "--from", "2030-12-04"), "--until must be after --from"),
    (("--scope", "building", "--from", "besok"), "--from: expected 'YYYY-MM-DD HH:MM'"),
])
def test_a_closure_that_cannot_be_made_is_refused(tmp_path: Path, args: tuple[str, ...],
                                                   message: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    base = {"--from": "2030-12-03", "--until": "2030-12-03", "--reason": "x"}
    given = dict(zip(args[::2], args[1::2], strict=True))
    merged = [item for key, value in {**base, **given}.items() for item in (key, value)]
    result = gic("closure", "add", *merged, config=config)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "Closed" not in result.stdout


def test_a_closure_needs_a_reason_and_a_future(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    blank = gic("closure", "add", "--scope", "building", "--from", "2030-12-03", "--until",
                "2030-12-03", "--reason", "  ", config=config)
    assert blank.returncode == 2 and "--reason" in blank.stderr
    past = gic("closure", "add", "--scope", "building", "--from", "2020-01-01", "--until",
               "2020-01-02", "--reason", "Renovasi", config=config)
    assert past.returncode == 2 and "already past" in past.stderr
    assert "Renovasi" not in gic("closure", "list", "--from", "2019-12-01", "--days", "3660",
                                 config=config).stdout
