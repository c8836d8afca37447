"""``gic-kiosk invite``: register an invited guest and print the code (and a slip with
``--pdf``). Reads the dates, times, rooms and hosts typed and words the result; the invitation
is made by ``kiosk.operations`` and the slip drawn by :mod:`kiosk.passes.slip`.

Times typed on the command line are the building's local time (``Settings.zone``); everything
handed to the database is timezone-aware UTC.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from kiosk.errors import KioskError
from kiosk.visits.names import name_key

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.operations import Destinations
    from kiosk.visits.invitations import InvitationSummary

# The parse_* functions are argparse types, so ``main.parser()`` needs this module for every
# command, the kiosk's start included: SQLAlchemy, reportlab and the catalogue are imported in
# the functions that use them, after the kiosk has painted its first screen.

#: The values of ``kiosk.models.Purpose``, spelled out for the same reason (a test keeps the
#: two the same).
PURPOSES = ("meeting", "training", "consultation", "showroom", "event", "delivery", "other")
#: An invitation lasts at most a day: longer is a typing mistake (``--hours 90``).
MAX_HOURS = 24.0


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = commands.add_parser(
        "invite", help="register an invited guest; print the code (and a slip with --pdf)",
        description="Register a guest in advance. Times are the building's local time "
                    "(the configured timezone).")
    invite.set_defaults(handler=run)
    invite.add_argument("--name", required=True, help="the guest's name (a single name is fine)")
    invite.add_argument("--phone", default="", help="the guest's phone number (optional)")
    invite.add_argument("--organization", default="", help="the guest's organisation")
    invite.add_argument("--purpose", choices=PURPOSES, default="meeting")
    where = invite.add_mutually_exclusive_group()
    where.add_argument("--room", metavar="CODE", help="room code from the catalogue, e.g. 5.02")
    where.add_argument("--host", metavar="ORGANISATION", help="tenant or agency being visited")
    invite.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD",
                        help="the day of the visit (default: today in the building)")
    invite.add_argument("--from", dest="start", type=parse_clock, required=True,
                        metavar="HH:MM", help="expected from")
    end = invite.add_mutually_exclusive_group(required=True)
    end.add_argument("--until", type=parse_clock, metavar="HH:MM",
                     help="expected until, the same day")
    end.add_argument("--hours", type=parse_hours, metavar="N",
                     help="expected for N hours (fractions allowed)")
    invite.add_argument("--pdf", metavar="FILE", help="also write an A6 invitation slip PDF")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when saved (and its slip written); 2 for input that cannot be used (nothing is saved
    then); 1 when the invitation is saved but its slip could not be written."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from pathlib import Path

    from kiosk.errors import ValidationError
    from kiosk.models import Purpose
    from kiosk.operations import Operations
    from kiosk.passes.slip import render_invitation_slip, write_slip
    from kiosk.visits.invitations import InvitationRequest

    zone = settings.zone
    operations = Operations.open(settings)
    try:
        now = operations.clock()
        day: date = args.date or now.astimezone(zone).date()
        until: time | None = args.until
        start, end = window(day, args.start, until=until, hours=args.hours, zone=zone, now=now)
        where = resolve_where(operations.destinations(), room=args.room, host=args.host)
        invitation = operations.create_invitation(InvitationRequest(
            guest_name=args.name, phone=args.phone, organization=args.organization,
            purpose=Purpose(args.purpose), expected_from=start, expected_until=end,
            room_id=where.room_id, host_organization_id=where.host_organization_id),
            operations.command_line)
    except InviteInputError as exc:
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    except ValidationError as exc:
        for error in exc.errors:
            err.write(f"gic-kiosk: {error.field}: {error.code}\n")
        return 2
    finally:
        operations.close()
    out.write("\n".join(summary_lines(invitation, zone)) + "\n")
    if args.pdf:
        slip = render_invitation_slip(invitation, zone, operations.building_name)
        try:
            saved = write_slip(slip, Path(args.pdf))
        except OSError as exc:
            err.write(f"gic-kiosk: the invitation is saved, but its slip could not be written: "
                      f"{exc}\n")
            return 1
        out.write(f"Slip:            {saved}\n")
    return 0


class InviteInputError(KioskError):
    """A value typed on the command line names nothing usable. The message is one line, fit to
    show after ``gic-kiosk:``."""


# --- argparse types: they raise ArgumentTypeError, which argparse shows as a usage error -------


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` (only that: ``date.fromisoformat`` would also take ``20261123``)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"expected a date like 2026-11-23, got {text!r}")


def parse_clock(text: str) -> time:
    """``HH:MM``, 24-hour clock."""
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if found and int(found[1]) < 24 and int(found[2]) < 60:
        return time(int(found[1]), int(found[2]))
    raise argparse.ArgumentTypeError(f"expected a time of day like 09:30, got {text!r}")


def parse_hours(text: str) -> float:
    """A duration in hours, fractions allowed (``1.5``)."""
    try:
        hours = float(text.replace(",", "."))
    except ValueError:
        hours = float("nan")
    if not 0 < hours <= MAX_HOURS:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"expected a number of hours above 0 and at most {MAX_HOURS:g}, got {text!r}")
    return hours


# --- the window and the destination -------------------------------------------------------


def window(day: date, start: time, *, until: time | None, hours: float | None, zone: ZoneInfo,
           now: datetime) -> tuple[datetime, datetime]:
    """The expected window in UTC, from local ``day`` and ``start`` and either a local end
    time on the same day or a duration. Refuses an end before the start and a window that is
    already over (``now`` is aware)."""
    start_utc = datetime.combine(day, start, zone).astimezone(UTC)
    if until is not None:
        end_utc = datetime.combine(day, until, zone).astimezone(UTC)
        if end_utc <= start_utc:
            raise InviteInputError(f"--until {until:%H:%M} is not after --from {start:%H:%M} "
                                   "(for a window past midnight, use --hours)")
    elif hours is not None:
        end_utc = start_utc + timedelta(hours=hours)
    else:
        raise InviteInputError("give --until or --hours")
    if end_utc <= now:
        raise InviteInputError(f"the window {describe_window(start_utc, end_utc, zone)} "
                               "is already over")
    return start_utc, end_utc


@dataclass(frozen=True)
class Where:
    """Where an invited guest goes: a room, a host organisation, or neither (reception)."""

    room_id: uuid.UUID | None = None
    host_organization_id: uuid.UUID | None = None


def resolve_where(destinations: Destinations, *, room: str | None, host: str | None) -> Where:
    """The room or host typed, among those the kiosk offers visitors
    (``Operations.destinations()``); neither means the guest asks at reception."""
    if room is not None:
        return _find_room(room, destinations)
    if host is not None:
        return _find_host(host, destinations)
    return Where()


def _find_room(code: str, destinations: Destinations) -> Where:
    typed = code.strip()
    rooms = {r.code: r.id for f in destinations.floors for r in f.rooms}
    if typed in rooms:
        return Where(room_id=rooms[typed])
    from kiosk.building import catalogue
    from kiosk.models import RoomKind

    # Offices are not visitable rooms: their organisation is the destination.
    office = next((r for r in catalogue.read_catalogue().rooms
                   if r.code == typed and r.kind is RoomKind.OFFICE), None)
    if office is not None:
        raise InviteInputError(f"room {typed} is an office ({office.name_en}): invite to its "
                               "organisation with --host")
    raise InviteInputError(f"unknown room {typed!r}{_hint(typed, rooms)}")


def _find_host(name: str, destinations: Destinations) -> Where:
    """Tenants and agencies, matched case- and space-insensitively as check-in matches
    organisations (``kiosk.visits.names.name_key``)."""
    key = name_key(name)
    for choice in destinations.hosts:
        if name_key(choice.name) == key:
            return Where(host_organization_id=choice.id)
    typed = name.strip()
    if not destinations.hosts:
        raise InviteInputError(f"unknown host {typed!r}: there are no tenants or agencies in "
                               "this database yet")
    raise InviteInputError(f"unknown host {typed!r} (tenants and agencies only)"
                           f"{_hint(typed, [h.name for h in destinations.hosts])}")


def _hint(typed: str, known: Iterable[str]) -> str:
    by_key = {name_key(k): k for k in known}
    close = difflib.get_close_matches(name_key(typed), list(by_key), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(by_key[c]) for c in close)}?" if close else ""


# --- wording ------------------------------------------------------------------------------


def describe_window(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """``2026-11-23 (Mon) 09:00-11:00 WIB``, or both dates when the window passes midnight."""
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    label = local_end.tzname() or zone.key
    if local_start.date() == local_end.date():
        return f"{local_start:%Y-%m-%d (%a) %H:%M}-{local_end:%H:%M} {label}"
    return f"{local_start:%Y-%m-%d %H:%M} - {local_end:%Y-%m-%d %H:%M} {label}"


def describe_where(invitation: InvitationSummary) -> str:
    floor = f" (floor {invitation.floor_number})" if invitation.floor_number is not None else ""
    if invitation.room_code:
        room = " ".join(p for p in (invitation.room_code, invitation.room_name_en) if p)
        return room + (f", host {invitation.host}" if invitation.host else "") + floor
    if invitation.host:
        return f"host {invitation.host}{floor}"
    return "reception"


def summary_lines(invitation: InvitationSummary, zone: ZoneInfo) -> list[str]:
    """What ``gic-kiosk invite`` prints once the invitation is saved."""
    guest = invitation.guest_name + (f" ({invitation.organization})"
                                     if invitation.organization else "")
    return [
        f"Invitation code: {invitation.code}",
        f"QR payload:      {invitation.qr_payload}",
        f"Guest:           {guest}",
        f"Purpose:         {invitation.purpose.value}",
        f"Where:           {describe_where(invitation)}",
        f"When:            "
        f"{describe_window(invitation.expected_from, invitation.expected_until, zone)}",
    ]
