"""gic-kiosk: the lobby kiosk, the reception console and the administrators' commands.

Parses arguments and starts the GUI or a command; nothing else.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.config import ConfigError, Mode, Settings, effective_toml, load_settings


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="gic-kiosk", description=__doc__.splitlines()[0])
    root.add_argument("--config", help="TOML configuration file (default: KIOSK_CONFIG, or "
                      "config.toml in the user config directory)")
    commands = root.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="start the kiosk or the reception console (default)")
    run.add_argument("--mode", choices=[m.value for m in Mode], help="override the configured mode")
    run.add_argument("--fullscreen", action=argparse.BooleanOptionalAction, default=None)
    commands.add_parser("config", help="print the effective configuration, secrets masked")
    seed = commands.add_parser("seed-demo", help="fill the database with a realistic day")
    seed.add_argument("--days", type=int, default=28, help="weeks of history, in days")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"gic-kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    command = args.command or "run"
    if command == "config":
        origin = settings.source or "(no file: defaults and environment)"
        print(f"# configuration from {origin}")
        print(effective_toml(settings), end="")
        return 0

    from kiosk.logs import configure_logging

    configure_logging(settings)
    if command == "seed-demo":
        from kiosk.demo import seed_demo

        report = seed_demo(settings, days=args.days, seed=args.seed)
        print(report)
        return 0
    return _run_gui(settings, args)


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
