"""Dates typed on the command line."""

from __future__ import annotations

import re
from datetime import date


def typed_day(text: str) -> date | None:
    """``YYYY-MM-DD`` and nothing else (``date.fromisoformat`` would take ``20261130``), in
    years a building's calendar can have (0001-01-01 would overflow the time zone); None for
    anything else."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if 2000 <= day.year <= 2100 else None
