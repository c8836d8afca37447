"""One organisation per name: the rule for an organisation that two devices made offline.

Reception on one desk adds "Keripik Tempe Bu Sri" while another desk, offline, adds it too (or
a kiosk checks in a visitor who names it). Both reach the central database with different
ids and the same name key. After each push the central database keeps one:

* the survivor is the building's own organisation before a visitor's business, then the one
  made first (``created_at``), then the smaller id, so every central database picks the same;
* the others are tombstoned (``deleted_at``) and recorded in ``sync_organization_merge``;
* every row naming a merged organisation (contacts, visitors, bookings, invitations: the
  synced tables' references, found from the models) is re-pointed to the survivor, now and
  whenever such a row arrives later (an offline desk that had not heard);
* a merged organisation sent again (edited offline) is tombstoned again.

Each row so changed gets a change number, so every device pulls the outcome, the device that
made the duplicate too. Contacts are moved as they are: two contacts of one name stay two.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from functools import cache

from sqlalchemy import ARRAY, Connection, Uuid, bindparam, text

from kiosk.central import schema
from kiosk.db.base import Base

#: Records a change row: (table, row id).
Record = Callable[[str, uuid.UUID], None]


@cache
def referencing() -> tuple[tuple[str, str], ...]:
    """(table, column) of every synced reference to an organisation (one per table)."""
    return tuple((name, fk.parent.name) for name in schema.SYNCED_TABLES
                 for fk in Base.metadata.tables[name].foreign_keys
                 if fk.column.table.name == "organization")


def merge_organizations(connection: Connection, organizations: Collection[uuid.UUID],
                        touched: Mapping[str, Collection[uuid.UUID]], named: Collection[str],
                        record: Record) -> None:
    """After a push: ``organizations`` the organisation rows it wrote, ``touched`` the other
    rows it wrote that name one (by table), ``named`` the ids they name."""
    merged: list[uuid.UUID] = []
    if organizations:
        for loser in _ids(connection, (
                "UPDATE organization SET deleted_at = now(), updated_at = now() "
                "WHERE id = ANY(:ids) AND deleted_at IS NULL AND id IN "
                "(SELECT merged_id FROM sync_organization_merge) RETURNING id"),
                ids=list(organizations)):
            record("organization", loser)
        merged = _merge_duplicates(connection, organizations, record)
    stale = bool(named) and connection.execute(text(
        "SELECT EXISTS (SELECT 1 FROM sync_organization_merge "
        "WHERE merged_id = ANY(CAST(:named AS uuid[])))"),
        {"named": "{" + ",".join(named) + "}"}).scalar()
    if not merged and not stale:
        return  # the usual push: nothing merged, nothing naming a merged organisation
    for table, column in referencing():
        rows = list(touched.get(table, ())) if stale else []
        if not rows and not merged:
            continue
        for row_id in _ids(connection, (
                f'UPDATE "{table}" AS t SET "{column}" = m.survivor_id, updated_at = now() '
                f"FROM sync_organization_merge AS m WHERE t.\"{column}\" = m.merged_id "
                f"AND (t.id = ANY(:rows) OR m.merged_id = ANY(:merged)) RETURNING t.id"),
                rows=rows, merged=merged):
            record(table, row_id)


def _merge_duplicates(connection: Connection, organizations: Collection[uuid.UUID],
                      record: Record) -> list[uuid.UUID]:
    """The losers of each name key these organisations share with another live one."""
    groups: dict[str, list[tuple[bool, object, str, uuid.UUID]]] = defaultdict(list)
    for row in connection.execute(text(
            "SELECT id, name_key, kind, created_at FROM organization WHERE deleted_at IS NULL "
            "AND name_key IN (SELECT name_key FROM organization WHERE id = ANY(:ids))")
            .bindparams(bindparam("ids", type_=ARRAY(Uuid()))), {"ids": list(organizations)}):
        groups[row.name_key].append((row.kind == "visitor", row.created_at, str(row.id), row.id))
    losers: list[uuid.UUID] = []
    for rows in groups.values():
        if len(rows) < 2:
            continue
        survivor, *others = sorted(rows)
        for *_order, loser in others:
            losers.append(loser)
            connection.execute(text(
                "INSERT INTO sync_organization_merge (merged_id, survivor_id) "
                "VALUES (:loser, :survivor) ON CONFLICT (merged_id) "
                "DO UPDATE SET survivor_id = EXCLUDED.survivor_id"),
                {"loser": loser, "survivor": survivor[3]})
            # A loser that once survived a merge hands its merged ones on.
            connection.execute(text(
                "UPDATE sync_organization_merge SET survivor_id = :survivor "
                "WHERE survivor_id = :loser"), {"loser": loser, "survivor": survivor[3]})
    if losers:
        for loser in _ids(connection, (
                "UPDATE organization SET deleted_at = now(), updated_at = now() "
                "WHERE id = ANY(:ids) RETURNING id"), ids=losers):
            record("organization", loser)
    return losers


def _ids(connection: Connection, sql: str, **lists: list[uuid.UUID]) -> list[uuid.UUID]:
    statement = text(sql).bindparams(*(bindparam(name, type_=ARRAY(Uuid())) for name in lists))
    return list(connection.scalars(statement, lists))
