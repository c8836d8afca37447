"""``gic-kiosk schedule``: the day's room schedules as a PDF, written to a file or printed.

Reads what was typed; :mod:`kiosk.schedules.service` makes, writes and prints the PDF. Every
refusal of what was typed is one ``gic-kiosk:`` line on standard error and exit 2, before
anything is written. Only light modules are imported at module level, so the command line
stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, TextIO

from kiosk.cli.dates import typed_day

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.schedules.service import ScheduleRequest

#: The values of ``kiosk.schedules.render.ScheduleKind``, spelled out so that parsing the
#: command line does not load reportlab and SQLAlchemy (a test keeps the two the same).
SCHEDULE_KINDS = ("lobby", "floor", "room")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schedule = commands.add_parser(
        "schedule", help="the day's room schedules as a PDF: lobby list, floor grid or door "
        "sheets", description="Print or save the day's room schedules. Without --kind: door "
        "sheets with --room, a floor grid with --floor, else the lobby list.")
    schedule.set_defaults(handler=run)
    schedule.add_argument("--date", metavar="YYYY-MM-DD",
                          help="the day (default: today in the building)")
    schedule.add_argument("--floor", type=int, metavar="N", help="one floor only")
    schedule.add_argument("--kind", choices=SCHEDULE_KINDS, help="lobby, floor or room")
    schedule.add_argument("--room", metavar="CODE", help="one room only, e.g. 3.02")
    schedule.add_argument("--paper", choices=("A4", "A3"), default="A4", type=str.upper,
                          help="paper size (default A4; A3 for a wall-sized floor grid)")
    schedule.add_argument("--language", choices=("id", "en"),
                          help="room and floor names in this language (default: configured)")
    where = schedule.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help="write the PDF to FILE")
    where.add_argument("--print", dest="to_printer", action="store_true",
                       help="print on the A4 printer ([printers] a4), or save to the PDF "
                       "folder when none is configured")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when written or printed (or saved, without a printer); 2 for input that cannot be
    used; 1 when the file could not be written or the print failed."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from pathlib import Path

    from kiosk.cli.printed import report_print
    from kiosk.operations import Operations
    from kiosk.schedules.day import ScheduleInputError
    from kiosk.schedules.service import make_schedule, page_count, send_schedule, write_schedule

    try:
        request = parse_request(
            date_text=args.date, kind=args.kind, floor=args.floor, room=args.room,
            paper=args.paper, language=args.language or settings.language.value)
        with Operations.open(settings) as operations:
            schedule = make_schedule(operations.database, request, settings, operations.clock())
    except ScheduleInputError as exc:
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    pages = page_count(schedule.pdf)
    if args.out:
        try:
            saved = write_schedule(schedule, Path(args.out))
        except OSError as exc:
            err.write(f"gic-kiosk: the schedule could not be written: {exc}\n")
            return 1
        out.write(f"Schedule ({pages} pages) written to {saved}\n")
        return 0
    return report_print(lambda: send_schedule(schedule, settings), what="schedule",
                        detail=f"{pages} pages", paper=schedule.paper,
                        kept=settings.pdf_path / schedule.day.isoformat() / schedule.name,
                        out=out, err=err)


def parse_request(*, date_text: str | None, kind: str | None, floor: int | None,
                  room: str | None, paper: str, language: str) -> ScheduleRequest:
    """What was typed, checked as far as it can be without the database. Without ``kind``:
    a room's door sheet when a room is given, a floor's grid when a floor is, else the lobby
    list. Raises :class:`kiosk.schedules.day.ScheduleInputError`."""
    from kiosk.schedules.day import ScheduleInputError
    from kiosk.schedules.page import PAPERS
    from kiosk.schedules.render import ScheduleKind
    from kiosk.schedules.service import ScheduleRequest

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
    from kiosk.schedules.day import ScheduleInputError

    day = typed_day(text)
    if day is None:
        raise ScheduleInputError(f"--date: expected a date like 2026-11-30, got {text!r}")
    return day
