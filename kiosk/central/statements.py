"""The SQL statements central applies a batch with, one per table, built once from the central
schema: upserts that write their change rows in the same statement, inserts of missing rows,
and the seed rule of a device starting over."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import text

from kiosk.central import schema
from kiosk.privacy.personal import PERSONAL


@cache
def upsert_recorded_sql(entity: str) -> Any:
    """Upsert the batch's rows and write a change row for each: an echo (stored as sent, the
    sending device need not pull it) unless the row stayed anonymous where the device sent a
    name (the ``*_stays_anonymous`` trigger kept central's version, which the device pulls)."""
    names = ", ".join(f'"{c}"' for c in columns(entity))
    if entity in PERSONAL:
        kept, echo = " RETURNING id, anonymized_at", (
            "upserted.anonymized_at IS NOT DISTINCT FROM given.anonymized_at")
        joined = " JOIN upserted ON upserted.id = given.id"
    else:
        kept, echo, joined = "", "true", ""
    return text(
        f'WITH given AS (SELECT * FROM json_populate_recordset(NULL::"{entity}", '
        f"CAST(:rows AS json)) WITH ORDINALITY), "
        f'upserted AS (INSERT INTO "{entity}" ({names}) SELECT {names} FROM given '
        f"ORDER BY ordinality ON CONFLICT (id) DO UPDATE SET {assignments(entity)}{kept}) "
        f"INSERT INTO sync_change (entity, entity_id, op_id, device_id, epoch, local_seq, echo) "
        f"SELECT '{entity}', given.id, op.op_id, CAST(:device AS uuid), :epoch, op.seq, {echo} "
        f"FROM given JOIN unnest(CAST(string_to_array(:op_ids, ',') AS uuid[]), "
        f"CAST(string_to_array(:seqs, ',') AS bigint[])) "
        f"WITH ORDINALITY AS op(op_id, seq, n) ON op.n = given.ordinality{joined} "
        f"ORDER BY given.ordinality")


@cache
def columns(entity: str) -> tuple[str, ...]:
    return tuple(c.name for c in schema.metadata.tables[entity].columns)


def assignments(entity: str) -> str:
    """``SET`` every column but the id to the row offered (for ``ON CONFLICT (id)``)."""
    return ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns(entity) if c != "id")


def _quoted(entity: str) -> tuple[str, str]:
    names = ", ".join(f'"{c}"' for c in columns(entity))
    return names, (f'INSERT INTO "{entity}" ({names}) SELECT {names} FROM '
                     f'json_populate_recordset(NULL::"{entity}", CAST(:rows AS json)) ')


@cache
def upsert_sql(entity: str) -> Any:
    _, head = _quoted(entity)
    return text(head + f"ON CONFLICT (id) DO UPDATE SET {assignments(entity)}")


@cache
def insert_missing_sql(entity: str) -> Any:
    _, head = _quoted(entity)
    return text(head + "ON CONFLICT DO NOTHING RETURNING id")


@cache
def seed_sql(entity: str) -> Any:
    """A device starting over offers every row it has. Central keeps its own unless the
    device's was changed later: after central was restored from a backup, that is a change
    central lost (a check-out since the backup), and without it every desk would pull the
    older row back. A device restored from a backup offers older rows, which change nothing.

    Personal data is the exception, whatever the clocks say: an anonymised offer always
    replaces a row that still names the person, and an offer naming them never replaces an
    anonymised row's personal columns (the ``*_stays_anonymous`` trigger keeps them).

    Returns (id, echo) for each row written; echo is false where the trigger kept central's
    anonymous version instead of what the device sent, so that device pulls it.
    """
    names, head = _quoted(entity)
    newer = f'"{entity}".updated_at < EXCLUDED.updated_at'
    if entity not in PERSONAL:
        return text(head + f"ON CONFLICT (id) DO UPDATE SET {assignments(entity)} "
                    f"WHERE {newer} RETURNING id, true")
    return text(
        f'WITH given AS (SELECT * FROM json_populate_recordset(NULL::"{entity}", '
        f"CAST(:rows AS json))), "
        f'written AS (INSERT INTO "{entity}" ({names}) SELECT {names} FROM given '
        f"ON CONFLICT (id) DO UPDATE SET {assignments(entity)} "
        f'WHERE ("{entity}".anonymized_at IS NULL AND EXCLUDED.anonymized_at IS NOT NULL) '
        f"OR {newer} RETURNING id, anonymized_at) "
        f"SELECT written.id, written.anonymized_at IS NOT DISTINCT FROM given.anonymized_at "
        f"FROM written JOIN given ON given.id = written.id")
