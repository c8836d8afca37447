"""``gic-kiosk purge``: the retention purge (run daily from cron; the application also runs it
by itself): anonymise the personal data past ``retention_days`` and delete old PDFs, rotated
logs and migration backups. ``--dry-run`` says how much would go, in counts, never names.

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from datetime import datetime

    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = commands.add_parser(
        "purge", help="anonymise personal data past the retention period and delete old "
        "PDFs, logs and backups (run daily from cron)",
        description="Visitors whose last visit is older than retention_days lose their name "
                    "and phone (visits stay counted); ended deny-list entries, old "
                    "invitations and held check-ins too. Prints one line of counts.")
    purge.add_argument("--dry-run", action="store_true",
                       help="only count what would go; change nothing")
    purge.set_defaults(handler=run)


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    from kiosk.operations import Operations
    from kiosk.privacy.retention import purge

    with Operations.open(settings) as operations:
        central = _purge_central(settings, operations.clock(), args.dry_run, out)
        report = purge(operations.database, settings, now=operations.clock(),
                       dry_run=args.dry_run)
    out.write(f"{'Dry run' if args.dry_run else 'Purge'} ({settings.retention_days} days): "
              f"{report.line()}.\n")
    return central


def _purge_central(settings: Settings, now: datetime, dry_run: bool, out: TextIO) -> int:
    """With a central database, central decides first (every device pulls the outcome);
    unreachable, this device still purges its own copy. The exit status says which."""
    if not settings.central.url:
        return 0
    from kiosk.sync.device import SyncUnavailableError, open_synchronizer

    synchronizer = open_synchronizer(settings)
    try:
        purged = synchronizer.purge_central(settings.retention_days, now, dry_run=dry_run)
    except SyncUnavailableError as exc:
        sys.stderr.write(f"gic-kiosk: the central database did not answer ({exc}); "
                         "only this device was purged\n")
        return 1
    finally:
        synchronizer.close()
    out.write(f"Central: {purged.visitors} visitors ({purged.visits} visits), "
              f"{purged.invitations} invitations, {purged.held} held check-ins, "
              f"{purged.deny_entries} deny-list entries{' would go' if dry_run else ''}.\n")
    return 0
