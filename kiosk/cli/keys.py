"""``gic-kiosk rotate-key``: start signing passes with a new site key; passes signed with the
old one stay valid for the grace period.

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rotate = commands.add_parser("rotate-key", help="start signing passes with a new site key; "
                                 "passes signed with the old one stay valid for the grace "
                                 "period")
    rotate.set_defaults(handler=run)


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    from kiosk.db.types import utc_now
    from kiosk.operations import Operations
    from kiosk.passes.keys import rotate_key

    with Operations.open(settings) as operations:
        keep_until = operations.last_invitation_day()
    keyring = rotate_key(settings, utc_now(), keep_until)
    out.write(f"Passes are now signed with key {keyring.signing_key.key_id} in "
              f"{settings.site_keys_path}; older keys still verify for "
              f"{settings.site.key_grace_days} days. Copy the file to every device of the "
              "building.\n")
    return 0
