"""``gic-kiosk staff``: the people who sign in at reception (add, list, passwd, pin, disable,
enable, role); and ``gic-kiosk set-pin``: the staff PIN that leaves kiosk mode on this device.
Secrets are typed twice unseen, or read from standard input for scripts, and never echoed.

Whoever runs a command acts as an administrator (see ``Actor.command_line``): it is how the
first administrator is made on a PC without a screen, and how a forgotten password is reset.

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.staff.accounts import StaffSummary

_ROLES = "receptionist, manager or admin"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pin = commands.add_parser("set-pin", help="set the staff PIN that leaves kiosk mode on this "
                              "device (asked twice, not shown)")
    pin.set_defaults(handler=run)
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from one line of standard input instead (for scripts)")

    staff = commands.add_parser(
        "staff", help="the people who sign in at reception",
        description="Roles: receptionist (visitors, invitations, bookings, printing), manager "
                    "(also approvals, closures, rooms, organisations, reports, the activity "
                    "record), admin (also staff accounts, devices, keys). Accounts sync: a "
                    "disabled account stops working at every desk after sync.")
    staff.set_defaults(handler=run_staff)
    actions = staff.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="everyone with an account")
    add = actions.add_parser("add", help="a new account (the password is asked twice)")
    add.add_argument("login", help="what they type to sign in, e.g. siti")
    add.add_argument("--name", required=True, help="their name as shown, e.g. 'Siti Aminah'")
    add.add_argument("--role", required=True, help=_ROLES)
    for name in ("passwd", "pin", "disable", "enable"):
        action = actions.add_parser(name, help={
            "passwd": "a new password (asked twice)",
            "pin": "a new PIN that unlocks their idle console (and, for a manager, leaves "
                   "kiosk mode); an empty one removes it",
            "disable": "they can no longer sign in; their record stays",
            "enable": "they can sign in again"}[name])
        action.add_argument("login")
    role = actions.add_parser("role", help="change someone's role")
    role.add_argument("login")
    role.add_argument("role", help=_ROLES)
    for parser in (add, actions.choices["passwd"], actions.choices["pin"]):
        parser.add_argument("--secret-stdin", action="store_true",
                            help="read the password or PIN from standard input (for scripts)")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when set; 2 when no usable PIN was given (the old one stays)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    pin = _read_pin(args.pin_stdin, err)
    if pin is None:
        return 2
    from kiosk.operations import Operations

    with Operations.open(settings) as operations:
        operations.set_staff_pin(pin)
    out.write("Staff PIN set for this device.\n")
    return 0


def run_staff(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
              stderr: TextIO | None = None) -> int:
    """0 when done; 2 for input that cannot be used (nothing is changed then)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from kiosk.errors import InvalidFieldError, NotFoundError, ValidationError
    from kiosk.operations import Operations
    from kiosk.staff.accounts import check_password, check_pin

    secret = ""
    if args.staff_action in ("add", "passwd"):
        found = _read_secret("password", check_password, _field_refused, args.secret_stdin,
                             err)
        if found is None:
            return 2
        secret = found
    elif args.staff_action == "pin":
        found = _read_secret("PIN", check_pin, _field_refused, args.secret_stdin, err,
                             empty_ok=True)
        if found is None:
            return 2
        secret = found
    with Operations.open(settings) as operations:
        staff, actor = operations.staff, operations.command_line
        try:
            if args.staff_action == "list":
                people = staff.roster(actor)
                out.write("".join(line(p) + "\n" for p in people) or "no staff accounts\n")
                return 0
            if args.staff_action == "add":
                added = staff.add(actor, args.login, args.name, args.role, secret)
                out.write(f"added: {line(added)}\n")
                return 0
            account = staff.find(actor, args.login)
            if args.staff_action == "passwd":
                staff.set_password(actor, account.id, secret)
                out.write(f"password changed: {account.login}\n")
            elif args.staff_action == "pin":
                staff.set_pin(actor, account.id, secret)
                out.write(f"PIN {'set' if secret else 'removed'}: {account.login}\n")
            elif args.staff_action == "disable":
                out.write(f"disabled: {line(staff.disable(actor, account.id))}\n")
            elif args.staff_action == "enable":
                out.write(f"enabled: {line(staff.enable(actor, account.id))}\n")
            else:
                out.write(f"changed: {line(staff.set_role(actor, account.id, args.role))}\n")
        except NotFoundError:
            err.write(f"gic-kiosk: nobody signs in as {args.login!r}\n")
            return 2
        except (ValidationError, InvalidFieldError) as exc:
            errors = exc.errors if isinstance(exc, ValidationError) else (exc.error,)
            for error in errors:
                err.write(f"gic-kiosk: {_refusal(error.field, error.code)}\n")
            return 2
    return 0


def line(person: StaffSummary) -> str:
    parts = [person.login, person.name, person.role.value]
    if person.has_pin:
        parts.append("PIN set")
    if person.disabled:
        parts.append("DISABLED")
    return " · ".join(parts)


#: What a refused field means, for the person at the command line.
_MEANINGS = {
    "required": "is missing",
    "too_long": "is too long",
    "name_needs_letters": "needs letters",
    "name_invalid_characters": "has characters a name cannot have",
    "login_invalid": "may have only a-z, 0-9, '.', '-' and '_' (2 to 40 of them)",
    "login_exists": "is taken by someone else",
    "unknown_role": f"is not {_ROLES}",
    "password_too_short": "is too short (at least 8 characters)",
    "password_too_long": "is too long (at most 128 characters)",
    "password_too_common": "is too easy to guess (a well-known one, or the login in it)",
    "pin_invalid": "must be 4 to 12 digits",
    "last_admin": "cannot change: the building would have no administrator left",
}


#: Refusals of the change as a whole: the field the domain names (``role``, for a disable
#: too) would mislead.
_WHOLE_CHANGE = frozenset({"last_admin"})


def _refusal(field: str, code: str) -> str:
    meaning = _MEANINGS.get(code, code)
    return meaning if code in _WHOLE_CHANGE else f"{field} {meaning}"


def _read_secret(what: str, check: Callable[[str], None], refused: Callable[[Exception], str],
                 from_stdin: bool, err: TextIO, *, flag: str = "--secret-stdin",
                 empty_ok: bool = False) -> str | None:
    """A new password or PIN, typed twice unseen (or one line of standard input) and
    checked; None (and why, on ``err``) when there is none to use. ``check`` raises a
    :class:`KioskError` for an unusable one, and ``refused`` says why in words."""
    import getpass
    import warnings

    from kiosk.errors import KioskError

    try:
        if from_stdin:
            secret = sys.stdin.readline().rstrip("\r\n")
        else:
            with warnings.catch_warnings():
                # Without a terminal getpass would show it as it is typed: refuse instead.
                warnings.simplefilter("error", getpass.GetPassWarning)
                secret = getpass.getpass(f"New {what}: ")
                if secret or not empty_ok:
                    check(secret)  # say so now, not after it was typed twice
                    if getpass.getpass(f"The same {what} again: ") != secret:
                        err.write(f"gic-kiosk: the two differ; {_unchanged(what)}\n")
                        return None
        if secret or not empty_ok:
            check(secret)
    except KioskError as exc:
        err.write(f"gic-kiosk: {refused(exc)}; {_unchanged(what)}\n")
        return None
    except getpass.GetPassWarning:
        err.write(f"gic-kiosk: no terminal to type the {what} on unseen (use {flag}); "
                  f"{_unchanged(what)}\n")
        return None
    except (EOFError, KeyboardInterrupt):
        err.write(f"\ngic-kiosk: no {what} entered; {_unchanged(what)}\n")
        return None
    return secret


def _unchanged(what: str) -> str:
    return f"the {what} was not changed"


def _read_pin(from_stdin: bool, err: TextIO) -> str | None:
    """The device's new staff PIN, checked; None (and why, on ``err``) when there is none."""
    from kiosk.staff.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH, PinTooWeakError, validate_pin

    def refused(exc: Exception) -> str:
        reason = exc.reason if isinstance(exc, PinTooWeakError) else "empty"
        return (f"PIN refused ({reason.replace('_', ' ')}): use {PIN_MIN_LENGTH} to "
                f"{PIN_MAX_LENGTH} digits")

    return _read_secret("staff PIN", validate_pin, refused, from_stdin, err, flag="--pin-stdin")


def _field_refused(exc: Exception) -> str:
    from kiosk.errors import InvalidFieldError

    if not isinstance(exc, InvalidFieldError):
        return str(exc)
    return _refusal(exc.error.field, exc.error.code)
