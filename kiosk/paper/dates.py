"""Dates as printed for people: Indonesian first, English beside it, and the building's zone
by its Indonesian abbreviation.

Written out by hand rather than through the C library's locale: a kiosk or a print server may
not have ``id_ID`` installed, and the paper must read the same on every device.
"""

from __future__ import annotations

from datetime import date
from typing import Final
from zoneinfo import ZoneInfo

DAYS_ID: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_ID: Final = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                    "September", "Oktober", "November", "Desember")
MONTHS_EN: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")

#: Indonesia's three zones by the names people use; any other zone goes by its key.
_ZONE_LABELS: Final = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def format_date_id(day: date) -> str:
    """"30 November 2026" (a datetime gives its own date: convert it to the zone first)."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def format_day_id(day: date) -> str:
    """"Senin, 30 November 2026"."""
    return f"{DAYS_ID[day.weekday()]}, {format_date_id(day)}"


def format_day_en(day: date) -> str:
    """"Monday, 30 November 2026"."""
    return f"{DAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def zone_label(zone: ZoneInfo) -> str:
    """"WIB" for Asia/Jakarta (also WITA, WIT); another zone's key as it is."""
    return _ZONE_LABELS.get(zone.key, zone.key)
