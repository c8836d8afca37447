"""Organisations: tenant SMEs, city agencies, partners, and the visitors' own businesses."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, String
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
