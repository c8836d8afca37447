"""``gic-kiosk evacuation``: who is in the building now, by floor, as a PDF for the marshals,
printed on the A4 printer or written to a file.

Reads this device's own database only (no network): :mod:`kiosk.safety.evacuation` takes the
roll call, :mod:`kiosk.safety.evacuation_sheet` draws and prints it. The command line acts as an
administrator, so phone numbers are printed unless ``--no-phones``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evacuation = commands.add_parser(
        "evacuation", help="the evacuation roll call: everyone in the building by floor, as a "
        "PDF", description="Print or save the evacuation roll call: everyone checked in today "
        "and not checked out, by floor, with the bookings in progress; from this device's own "
        "data, saying when it last synced.")
    evacuation.set_defaults(handler=run)
    evacuation.add_argument("--no-phones", dest="phones", action="store_false",
                            help="leave phone numbers off the sheet")
    where = evacuation.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help="write the PDF to FILE")
    where.add_argument("--print", dest="to_printer", action="store_true",
                       help="print on the A4 printer ([printers] a4), or save to the PDF "
                       "folder when none is configured")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when written or printed (or saved, without a printer); 1 when the file could not be
    written or the print failed."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from pathlib import Path

    from kiosk.cli.printed import report_print
    from kiosk.operations import Operations
    from kiosk.safety.evacuation import take_roll_call
    from kiosk.safety.evacuation_sheet import render_sheet, send_sheet, sheet_name, write_sheet

    with Operations.open(settings) as operations:
        roll_call = take_roll_call(operations.database, settings, operations.clock(),
                                   operations.command_line, phones=args.phones, printed=True)
    summary = f"{roll_call.total} people on {len(roll_call.floors)} floors"
    if args.out:
        try:
            saved = write_sheet(render_sheet(roll_call, settings.language.value),
                                Path(args.out))
        except OSError as exc:
            err.write(f"gic-kiosk: the evacuation list could not be written: {exc}\n")
            return 1
        out.write(f"Evacuation list ({summary}) written to {saved}\n")
        return 0
    day = roll_call.taken_at.astimezone(roll_call.zone).date().isoformat()
    return report_print(lambda: send_sheet(roll_call, settings), what="evacuation list",
                        detail=summary, paper="A4",
                        kept=settings.pdf_path / day / sheet_name(roll_call), out=out, err=err)
