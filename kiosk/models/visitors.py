"""People who come to the building."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced
from kiosk.db.changes import Change

#: Longest name we accept, in characters; long enough for any real name with titles.
NAME_MAX_LENGTH = 120


class Visitor(Synced, Base):
    change_kind = Change.VISITS

    __tablename__ = "visitor"

    #: Free text in any script; a single name (mononym) is a whole name.
    full_name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH))
    #: Case-folded name for recognising a returning visitor who shares a phone.
    #: Indexed: the visit history reads every name through this narrow index, not the table.
    name_key: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), index=True)
    #: E.164, e.g. +6281234567890. The visitor's identity at the kiosk.
    phone_e164: Mapped[str] = mapped_column(String(16), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), default=None
    )
    #: When the visitor agreed to the privacy notice (UU No. 27/2022), and which version of it.
    consent_at: Mapped[datetime | None] = mapped_column(default=None)
    consent_version: Mapped[str] = mapped_column(String(16), default="")
    #: The visitor withdrew consent: the kiosk no longer recalls them by phone, and a later
    #: check-in asks for their name and consent afresh (a new visitor row).
    consent_withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Set when the name and phone were erased (retention or a request); never cleared, and
    #: sync never lets an older copy of the row bring them back (:mod:`kiosk.privacy`).
    anonymized_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
