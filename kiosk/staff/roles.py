"""Who may do what. Each role has a set of permissions; each guarded operation takes the
acting :class:`Actor` and calls :func:`require`, which raises :class:`PermissionDeniedError`
(the UI words it). Hiding a button is a courtesy; this is the rule."""

from __future__ import annotations

import enum
import getpass
import uuid
from dataclasses import dataclass

from kiosk.errors import KioskError
from kiosk.models import Role


class Permission(enum.StrEnum):
    VISITORS = "visitors"  # desk check-in, check-out, the visit history
    INVITATIONS = "invitations"
    BOOK = "book"  # create, edit and cancel bookings
    PRINT = "print"  # reprint a card, print slips and schedules
    APPROVE = "approve"  # approve and reject bookings
    CLOSURES = "closures"
    ROOMS = "rooms"
    ORGANIZATIONS = "organizations"
    REPORTS = "reports"
    PRIVACY = "privacy"  # requests to see or erase a visitor's data
    ACTIVITY = "activity"  # the record of who did what
    STAFF = "staff"  # accounts of other people
    DEVICES = "devices"
    KEYS = "keys"
    LEAVE_KIOSK = "leave_kiosk"  # a personal PIN that leaves kiosk mode


_RECEPTIONIST = frozenset({Permission.VISITORS, Permission.INVITATIONS, Permission.BOOK,
                           Permission.PRINT})
_MANAGER = _RECEPTIONIST | {Permission.APPROVE, Permission.CLOSURES, Permission.ROOMS,
                            Permission.ORGANIZATIONS, Permission.REPORTS, Permission.PRIVACY,
                            Permission.ACTIVITY, Permission.LEAVE_KIOSK}
#: Each role's permissions; a higher role has everything of the ones below.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: _RECEPTIONIST,
    Role.MANAGER: _MANAGER,
    Role.ADMIN: _MANAGER | {Permission.STAFF, Permission.DEVICES, Permission.KEYS},
}


class PermissionDeniedError(KioskError):
    """The acting person's role does not allow this; nothing was changed."""

    def __init__(self, permission: Permission, role: Role) -> None:
        super().__init__(f"{role} may not: {permission}")
        self.permission = permission
        self.role = role


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or the command line."""

    name: str
    role: Role
    #: None for the command line: whoever may run it may open the database file anyway, so
    #: it acts as an administrator; the record names the system user instead.
    staff_id: uuid.UUID | None
    device_id: uuid.UUID | None = None

    def may(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]

    @classmethod
    def command_line(cls, device_id: uuid.UUID | None = None) -> Actor:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (a container)
            user = "?"
        return cls(f"command line ({user})", Role.ADMIN, None, device_id)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDeniedError` unless ``actor`` may do ``permission``."""
    if not actor.may(permission):
        raise PermissionDeniedError(permission, actor.role)
