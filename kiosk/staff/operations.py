"""The staff operations reception and the command line call (``ops.staff.…``): signing in,
the accounts an administrator keeps, and the activity record.

Like :mod:`kiosk.operations`, each method is one unit of work that returns frozen data; every
method blocks and runs on the UI's database worker. Passwords and PINs are never logged.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.db.unit_of_work import Database
from kiosk.errors import ErrorCode, FieldError, InvalidFieldError, NotFoundError, ValidationError
from kiosk.models import ActivityKind, Role, StaffAccount
from kiosk.staff import accounts, activity
from kiosk.staff.accounts import SignIn, SignInRefusal, StaffSummary
from kiosk.staff.roles import Actor, Permission, PermissionDeniedError, require

log = logging.getLogger(__name__)


class StaffOperations:
    """Accounts, signing in and the activity record over one device database."""

    def __init__(self, database: Database, clock: Callable[[], datetime],
                 device_id: uuid.UUID) -> None:
        self.database = database
        self.clock = clock
        self.device_id = device_id

    # --- signing in --------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """Whether anybody can sign in yet (else reception asks for the first administrator)."""
        with self.database.reading() as session:
            return accounts.has_accounts(session)

    def create_first_admin(self, login: str, name: str, password: str, pin: str = "") -> Actor:
        """The building's first administrator, signed in. Refused (``STAFF_EXISTS``) once any
        account exists: from then on only an administrator adds people."""
        with self.database.unit_of_work() as session:
            if accounts.has_accounts(session):
                raise ValidationError([FieldError("login", ErrorCode.STAFF_EXISTS)])
            account = accounts.add_account(session, login, name, Role.ADMIN, password, pin)
            actor = accounts.actor_of(account, self.device_id)
            activity.record(session, actor, self.clock(), ActivityKind.STAFF,
                            "first_admin", account.id,
                            account.login)
            return actor

    def sign_in(self, login: str, password: str) -> SignIn:
        with self.database.unit_of_work() as session:
            result = accounts.sign_in(session, login, password, self.clock(), self.device_id)
            self._record_sign_in(session, result, login)
            return result

    def unlock(self, actor: Actor, secret: str) -> SignIn:
        """The console, locked while idle, opened again by the same person's password or
        PIN."""
        if actor.staff_id is None:
            raise PermissionDeniedError(Permission.STAFF, actor.role)
        with self.database.unit_of_work() as session:
            result = accounts.unlock(session, actor.staff_id, secret, self.clock(),
                                     self.device_id)
            self._record_sign_in(session, result,
                                 accounts.get_account(session, actor.staff_id).login)
            return result

    def current(self, actor: Actor) -> Actor | None:
        """``actor`` as their account is now: None once it is disabled, with its new role
        once changed (a console keeps an actor from the sign-in; this refreshes it)."""
        if actor.staff_id is None:
            return actor
        with self.database.reading() as session:
            account = session.get(StaffAccount, actor.staff_id)
            if account is None or account.disabled_at is not None or account.deleted_at:
                return None
            return accounts.actor_of(account, actor.device_id)

    def _record_sign_in(self, session: Session, result: SignIn, who: str) -> None:
        if result.actor is not None:
            activity.record(session, result.actor, self.clock(), ActivityKind.STAFF, "sign_in")
        elif result.just_locked:
            # Who it was is known only by the name typed: the record names the account.
            log.warning("staff sign-in: an account locked after wrong passwords")
            found = accounts.accounts_named(session, who)
            if found:
                activity.record(session, accounts.actor_of(found[0], self.device_id),
                                self.clock(), ActivityKind.STAFF, "locked", found[0].id,
                                found[0].login)

    # --- accounts ----------------------------------------------------------------------------

    def roster(self, actor: Actor) -> list[StaffSummary]:
        """Everyone with an account, by name (managers see it to filter the activity)."""
        require(actor, Permission.ACTIVITY)  # an administrator has it too
        with self.database.reading() as session:
            return accounts.summaries(session)

    def find(self, actor: Actor, login: str) -> StaffSummary:
        require(actor, Permission.STAFF)
        with self.database.reading() as session:
            found = accounts.accounts_named(session, login)
            if not found:
                raise NotFoundError("staff", login)
            return accounts.summarise(session, found[0])

    def add(self, actor: Actor, login: str, name: str, role: Role | str, password: str,
            pin: str = "") -> StaffSummary:
        require(actor, Permission.STAFF)
        with self.database.unit_of_work() as session:
            account = accounts.add_account(session, login, name, role, password, pin)
            activity.record(session, actor, self.clock(), ActivityKind.STAFF, "add", account.id,
                            account.login)
            return accounts.summarise(session, account)

    def set_password(self, actor: Actor, account_id: uuid.UUID, password: str) -> None:
        """An administrator sets someone's password (their own goes through
        :meth:`change_own`, which asks for the current one)."""
        self._change(actor, account_id, "password",
                     lambda s, a: accounts.set_password(s, a, password))

    def set_pin(self, actor: Actor, account_id: uuid.UUID, pin: str) -> None:
        """An administrator sets (or, empty, removes) someone's PIN."""
        self._change(actor, account_id, "pin", lambda s, a: accounts.set_pin(s, a, pin))

    def change_own(self, actor: Actor, current_password: str, password: str = "",
                   pin: str | None = None) -> StaffSummary:
        """Someone changes their own password (when given) and PIN (when not None; empty
        removes it), after typing their current password: a console left signed in is not
        enough. A wrong current password counts towards the account's lock."""
        if actor.staff_id is None:
            raise PermissionDeniedError(Permission.STAFF, actor.role)
        account_id = actor.staff_id
        with self.database.unit_of_work() as session:  # the count of a wrong try is kept
            checked = accounts.unlock(session, account_id, current_password, self.clock(),
                                      self.device_id, pin_allowed=False)
            if checked.just_locked:
                self._record_sign_in(session, checked,
                                     accounts.get_account(session, account_id).login)
        if checked.actor is None:
            code = (ErrorCode.ACCOUNT_LOCKED if checked.refusal is SignInRefusal.LOCKED
                    else ErrorCode.PASSWORD_WRONG)
            raise ValidationError([FieldError("current_password", code)])
        with self.database.unit_of_work() as session:
            account = accounts.get_account(session, account_id)
            errors = []
            if password:
                try:
                    accounts.set_password(session, account, password)
                except InvalidFieldError as exc:
                    errors.append(exc.error)
            if pin is not None:
                try:
                    accounts.set_pin(session, account, pin)
                except InvalidFieldError as exc:
                    errors.append(exc.error)
            if errors:
                raise ValidationError(errors)
            for action, given in (("password", bool(password)), ("pin", pin is not None)):
                if given:
                    activity.record(session, actor, self.clock(), ActivityKind.STAFF, action,
                                    account.id, account.login)
            return accounts.summarise(session, account)

    def set_role(self, actor: Actor, account_id: uuid.UUID, role: Role | str) -> StaffSummary:
        return self._change(actor, account_id, "role",
                            lambda s, a: accounts.set_role(s, a, role))

    def disable(self, actor: Actor, account_id: uuid.UUID) -> StaffSummary:
        """They can no longer sign in, here or (after sync) anywhere; their record stays."""
        now = self.clock()
        return self._change(actor, account_id, "disable",
                            lambda s, a: accounts.disable(s, a, now))

    def enable(self, actor: Actor, account_id: uuid.UUID) -> StaffSummary:
        return self._change(actor, account_id, "enable", lambda s, a: accounts.enable(s, a))

    def _change(self, actor: Actor, account_id: uuid.UUID, action: str,
                change: Callable[[Session, StaffAccount], None]) -> StaffSummary:
        require(actor, Permission.STAFF)
        with self.database.unit_of_work() as session:
            account = accounts.get_account(session, account_id)
            change(session, account)
            session.flush()
            activity.record(session, actor, self.clock(), ActivityKind.STAFF, action, account.id,
                            account.login)
            return accounts.summarise(session, account)

    # --- the record --------------------------------------------------------------------------

    def activity(self, actor: Actor, query: activity.ActivityQuery
                 ) -> list[activity.ActivityEntry]:
        require(actor, Permission.ACTIVITY)
        with self.database.reading() as session:
            return activity.search(session, query)
