"""``gic-kiosk set-pin``: the staff PIN that leaves kiosk mode on this device, typed twice
unseen (or read from standard input for scripts).

Only light modules are imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings

_NOT_CHANGED = "the staff PIN was not changed"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pin = commands.add_parser("set-pin", help="set the staff PIN that leaves kiosk mode on this "
                              "device (asked twice, not shown)")
    pin.set_defaults(handler=run)
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from one line of standard input instead (for scripts)")


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


def _read_pin(from_stdin: bool, err: TextIO) -> str | None:
    """The new PIN, checked; None (and why, on ``err``) when there is none to set."""
    import getpass
    import warnings

    from kiosk.errors import InvalidFieldError
    from kiosk.staff.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH, PinTooWeakError, validate_pin

    try:
        if from_stdin:
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
                err.write(f"gic-kiosk: the two PINs differ; {_NOT_CHANGED}\n")
                return None
        validate_pin(pin)
    except (PinTooWeakError, InvalidFieldError) as exc:
        reason = exc.reason if isinstance(exc, PinTooWeakError) else "empty"
        err.write(f"gic-kiosk: PIN refused ({reason.replace('_', ' ')}): use {PIN_MIN_LENGTH} "
                  f"to {PIN_MAX_LENGTH} digits; {_NOT_CHANGED}\n")
        return None
    except getpass.GetPassWarning:
        err.write(f"gic-kiosk: no terminal to type the PIN on unseen (use --pin-stdin); "
                  f"{_NOT_CHANGED}\n")
        return None
    except (EOFError, KeyboardInterrupt):
        err.write(f"\ngic-kiosk: no PIN entered; {_NOT_CHANGED}\n")
        return None
    return pin
