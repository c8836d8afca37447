"""The demo building's data tables, read from ``resources/demo/demo.toml``: organisations,
names by culture, phone prefixes, what happens in the rooms and why visitors come.

The file holds the facts; this module only gives them their types. Order is kept as written,
so the same seed always picks the same entries.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import time
from typing import Any

from kiosk.bookings.recurrence import Frequency, Recurrence
from kiosk.models import OrganizationKind, Purpose, RoomKind
from kiosk.paths import RESOURCES

DEMO_FILE = RESOURCES / "demo" / "demo.toml"


@dataclass(frozen=True)
class HostSpec:
    name: str
    kind: OrganizationKind
    floor: int
    #: Sits in an office on that floor (partners only run programmes there).
    office: bool


@dataclass(frozen=True)
class Culture:
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...] = ()
    #: Fraction of people named with two given names.
    two_given: float = 0.25


@dataclass(frozen=True)
class SeriesSpec:
    title: str
    room_kind: RoomKind
    start: time
    hours: int
    recurrence: Recurrence


def _clock(text: str) -> time:
    return time.fromisoformat(text)


def _series(row: dict[str, Any]) -> SeriesSpec:
    recurrence = Recurrence(Frequency(row["frequency"]), weekdays=tuple(row.get("weekdays", ())),
                            count=row.get("count"))
    return SeriesSpec(row["title"], RoomKind(row["room_kind"]), _clock(row["start"]),
                      row["hours"], recurrence)


_DATA = tomllib.loads(DEMO_FILE.read_text(encoding="utf-8"))
_BUILDING = _DATA["building"]
_NAMES = _DATA["names"]
_PURPOSES = {Purpose(key): value for key, value in _DATA["purposes"].items()}

VISITOR_COUNT: int = _BUILDING["visitor_count"]
FUTURE_BOOKING_DAYS: int = _BUILDING["future_booking_days"]
#: The building's busy hours; check-ins cluster around their middles.
PEAKS = tuple(_clock(t) for t in _BUILDING["peaks"])
BOOKING_HOURS = tuple(_clock(t) for t in _BUILDING["booking_hours"])
TODAY_OPEN_VISITS: tuple[int, int] = tuple(_BUILDING["today_open_visits"])

TENANTS: tuple[str, ...] = tuple(_DATA["organisations"]["tenants"])
VISITOR_BUSINESSES: tuple[str, ...] = tuple(_DATA["organisations"]["visitor_businesses"])
HOSTS = tuple(HostSpec(h["name"], OrganizationKind(h["kind"]), h["floor"], h["office"])
              for h in _DATA["hosts"])

CULTURES = tuple(Culture(c["weight"], tuple(c["male"]), tuple(c["female"]), tuple(c["family"]),
                         c["two_given"]) for c in _DATA["cultures"])
MONONYMS: tuple[str, ...] = tuple(_NAMES["mononyms"])
MALE_PREFIXES: tuple[str, ...] = tuple(_NAMES["male_prefixes"])
FEMALE_PREFIXES: tuple[str, ...] = tuple(_NAMES["female_prefixes"])
DEGREES: tuple[str, ...] = tuple(_NAMES["degrees"])
MOBILE_PREFIXES: tuple[str, ...] = tuple(_NAMES["mobile_prefixes"])

BOOKING_TITLES = {RoomKind(kind): tuple(titles)
                  for kind, titles in _DATA["booking_titles"].items()}
BOOKING_WEIGHTS = {RoomKind(kind): weight for kind, weight in _DATA["booking_weights"].items()}
SERIES = tuple(_series(row) for row in _DATA["series"])

PURPOSE_WEIGHTS = {purpose: row["weight"] for purpose, row in _PURPOSES.items()}
#: How long a visit of each purpose lasts, in minutes.
STAY_MINUTES: dict[Purpose, tuple[int, int]] = {
    purpose: tuple(row["stay_minutes"]) for purpose, row in _PURPOSES.items()}
PURPOSE_ROOMS = {purpose: tuple(RoomKind(kind) for kind in row["rooms"])
                 for purpose, row in _PURPOSES.items()}
