"""``gic-kiosk seed-demo``: fill the database with a realistic day, for newcomers
(:mod:`kiosk.demo` does the work).

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seed = commands.add_parser("seed-demo", help="fill the database with a realistic day")
    seed.set_defaults(handler=run)
    seed.add_argument("--days", type=int, default=28, help="weeks of history, in days")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    from kiosk.demo.seed import seed_demo

    out.write(f"{seed_demo(settings, days=args.days, seed=args.seed)}\n")
    return 0
