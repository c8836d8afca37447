"""``gic-kiosk privacy``: a person's requests about their data (UU No. 27/2022): export what
is held about them, erase them, record that they withdrew consent, and the register.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kiosk.config import Settings
    from kiosk.data_requests.register import RequestSummary


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = commands.add_parser(
        "privacy", help="a person's requests about their data: export, erase, withdraw",
        description="Requests under UU No. 27/2022, answered within 3 x 24 hours. A person is "
                    "found by phone, by name, or both (a phone shared by a family is several "
                    "people: give the name too). Each request is entered in the register; once "
                    "closed, the register keeps no name or phone.")
    privacy.set_defaults(handler=run)
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write what is held about them (PDF and JSON)")
    _person(export)
    export.add_argument("--language", choices=("id", "en"), default="id",
                        help="the PDF's language (default: id)")
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="the folder to write the PDF and the JSON file to")
    _person(actions.add_parser(
        "erase", help="erase them now, everywhere (cannot be undone)",
        description="Anonymises their visitor records, visits, invitations and held "
                    "check-ins in place (visit counts stay right) and syncs the change."))
    _person(actions.add_parser(
        "withdraw", help="record that they withdrew consent",
        description="The kiosk no longer recalls them; their next check-in asks for their "
                    "name and consent afresh."))
    receive = actions.add_parser(
        "receive", help="enter a request received now (or earlier) to handle later",
        description="The request waits in the register, open, with its deadline; the next "
                    "export, erase or withdraw of that kind for that phone or name closes it.")
    receive.add_argument("kind", choices=("export", "erase", "withdraw"))
    _person(receive)
    receive.add_argument("--received", default="", metavar="'YYYY-MM-DD HH:MM'",
                         help="when it was received, in the building's time (default: now)")
    actions.add_parser("requests", help="the register of requests, open ones first")


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--phone", default="", metavar="P", help="their mobile number")
    parser.add_argument("--name", default="", metavar="N", help="their name (any case)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when done; 1 when nothing is held about the person; 2 for input that cannot be
    used (nothing is written then)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from kiosk.cli.organizations import describe_error
    from kiosk.data_requests.people import person
    from kiosk.errors import InvalidFieldError
    from kiosk.models import RequestKind
    from kiosk.operations import Operations

    if args.privacy_action != "requests" and not (args.phone.strip() or args.name.strip()):
        err.write("gic-kiosk: give --phone, --name or both\n")
        return 2
    with Operations.open(settings) as operations:
        requests = operations.data_requests
        actor = operations.command_line
        if args.privacy_action == "requests":
            out.write("".join(line(r, operations.clock(), settings.zone) + "\n"
                              for r in requests.requests(actor)) or "no requests\n")
            return 0
        try:
            query = person(args.phone, args.name)
        except InvalidFieldError as exc:
            err.write(f"gic-kiosk: {describe_error(exc.error)}: {args.phone!r}\n")
            return 2
        if args.privacy_action == "receive":
            try:
                received = _received(args.received, settings.zone, operations.clock())
            except ValueError:
                err.write("gic-kiosk: --received must be a past 'YYYY-MM-DD HH:MM'\n")
                return 2
            request = requests.receive(RequestKind(args.kind), query, actor, received)
            out.write(line(request, operations.clock(), settings.zone) + "\n")
            return 0
        if not requests.find(query, actor):
            given = " and ".join(w for w in ("phone", "name") if getattr(args, w).strip())
            err.write(f"gic-kiosk: nothing is held under that {given}\n")
            return 1
        if args.privacy_action == "export":
            exported = requests.export(query, args.out, actor, language=args.language)
            out.write(f"{exported.pdf}\n{exported.json}\n")
        elif args.privacy_action == "erase":
            erased = requests.erase(query, actor)
            out.write(f"erased: {erased.visitors} visitor record(s), {erased.visits} visit(s)\n")
        else:
            withdrawn = requests.withdraw(query, actor)
            out.write(f"consent withdrawn: {withdrawn.visitors} visitor record(s)\n")
    return 0


def line(request: RequestSummary, now: datetime, zone: ZoneInfo) -> str:
    """One request of the register: "2026-11-23 08:30 · export · due 2026-11-26 08:30 ·
    closed 2026-11-23 08:31 by Dewi · 1 visitor(s), 2 visit(s)"."""
    def at(moment: datetime) -> str:
        return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"

    parts = [at(request.received_at), request.kind.value, f"due {at(request.due_at)}"]
    if request.closed_at is None:
        late = " (overdue)" if request.overdue(now) else ""
        parts.append(f"open{late}: {request.subject}")
    else:
        parts.append(f"closed {at(request.closed_at)} by {request.handled_by}")
        parts.append(f"{request.visitors} visitor(s), {request.visits} visit(s)")
    return " · ".join(parts)


def _received(text: str, zone: ZoneInfo, now: datetime) -> datetime | None:
    """The moment typed, as aware UTC (None when none was typed); :class:`ValueError` for a
    text that is not one, or a moment still to come."""
    from datetime import UTC
    from datetime import datetime as moment

    if not text.strip():
        return None
    received = moment.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    if received > now:
        raise ValueError("a request cannot be received in the future")
    return received.astimezone(UTC)
