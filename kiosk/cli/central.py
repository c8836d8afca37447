"""``gic-kiosk central``: administer the central PostgreSQL database.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = commands.add_parser(
        "central", help="the central PostgreSQL database that devices sync with",
        description="Administer the central database (PostgreSQL 14 or newer).")
    central.set_defaults(handler=run)
    actions = central.add_subparsers(dest="central_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the central schema, or migrate it to this version (safe to rerun)")
    init.add_argument("--url", metavar="URL",
                      help="postgresql+psycopg://user:password@host/database (default: "
                           "[central] url); TLS settings go in the URL (?sslmode=verify-full)")
    add = actions.add_parser(
        "add-device", help="register a device by name; with --role, also make it a "
        "PostgreSQL login that can only sync (its password is shown once)")
    add.add_argument("name", help="the device's name (device_name in its configuration)")
    add.add_argument("--role", metavar="ROLE",
                     help="create this least-privilege PostgreSQL role for the device")
    add.add_argument("--url", metavar="URL", help="an administrator's URL (default: "
                     "[central] url)")
    rooms = actions.add_parser(
        "catalogue", help="make a building file (floors and rooms) the central database's; "
        "devices pull it at their next sync")
    rooms.add_argument("--file", metavar="TOML", help="the building file (default: the one "
                       "shipped in resources/building.toml)")
    rooms.add_argument("--url", metavar="URL", help="an administrator's URL (default: "
                       "[central] url)")
    purge = actions.add_parser(
        "purge", help="anonymise on the central database everyone whose last visit is older "
        "than retention_days (devices pull it); for the database host's daily cron")
    purge.add_argument("--dry-run", action="store_true",
                       help="say what would be anonymised and change nothing")
    purge.add_argument("--url", metavar="URL", help="an administrator's URL (default: "
                       "[central] url)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when done; 2 when there is no usable URL; 1 when the database refused."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.central.admin import add_device, init_central, publish_catalogue
    from kiosk.central.engine import CentralURLError, central_engine
    from kiosk.config import mask_url
    from kiosk.errors import database_reason

    url = args.url or settings.central.url
    try:
        engine = central_engine(url)
    except CentralURLError as exc:
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    shown = mask_url(url)  # never the password, not even in an error
    try:
        if args.central_action == "add-device":
            added = add_device(engine, args.name, role=args.role)
        elif args.central_action == "purge":
            return _purge(settings, engine, args.dry_run, shown, out)
        elif args.central_action == "catalogue":
            changes = publish_catalogue(engine, Path(args.file) if args.file else None)
            out.write(f"Floors and rooms at {shown}: {len(changes.added)} added, "
                      f"{len(changes.updated)} updated, {len(changes.retired)} retired\n")
            return 0
        else:
            info = init_central(engine)
    except ValueError as exc:  # a bad name or role, a broken building file
        err.write(f"gic-kiosk: {exc}\n")
        return 2
    except SQLAlchemyError as exc:
        err.write(f"gic-kiosk: {shown}: {database_reason(exc, limit=1000)}\n")
        return 1
    finally:
        engine.dispose()
    if args.central_action == "add-device":
        out.write(f"Device {args.name!r} registered at {shown}.\n")
        if added.password:
            device_url = engine.url.set(username=added.role, password=added.password)
            out.write("Put this in the device's configuration (the password is not shown "
                      "again):\n\n[central]\nurl = \""
                      f"{device_url.render_as_string(hide_password=False)}\"\n")
        return 0
    if info.created:
        out.write(f"Central database created at {shown} (identity {info.identity}, "
                  f"schema {info.revision})\n")
    elif info.migrated_from is not None:
        out.write(f"Central database {shown} migrated from {info.migrated_from} to "
                  f"{info.revision}\n")
    else:
        out.write(f"Central database {shown} is up to date (schema {info.revision})\n")
    return 0


def _purge(settings: Settings, engine: Engine, dry_run: bool, shown: str, out: TextIO) -> int:
    from kiosk.central.privacy import purge_central
    from kiosk.db.types import utc_now

    purged = purge_central(engine, retention_days=settings.retention_days, now=utc_now(),
                           dry_run=dry_run)
    verb = "would be anonymised" if dry_run else "anonymised"
    out.write(f"Central purge at {shown} (last visit before {purged.cutoff:%Y-%m-%d %H:%M} "
              f"UTC): {purged.visitors} visitors, {purged.visits} visits, "
              f"{purged.invitations} invitations, {purged.held} held check-ins, "
              f"{purged.deny_entries} deny-list entries {verb}\n")
    return 0
