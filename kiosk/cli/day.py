"""``gic-kiosk close-day``: check out, as automatic, every visit still open after closing
time (run from cron at closing time).

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    close = commands.add_parser("close-day", help="check out, as automatic, every visit still "
                                "open after closing time (run from cron at closing time)")
    close.set_defaults(handler=run)


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    from kiosk.operations import Operations

    with Operations.open(settings) as operations:
        closed = operations.close_open_visits()
    visits = "visit" if closed == 1 else "visits"
    out.write(f"{closed} {visits} still open after closing time "
              f"({settings.hours.closing:%H:%M}) checked out automatically.\n")
    return 0
