"""``gic-kiosk sync``: sync this device with the central database once, continuously, or
say where it stands.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.sync.device import RoundReport, SyncStatus


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="push this device's changes to the central database and pull everyone "
        "else's ([central] url)",
        description="Sync once (the default), keep syncing with --watch, or show the status.")
    sync.set_defaults(handler=run)
    sync.add_argument("action", nargs="?", choices=("status",),
                      help="status: last sync, operations waiting, notices (no network)")
    sync.add_argument("--watch", action="store_true",
                      help="keep syncing until interrupted, backing off while offline")
    sync.add_argument("--interval", type=float, default=15.0, metavar="SECONDS",
                      help="seconds between rounds with --watch (default 15)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when synced (or status shown); 1 when the central database could not be reached;
    2 when no central database is configured."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from kiosk.central.engine import CentralURLError
    from kiosk.memory import settle_startup_objects
    from kiosk.operations import Operations
    from kiosk.sync.device import (
        Backoff,
        SyncBusyError,
        SyncUnavailableError,
        open_synchronizer,
        sync_status,
    )

    if args.action == "status":
        with Operations.open(settings) as operations:
            out.write(describe_status(sync_status(operations.database,
                                                  bool(settings.central.url)), settings))
        return 0
    try:
        synchronizer = open_synchronizer(settings)
    except CentralURLError as exc:
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    backoff = Backoff(args.interval)
    try:
        with Operations.open(settings):
            pass  # the device's database, created and migrated before its first round
        settle_startup_objects()
        while True:
            try:
                out.write(describe_round(synchronizer.round()) + "\n")
                backoff.succeeded()
                failed = False
            except (SyncUnavailableError, SyncBusyError) as exc:
                err.write(f"gic-kiosk: sync: {exc}\n")
                backoff.failed()
                failed = True
            out.flush()
            if not args.watch:
                return 1 if failed else 0
            time.sleep(backoff.delay)
    except KeyboardInterrupt:
        return 0
    finally:
        synchronizer.close()


def describe_round(report: RoundReport) -> str:
    parts = [f"pushed {report.pushed}", f"pulled {report.pulled}"]
    for label, count in (("duplicates", report.duplicates), ("rejected", report.rejected),
                         ("waiting", report.deferred), ("notices", report.notices)):
        if count:
            parts.append(f"{label} {count}")
    if report.reset:
        parts.append(f"started over: {report.reset}")
    return "synced: " + ", ".join(parts)


def describe_status(status: SyncStatus, settings: Settings) -> str:
    from kiosk.config import mask_url

    if not status.configured:
        return "standalone: no central database configured ([central] url)\n"

    def when(moment: object) -> str:
        from datetime import datetime

        if not isinstance(moment, datetime):
            return "never"
        return moment.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M:%S %Z")

    lines = [f"central database: {mask_url(settings.central.url)}",
             f"state:            {'OFFLINE' if status.offline else 'online'}",
             f"last success:     {when(status.last_success_at)}",
             f"last attempt:     {when(status.last_attempt_at)}"]
    if status.last_error:
        lines.append(f"last error:       {status.last_error}")
    lines.append("waiting to push:  " + ", ".join(f"{lane} {n}" for lane, n in status.pending))
    lines.append(f"unseen notices:   {status.unseen_notices}")
    lines.append(f"epoch, cursor:    {status.epoch}, {status.cursor}")
    return "\n".join(lines) + "\n"
