"""gic-kiosk: the lobby kiosk, the reception console and the administrators' commands.

Parses arguments and starts the GUI or a command; nothing else. Each command is a module of
``kiosk.cli`` that adds its parser and runs it.
"""

from __future__ import annotations

import argparse
import sys

# Command modules import only light modules at their top: parsing the command line loads
# neither SQLAlchemy nor Qt before the kiosk's first screen.
from kiosk.cli import (
    central,
    closure,
    configuration,
    day,
    demo,
    evacuation,
    ics,
    invite,
    keys,
    organizations,
    privacy,
    purge,
    schedule,
    staff,
    sync,
)
from kiosk.config import ConfigError, Mode, Settings, load_settings

#: The commands after ``run``, in the order ``gic-kiosk --help`` lists them.
COMMANDS = (configuration, demo, organizations, invite, staff, day, keys, schedule, evacuation,
            ics, closure, central, sync, privacy, purge)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="gic-kiosk", description=__doc__.splitlines()[0])
    root.add_argument("--config", help="TOML configuration file (default: KIOSK_CONFIG, or "
                      "config.toml in the user config directory)")
    root.add_argument("-v", "--verbose", action="store_true",
                      help="also show a command's progress (informational log lines) on "
                      "standard error; the log file keeps them either way")
    commands = root.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="start the kiosk or the reception console (default)")
    run.add_argument("--mode", choices=[m.value for m in Mode], help="override the configured mode")
    run.add_argument("--fullscreen", action=argparse.BooleanOptionalAction, default=None)
    for command in COMMANDS:
        command.add_parser(commands)  # each sets ``handler`` to its run(settings, args)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"gic-kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    command = getattr(args, "handler", None)
    if command is configuration.run:
        return command(settings, args)  # reads no database: no log folder made for it
    import logging

    from kiosk.logs import configure_logging

    if command is None:  # the GUI: its console shows what the log file keeps
        configure_logging(settings)
        return _run_gui(settings, args)
    # A command prints its result; its progress reaches the console only when asked for.
    configure_logging(settings, console_level=logging.INFO if args.verbose else logging.WARNING)
    result: int = command(settings, args)
    return result


def _run_gui(settings: Settings, args: argparse.Namespace) -> int:
    import dataclasses

    from ui.app import run_gui

    if getattr(args, "mode", None):
        settings = dataclasses.replace(settings, mode=Mode(args.mode))
    if getattr(args, "fullscreen", None) is not None:
        settings = dataclasses.replace(settings, fullscreen=args.fullscreen)
    return run_gui(settings)


if __name__ == "__main__":
    sys.exit(main())
