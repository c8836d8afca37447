"""The PINs that let staff leave kiosk mode (exit the full-screen kiosk): the device's own
staff PIN, or the personal PIN of a manager or administrator.

The device PIN belongs to this device: it is stored as an Argon2id hash in the local ``device`` row,
which does not sync, so setting or checking it writes no outbox entries.

A device without a PIN cannot leave kiosk mode from the screen at all. A kiosk stands in a public
lobby, so it must not be escapable by default: an administrator sets the first PIN from the
command line (``gic-kiosk set-pin``), which needs access to the PC and is also the way to recover
from a forgotten PIN or a lock-out.

After :data:`MAX_ATTEMPTS` wrong PINs in a row the device refuses every PIN, even the right one,
for :data:`LOCK_MINUTES` minutes (:mod:`kiosk.staff.lockout`). Refusals are results
(:class:`PinCheck`), not exceptions, so the caller's unit of work commits the count.

Services take a :class:`Session` and never commit; ``now`` is a timezone-aware UTC datetime.
"""

from __future__ import annotations

import enum
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, InvalidFieldError, KioskError, NotFoundError
from kiosk.models import Device, StaffAccount, StaffLock, StaffSecret
from kiosk.staff import hashing
from kiosk.staff.lockout import MAX_ATTEMPTS, Tries
from kiosk.staff.roles import PERMISSIONS, Actor, Permission

log = logging.getLogger(__name__)

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
#: A personal PIN leaves a kiosk in the public lobby only with this many digits or more:
#: every guess there is tried against every manager's PIN at once.
PERSONAL_PIN_AT_KIOSK = 6
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
    #: The manager or administrator whose personal PIN it was (None: the device PIN).
    holder: Actor | None = None


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
    device.staff_pin_hash = hashing.hash_secret(pin)
    device.failed_pin_attempts = 0
    device.pin_locked_until = None
    session.flush()


def has_staff_pin(session: Session, device_id: uuid.UUID) -> bool:
    """Whether a staff PIN has been set on this device."""
    return bool(_device(session, device_id).staff_pin_hash)


def verify_staff_pin(session: Session, device_id: uuid.UUID, pin: str, now: datetime) -> PinCheck:
    """Check a PIN entered to leave kiosk mode: the device's, or a manager's or
    administrator's own. Failures are counted on the device and lock it after
    :data:`MAX_ATTEMPTS`. Call it inside a unit of work: a refusal writes too."""
    device = _device(session, device_id)
    tries = Tries(device.failed_pin_attempts, device.pin_locked_until)
    locked_until = tries.lock_in_force(now)  # first: it refuses a naive ``now``
    holders = _pin_holders(session, now)
    if not device.staff_pin_hash and not holders:
        return PinCheck(ok=False, attempts_left=0, locked_until=None, no_pin_set=True)
    if locked_until is None:
        holder = None
        ok = _matches(device, pin)
        if not ok and len(pin) >= PERSONAL_PIN_AT_KIOSK and _is_pin(pin):
            account = next((a for a, pin_hash in holders
                            if hashing.check_secret(pin_hash, pin)[0]), None)
            if account is not None:
                holder = Actor(account.name, account.role, account.id, device_id)
            ok = holder is not None
        if ok:
            device.failed_pin_attempts, device.pin_locked_until = 0, None
            session.flush()
            return PinCheck(ok=True, attempts_left=MAX_ATTEMPTS, locked_until=None,
                            holder=holder)
        left = tries.wrong(now)
        if left == 0:
            log.warning("staff PIN: %d wrong attempts, locked until %s", MAX_ATTEMPTS,
                        tries.locked_until.isoformat() if tries.locked_until else "?")
        locked_until = tries.locked_until
    device.failed_pin_attempts, device.pin_locked_until = tries.failed, tries.locked_until
    session.flush()
    return PinCheck(ok=False, attempts_left=0 if locked_until else MAX_ATTEMPTS - tries.failed,
                    locked_until=locked_until)


def _pin_holders(session: Session, now: datetime) -> list[tuple[StaffAccount, str]]:
    """Those whose personal PIN leaves kiosk mode, with its hash: enabled, their role allows
    it, and their account is not locked after wrong passwords."""
    roles = [role for role, allowed in PERMISSIONS.items() if Permission.LEAVE_KIOSK in allowed]
    locked = select(StaffLock.id).where(StaffLock.locked_until > now)
    rows = session.execute(select(StaffAccount, StaffSecret.pin_hash)
                           .join(StaffSecret, StaffSecret.id == StaffAccount.id).where(
        StaffAccount.role.in_(roles), StaffSecret.pin_hash != "",
        StaffAccount.disabled_at.is_(None), StaffAccount.deleted_at.is_(None),
        StaffAccount.id.not_in(locked)))
    return [(account, pin_hash) for account, pin_hash in rows]


def _is_pin(pin: str) -> bool:
    try:
        validate_pin(pin)
    except KioskError:
        return False  # cannot be a PIN that was set; no need to spend a hash on it
    return True


def _matches(device: Device, pin: str) -> bool:
    """Whether ``pin`` is the device's PIN; upgrades the stored hash when it is and the hash
    was made with other parameters."""
    if not device.staff_pin_hash or not _is_pin(pin):
        return False
    ok, rehashed = hashing.check_secret(device.staff_pin_hash, pin)
    if rehashed is not None:
        device.staff_pin_hash = rehashed
    return ok


def _device(session: Session, device_id: uuid.UUID) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFoundError("device", device_id)
    return device
