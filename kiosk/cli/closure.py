"""``gic-kiosk closure``: close the building, a floor or a room to bookings for a period (works,
an event of the city), list the closures, and lift one.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import re
import sys
import uuid
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    closure = commands.add_parser(
        "closure", help="close the building, a floor or a room to bookings for a period",
        description="Closures stop new bookings; bookings already inside a new closure are "
                    "listed so that reception can move or cancel them.")
    closure.set_defaults(handler=run)
    actions = closure.add_subparsers(dest="closure_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="close for a period")
    add.add_argument("--scope", choices=("building", "floor", "room"), required=True)
    add.add_argument("--floor", type=int, metavar="N", help="the floor (with --scope floor)")
    add.add_argument("--room", metavar="CODE", help="the room, e.g. 3.02 (with --scope room)")
    add.add_argument("--from", dest="starts", required=True, metavar="'YYYY-MM-DD HH:MM'",
                     help="the first closed moment, in the building's time; a date alone "
                          "means from its start")
    add.add_argument("--until", dest="ends", required=True, metavar="'YYYY-MM-DD HH:MM'",
                     help="the end (exclusive); a date alone means to the end of that day")
    add.add_argument("--reason", required=True, help="shown to receptionists, e.g. Renovasi")
    listing = actions.add_parser("list", help="closures from today (or --from) on")
    listing.add_argument("--from", dest="starts", metavar="YYYY-MM-DD")
    listing.add_argument("--days", type=int, default=60, metavar="N")
    remove = actions.add_parser("remove", help="lift a closure")
    remove.add_argument("id", metavar="UUID")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when done, 2 for input that cannot be used (nothing is written then)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from kiosk.building.catalogue import floor_id, room_id
    from kiosk.errors import InvalidFieldError
    from kiosk.models import ClosureScope
    from kiosk.operations import Operations

    operations = Operations.open(settings)
    try:
        ops = operations.bookings
        zone = settings.zone
        if args.closure_action == "list":
            first = _day(args.starts, "--from") if args.starts else ops.today()
            if not 1 <= args.days <= 3660:
                raise _Refused("--days: from 1 to 3660")
            floor_numbers = {floor_id(f.number): f.number for f in ops.floors()}
            room_codes = {r.id: r.code for r in ops.rooms()}
            for c in ops.closures(first, first + timedelta(days=args.days)):
                where = ("building" if c.scope == ClosureScope.BUILDING
                         else f"floor {floor_numbers.get(c.floor_id, '?')}"
                         if c.scope == ClosureScope.FLOOR and c.floor_id is not None
                         else f"room {room_codes.get(c.room_id, '?')}"
                         if c.room_id is not None else "room")
                out.write(f"{c.id}  {c.starts_at.astimezone(zone):%Y-%m-%d %H:%M} – "
                          f"{c.ends_at.astimezone(zone):%Y-%m-%d %H:%M}  {where}  "
                          f"{c.reason}\n")
            return 0
        if args.closure_action == "remove":
            try:
                ops.reopen(uuid.UUID(args.id), operations.command_line)
            except (ValueError, InvalidFieldError):
                err.write(f"gic-kiosk: no open closure {args.id}\n")
                return 2
            out.write(f"Closure {args.id} lifted\n")
            return 0
        scope = ClosureScope(args.scope)
        starts = _moment(args.starts, "--from", zone, end=False)
        ends = _moment(args.ends, "--until", zone, end=True)
        if not args.reason.strip():
            raise _Refused("--reason: say why, for the receptionists (e.g. Renovasi)")
        if ends <= operations.clock():
            raise _Refused("--until is already past: a closure is for what is still ahead")
        if (args.floor is not None and scope != ClosureScope.FLOOR) or \
                (args.room is not None and scope != ClosureScope.ROOM):
            raise _Refused("--floor goes with --scope floor, --room with --scope room")
        floors = {f.number for f in ops.floors()}
        if scope == ClosureScope.FLOOR and args.floor not in floors:
            raise _Refused(f"--floor: give one of the floors {min(floors)}–{max(floors)}")
        rooms = {r.code: r for r in ops.rooms()}
        if scope == ClosureScope.ROOM and args.room not in rooms:
            raise _Refused(f"--room: no bookable room {args.room!r}")
        try:
            closure_id, inside = ops.close(
                scope, starts, ends, args.reason, operations.command_line,
                floor_number=args.floor if scope == ClosureScope.FLOOR else None,
                room_id=room_id(args.room) if scope == ClosureScope.ROOM else None)
        except InvalidFieldError as exc:
            raise _Refused("--until must be after --from") from exc
        out.write(f"Closed ({closure_id}): {starts:%Y-%m-%d %H:%M} – {ends:%Y-%m-%d %H:%M}, "
                  f"{args.reason}\n")
        if inside:
            out.write(f"{len(inside)} booking(s) inside the closure still stand; move or "
                      "cancel them in reception:\n")
            for b in inside:
                out.write(f"  {b.starts_at.astimezone(zone):%Y-%m-%d %H:%M} {b.room_code} "
                          f"{b.title} ({b.organization or b.contact_name or '-'})\n")
        return 0
    except _Refused as exc:
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    finally:
        operations.close()


class _Refused(Exception):
    """What was typed cannot be used; the message says why, in one line."""


def _day(text: str, option: str) -> date:
    from kiosk.cli.dates import typed_day

    day = typed_day(text)
    if day is None:
        raise _Refused(f"{option}: expected a date like 2026-12-01, got {text!r}")
    return day


def _moment(text: str, option: str, zone: ZoneInfo, *, end: bool) -> datetime:
    """'YYYY-MM-DD HH:MM' in the building's time; a bare date is the start of that day, or,
    for an end, the start of the next."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = _day(text, option) + (timedelta(days=1) if end else timedelta())
        return datetime.combine(day, datetime.min.time(), tzinfo=zone)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", text):
        _day(text[:10], option)  # a year the building can have
        try:
            return datetime.fromisoformat(text.replace(" ", "T")).replace(tzinfo=zone)
        except ValueError:
            pass
    raise _Refused(f"{option}: expected 'YYYY-MM-DD HH:MM' or a date, got {text!r}")
