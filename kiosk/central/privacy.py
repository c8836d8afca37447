"""Personal data on the central database (UU No. 27/2022): central decides.

Two things happen here, both in SQL, both writing a change row for every row they anonymise
(under :data:`~kiosk.central.schema.CHANGE_LOCK`, as :func:`~kiosk.central.admin.publish_rows`
does), so every device pulls the anonymisation:

* :func:`purge_central`, the retention purge of the whole building: every visitor whose last
  visit anywhere is older than the retention period, with their visits, the invitations those
  visits redeemed and the held check-ins admitted as them; invitations expected before the
  cut-off; held check-ins made before it; deny-list entries that ended (or were removed)
  before it. Devices run it with their daily purge when the central database is configured
  (:meth:`kiosk.sync.device.Synchronizer.purge_central`); ``gic-kiosk central purge`` runs it
  from the database host's cron.
* :func:`follow_anonymised`, after every push: a visit that reaches central for an anonymised
  visitor (an offline desk's older check-in, a restored desk's or a re-upload's rows) is
  anonymised too, and so are the invitation and held check-ins of such a visit.

The anonymised values are those of :data:`kiosk.privacy.personal.PERSONAL`. An organisation
link is cleared only when it names a visitor-kind organisation (the visitor's own business).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ARRAY, Connection, Engine, Uuid, bindparam, func, select, text

from kiosk.central import schema
from kiosk.privacy.personal import PERSONAL

#: Records a change row: (table, row id).
Record = Callable[[str, uuid.UUID], None]
#: Visitors anonymised per transaction: each holds the change lock, which pushes wait for.
BATCH_SIZE = 1000


@dataclass(frozen=True)
class Purged:
    """What a central purge anonymised (or, with ``dry_run``, would)."""

    cutoff: datetime
    visitors: int = 0
    visits: int = 0
    invitations: int = 0
    held: int = 0
    deny_entries: int = 0

    @property
    def total(self) -> int:
        return self.visitors + self.visits + self.invitations + self.held + self.deny_entries


# --- the anonymising statements ------------------------------------------------------------

def _assignments(table: str, at: str) -> str:
    """``SET`` of ``table``'s personal columns (the row aliased ``t``) to their anonymised
    values, and of ``anonymized_at`` to ``at`` (an SQL expression)."""
    parts = []
    for column, value in PERSONAL[table].items():
        if value is None:  # an organisation link: personal only when it is the visitor's own
            parts.append(f'"{column}" = CASE WHEN t."{column}" IN (SELECT id FROM organization '
                         f"WHERE kind = 'visitor') THEN NULL ELSE t.\"{column}\" END")
        elif isinstance(value, list | dict):
            parts.append(f"\"{column}\" = CAST('{json.dumps(value)}' AS json)")
        elif value == "":
            parts.append(f"\"{column}\" = ''")
        else:
            raise ValueError(f"no SQL for the anonymised value {value!r}")
    return ", ".join((*parts, f"anonymized_at = {at}", "updated_at = now()"))


#: How a row follows its anonymised parent after a push: (table, what the ids name) →
#: (parent, join). Each starts from the ids by primary key or an indexed column, never from
#: a scan of the visits (held check-ins are few): an invitation that arrives on its own after
#: its visit was anonymised is left to the daily purge (:data:`_DUE`).
_FOLLOW = {
    ("visit", "parent"): ("visitor", "p.id = t.visitor_id AND p.id = ANY(:ids)"),
    ("visit", "row"): ("visitor", "p.id = t.visitor_id AND t.id = ANY(:ids)"),
    ("invitation", "parent"): ("visit", "p.invitation_id = t.id AND p.id = ANY(:ids)"),
    ("held_check_in", "parent"): ("visit", "p.id = t.visit_id AND p.id = ANY(:ids)"),
    ("held_check_in", "row"): ("visit", "p.id = t.visit_id AND t.id = ANY(:ids)"),
}


_ANONYMISED_VISITS = text(
    "SELECT id FROM visit WHERE id = ANY(:ids) AND anonymized_at IS NOT NULL"
).bindparams(bindparam("ids", type_=ARRAY(Uuid())))


@cache
def _follow_sql(table: str, named: str) -> Any:
    """Anonymise the rows of ``table`` whose parent is anonymised, among those ``:ids`` name."""
    parent, joined = _FOLLOW[(table, named)]
    return text(
        f"UPDATE {table} AS t SET {_assignments(table, 'p.anonymized_at')} FROM {parent} AS p "
        f"WHERE {joined} AND p.anonymized_at IS NOT NULL AND t.anonymized_at IS NULL "
        f"RETURNING t.id").bindparams(bindparam("ids", type_=ARRAY(Uuid())))


def follow_anonymised(connection: Connection, touched: Mapping[str, Collection[uuid.UUID]],
                      record: Record) -> None:
    """After a push: ``touched`` the rows it wrote, by table. Visits of an anonymised visitor
    (either just written) are anonymised, then the invitations and held check-ins of those
    visits; each row so changed is recorded (not an echo: the sender pulls it back)."""
    written = list(touched.get("visit", ()))
    visits = _follow(connection, "visit", "parent", list(touched.get("visitor", ())), record)
    visits += _follow(connection, "visit", "row", written, record)
    if written:  # and those that arrived anonymised (usually none: then nothing follows)
        visits += connection.scalars(_ANONYMISED_VISITS, {"ids": written})
    _follow(connection, "invitation", "parent", visits, record)
    _follow(connection, "held_check_in", "parent", visits, record)
    _follow(connection, "held_check_in", "row", list(touched.get("held_check_in", ())), record)


def _follow(connection: Connection, table: str, named: str, ids: list[uuid.UUID],
            record: Record) -> list[uuid.UUID]:
    if not ids:
        return []
    done = list(connection.scalars(_follow_sql(table, named), {"ids": ids}))
    for row_id in done:
        record(table, row_id)
    return done


# --- the retention purge -------------------------------------------------------------------

#: The rows each purge step anonymises, at most :data:`BATCH_SIZE` a statement; ``:cutoff``.
_DUE = {
    # The visitor's last visit anywhere (or, with none, the row itself) is before the cut-off:
    # the devices' rule (kiosk.privacy.retention), over every device's visits.
    "visitor": "t.anonymized_at IS NULL AND NOT EXISTS (SELECT 1 FROM visit v WHERE "
               "v.visitor_id = t.id AND v.checked_in_at >= :cutoff) AND (t.created_at < :cutoff "
               "OR EXISTS (SELECT 1 FROM visit v WHERE v.visitor_id = t.id))",
    # Visits of an anonymised visitor that are not yet (arrived after it was anonymised).
    "visit": "t.anonymized_at IS NULL AND t.visitor_id IN "
             "(SELECT id FROM visitor WHERE anonymized_at IS NOT NULL)",
    "invitation": "t.anonymized_at IS NULL AND (t.expected_until < :cutoff OR t.id IN ("
                  "SELECT invitation_id FROM visit WHERE anonymized_at IS NOT NULL))",
    "held_check_in": "t.anonymized_at IS NULL AND (t.created_at < :cutoff OR t.visit_id IN ("
                     "SELECT id FROM visit WHERE anonymized_at IS NOT NULL))",
    "deny_entry": "t.anonymized_at IS NULL AND (t.ends_at < :cutoff OR t.deleted_at < :cutoff)",
}


@cache
def _purge_sql(table: str) -> Any:
    """One batch of ``table``'s due rows anonymised, each with its change row."""
    return text(
        f"WITH due AS (SELECT t.id FROM {table} AS t WHERE {_DUE[table]} AND t.id > :after "
        f"ORDER BY t.id LIMIT :limit), "
        f"done AS (UPDATE {table} AS t SET {_assignments(table, 'CAST(:at AS timestamptz)')} "
        f"FROM due WHERE t.id = due.id RETURNING t.id) "
        f"INSERT INTO sync_change (entity, entity_id) SELECT '{table}', id FROM done "
        f"RETURNING entity_id")


def purge_central(engine: Engine, *, retention_days: int, now: datetime,
                  dry_run: bool = False, batch_size: int = BATCH_SIZE) -> Purged:
    """Anonymise on the central database everything past ``retention_days`` at ``now``.

    Runs in short transactions of at most ``batch_size`` rows each, under the change lock (a
    device's push waits at most one batch), visitors first so that their visits, invitations
    and held check-ins follow in the next steps. Idempotent: running it again, or from several
    devices the same day, anonymises nothing twice. ``dry_run`` does the same in one
    transaction that it rolls back: the counts are exact and nothing changes."""
    cutoff = now - timedelta(days=retention_days)
    if not dry_run:
        return _purge(engine.begin, cutoff, now, batch_size)
    with engine.connect() as connection, connection.begin() as transaction:
        purged = _purge(lambda: nullcontext(connection), cutoff, now, batch_size)
        transaction.rollback()
    return purged


def _purge(begin: Callable[[], AbstractContextManager[Connection]], cutoff: datetime,
           now: datetime, batch_size: int) -> Purged:
    counts: dict[str, int] = {}
    for table in ("visitor", "visit", "invitation", "held_check_in", "deny_entry"):
        counts[table] = 0
        after = uuid.UUID(int=0)  # walked in id order: each row is looked at once
        while True:
            with begin() as connection:
                connection.execute(select(func.pg_advisory_xact_lock(schema.CHANGE_LOCK)))
                done = list(connection.scalars(_purge_sql(table), {
                    "cutoff": cutoff, "at": now, "after": after, "limit": batch_size}))
            counts[table] += len(done)
            if len(done) < batch_size:
                break
            after = max(done)
    return Purged(cutoff, counts["visitor"], counts["visit"], counts["invitation"],
                  counts["held_check_in"], counts["deny_entry"])
