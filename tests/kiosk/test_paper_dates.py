"""Dates as the passes, slips and schedules print them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.paper.dates import format_date_id, format_day_en, format_day_id, zone_label


def test_a_day_in_indonesian_and_in_english() -> None:
    assert format_day_id(date(2026, 11, 30)) == "Senin, 30 November 2026"
    assert format_day_en(date(2026, 11, 30)) == "Monday, 30 November 2026"
    assert format_day_id(date(2027, 1, 3)) == "Minggu, 3 Januari 2027"
    assert format_day_id(date(2026, 8, 14)) == "Jumat, 14 Agustus 2026"


def test_a_moment_gives_its_own_date() -> None:
    moment = datetime(2026, 12, 31, 18, 30, tzinfo=UTC).astimezone(ZoneInfo("Asia/Jakarta"))
    assert format_date_id(moment) == "1 Januari 2027"  # 01:30 WIB, the next day
    assert format_date_id(date(2026, 5, 2)) == "2 Mei 2026"


@pytest.mark.parametrize(("key", "label"), [
    ("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"),
    ("Asia/Singapore", "Asia/Singapore"),
])
def test_the_zone_by_the_name_people_use(key: str, label: str) -> None:
    assert zone_label(ZoneInfo(key)) == label
