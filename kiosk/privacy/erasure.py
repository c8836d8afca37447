"""Anonymising people in place (UU No. 27/2022 Art. 43–44): the row stays, the name and the
phone go, and the change travels to central like any other.

Services here take the caller's :class:`Session` inside its unit of work and change synced rows
one ORM object at a time, so every change appends its outbox entry. What a column holds once
anonymised comes from :data:`kiosk.privacy.personal.PERSONAL`. Visits keep what statistics
need (day, times, purpose, destination, floor, group size, booking link): counts stay right.

Older outbox entries still carry the person in their payloads (a check-in waiting to be
pushed); :func:`scrub_outbox` rewrites those payloads in place. The outbox is local and not
synced, so a plain UPDATE is the right tool there.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from kiosk.models import (
    DenyEntry,
    HeldCheckIn,
    Invitation,
    Organization,
    OrganizationKind,
    Visit,
    Visitor,
)
from kiosk.privacy.personal import PERSONAL

#: Most ids in one ``IN (...)`` list (SQLite's default limit on bound values is 32,766).
IN_CHUNK = 900


@dataclass(frozen=True)
class Erased:
    """How many rows one anonymisation changed (rows already anonymous are not counted)."""

    visitors: int = 0
    visits: int = 0
    invitations: int = 0
    held: int = 0
    deny_entries: int = 0
    #: The pass numbers of the people's visits and the codes of their invitations (changed
    #: now or before): their PDFs print the name (:func:`kiosk.privacy.wipe.delete_pdfs`).
    pass_numbers: tuple[str, ...] = ()
    invitation_codes: tuple[str, ...] = ()

    def __add__(self, other: Erased) -> Erased:
        return Erased(self.visitors + other.visitors, self.visits + other.visits,
                      self.invitations + other.invitations, self.held + other.held,
                      self.deny_entries + other.deny_entries,
                      self.pass_numbers + other.pass_numbers,
                      self.invitation_codes + other.invitation_codes)

    @property
    def total(self) -> int:
        return self.visitors + self.visits + self.invitations + self.held + self.deny_entries


def anonymise_visitors(session: Session, visitor_ids: Collection[uuid.UUID], *, at: datetime,
                       scrub: bool = True, older_than: datetime | None = None) -> Erased:
    """Anonymise these visitors, their visits, the invitations their visits redeemed or that
    carry their phone, and the held check-ins of their phone or visits; idempotent.

    ``scrub`` also rewrites this device's pending outbox entries for every row touched
    (:func:`scrub_outbox`); the retention purge passes False and scrubs the whole outbox in
    its own short batches instead (:func:`scrub_outbox_range`). ``older_than`` is the
    retention purge's cutoff: an invitation or held check-in found by phone only is then left
    alone unless it is older too (someone past retention may be invited for next week)."""
    ids = list(dict.fromkeys(visitor_ids))
    visitors = _load(session, Visitor, Visitor.id, ids)
    # A phone is often shared (a family, an office): rows found by phone must carry the
    # person's name too, or erasing one person would erase another's invitation.
    people = {(v.phone_e164, _same_name(v.full_name)) for v in visitors if v.phone_e164}
    phones = {phone for phone, _name in people}
    visits = _load(session, Visit, Visit.visitor_id, ids)
    visitor_kind = _visitor_kind_organizations(
        session, {o.organization_id for o in (*visits, *visitors) if o.organization_id})
    changed: dict[str, list[uuid.UUID]] = {}
    for visitor in visitors:
        # Only a link to the visitor's own business goes; one to a tenant stays (as central's
        # purge does: both copies must agree).
        keep = visitor.organization_id if visitor.organization_id not in visitor_kind else None
        _anonymise(visitor, at, changed, organization_id=keep)
    for visit in visits:
        keep = visit.organization_id if visit.organization_id not in visitor_kind else None
        _anonymise(visit, at, changed, organization_id=keep)
    visit_ids = [v.id for v in visits]
    redeemed = {v.invitation_id for v in visits}
    invitations = [i for i in _invitations(session, redeemed, phones)
                   if i.id in redeemed or (
                       (i.phone_e164, _same_name(i.guest_name)) in people
                       and (older_than is None or i.expected_until < older_than))]
    for invitation in invitations:
        _anonymise(invitation, at, changed)
    for held in _held(session, people, {str(i) for i in ids}, {str(i) for i in visit_ids}):
        if older_than is None or held.created_at < older_than:
            _anonymise(held, at, changed)
    session.flush()
    if scrub:
        for table, rows in changed.items():
            scrub_outbox(session, table, rows)
    return Erased(visitors=len(changed.get("visitor", ())), visits=len(changed.get("visit", ())),
                  invitations=len(changed.get("invitation", ())),
                  held=len(changed.get("held_check_in", ())),
                  pass_numbers=tuple(v.pass_number for v in visits),
                  invitation_codes=tuple(i.code for i in invitations))


def anonymise_deny_entries(session: Session, ids: Collection[uuid.UUID], at: datetime, *,
                           scrub: bool = True) -> Erased:
    """Anonymise these deny-list entries (the retention purge's ended ones); idempotent."""
    changed: dict[str, list[uuid.UUID]] = {}
    for entry in _load(session, DenyEntry, DenyEntry.id, list(ids)):
        _anonymise(entry, at, changed)
    session.flush()
    if scrub:
        scrub_outbox(session, "deny_entry", changed.get("deny_entry", []))
    return Erased(deny_entries=len(changed.get("deny_entry", ())))


def anonymise_rows(session: Session, model: type[Invitation] | type[HeldCheckIn],
                   ids: Collection[uuid.UUID], at: datetime, *, scrub: bool = True) -> Erased:
    """Anonymise invitations or held check-ins by id, on their own (the retention purge's
    expired invitations and old held check-ins); idempotent."""
    changed: dict[str, list[uuid.UUID]] = {}
    for row in _load(session, model, model.id, list(ids)):
        _anonymise(row, at, changed)
    session.flush()
    table = model.__tablename__
    if scrub:
        scrub_outbox(session, table, changed.get(table, []))
    count = len(changed.get(table, ()))
    return Erased(invitations=count) if model is Invitation else Erased(held=count)


def scrub_outbox(session: Session, table: str, ids: Collection[uuid.UUID]) -> int:
    """Rewrite the pending outbox entries of these (anonymised) rows of ``table`` so that their
    payloads hold the anonymised values too. Returns how many entries changed."""
    total = 0
    rows = list(ids)
    for start in range(0, len(rows), IN_CHUNK):
        chunk = rows[start:start + IN_CHUNK]
        statement = text(f"{scrub_sql(table)} AND entity_id IN :ids").bindparams(
            bindparam("ids", expanding=True))
        total += _rowcount(session.execute(statement, {"ids": [i.hex for i in chunk]}))
    return total


def scrub_outbox_range(session: Session, first_seq: int, last_seq: int) -> int:
    """Scrub every outbox entry with ``first_seq <= seq <= last_seq`` whose row is anonymised
    (any personal table): one short statement per table over a slice of the outbox."""
    total = 0
    for table in PERSONAL:
        statement = text(f"{scrub_sql(table)} AND seq BETWEEN :first AND :last")
        total += _rowcount(session.execute(statement, {"first": first_seq, "last": last_seq}))
    return total


def scrub_sql(table: str, rows: str = "main") -> str:
    """An UPDATE of the outbox entries of ``table`` whose row is anonymised and whose payload
    still differs. A column whose anonymised value is None (an organisation link) is cleared
    only where the row itself no longer holds it: a tenant or agency link stays. ``rows`` is
    the schema holding the anonymised rows (a backup's outbox is scrubbed by the live rows)."""
    payload = "payload"
    differs = []
    for column, value in PERSONAL[table].items():
        path = f"'$.{column}'"
        if value is None:
            live = f"(SELECT r.{column} FROM {rows}.{table} r WHERE r.id = outbox.entity_id)"
            payload = (f"CASE WHEN {live} IS NULL THEN json_set({payload}, {path}, NULL) "
                       f"ELSE {payload} END")
            differs.append(f"({live} IS NULL AND json_extract(payload, {path}) IS NOT NULL)")
        else:
            literal = _json_literal(value)
            payload = f"json_set({payload}, {path}, {literal})"
            differs.append(f"json_extract(payload, {path}) IS NOT json_extract({literal}, '$')"
                           if isinstance(value, list | dict) else
                           f"json_extract(payload, {path}) IS NOT {literal}")
    return (f"UPDATE main.outbox SET payload = {payload} WHERE entity = '{table}' "
            f"AND EXISTS (SELECT 1 FROM {rows}.{table} a WHERE a.id = outbox.entity_id "
            f"AND a.anonymized_at IS NOT NULL) AND ({' OR '.join(differs)})")


def _json_literal(value: Any) -> str:
    if value == "":
        return "''"
    if value == []:
        return "json('[]')"
    if value == {}:
        return "json('{}')"
    raise ValueError(f"no SQL for the anonymised value {value!r}")


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _anonymise(row: Any, at: datetime, changed: dict[str, list[uuid.UUID]],
               **overrides: Any) -> None:
    """Set the row's personal columns to their anonymised values (``overrides`` win), once."""
    table = type(row).__tablename__
    values = {**PERSONAL[table], **overrides}
    fresh = row.anonymized_at is None
    dirty = False
    for column, value in values.items():
        if getattr(row, column) != value:
            setattr(row, column, _copy(value))
            dirty = True
    if fresh:
        row.anonymized_at = at
    if fresh or dirty:
        changed.setdefault(table, []).append(row.id)


def _copy(value: Any) -> Any:
    # A fresh list or dict each time: JSON columns must not share one mutable value.
    return type(value)() if isinstance(value, list | dict) else value


def _load(session: Session, model: Any, column: Any, ids: list[uuid.UUID]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(ids), IN_CHUNK):
        rows.extend(session.scalars(select(model).where(column.in_(ids[start:start + IN_CHUNK]))))
    return rows


def _visitor_kind_organizations(session: Session, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    listed = list(ids)
    for start in range(0, len(listed), IN_CHUNK):
        found.update(session.scalars(select(Organization.id).where(
            Organization.id.in_(listed[start:start + IN_CHUNK]),
            Organization.kind == OrganizationKind.VISITOR)))
    return found


def _invitations(session: Session, redeemed: Iterable[uuid.UUID | None],
                 phones: set[str]) -> list[Invitation]:
    ids = [i for i in redeemed if i is not None]
    rows = {r.id: r for r in _load(session, Invitation, Invitation.id, ids)}
    listed = sorted(phones)
    for start in range(0, len(listed), IN_CHUNK):
        for row in session.scalars(select(Invitation).where(
                Invitation.phone_e164.in_(listed[start:start + IN_CHUNK]))):
            rows[row.id] = row
    return list(rows.values())


def _same_name(name: object) -> str:
    """A name compared loosely (spaces, case, compatibility forms): the same person's name as
    typed at the kiosk and at an invitation."""
    return unicodedata.normalize("NFKC", " ".join(str(name or "").split())).casefold()


def _held(session: Session, people: set[tuple[str, str]], visitor_ids: set[str],
          visit_ids: set[str]) -> list[HeldCheckIn]:
    """Held check-ins under one of these (phone, name)s, of one of these visitors, or admitted
    as one of these visits. Held rows are few (they are decided within the day and purged with
    the retention period), so they are read whole and matched here."""
    rows = session.scalars(select(HeldCheckIn).where(HeldCheckIn.anonymized_at.is_(None)))
    found = []
    for row in rows:
        request = row.request or {}
        asked = (request.get("phone"), _same_name(request.get("name")))
        if (asked in people or request.get("visitor_id") in visitor_ids
                or (row.visit_id is not None and str(row.visit_id) in visit_ids)):
            found.append(row)
    return found
