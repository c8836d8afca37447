"""gic-kiosk: the lobby kiosk, the reception console and the administrators' commands.

Parses arguments and starts the GUI or a command; nothing else.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, time

from kiosk.cli import invite as cli_invite
from kiosk.config import ConfigError, Mode, Settings, effective_toml, load_settings

#: The values of ``kiosk.models.Purpose``, spelled out so that parsing the command line does not
#: load SQLAlchemy before the kiosk's first screen (a test keeps the two the same).
PURPOSES = ("meeting", "training", "consultation", "showroom", "event", "delivery", "other")
#: The values of ``kiosk.schedules.render.ScheduleKind``, for the same reason.
SCHEDULE_KINDS = ("lobby", "floor", "room")


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
    _add_invite(commands)
    pin = commands.add_parser("set-pin", help="set the staff PIN that leaves kiosk mode on this "
                              "device (asked twice, not shown)")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from one line of standard input instead (for scripts)")
    commands.add_parser("close-day", help="check out, as automatic, every visit still open after "
                        "closing time (run from cron at closing time)")
    commands.add_parser("rotate-key", help="start signing passes with a new site key; passes "
                        "signed with the old one stay valid for the grace period")
    _add_schedule(commands)
    from kiosk.cli import ics as cli_ics

    cli_ics.add_parser(commands)
    from kiosk.cli import closure as cli_closure

    cli_closure.add_parser(commands)
    from kiosk.cli import central as cli_central

    cli_central.add_parser(commands)
    from kiosk.cli import sync as cli_sync

    cli_sync.add_parser(commands)
    return root


def _add_schedule(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schedule = commands.add_parser(
        "schedule", help="the day's room schedules as a PDF: lobby list, floor grid or door "
        "sheets", description="Print or save the day's room schedules. Without --kind: door "
        "sheets with --room, a floor grid with --floor, else the lobby list.")
    schedule.add_argument("--date", metavar="YYYY-MM-DD",
                          help="the day (default: today in the building)")
    schedule.add_argument("--floor", type=int, metavar="N", help="one floor only")
    schedule.add_argument("--kind", choices=SCHEDULE_KINDS, help="lobby, floor or room")
    schedule.add_argument("--room", metavar="CODE", help="one room only, e.g. 3.02")
    schedule.add_argument("--paper", choices=("A4", "A3"), default="A4", type=str.upper,
                          help="paper size (default A4; A3 for a wall-sized floor grid)")
    schedule.add_argument("--language", choices=("id", "en"),
                          help="room and floor names in this language (default: configured)")
    where = schedule.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help="write the PDF to FILE")
    where.add_argument("--print", dest="to_printer", action="store_true",
                       help="print on the A4 printer ([printers] a4), or save to the PDF "
                       "folder when none is configured")


def _add_invite(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = commands.add_parser(
        "invite", help="register an invited guest; print the code (and a slip with --pdf)",
        description="Register a guest in advance. Times are the building's local time "
                    "(the configured timezone).")
    invite.add_argument("--name", required=True, help="the guest's name (a single name is fine)")
    invite.add_argument("--phone", default="", help="the guest's phone number (optional)")
    invite.add_argument("--organization", default="", help="the guest's organisation")
    invite.add_argument("--purpose", choices=PURPOSES, default="meeting")
    where = invite.add_mutually_exclusive_group()
    where.add_argument("--room", metavar="CODE", help="room code from the catalogue, e.g. 5.02")
    where.add_argument("--host", metavar="ORGANISATION", help="tenant or agency being visited")
    invite.add_argument("--date", type=cli_invite.parse_date, metavar="YYYY-MM-DD",
                        help="the day of the visit (default: today in the building)")
    invite.add_argument("--from", dest="start", type=cli_invite.parse_clock, required=True,
                        metavar="HH:MM", help="expected from")
    end = invite.add_mutually_exclusive_group(required=True)
    end.add_argument("--until", type=cli_invite.parse_clock, metavar="HH:MM",
                     help="expected until, the same day")
    end.add_argument("--hours", type=cli_invite.parse_hours, metavar="N",
                     help="expected for N hours (fractions allowed)")
    invite.add_argument("--pdf", metavar="FILE", help="also write an A6 invitation slip PDF")


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
        from kiosk.demo.seed import seed_demo

        report = seed_demo(settings, days=args.days, seed=args.seed)
        print(report)
        return 0
    if command == "invite":
        return _invite(settings, args)
    if command == "set-pin":
        return _set_pin(settings, args)
    if command == "close-day":
        return _close_day(settings)
    if command == "rotate-key":
        return _rotate_key(settings)
    if command == "schedule":
        return _schedule(settings, args)
    if command == "central":
        from kiosk.cli import central as cli_central

        return cli_central.run(settings, args)
    if command == "sync":
        from kiosk.cli import sync as cli_sync

        return cli_sync.run(settings, args)
    if command == "closure":
        from kiosk.cli import closure as cli_closure

        return cli_closure.run(settings, args)
    if command == "export-ics":
        from kiosk.cli import ics as cli_ics

        return cli_ics.export_ics(settings, args.booking, whole_series=args.series,
                                  out=args.out)
    return _run_gui(settings, args)


def _invite(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.building import catalogue
    from kiosk.errors import ValidationError
    from kiosk.models import Purpose
    from kiosk.operations import Operations
    from kiosk.visits.invitations import InvitationRequest

    zone = settings.zone
    operations = Operations.open(settings)
    try:
        now = operations.clock()
        day: date = args.date or now.astimezone(zone).date()
        until: time | None = args.until
        start, end = cli_invite.window(day, args.start, until=until, hours=args.hours,
                                       zone=zone, now=now)
        where = cli_invite.resolve_where(operations.destinations(), room=args.room,
                                         host=args.host)
        invitation = operations.create_invitation(InvitationRequest(
            guest_name=args.name, phone=args.phone, organization=args.organization,
            purpose=Purpose(args.purpose), expected_from=start, expected_until=end,
            room_id=where.room_id, host_organization_id=where.host_organization_id))
    except cli_invite.InviteInputError as exc:
        print(f"gic-kiosk: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        for error in exc.errors:
            print(f"gic-kiosk: {error.field}: {error.code}", file=sys.stderr)
        return 2
    finally:
        operations.close()
    print("\n".join(cli_invite.summary_lines(invitation, zone)))
    if args.pdf:
        slip = cli_invite.render_invitation_slip(invitation, zone,
                                                 catalogue.read_catalogue().building_name)
        try:
            saved = cli_invite.write_slip(slip, Path(args.pdf))
        except OSError as exc:
            print(f"gic-kiosk: the invitation is saved, but its slip could not be written: "
                  f"{exc}", file=sys.stderr)
            return 1
        print(f"Slip:            {saved}")
    return 0


def _set_pin(settings: Settings, args: argparse.Namespace) -> int:
    import getpass
    import warnings

    from kiosk.errors import InvalidFieldError
    from kiosk.operations import Operations
    from kiosk.staff.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH, PinTooWeakError, validate_pin

    not_changed = "the staff PIN was not changed"
    try:
        if args.pin_stdin:
            pin = sys.stdin.readline().strip()
        else:
            with warnings.catch_warnings():
                # Without a terminal getpass would show the PIN as it is typed: refuse instead.
                warnings.simplefilter("error", getpass.GetPassWarning)
                pin = getpass.getpass(f"New staff PIN ({PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} "
                                      "digits): ")
                validate_pin(pin)  # say so now, not after it was typed twice
                again = getpass.getpass("The same PIN again: ")
            if again != pin:
                print(f"gic-kiosk: the two PINs differ; {not_changed}", file=sys.stderr)
                return 2
        validate_pin(pin)
    except (PinTooWeakError, InvalidFieldError) as exc:
        reason = exc.reason if isinstance(exc, PinTooWeakError) else "empty"
        print(f"gic-kiosk: PIN refused ({reason.replace('_', ' ')}): use {PIN_MIN_LENGTH} to "
              f"{PIN_MAX_LENGTH} digits; {not_changed}", file=sys.stderr)
        return 2
    except getpass.GetPassWarning:
        print(f"gic-kiosk: no terminal to type the PIN on unseen (use --pin-stdin); "
              f"{not_changed}", file=sys.stderr)
        return 2
    except (EOFError, KeyboardInterrupt):
        print(f"\ngic-kiosk: no PIN entered; {not_changed}", file=sys.stderr)
        return 2
    operations = Operations.open(settings)
    try:
        operations.set_staff_pin(pin)
    finally:
        operations.close()
    print("Staff PIN set for this device.")
    return 0


def _close_day(settings: Settings) -> int:
    from kiosk.operations import Operations

    operations = Operations.open(settings)
    try:
        closed = operations.close_open_visits()
    finally:
        operations.close()
    visits = "visit" if closed == 1 else "visits"
    print(f"{closed} {visits} still open after closing time "
          f"({settings.hours.closing:%H:%M}) checked out automatically.")
    return 0


def _rotate_key(settings: Settings) -> int:
    from kiosk.db.types import utc_now
    from kiosk.operations import Operations
    from kiosk.passes.keys import rotate_key

    operations = Operations.open(settings)
    try:
        keep_until = operations.last_invitation_day()
    finally:
        operations.close()
    keyring = rotate_key(settings, utc_now(), keep_until)
    print(f"Passes are now signed with key {keyring.signing_key.key_id} in "
          f"{settings.site_keys_path}; older keys still verify for "
          f"{settings.site.key_grace_days} days. Copy the file to every device of the building.")
    return 0


def _schedule(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.cli import schedule as cli_schedule
    from kiosk.operations import Operations
    from kiosk.paper.printing import PrintError
    from kiosk.schedules.render import ScheduleInputError

    try:
        request = cli_schedule.parse_request(
            date_text=args.date, kind=args.kind, floor=args.floor, room=args.room,
            paper=args.paper, language=args.language or settings.language.value)
        operations = Operations.open(settings)
        try:
            schedule = cli_schedule.make_schedule(operations.database, request, settings,
                                                  operations.clock())
        finally:
            operations.close()
    except ScheduleInputError as exc:
        print(f"gic-kiosk: {exc}", file=sys.stderr)
        return 2
    pages = cli_schedule.page_count(schedule.pdf)
    if args.out:
        try:
            saved = cli_schedule.write_schedule(schedule, Path(args.out))
        except OSError as exc:
            print(f"gic-kiosk: the schedule could not be written: {exc}", file=sys.stderr)
            return 1
        print(f"Schedule ({pages} pages) written to {saved}")
        return 0
    try:
        outcome = cli_schedule.send_schedule(schedule, settings)
    except PrintError as exc:
        print(f"gic-kiosk: the schedule did not print ({exc}); the PDF is in "
              f"{settings.pdf_path / schedule.day.isoformat() / schedule.name}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"gic-kiosk: the schedule could not be saved: {exc}", file=sys.stderr)
        return 1
    if outcome.printed:
        print(f"Schedule ({pages} pages) printed on {outcome.queue} (job {outcome.job_id}); "
              f"a copy is in {outcome.saved_to}")
    else:
        print(f"No {schedule.paper} printer configured ([printers] {schedule.paper.lower()}): "
              f"schedule ({pages} pages) saved to {outcome.saved_to}")
    return 0


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
