"""Staff accounts, their sign-in locks and the activity record of who did what.

All three sync: a person signs in at any desk, a lock or a disabled account holds everywhere
after sync, and the Activity view of any desk shows every desk's work.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change


class Role(enum.StrEnum):
    """What a staff member may do (:mod:`kiosk.staff.roles` says exactly what)."""

    RECEPTIONIST = "receptionist"
    MANAGER = "manager"
    ADMIN = "admin"


class StaffAccount(Synced, Base):
    """A person who signs in at reception. Never deleted: disabled, so the activity record
    keeps naming them."""

    change_kind = Change.STAFF

    __tablename__ = "staff_account"

    #: What they type to sign in, folded to lower case ("siti", "budi.s").
    login: Mapped[str] = mapped_column(String(40), index=True)
    #: Their name as shown on screen and in the activity record.
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)


class StaffSecret(Synced, Base):
    """An account's password and PIN, as Argon2id hashes (:mod:`kiosk.staff.hashing`). Its id
    is the account's. Kept apart from the account row for the reason :class:`StaffLock` is:
    someone changing their own PIN at an offline desk (or a hash upgraded at a sign-in) must
    never write back an account another desk disabled or gave another role meanwhile."""

    change_kind = Change.STAFF

    __tablename__ = "staff_secret"

    password_hash: Mapped[str] = mapped_column(String(200))
    #: Optional: it unlocks an idle console, and a manager's leaves kiosk mode.
    pin_hash: Mapped[str] = mapped_column(String(200), default="")


class StaffLock(Synced, Base):
    """Wrong passwords and PINs counted against one account, and its lock. Its id is the
    account's: kept apart from the account row, so a failed try at an offline desk can never
    undo a password change, a new role or a disabled account made meanwhile at another."""

    change_kind = Change.STAFF

    __tablename__ = "staff_lock"

    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class ActivityKind(enum.StrEnum):
    """What an activity entry is about (the Activity view filters by it). Booking changes
    have their own record, :class:`~kiosk.models.bookings.BookingAudit`."""

    BOOKING = "booking"
    CLOSURE = "closure"
    ROOM = "room"
    ORGANIZATION = "organization"
    VISIT = "visit"  # desk check-in, reception's check-out, a reprinted card
    INVITATION = "invitation"
    EXPORT = "export"
    STAFF = "staff"  # accounts, sign-ins, locks, leaving kiosk mode
    # The deny list, the held check-ins reception decided, data-subject requests. Stored as
    # its text in a VARCHAR(24) with no CHECK (str_enum): no migration, here or central.
    PRIVACY = "privacy"


class Activity(Synced, Base):
    """One thing a staff member did: who, on which device, when, to what. Append-only, and it
    names no visitor: the subject's id leads to them while their data exists."""

    change_kind = Change.STAFF

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_created_at", "created_at"),
                      Index("ix_activity_staff_id", "staff_id"),
                      Index("ix_activity_subject_id", "subject_id"))

    #: None for the command line, which anyone with access to the PC may run.
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    actor: Mapped[str] = mapped_column(String(120))
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))
    #: What was done, a stable word the UI translates ("add", "retire", "approve", ...).
    action: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: What it was done to, in words (an organisation's name, a pass number, a room code).
    subject: Mapped[str] = mapped_column(String(200), default="")
