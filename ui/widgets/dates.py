"""Dates between Python and Qt: one conversion each way, and a day and a time picked in the
building's wall clock as an aware UTC moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime


def to_qdate(day: date) -> QDate:
    """A Python date as a ``QDate``, for date edits."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A date edit's ``QDate`` as a Python date."""
    return date(day.year(), day.month(), day.day())


def building_moment(day: QDate, at: QTime, zone: ZoneInfo) -> datetime:
    """A date and a time picked in the building's wall clock, as an aware UTC datetime."""
    local = datetime.combine(from_qdate(day), time(at.hour(), at.minute()), zone)
    return local.astimezone(UTC)
