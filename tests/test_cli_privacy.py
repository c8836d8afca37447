"""``gic-kiosk privacy``, run as a real process: a manager answers a visitor's requests about
their data from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.config import load_settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING
from tests.pdf_tools import text_of
from tests.test_cli import gic


def config_with_budi(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\n', encoding="utf-8")
    with Operations.open(load_settings(path, environ={}), clock=lambda: MORNING) as ops:
        for name, phone in (("Budi Santoso", "081234567890"), ("Sari Santoso", "081234567890")):
            ops.check_in(CheckInRequest(name=name, phone=phone, purpose=Purpose.TRAINING,
                                        consent=True))
    return path


def test_export_writes_a_pdf_and_json_and_the_register_keeps_no_phone(tmp_path: Path) -> None:
    config = config_with_budi(tmp_path)
    done = gic("privacy", "export", "--phone", "0812 3456 7890", "--name", "budi santoso",
               "--language", "en", "--out", str(tmp_path / "out"), config=config)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    pdf, json_file = (Path(p) for p in done.stdout.splitlines())
    assert pdf.suffix == ".pdf" and json_file.suffix == ".json"
    text = text_of(pdf.read_bytes())
    assert "Budi Santoso" in text and "Sari" not in text and "Visits (1)" in text
    assert [v["name"] for v in json.loads(json_file.read_text("utf-8"))["visitors"]] == [
        "Budi Santoso"]
    register = gic("privacy", "requests", config=config)
    [entry] = register.stdout.splitlines()
    assert " · export · due " in entry and "closed" in entry and "1 visitor(s)" in entry
    assert "812" not in entry and "Budi" not in entry


def test_withdraw_and_erase_say_what_they_did(tmp_path: Path) -> None:
    config = config_with_budi(tmp_path)
    withdrawn = gic("privacy", "withdraw", "--phone", "081234567890", "--name", "Sari Santoso",
                    config=config)
    assert withdrawn.stdout == "consent withdrawn: 1 visitor record(s)\n", withdrawn.stderr
    erased = gic("privacy", "erase", "--phone", "081234567890", config=config)
    assert erased.stdout == "erased: 2 visitor record(s), 2 visit(s)\n", erased.stderr
    again = gic("privacy", "erase", "--phone", "081234567890", config=config)
    assert (again.returncode, again.stdout) == (1, "")
    assert again.stderr == "gic-kiosk: nothing is held under that phone\n"
    assert len(gic("privacy", "requests", config=config).stdout.splitlines()) == 2


def test_a_phone_that_does_not_parse_is_refused_in_one_line(tmp_path: Path) -> None:
    config = config_with_budi(tmp_path)
    for phone, why in (("0812abc", "is not a phone number (letters or symbols)"),
                       ("0812", "is too short for a phone number")):
        refused = gic("privacy", "erase", "--phone", phone, config=config)
        assert (refused.returncode, refused.stdout) == (2, "")
        assert refused.stderr == f"gic-kiosk: phone {why}: {phone!r}\n"
    nothing = gic("privacy", "withdraw", config=config)
    assert (nothing.returncode, nothing.stderr) == (2, "gic-kiosk: give --phone, --name or "
                                                       "both\n")
    assert gic("privacy", "requests", config=config).stdout == "no requests\n"


def test_a_request_received_by_letter_waits_open_until_handled(tmp_path: Path) -> None:
    config = config_with_budi(tmp_path)
    received = gic("privacy", "receive", "erase", "--phone", "0812-3456-7890", "--received",
                   "2026-11-19 09:00", config=config)
    assert received.returncode == 0, received.stderr
    assert received.stdout == ("2026-11-19 09:00 · erase · due 2026-11-22 09:00 · "
                               "open (overdue): +6281234567890\n")
    refused = gic("privacy", "receive", "erase", "--phone", "0812-3456-7890", "--received",
                  "19/11/2026", config=config)
    assert (refused.returncode, refused.stderr) == (
        2, "gic-kiosk: --received must be a past 'YYYY-MM-DD HH:MM'\n")
    gic("privacy", "erase", "--phone", "081234567890", config=config)
    [entry] = gic("privacy", "requests", config=config).stdout.splitlines()
    assert entry.startswith("2026-11-19 09:00 · erase · due 2026-11-22 09:00 · closed ")
    assert "+62" not in entry and entry.endswith("2 visitor(s), 2 visit(s)")
