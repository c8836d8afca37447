"""Adding and changing organisations: one at a time (reception, ``gic-kiosk org add|edit``) or
a whole list at once (``gic-kiosk org import``).

An import is idempotent by the organisation's name key: a row whose organisation exists
updates it (or leaves it as it is), any other row adds one. Every row is checked before
anything is written; when a row is refused, nothing is written unless the caller asked to
skip the bad rows. A column the file does not have leaves what is stored; a column it has
but leaves blank clears the value (the file is the office's list). An organisation that
check-in made for a visitor's business, named in the list, becomes the building's own,
keeping its visits; a retired one named in the list is back (``revive``).
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, FieldError, ValidationError
from kiosk.models import Organization, OrganizationContact, OrganizationKind
from kiosk.organizations.directory import (
    CleanContact,
    CleanOrganization,
    ContactFields,
    OrganizationFields,
    Places,
    clean_organization,
)
from kiosk.organizations.spreadsheet import SheetRow
from kiosk.visits.names import name_key

#: The columns an organisation's own values come from (the contact's are the rest).
_PLACE = frozenset({"floor", "room"})
_CONTACT = ("contact_name", "contact_phone", "contact_email", "language")


class Outcome(enum.StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowReport:
    line: int
    name: str
    outcome: Outcome
    errors: tuple[FieldError, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    rows: tuple[RowReport, ...]
    #: False when a row was refused and nothing was written.
    applied: bool

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)


def fields_from_row(values: Mapping[str, str]) -> OrganizationFields:
    contact = None
    if values.get("contact_name", "").strip() or any(
            values.get(column, "").strip() for column in _CONTACT[1:3]):
        contact = ContactFields(values.get("contact_name", ""), values.get("contact_phone", ""),
                                values.get("contact_email", ""), values.get("language", ""))
    return OrganizationFields(values.get("name", ""), values.get("kind", ""),
                              values.get("floor"), values.get("room"),
                              values.get("quota_hours"), contact)


def import_organizations(session: Session, rows: Sequence[SheetRow], *,
                         skip_bad: bool) -> ImportReport:
    places = Places.read(session)
    existing = _by_key(session)
    contacts = contacts_by_name(session)
    given = frozenset(rows[0].values) if rows else frozenset()
    seen: set[str] = set()
    reports: list[RowReport] = []
    planned: list[tuple[CleanOrganization, Organization | None]] = []
    for row in rows:
        name = row.values.get("name", "")
        try:
            clean = clean_organization(fields_from_row(row.values), places)
        except ValidationError as exc:
            reports.append(RowReport(row.line, name, Outcome.REFUSED, exc.errors))
            continue
        if clean.name_key in seen:
            reports.append(RowReport(row.line, clean.name, Outcome.REFUSED,
                                     (FieldError("name", ErrorCode.DUPLICATE_ROW),)))
            continue
        seen.add(clean.name_key)
        current = existing.get(clean.name_key)
        if current is None:
            outcome = Outcome.ADDED
        elif _changes(current, clean, given, contacts.get(current.id, {}), revive=True):
            outcome = Outcome.UPDATED
        else:
            outcome = Outcome.UNCHANGED
        reports.append(RowReport(row.line, clean.name, outcome))
        if outcome is not Outcome.UNCHANGED:
            planned.append((clean, current))
    if not skip_bad and any(r.outcome is Outcome.REFUSED for r in reports):
        return ImportReport(tuple(reports), applied=False)
    for clean, current in planned:
        if current is None:
            add_organization(session, clean)
        else:
            update_organization(session, current, clean, given,
                                contacts.get(current.id, {}), revive=True)
    return ImportReport(tuple(reports), applied=True)


def add_organization(session: Session, clean: CleanOrganization) -> Organization:
    organization = Organization(id=uuid.uuid4(), name=clean.name, name_key=clean.name_key,
                                kind=clean.kind, floor_id=clean.floor_id,
                                room_id=clean.room_id, quota_hours=clean.quota_hours)
    session.add(organization)
    if clean.contact is not None:
        session.add(_new_contact(organization.id, clean.contact))
    return organization


def update_organization(session: Session, organization: Organization,
                        clean: CleanOrganization, given: Collection[str],
                        contacts: Mapping[str, OrganizationContact], *,
                        revive: bool = False) -> None:
    """Set the values of the ``given`` columns (the name and the kind always); ``revive``
    brings a retired organisation back."""
    for attribute, value in _values(clean, given, revive).items():
        if getattr(organization, attribute) != value:
            setattr(organization, attribute, value)
    contact = clean.contact
    if contact is None:
        return
    current = contacts.get(contact.name_key)
    if current is None:
        session.add(_new_contact(organization.id, contact))
        return
    for attribute, value in _contact_values(contact, given).items():
        if getattr(current, attribute) != value:
            setattr(current, attribute, value)


def _values(clean: CleanOrganization, given: Collection[str],
            revive: bool) -> dict[str, object]:
    values: dict[str, object] = {"name": clean.name, "name_key": clean.name_key,
                                 "kind": clean.kind}
    if revive:
        values["retired_at"] = None
    if _PLACE & set(given):
        values |= {"floor_id": clean.floor_id, "room_id": clean.room_id}
    if "quota_hours" in given:
        values["quota_hours"] = clean.quota_hours
    return values


def _contact_values(contact: CleanContact, given: Collection[str]) -> dict[str, object]:
    values: dict[str, object] = {"name": contact.name}
    for column, attribute, value in (("contact_phone", "phone_e164", contact.phone_e164),
                                     ("contact_email", "email", contact.email),
                                     ("language", "language", contact.language)):
        if column in given:
            values[attribute] = value
    return values


def _changes(organization: Organization, clean: CleanOrganization, given: Collection[str],
             contacts: Mapping[str, OrganizationContact], *, revive: bool) -> bool:
    if any(getattr(organization, a) != v for a, v in _values(clean, given, revive).items()):
        return True
    if clean.contact is None:
        return False
    current = contacts.get(clean.contact.name_key)
    return current is None or any(getattr(current, a) != v for a, v in
                                  _contact_values(clean.contact, given).items())


def _new_contact(organization_id: uuid.UUID, contact: CleanContact) -> OrganizationContact:
    return OrganizationContact(id=uuid.uuid4(), organization_id=organization_id,
                               name=contact.name, phone_e164=contact.phone_e164,
                               email=contact.email, language=contact.language,
                               wants_notices=contact.wants_notices)


def _by_key(session: Session) -> dict[str, Organization]:
    """Each name key's organisation: the building's own before a visitor's, the oldest
    first (two offline devices may each have made a visitor organisation of one name)."""
    found: dict[str, Organization] = {}
    rows = session.scalars(select(Organization).where(Organization.deleted_at.is_(None))
                           .order_by(Organization.created_at))
    for organization in rows:
        kept = found.get(organization.name_key)
        if kept is None or (kept.kind is OrganizationKind.VISITOR
                            and organization.kind is not OrganizationKind.VISITOR):
            found[organization.name_key] = organization
    return found


def contacts_by_name(session: Session, organization_id: uuid.UUID | None = None
                     ) -> dict[uuid.UUID, dict[str, OrganizationContact]]:
    """Each organisation's live contacts by name key (of one organisation, or of all)."""
    query = select(OrganizationContact).where(OrganizationContact.deleted_at.is_(None))
    if organization_id is not None:
        query = query.where(OrganizationContact.organization_id == organization_id)
    found: dict[uuid.UUID, dict[str, OrganizationContact]] = defaultdict(dict)
    for contact in session.scalars(query):
        found[contact.organization_id].setdefault(name_key(contact.name), contact)
    return found
