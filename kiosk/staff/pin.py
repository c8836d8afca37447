"""The staff PIN that lets staff leave kiosk mode (exit the full-screen kiosk).

The PIN belongs to this device: it is stored as an Argon2id hash in the local ``device`` row,
which does not sync, so setting or checking it writes no outbox entries.

A device without a PIN cannot leave kiosk mode from the screen at all. A kiosk stands in a public
lobby, so it must not be escapable by default: an administrator sets the first PIN from the
command line (``gic-kiosk set-pin``), which needs access to the PC and is also the way to recover
from a forgotten PIN or a lock-out.

After :data:`MAX_ATTEMPTS` wrong PINs in a row the device refuses every PIN, even the right one,
for :data:`LOCK_MINUTES` minutes; the count starts again when the lock starts. Refusals are
results (:class:`PinCheck`), not exceptions, so the caller's unit of work commits the count.

Services take a :class:`Session` and never commit; ``now`` is a timezone-aware UTC datetime.
"""

from __future__ import annotations

import enum
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from kiosk.db.types import NaiveDatetimeError
from kiosk.errors import ErrorCode, InvalidFieldError, KioskError, NotFoundError
from kiosk.models import Device

log = logging.getLogger(__name__)

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
#: Wrong PINs in a row before the device locks.
MAX_ATTEMPTS = 5
#: How long a lock lasts.
LOCK_MINUTES = 5
LOCK_DURATION = timedelta(minutes=LOCK_MINUTES)

# Argon2id at the OWASP minimum (19 MiB, 2 passes, 1 lane) instead of argon2-cffi's defaults
# (64 MiB, 3 passes, 4 lanes). A kiosk PC has 2 cores and verifies on its database worker while
# the screen waits, so one verify should stay in the tens of milliseconds: 20-30 ms measured on
# a 2-core AMD EPYC VM, against 120-140 ms with the defaults. Offline guessing is not what
# protects a 4-12 digit PIN anyway; the lock-out does, and the hash only keeps the PIN out of a
# copied database file. Changing these parameters is safe: hashes made with other ones are
# upgraded at the next successful check (see ``check_needs_rehash``).
_HASHER = PasswordHasher(
    time_cost=2, memory_cost=19456, parallelism=1, hash_len=32, salt_len=16, type=Type.ID
)
_PIN_PATTERN = re.compile(r"[0-9]+")  # ASCII digits only (str.isdigit also accepts "١٢٣٤", "²")


class PinProblem(enum.StrEnum):
    """Why a new PIN was refused. Stable strings; the UI words them."""

    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


class PinError(KioskError):
    """Base of the staff-PIN errors."""


class PinTooWeakError(PinError):
    """A new PIN is unusable: not only digits, or not 4 to 12 of them. Nothing was saved."""

    def __init__(self, reason: PinProblem) -> None:
        super().__init__(f"pin: {reason}")
        #: A :class:`PinProblem` (a ``str``).
        self.reason = reason


@dataclass(frozen=True)
class PinCheck:
    """The answer to one PIN entered to leave kiosk mode."""

    #: The PIN was right: leave kiosk mode.
    ok: bool
    #: Wrong PINs still allowed before the lock; 0 while locked.
    attempts_left: int
    #: While locked, when entering a PIN becomes possible again; None otherwise.
    locked_until: datetime | None
    #: No PIN has been set: kiosk mode cannot be left from the screen (``gic-kiosk set-pin``).
    no_pin_set: bool = False


def validate_pin(pin: str) -> None:
    """Raise if ``pin`` cannot become the staff PIN: :class:`InvalidFieldError` (``REQUIRED``)
    when empty, :class:`PinTooWeakError` otherwise."""
    if not pin:
        raise InvalidFieldError("pin", ErrorCode.REQUIRED)
    if not _PIN_PATTERN.fullmatch(pin):
        raise PinTooWeakError(PinProblem.NOT_DIGITS)
    if len(pin) < PIN_MIN_LENGTH:
        raise PinTooWeakError(PinProblem.TOO_SHORT)
    if len(pin) > PIN_MAX_LENGTH:
        raise PinTooWeakError(PinProblem.TOO_LONG)


def set_staff_pin(session: Session, device_id: uuid.UUID, pin: str) -> None:
    """Make ``pin`` this device's staff PIN, replacing any earlier one and clearing failed
    attempts and any lock."""
    validate_pin(pin)
    device = _device(session, device_id)
    device.staff_pin_hash = _HASHER.hash(pin)
    device.failed_pin_attempts = 0
    device.pin_locked_until = None
    session.flush()


def has_staff_pin(session: Session, device_id: uuid.UUID) -> bool:
    """Whether a staff PIN has been set on this device."""
    return bool(_device(session, device_id).staff_pin_hash)


def verify_staff_pin(session: Session, device_id: uuid.UUID, pin: str, now: datetime) -> PinCheck:
    """Check a PIN entered to leave kiosk mode, counting failures and locking after
    :data:`MAX_ATTEMPTS` of them. Call it inside a unit of work: a refusal writes too."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise NaiveDatetimeError(f"naive datetime {now.isoformat()} refused; attach a zone")
    device = _device(session, device_id)
    if not device.staff_pin_hash:
        return PinCheck(ok=False, attempts_left=0, locked_until=None, no_pin_set=True)

    locked_until = device.pin_locked_until
    if locked_until is not None:
        if locked_until > now + LOCK_DURATION:
            # The clock was set back since the lock began; without this the lock would last
            # as long as the clock moved. Start the lock again from the clock's new time.
            locked_until = device.pin_locked_until = now + LOCK_DURATION
        if now < locked_until:
            session.flush()
            return PinCheck(ok=False, attempts_left=0, locked_until=locked_until)
        device.pin_locked_until = None

    if _matches(device, pin):
        device.failed_pin_attempts = 0
        session.flush()
        return PinCheck(ok=True, attempts_left=MAX_ATTEMPTS, locked_until=None)

    device.failed_pin_attempts += 1
    if device.failed_pin_attempts >= MAX_ATTEMPTS:
        device.failed_pin_attempts = 0
        device.pin_locked_until = now + LOCK_DURATION
        log.warning("staff PIN: %d wrong attempts, locked until %s", MAX_ATTEMPTS,
                    device.pin_locked_until.isoformat())
        session.flush()
        return PinCheck(ok=False, attempts_left=0, locked_until=device.pin_locked_until)
    session.flush()
    return PinCheck(ok=False, attempts_left=MAX_ATTEMPTS - device.failed_pin_attempts,
                    locked_until=None)


def _matches(device: Device, pin: str) -> bool:
    """Whether ``pin`` is the device's PIN; upgrades the stored hash when it is and the hash
    was made with other parameters."""
    try:
        validate_pin(pin)
    except KioskError:
        return False  # cannot be a PIN that was set; no need to spend a hash on it
    try:
        _HASHER.verify(device.staff_pin_hash, pin)
    except VerificationError:  # VerifyMismatchError, or a hash argon2 could not check
        return False
    except InvalidHashError:
        log.error("staff PIN hash of device %s is unreadable; set a new PIN", device.id)
        return False
    if _HASHER.check_needs_rehash(device.staff_pin_hash):
        device.staff_pin_hash = _HASHER.hash(pin)
    return True


def _device(session: Session, device_id: uuid.UUID) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFoundError("device", device_id)
    return device
