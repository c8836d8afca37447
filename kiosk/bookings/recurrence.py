"""Repeating bookings: the choices a receptionist makes, as RFC 5545 rules, expanded by dateutil.

A rule is expanded in the building's wall time (a weekly training at 09:00 stays at 09:00 WIB
whatever the UTC offset does) and each occurrence is then stored in UTC. The rule text is the
RRULE body without DTSTART (the series keeps its first start separately), with UNTIL as a
floating local date-time, so the same text round-trips through ICS export.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from kiosk.errors import ErrorCode, InvalidFieldError

#: A series may not reach further than this from its first occurrence…
MAX_SPAN = timedelta(days=731)
#: …nor have more occurrences than this (a daily series over two years has 731).
MAX_OCCURRENCES = 750

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"  # on chosen weekdays
    MONTHLY_BY_DATE = "monthly_by_date"  # e.g. every 15th
    MONTHLY_BY_WEEKDAY = "monthly_by_weekday"  # e.g. every second Tuesday, or the last Friday


@dataclass(frozen=True)
class Recurrence:
    """How a booking repeats. Exactly one of ``count`` and ``until`` ends it."""

    frequency: Frequency
    interval: int = 1
    #: For WEEKLY: Monday = 0 … Sunday = 6, besides the first occurrence's own weekday.
    weekdays: tuple[int, ...] = ()
    count: int | None = None
    #: The last day an occurrence may fall on, in the building's calendar (inclusive).
    until: date | None = None

    def rule(self, first_start_local: datetime) -> str:
        """The RRULE body for a series whose first occurrence starts at ``first_start_local``
        (naive wall time). Raises :class:`InvalidFieldError` for a rule that cannot be made."""
        if (self.count is None) == (self.until is None):
            raise InvalidFieldError("recurrence", ErrorCode.SERIES_NEEDS_END)
        if not 1 <= self.interval <= 12:
            raise InvalidFieldError("recurrence", ErrorCode.SERIES_INTERVAL_RANGE)
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise InvalidFieldError("recurrence", ErrorCode.SERIES_TOO_LONG)
        if self.until is not None:
            if self.until < first_start_local.date():
                raise InvalidFieldError("recurrence", ErrorCode.SERIES_ENDS_BEFORE_START)
            if self.until - first_start_local.date() > MAX_SPAN:
                raise InvalidFieldError("recurrence", ErrorCode.SERIES_TOO_LONG)
        parts = []
        if self.frequency == Frequency.DAILY:
            parts.append("FREQ=DAILY")
        elif self.frequency == Frequency.WEEKLY:
            # The day the receptionist picked is always one of the series' days.
            days = sorted({*self.weekdays, first_start_local.weekday()})
            if any(not 0 <= d <= 6 for d in days):
                raise InvalidFieldError("recurrence", ErrorCode.SERIES_INTERVAL_RANGE)
            parts.append("FREQ=WEEKLY")
            parts.append("BYDAY=" + ",".join(_WEEKDAYS[d] for d in days))
        elif self.frequency == Frequency.MONTHLY_BY_DATE:
            parts.append("FREQ=MONTHLY")
            parts.append(f"BYMONTHDAY={first_start_local.day}")
        else:
            parts.append("FREQ=MONTHLY")
            parts.append(f"BYDAY={nth_weekday(first_start_local.date())}"
                         f"{_WEEKDAYS[first_start_local.weekday()]}")
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        else:
            assert self.until is not None
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)


def nth_weekday(day: date) -> int:
    """Which of its month's same weekdays ``day`` is: 1…4, or -1 for a fifth one (a fifth
    Tuesday does not exist every month; "the last Tuesday" does). A fourth Tuesday stays the
    fourth, even when it is also the month's last."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def expand(rule: str, first_start: datetime, zone: ZoneInfo) -> list[datetime]:
    """The starts (UTC) of every occurrence of ``rule`` from ``first_start``, expanded in the
    building's wall time. :class:`Recurrence` makes rules that the first start matches, so
    it is the first occurrence (dateutil, unlike RFC 5545, yields only matching dates)."""
    local = first_start.astimezone(zone).replace(tzinfo=None)
    parsed = rrulestr(rule, dtstart=local)
    starts = []
    for i, moment in enumerate(parsed):
        if i >= MAX_OCCURRENCES + 1:
            raise InvalidFieldError("recurrence", ErrorCode.SERIES_TOO_LONG)
        starts.append(moment.replace(tzinfo=zone).astimezone(UTC))
    if starts and starts[-1] - starts[0] > MAX_SPAN:
        # A count can reach as far as an end date: every twelfth month, 60 times.
        raise InvalidFieldError("recurrence", ErrorCode.SERIES_TOO_LONG)
    return starts


def split_rule(rule: str, first_start: datetime, at: datetime, zone: ZoneInfo
               ) -> tuple[str, str]:
    """Cut a series at the occurrence starting at ``at`` (UTC): the rule that ends before it
    and the rule that carries on from it (same pattern, the remaining count or the old end)."""
    local_first = first_start.astimezone(zone).replace(tzinfo=None)
    local_at = at.astimezone(zone).replace(tzinfo=None)
    parsed = rrulestr(rule, dtstart=local_first)
    before = [m for m in parsed if m < local_at]
    head = _without(rule, ("COUNT", "UNTIL"))
    ended = f"{head};UNTIL={(local_at - timedelta(seconds=1)):%Y%m%dT%H%M%S}"
    fields = dict(part.split("=", 1) for part in rule.split(";"))
    if "COUNT" in fields:
        remaining = max(1, int(fields["COUNT"]) - len(before))
        rest = f"{head};COUNT={remaining}"
    else:
        rest = f"{head};UNTIL={fields['UNTIL']}"
    return ended, rest


def shift_rule(rule: str, new_first_local: datetime, days: int) -> str:
    """The rule of a series whose every occurrence moved ``days`` days, to start at
    ``new_first_local`` (wall time): weekdays, the day of the month and the end move along."""
    if days == 0:
        return rule
    fields = dict(part.split("=", 1) for part in rule.split(";"))
    if fields["FREQ"] == "WEEKLY" and "BYDAY" in fields:
        fields["BYDAY"] = ",".join(
            _WEEKDAYS[(_WEEKDAYS.index(d) + days) % 7]
            for d in sorted(fields["BYDAY"].split(","),
                            key=lambda d: (_WEEKDAYS.index(d) + days) % 7))
    elif fields["FREQ"] == "MONTHLY" and "BYMONTHDAY" in fields:
        fields["BYMONTHDAY"] = str(new_first_local.day)
    elif fields["FREQ"] == "MONTHLY" and "BYDAY" in fields:
        fields["BYDAY"] = (f"{nth_weekday(new_first_local.date())}"
                           f"{_WEEKDAYS[new_first_local.weekday()]}")
    if "UNTIL" in fields:
        until = datetime.strptime(fields["UNTIL"], "%Y%m%dT%H%M%S") + timedelta(days=days)
        fields["UNTIL"] = f"{until:%Y%m%dT%H%M%S}"
    return ";".join(f"{key}={value}" for key, value in fields.items())


def _without(rule: str, keys: tuple[str, ...]) -> str:
    return ";".join(p for p in rule.split(";") if p.split("=", 1)[0] not in keys)


def local_datetime(day: date, at: time, zone: ZoneInfo) -> datetime:
    """A wall-clock moment in the building as an aware UTC datetime."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
