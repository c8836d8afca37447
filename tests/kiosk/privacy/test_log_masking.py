"""Logs never hold a phone number whole (UU No. 27/2022): whatever a log call passes, the file
shows a mask that staff can tell apart and nobody can call; and the kiosk's own work logs
no visitor's name or phone at INFO."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.logs import configure_logging
from kiosk.operations import Operations
from kiosk.privacy.masks import mask_phone
from kiosk.privacy.retention import purge
from tests.kiosk.privacy.conftest import Clock, days_ago, visit


@pytest.fixture
def log_file(settings: Settings) -> Iterator[Path]:
    """The application's logging, to its real file; the test run's own afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    configure_logging(settings)
    try:
        yield settings.data_path / "logs" / "kiosk.log"
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)


def written(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_phone_mask_keeps_the_start_and_the_last_three_digits() -> None:
    assert mask_phone("+6281234567890") == "+62812••••890"
    assert mask_phone("081234567890") == "08123••••890"
    assert mask_phone("+62811") == "+6••••"


def test_a_phone_number_in_any_log_call_reaches_the_file_masked(log_file: Path) -> None:
    log = logging.getLogger("kiosk.somewhere")
    log.info("visitor +6281299887766 checked in")
    log.warning("typed %s at the desk", "081299887766")
    log.error("lookup %r failed", {"phone": "+6281355500001"})

    text = written(log_file)
    assert "81299887766" not in text and "81355500001" not in text
    assert "visitor +62812••••766 checked in" in text
    assert "typed 08129••••766 at the desk" in text
    assert "+62813••••001" in text


def test_checking_in_and_purging_log_no_name_or_phone(log_file: Path, settings: Settings
                                                      ) -> None:
    clock = Clock()
    with Operations.open(settings, clock=clock) as ops:
        visit(ops, clock, days_ago(400), "Sukarni Wijayakusuma", "0812-9988-7766",
              organization="Toko Lestari", members=("Ratih Kusumawardani",))
        purge(ops.database, settings, now=clock.now)

    text = written(log_file)
    assert "retention purge: anonymised 1 visitor (1 visit)" in text  # the file is really written
    for private in ("Sukarni", "Ratih", "81299887766", "Toko Lestari"):
        assert private not in text
