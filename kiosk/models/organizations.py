"""Organisations: tenant SMEs, city agencies, partners, and the visitors' own businesses."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change


class OrganizationKind(enum.StrEnum):
    TENANT = "tenant"  # an SME incubated or housed in the building
    AGENCY = "agency"  # a government office, e.g. Dinas Koperasi dan UKM
    PARTNER = "partner"  # banks, universities, associations running programmes here
    VISITOR = "visitor"  # a visitor's own business or employer, named at check-in


class Organization(Synced, Base):
    change_kind = Change.CATALOGUE

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(120))
    #: Case- and space-folded name used to find an organisation again; not unique, because two
    #: offline devices may each create the same visitor organisation.
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[OrganizationKind] = mapped_column(str_enum(OrganizationKind))
    #: Where a tenant or agency sits, so visitors can be sent there.
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("room.id"), default=None)
    floor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("floor.id"), default=None)
    #: Hours a week it may book, instead of the building's default (``[bookings]
    #: quota_hours_per_week``); None keeps the default (agencies: no quota unless set).
    quota_hours: Mapped[int | None] = mapped_column(Integer, default=None)
    #: When it left the building (or stopped being a partner). It keeps its history: past
    #: visits and bookings still name it, but it is no longer offered as a destination,
    #: a host or a booking's organisation.
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class OrganizationContact(Synced, Base):
    """A person to reach at a tenant, agency or partner: for bookings, invitations and the
    notices they asked for."""

    change_kind = Change.CATALOGUE

    __tablename__ = "organization_contact"

    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"),
                                                       index=True)
    name: Mapped[str] = mapped_column(String(120))
    #: E.164 ("+6281234567890"), or None.
    phone_e164: Mapped[str | None] = mapped_column(String(20), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    #: "id" or "en": the language of the notices sent to them.
    language: Mapped[str] = mapped_column(String(2), default="id")
    wants_notices: Mapped[bool] = mapped_column(Boolean, default=True)
