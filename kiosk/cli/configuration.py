"""``gic-kiosk config``: print the effective configuration, secrets masked. Opens no database
and writes no log.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    config = commands.add_parser("config", help="print the effective configuration, secrets "
                                 "masked")
    config.set_defaults(handler=run)


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    from kiosk.config import effective_toml

    origin = settings.source or "(no file: defaults and environment)"
    out.write(f"# configuration from {origin}\n")
    out.write(effective_toml(settings))
    return 0
