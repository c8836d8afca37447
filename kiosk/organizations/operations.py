"""The organisation operations reception and the command line call (``ops.organizations.…``).

Like :mod:`kiosk.operations`, each method is one unit of work that returns frozen data; every
method blocks and runs on the UI's database worker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.unit_of_work import Database
from kiosk.errors import ErrorCode, FieldError, NotFoundError, ValidationError
from kiosk.models import (
    ActivityKind,
    Floor,
    Organization,
    OrganizationContact,
    OrganizationKind,
    Room,
)
from kiosk.organizations.directory import (
    BUILDING_KINDS,
    OrganizationFields,
    Places,
    clean_organization,
)
from kiosk.organizations.importing import (
    ImportReport,
    Outcome,
    add_organization,
    contacts_by_name,
    import_organizations,
    update_organization,
)
from kiosk.organizations.spreadsheet import SheetRow, read_rows
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor, Permission, require
from kiosk.visits.names import clean_text, name_key

#: What ``edit`` may be given besides the name and kind (the import's column names).
EDITABLE = frozenset({"floor", "room", "quota_hours", "contact_name", "contact_phone",
                      "contact_email", "language"})


@dataclass(frozen=True)
class ContactSummary:
    id: uuid.UUID
    name: str
    phone_e164: str | None
    email: str | None
    language: str
    wants_notices: bool


@dataclass(frozen=True)
class OrganizationSummary:
    id: uuid.UUID
    name: str
    kind: OrganizationKind
    floor_number: int | None
    room_code: str | None
    #: Its own weekly quota; None: the building's default.
    quota_hours: int | None
    retired: bool
    contacts: tuple[ContactSummary, ...] = ()


class OrganizationOperations:
    """Tenants, agencies and partners over one device database."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self.database = database
        self.clock = clock

    def list(self, search: str = "", *, include_retired: bool = False
             ) -> list[OrganizationSummary]:
        """The building's organisations by name; ``search`` matches any part of the name."""
        key = name_key(search)
        with self.database.reading() as session:
            query = (select(Organization).where(Organization.deleted_at.is_(None),
                                                Organization.kind.in_(BUILDING_KINDS))
                     .order_by(Organization.name_key))
            if key:
                query = query.where(Organization.name_key.contains(key, autoescape=True))
            if not include_retired:
                query = query.where(Organization.retired_at.is_(None))
            return _summaries(session, list(session.scalars(query)))

    def get(self, organization_id: uuid.UUID) -> OrganizationSummary:
        with self.database.reading() as session:
            return _summaries(session, [_find(session, organization_id)])[0]

    def find(self, name: str) -> OrganizationSummary:
        """The building's organisation with this name (any case and spacing)."""
        key = name_key(name)
        with self.database.reading() as session:
            found = session.scalars(select(Organization).where(
                Organization.name_key == key, Organization.deleted_at.is_(None),
                Organization.kind.in_(BUILDING_KINDS)).order_by(Organization.created_at)
            ).first()
            if found is None:
                raise NotFoundError("organization", clean_text(name))
            return _summaries(session, [found])[0]

    def add(self, fields: OrganizationFields, actor: Actor) -> OrganizationSummary:
        """A new tenant, agency or partner. A visitor organisation of the same name (made at
        check-in) becomes it, keeping its visits; the building's own of the same name is
        refused (``ORGANIZATION_EXISTS``, or ``ORGANIZATION_RETIRED`` for a retired one)."""
        require(actor, Permission.ORGANIZATIONS)
        with self.database.unit_of_work() as session:
            clean = clean_organization(fields, Places.read(session))
            same = list(session.scalars(select(Organization).where(
                Organization.name_key == clean.name_key, Organization.deleted_at.is_(None))))
            own = [o for o in same if o.kind in BUILDING_KINDS]
            if own:
                code = (ErrorCode.ORGANIZATION_EXISTS if any(o.retired_at is None for o in own)
                        else ErrorCode.ORGANIZATION_RETIRED)
                raise ValidationError([FieldError("name", code)])
            if same:
                organization = same[0]
                update_organization(session, organization, clean, EDITABLE, {})
            else:
                organization = add_organization(session, clean)
            session.flush()
            record(session, actor, self.clock(), ActivityKind.ORGANIZATION, "add", organization.id,
                   organization.name)
            return _summaries(session, [organization])[0]

    def edit(self, organization_id: uuid.UUID, fields: OrganizationFields,
             given: Collection[str], actor: Actor) -> OrganizationSummary:
        """Change the name, the kind and the ``given`` fields (see :data:`EDITABLE`); a
        contact named in ``fields`` is updated, or added when it has a new name. A retired
        organisation stays retired (:meth:`bring_back`)."""
        require(actor, Permission.ORGANIZATIONS)
        with self.database.unit_of_work() as session:
            organization = _find(session, organization_id)
            clean = clean_organization(fields, Places.read(session))
            if clean.name_key != organization.name_key and session.scalars(
                    select(Organization.id).where(
                        Organization.name_key == clean.name_key,
                        Organization.deleted_at.is_(None),
                        Organization.kind.in_(BUILDING_KINDS))).first() is not None:
                raise ValidationError([FieldError("name", ErrorCode.ORGANIZATION_EXISTS)])
            contacts = contacts_by_name(session, organization.id)
            update_organization(session, organization, clean, set(given) & EDITABLE,
                                contacts.get(organization.id, {}))
            session.flush()
            record(session, actor, self.clock(), ActivityKind.ORGANIZATION, "edit", organization.id,
                   organization.name)
            return _summaries(session, [organization])[0]

    def retire(self, organization_id: uuid.UUID, actor: Actor) -> OrganizationSummary:
        """No longer offered as a destination, a host or a booking's organisation; its
        visits, bookings and invitations keep naming it."""
        require(actor, Permission.ORGANIZATIONS)
        with self.database.unit_of_work() as session:
            organization = _find(session, organization_id)
            if organization.retired_at is None:
                organization.retired_at = self.clock()
                record(session, actor, self.clock(), ActivityKind.ORGANIZATION,
                       "retire", organization.id,
                       organization.name)
            return _summaries(session, [organization])[0]

    def bring_back(self, organization_id: uuid.UUID, actor: Actor) -> OrganizationSummary:
        """A retired organisation offered again, as it was."""
        require(actor, Permission.ORGANIZATIONS)
        with self.database.unit_of_work() as session:
            organization = _find(session, organization_id)
            if organization.retired_at is not None:
                organization.retired_at = None
                record(session, actor, self.clock(), ActivityKind.ORGANIZATION, "bring_back",
                       organization.id, organization.name)
            return _summaries(session, [organization])[0]

    def import_file(self, path: Path, actor: Actor, *, skip_bad: bool = False) -> ImportReport:
        """Raises :class:`~kiosk.organizations.spreadsheet.SpreadsheetError` for a file that
        is not a list of organisations (nothing is written)."""
        require(actor, Permission.ORGANIZATIONS)
        return self.import_rows(read_rows(path), actor, skip_bad=skip_bad, source=path.name)

    def import_rows(self, rows: Sequence[SheetRow], actor: Actor, *, skip_bad: bool = False,
                    source: str = "") -> ImportReport:
        require(actor, Permission.ORGANIZATIONS)
        with self.database.unit_of_work() as session:
            report = import_organizations(session, rows, skip_bad=skip_bad)
            added, updated = report.count(Outcome.ADDED), report.count(Outcome.UPDATED)
            if report.applied and added + updated:  # an unchanged list writes nothing
                record(session, actor, self.clock(), ActivityKind.ORGANIZATION, "import", None,
                       f"{source} +{added} ~{updated}".strip())
            return report


def _find(session: Session, organization_id: uuid.UUID) -> Organization:
    organization = session.get(Organization, organization_id)
    if (organization is None or organization.deleted_at is not None
            or organization.kind not in BUILDING_KINDS):
        raise NotFoundError("organization", organization_id)
    return organization


def _summaries(session: Session, organizations: Sequence[Organization]
               ) -> list[OrganizationSummary]:
    ids = [o.id for o in organizations]
    contacts: dict[uuid.UUID, list[ContactSummary]] = {i: [] for i in ids}
    for contact in session.scalars(select(OrganizationContact).where(
            OrganizationContact.organization_id.in_(ids),
            OrganizationContact.deleted_at.is_(None)).order_by(OrganizationContact.name)):
        contacts[contact.organization_id].append(ContactSummary(
            contact.id, contact.name, contact.phone_e164, contact.email, contact.language,
            contact.wants_notices))
    places = {organization_id: (floor_number, room_code) for organization_id, floor_number,
              room_code in session.execute(
                  select(Organization.id, Floor.number, Room.code)
                  .outerjoin(Room, Room.id == Organization.room_id)
                  .outerjoin(Floor, Floor.id == Organization.floor_id)
                  .where(Organization.id.in_(ids)))}
    summaries = []
    for o in organizations:
        floor_number, room_code = places.get(o.id, (None, None))
        summaries.append(OrganizationSummary(o.id, o.name, o.kind, floor_number, room_code,
                                             o.quota_hours, o.retired_at is not None,
                                             tuple(contacts[o.id])))
    return summaries
