"""The day's schedules as files: made from the database, written where asked, or sent to the
printer for the paper size (with a copy kept in the PDF folder).

The command line (``gic-kiosk schedule``) and the reception console (the morning print, through
``BookingOperations.daily_schedules``) both come here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.schedules.render import ScheduleKind

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.db.unit_of_work import Database
    from kiosk.paper.printing import CupsPrinter, PrintOutcome


@dataclass(frozen=True)
class ScheduleRequest:
    """A schedule asked for; ``day`` None means today in the building."""

    kind: ScheduleKind
    day: date | None = None
    floor: int | None = None
    room_code: str | None = None
    paper: str = "A4"
    language: str = "id"


@dataclass(frozen=True)
class Schedule:
    pdf: bytes
    name: str  # the file name it is saved under, e.g. jadwal-2026-11-30-lantai-3.pdf
    day: date
    paper: str


def make_schedule(database: Database, request: ScheduleRequest, settings: Settings,
                  now: datetime) -> Schedule:
    """Read the day (today in the building when the request has no date) and draw it."""
    from kiosk.building import catalogue
    from kiosk.building.name import catalogue_file
    from kiosk.schedules.day import schedule_day
    from kiosk.schedules.render import file_name, render_schedule

    zone = settings.zone
    day = request.day or now.astimezone(zone).date()
    with database.reading() as session:
        day_data = schedule_day(session, day, zone, request.floor, request.room_code,
                                building_name=catalogue.read_catalogue(
                                    catalogue_file(settings)).building_name)
    pdf = render_schedule(request.kind, day_data, language=request.language,
                          floor=request.floor, room_code=request.room_code,
                          paper=request.paper)
    name = file_name(request.kind, day, request.floor, request.room_code, request.paper)
    return Schedule(pdf, name, day, request.paper)


def write_schedule(schedule: Schedule, target: Path) -> Path:
    """Write the PDF to ``target`` (never half-written under its name); returns the path."""
    from kiosk.paths import write_atomically

    return write_atomically(schedule.pdf, target.expanduser())


def send_schedule(schedule: Schedule, settings: Settings,
                  printer: CupsPrinter | None = None) -> PrintOutcome:
    """Print on the A4 queue (``[printers] a4``) at 100 %, keeping a copy in
    ``<pdf_dir>/<date>/``; with no queue configured, only that copy. Raises
    :class:`kiosk.paper.printing.PrintError` when the print fails (the copy is kept)."""
    from kiosk.paper.printing import A3, A4, CupsPrinter, print_or_save

    media = A3 if schedule.paper == "A3" else A4
    return print_or_save(schedule.pdf, schedule.name, printer_queue(schedule.paper, settings),
                         media, settings.pdf_path / schedule.day.isoformat(),
                         printer or CupsPrinter())


def printer_queue(paper: str, settings: Settings) -> str:
    """The queue for ``paper``: A3 goes to ``[printers] a3`` only, since an A4 printer would
    hold the job waiting for A3 sheets (or crop it); empty means "save the PDF"."""
    return settings.printers.a3 if paper == "A3" else settings.printers.a4


def page_count(pdf: bytes) -> int:
    """Pages of a PDF reportlab wrote (its page tree's /Count)."""
    found = re.search(rb"/Count (\d+)", pdf)
    return int(found[1]) if found else 0
