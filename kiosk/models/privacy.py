"""What the building does for privacy and safety (UU No. 27/2022): the deny list, check-ins it
held for reception to decide, and the register of data-subject requests."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change

#: Longest reason a manager may give, in characters.
REASON_MAX_LENGTH = 300


class DenyEntry(Synced, Base):
    """A person the building does not admit without staff deciding: a phone, a name, or
    both. Never shown on the kiosk. Removed with a tombstone; anonymised like a visitor once
    it has ended and the retention period has passed."""

    change_kind = Change.PRIVACY

    __tablename__ = "deny_entry"

    name: Mapped[str] = mapped_column(String(120), default="")
    #: The name normalised for comparison (:func:`kiosk.privacy.deny.name_key`); "" for none.
    name_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    #: E.164, or "" when only a name was given.
    phone_e164: Mapped[str] = mapped_column(String(16), default="", index=True)
    reason: Mapped[str] = mapped_column(String(REASON_MAX_LENGTH))
    #: The first moment the entry no longer applies; None for no end.
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The manager who added it (the activity record says more).
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    anonymized_at: Mapped[datetime | None] = mapped_column(default=None)


class HoldStatus(enum.StrEnum):
    HELD = "held"  # waiting for staff
    ADMITTED = "admitted"  # staff let the visitor in: the visit was created then
    TURNED_AWAY = "turned_away"


class HeldCheckIn(Synced, Base):
    """A kiosk check-in that matched the deny list: no visit exists until staff decide.

    ``request`` is the check-in as the visitor gave it (name, phone, purpose, destination,
    group), so that admitting it creates exactly the visit the visitor asked for."""

    change_kind = Change.VISITS

    __tablename__ = "held_check_in"

    deny_entry_id: Mapped[uuid.UUID] = mapped_column(index=True)
    request: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[HoldStatus] = mapped_column(str_enum(HoldStatus), default=HoldStatus.HELD)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: The visit made when staff admitted the visitor.
    visit_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    anonymized_at: Mapped[datetime | None] = mapped_column(default=None)


class RequestKind(enum.StrEnum):
    EXPORT = "export"  # the person asked to see their data (UU PDP Art. 32)
    ERASE = "erase"  # ... to have it erased (Art. 43-44)
    WITHDRAW = "withdraw"  # ... withdrew consent


class PrivacyRequest(Synced, Base):
    """One data-subject request in the register: received, due 3 × 24 hours later, handled
    by a manager. Who asked (``subject``) is kept only while the request is open."""

    change_kind = Change.PRIVACY

    __tablename__ = "privacy_request"

    kind: Mapped[RequestKind] = mapped_column(str_enum(RequestKind))
    received_at: Mapped[datetime]
    due_at: Mapped[datetime]
    #: The phone or name the request was made under; "" once closed.
    subject: Mapped[str] = mapped_column(String(120), default="")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: The handling staff member's name as it was (the register outlives accounts).
    handled_by: Mapped[str] = mapped_column(String(120), default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    #: How many visitor records and visits the request covered (no ids, no names).
    visitors: Mapped[int] = mapped_column(default=0)
    visits: Mapped[int] = mapped_column(default=0)
