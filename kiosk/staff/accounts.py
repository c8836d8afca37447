"""Staff accounts: what a login, a password and a PIN may be, signing in with the lock-out
(:mod:`kiosk.staff.lockout`), and the changes an administrator makes.

Refused sign-ins are results (:class:`SignIn`), not exceptions, so the caller's unit of work
commits the count. Services take a :class:`Session` and never commit; ``now`` is UTC.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, FieldError, InvalidFieldError, NotFoundError, ValidationError
from kiosk.models import Role, StaffAccount, StaffLock, StaffSecret
from kiosk.staff import hashing
from kiosk.staff.lockout import MAX_ATTEMPTS, Tries
from kiosk.staff.pin import PinTooWeakError, validate_pin
from kiosk.staff.roles import Actor
from kiosk.visits.names import clean_name

LOGIN_LIMIT = 40
NAME_LIMIT = 120
#: NIST SP 800-63B: at least 8 characters, no composition rules, long passphrases welcome,
#: well-known passwords refused.
PASSWORD_MIN = 8
PASSWORD_MAX = 128
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
#: Refused whatever the building: the most common passwords, Indonesian ones included.
_COMMON = frozenset({
    "password", "password1", "password123", "12345678", "123456789", "1234567890", "87654321",
    "11111111", "00000000", "qwerty123", "qwertyuiop", "iloveyou", "sayang123", "bismillah",
    "indonesia", "jakarta123", "admin123", "administrator", "receptionist", "resepsionis",
    "rahasia123", "katasandi", "gedunginovasi", "inovasi123", "tangsel123", "welcome1",
})
#: Words a role may be written as, in English or Indonesian.
ROLE_WORDS: Mapping[str, Role] = {
    "receptionist": Role.RECEPTIONIST, "resepsionis": Role.RECEPTIONIST,
    "manager": Role.MANAGER, "manajer": Role.MANAGER, "pengelola": Role.MANAGER,
    "admin": Role.ADMIN, "administrator": Role.ADMIN,
}


class SignInRefusal(enum.StrEnum):
    #: No such name, or the wrong password: the screen does not say which.
    WRONG = "wrong"
    LOCKED = "locked"
    #: Said only to someone who gave the right password.
    DISABLED = "disabled"


@dataclass(frozen=True)
class SignIn:
    """The answer to one sign-in (or unlock)."""

    actor: Actor | None
    refusal: SignInRefusal | None = None
    #: Wrong tries left before the lock; 0 while locked.
    attempts_left: int = MAX_ATTEMPTS
    locked_until: datetime | None = None
    #: This try was the one that started the lock.
    just_locked: bool = False

    @property
    def ok(self) -> bool:
        return self.actor is not None


@dataclass(frozen=True)
class StaffSummary:
    id: uuid.UUID
    login: str
    name: str
    role: Role
    disabled: bool
    has_pin: bool


def clean_login(raw: str) -> str:
    login = (raw or "").strip().casefold()
    if not login:
        raise InvalidFieldError("login", ErrorCode.REQUIRED)
    if not _LOGIN.fullmatch(login):
        raise InvalidFieldError("login", ErrorCode.LOGIN_INVALID)
    return login


def parse_role(raw: str | Role) -> Role:
    role = ROLE_WORDS.get(str(raw).strip().casefold())
    if role is None:
        raise InvalidFieldError("role", ErrorCode.UNKNOWN_ROLE)
    return role


def check_password(password: str, login: str = "") -> None:
    """Raise :class:`InvalidFieldError` for a password that may not be set."""
    if not password:
        raise InvalidFieldError("password", ErrorCode.REQUIRED)
    if len(password) < PASSWORD_MIN:
        raise InvalidFieldError("password", ErrorCode.PASSWORD_TOO_SHORT)
    if len(password) > PASSWORD_MAX:
        raise InvalidFieldError("password", ErrorCode.PASSWORD_TOO_LONG)
    folded = password.casefold()
    if folded in _COMMON or (login and login in folded) or len(set(folded)) < 3:
        raise InvalidFieldError("password", ErrorCode.PASSWORD_TOO_COMMON)


def check_pin(pin: str) -> None:
    """An empty PIN is allowed (none); any other must be 4 to 12 digits."""
    if not pin:
        return
    try:
        validate_pin(pin)
    except PinTooWeakError as exc:
        raise InvalidFieldError("pin", ErrorCode.PIN_INVALID) from exc


def add_account(session: Session, login: str, name: str, role: Role | str, password: str,
                pin: str = "") -> StaffAccount:
    """A new account; every unusable field is reported at once, nothing saved."""
    errors: list[FieldError] = []
    clean: dict[str, object] = {}
    for field, check in (("login", lambda: clean_login(login)),
                         ("name", lambda: clean_name(name, NAME_LIMIT)),
                         ("role", lambda: parse_role(role))):
        try:
            clean[field] = check()
        except InvalidFieldError as exc:
            errors.append(exc.error)
    try:
        check_password(password, str(clean.get("login", "")))
    except InvalidFieldError as exc:
        errors.append(exc.error)
    try:
        check_pin(pin)
    except InvalidFieldError as exc:
        errors.append(exc.error)
    if "login" in clean and accounts_named(session, str(clean["login"])):
        errors.append(FieldError("login", ErrorCode.LOGIN_EXISTS))
    if errors:
        raise ValidationError(errors)
    account = StaffAccount(id=uuid.uuid4(), login=clean["login"], name=clean["name"],
                           role=clean["role"])
    session.add(account)
    session.add(StaffSecret(id=account.id, password_hash=hashing.hash_secret(password),
                            pin_hash=hashing.hash_secret(pin) if pin else ""))
    session.flush()
    return account


def secret_of(session: Session, account_id: uuid.UUID) -> StaffSecret:
    """The account's hashes (an account made without them, which cannot happen through
    :func:`add_account`, gets an empty row: no password matches it)."""
    secret = session.get(StaffSecret, account_id)
    if secret is None:
        secret = StaffSecret(id=account_id, password_hash="", pin_hash="")
        session.add(secret)
    return secret


def accounts_named(session: Session, login: str) -> list[StaffAccount]:
    """Accounts with this login, oldest first (two offline desks may each have made one)."""
    return list(session.scalars(select(StaffAccount).where(
        StaffAccount.login == login.strip().casefold(), StaffAccount.deleted_at.is_(None))
        .order_by(StaffAccount.created_at)))


def get_account(session: Session, account_id: uuid.UUID) -> StaffAccount:
    account = session.get(StaffAccount, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError("staff", account_id)
    return account


def has_accounts(session: Session) -> bool:
    return session.scalars(select(StaffAccount.id).where(
        StaffAccount.deleted_at.is_(None)).limit(1)).first() is not None


def enabled_admins(session: Session) -> list[StaffAccount]:
    return list(session.scalars(select(StaffAccount).where(
        StaffAccount.role == Role.ADMIN, StaffAccount.disabled_at.is_(None),
        StaffAccount.deleted_at.is_(None))))


def summaries(session: Session) -> list[StaffSummary]:
    rows = session.scalars(select(StaffAccount).where(StaffAccount.deleted_at.is_(None))
                           .order_by(StaffAccount.name))
    return [summarise(session, a) for a in rows]


def summarise(session: Session, account: StaffAccount) -> StaffSummary:
    secret = session.get(StaffSecret, account.id)
    return StaffSummary(account.id, account.login, account.name, account.role,
                        account.disabled_at is not None, bool(secret and secret.pin_hash))


def actor_of(account: StaffAccount, device_id: uuid.UUID | None) -> Actor:
    return Actor(account.name, account.role, account.id, device_id)


def sign_in(session: Session, login: str, password: str, now: datetime,
            device_id: uuid.UUID | None) -> SignIn:
    """Check a name and password. Five wrong passwords in a row lock the account (for that
    name on every desk, once synced); an unknown name costs the same time as a wrong
    password and says the same."""
    accounts = accounts_named(session, login) if login.strip() else []
    if not accounts:
        hashing.check_secret("", password)
        return SignIn(None, SignInRefusal.WRONG)
    account = accounts[0]
    for candidate in accounts[1:]:  # the one whose password this is, if logins doubled
        if hashing.check_secret(secret_of(session, candidate.id).password_hash, password)[0]:
            account = candidate
    return _try(session, account, password, now, device_id, pin=False)


def unlock(session: Session, account_id: uuid.UUID, secret: str, now: datetime,
           device_id: uuid.UUID | None, *, pin_allowed: bool = True) -> SignIn:
    """Unlock an idle console with the same person's password or (``pin_allowed``) PIN;
    wrong tries count towards the same lock as a sign-in's."""
    account = get_account(session, account_id)
    as_pin = (pin_allowed and bool(secret_of(session, account_id).pin_hash)
              and secret.isascii() and secret.isdigit())
    return _try(session, account, secret, now, device_id, pin=as_pin)


def _try(session: Session, account: StaffAccount, secret: str, now: datetime,
         device_id: uuid.UUID | None, *, pin: bool) -> SignIn:
    tries = _tries(session, account.id)
    before = (tries.failed, tries.locked_until)
    locked_until = tries.lock_in_force(now)
    if locked_until is not None:
        _save(session, account.id, tries, before)
        return SignIn(None, SignInRefusal.LOCKED, 0, locked_until)
    stored = secret_of(session, account.id)
    ok, rehashed = hashing.check_secret(stored.pin_hash if pin else stored.password_hash,
                                        secret)
    if not ok:
        left = tries.wrong(now)
        _save(session, account.id, tries, before)
        return SignIn(None, SignInRefusal.LOCKED if left == 0 else SignInRefusal.WRONG, left,
                      tries.locked_until, just_locked=left == 0)
    if rehashed is not None:
        if pin:
            stored.pin_hash = rehashed
        else:
            stored.password_hash = rehashed
    tries.failed = 0
    _save(session, account.id, tries, before)
    if account.disabled_at is not None:
        return SignIn(None, SignInRefusal.DISABLED)
    return SignIn(actor_of(account, device_id))


def _tries(session: Session, account_id: uuid.UUID) -> Tries:
    lock = session.get(StaffLock, account_id)
    return Tries() if lock is None else Tries(lock.failed_attempts, lock.locked_until)


def _save(session: Session, account_id: uuid.UUID, tries: Tries,
          before: tuple[int, datetime | None]) -> None:
    """Write the count only when it changed: a right password after a right password is no
    change to sync."""
    if (tries.failed, tries.locked_until) == before:
        return
    lock = session.get(StaffLock, account_id)
    if lock is None:
        lock = StaffLock(id=account_id)
        session.add(lock)
    lock.failed_attempts = tries.failed
    lock.locked_until = tries.locked_until
    session.flush()


def set_password(session: Session, account: StaffAccount, password: str) -> None:
    """A new password; it lifts a lock too (a locked-out person's reset is the way back in)."""
    check_password(password, account.login)
    secret_of(session, account.id).password_hash = hashing.hash_secret(password)
    tries = _tries(session, account.id)
    _save(session, account.id, Tries(), (tries.failed, tries.locked_until))


def set_pin(session: Session, account: StaffAccount, pin: str) -> None:
    """A new PIN; empty removes it."""
    check_pin(pin)
    secret_of(session, account.id).pin_hash = hashing.hash_secret(pin) if pin else ""


def set_role(session: Session, account: StaffAccount, role: Role | str) -> None:
    new = parse_role(role)
    if account.role is Role.ADMIN and new is not Role.ADMIN:
        _keep_an_admin(session, account)
    account.role = new


def disable(session: Session, account: StaffAccount, now: datetime) -> None:
    if account.disabled_at is None:
        if account.role is Role.ADMIN:
            _keep_an_admin(session, account)
        account.disabled_at = now


def enable(session: Session, account: StaffAccount) -> None:
    account.disabled_at = None


def _keep_an_admin(session: Session, account: StaffAccount) -> None:
    if all(a.id == account.id for a in enabled_admins(session)):
        raise ValidationError([FieldError("role", ErrorCode.LAST_ADMIN)])
