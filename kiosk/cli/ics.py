"""``gic-kiosk export-ics``: a booking, or its whole series, as an iCalendar file.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export-ics", help="a booking (or its whole series) as an iCalendar .ics file",
        description="Write a booking as an iCalendar file that calendar applications import. "
                    "With --series, every occurrence of its repeating booking.")
    export.set_defaults(handler=run)
    export.add_argument("--booking", required=True, metavar="UUID", help="the booking's id")
    export.add_argument("--series", action="store_true",
                        help="the whole series the booking belongs to")
    export.add_argument("--out", required=True, metavar="FILE",
                        help="write the .ics file to FILE ('-' for standard output)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    return export_ics(settings, args.booking, whole_series=args.series, out=args.out,
                      stdout=stdout, stderr=stderr)


def export_ics(settings: Settings, booking: str, *, whole_series: bool, out: str,
               stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command: 0 when written, 2 for a booking that is not there, 1 when the file
    cannot be written."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        booking_id = uuid.UUID(booking.strip())
    except ValueError:
        stderr.write(f"gic-kiosk: --booking: not a booking id (a UUID): {booking}\n")
        return 2
    from kiosk.errors import NotFoundError
    from kiosk.operations import Operations

    operations = Operations.open(settings)
    try:
        data = operations.bookings.ics(booking_id, operations.command_line,
                                          whole_series=whole_series)
    except NotFoundError:
        stderr.write(f"gic-kiosk: no booking {booking_id} on this device\n")
        return 2
    finally:
        operations.close()
    if out == "-":
        stdout.flush()
        if stdout is sys.stdout:
            sys.stdout.buffer.write(data)  # the file's own CRLF line ends, untranslated
        else:
            stdout.write(data.decode())
        return 0
    try:
        saved = write_ics(data, Path(out))
    except OSError as exc:
        stderr.write(f"gic-kiosk: the calendar file could not be written: {exc}\n")
        return 1
    what = "series" if whole_series else "booking"
    stdout.write(f"Calendar file ({what}) written to {saved}\n")
    return 0


def write_ics(data: bytes, target: Path) -> Path:
    """Write the file without ever leaving a half-written one at ``target``."""
    from kiosk.paths import write_atomically

    return write_atomically(data, target)
