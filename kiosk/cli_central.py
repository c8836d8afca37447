"""``gic-kiosk central``: administer the central PostgreSQL database.

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = commands.add_parser(
        "central", help="the central PostgreSQL database that devices sync with",
        description="Administer the central database (PostgreSQL 14 or newer).")
    actions = central.add_subparsers(dest="central_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the central schema, or migrate it to this version (safe to rerun)")
    init.add_argument("--url", metavar="URL",
                      help="postgresql+psycopg://user:password@host/database (default: "
                           "[central] url); TLS settings go in the URL (?sslmode=verify-full)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when done; 2 when there is no usable URL; 1 when the database refused."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from kiosk.central.admin import init_central
    from kiosk.config import mask_url

    url = args.url or settings.central.url
    if not url:
        err.write("gic-kiosk: give --url or set [central] url in the configuration\n")
        return 2
    shown = mask_url(url)  # never the password, not even in an error
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        err.write(f"gic-kiosk: not a database URL: {shown} ({type(exc).__name__})\n")
        return 2
    if engine.dialect.name != "postgresql":
        err.write(f"gic-kiosk: the central database must be PostgreSQL, not "
                  f"{engine.dialect.name} ({shown})\n")
        return 2
    try:
        info = init_central(engine)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        err.write(f"gic-kiosk: {shown}: {reason}\n")
        return 1
    finally:
        engine.dispose()
    if info.created:
        out.write(f"Central database created at {shown} (identity {info.identity}, "
                  f"schema {info.revision})\n")
    elif info.migrated_from is not None:
        out.write(f"Central database {shown} migrated from {info.migrated_from} to "
                  f"{info.revision}\n")
    else:
        out.write(f"Central database {shown} is up to date (schema {info.revision})\n")
    return 0
