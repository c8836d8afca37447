"""What ``gic-kiosk schedule`` needs besides argparse: reading what was typed, making the PDF,
and writing it to a file or sending it to the A4 printer (or the PDF folder).

Nothing here prints: ``main.py`` prints the lines these functions return. Every refusal of
what was typed is a :class:`kiosk.schedules.render.ScheduleInputError` with a one-line message,
raised before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.dates import typed_day
from kiosk.schedules.render import PAPERS, ScheduleInputError, ScheduleKind

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.db.unit_of_work import Database
    from kiosk.paper.printing import CupsPrinter, PrintOutcome


@dataclass(frozen=True)
class ScheduleRequest:
    """A schedule as asked for on the command line; ``day`` None means today."""

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


def parse_request(*, date_text: str | None, kind: str | None, floor: int | None,
                  room: str | None, paper: str, language: str) -> ScheduleRequest:
    """What was typed, checked as far as it can be without the database. Without ``kind``:
    a room's door sheet when a room is given, a floor's grid when a floor is, else the lobby
    list."""
    day = parse_day(date_text) if date_text is not None else None
    if floor is not None and floor < 1:
        raise ScheduleInputError(f"floor {floor} does not exist (floors are numbered from 1)")
    code = room.strip() if room is not None else None
    if code == "":
        raise ScheduleInputError("--room needs a room code, e.g. 3.02")
    if paper.upper() not in PAPERS:
        raise ScheduleInputError(f"paper must be A4 or A3, not {paper!r}")
    if kind is None:
        chosen = (ScheduleKind.ROOM if code is not None
                  else ScheduleKind.FLOOR if floor is not None else ScheduleKind.LOBBY)
    else:
        try:
            chosen = ScheduleKind(kind)
        except ValueError:
            raise ScheduleInputError(f"kind must be lobby, floor or room, not {kind!r}") from None
    return ScheduleRequest(chosen, day, floor, code, paper.upper(), language)


def parse_day(text: str) -> date:
    day = typed_day(text)
    if day is None:
        raise ScheduleInputError(f"--date: expected a date like 2026-11-30, got {text!r}")
    return day


def make_schedule(database: Database, request: ScheduleRequest, settings: Settings,
                  now: datetime) -> Schedule:
    """Read the day (today in the building when the request has no date) and draw it."""
    from kiosk.building import catalogue
    from kiosk.schedules.render import file_name, render_schedule, schedule_day

    zone = settings.zone
    day = request.day or now.astimezone(zone).date()
    with database.reading() as session:
        day_data = schedule_day(session, day, zone, request.floor, request.room_code,
                                building_name=catalogue.read_catalogue().building_name)
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
