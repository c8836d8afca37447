"""Administering the central database: create or migrate it (idempotent) and say what it is."""

from __future__ import annotations

import json
import re
import secrets
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, func, insert, select, text

from kiosk.building.catalogue import CatalogueChanges
from kiosk.central import schema, statements

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "sync_alembic_version"


@dataclass(frozen=True)
class CentralInfo:
    #: Names this central database: a device that finds another id here resyncs.
    identity: uuid.UUID
    revision: str | None
    #: The migrations this call applied (none when it was already up to date).
    migrated_from: str | None
    created: bool


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def init_central(engine: Engine) -> CentralInfo:
    """Create the central schema, or bring it to the newest revision; running it again
    changes nothing. The whole upgrade is one transaction (PostgreSQL's DDL is
    transactional), so a failure leaves the database as it was."""
    with engine.begin() as connection:
        current = MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE}).get_current_revision()
        if current != head_revision():
            command.upgrade(alembic_config(connection), "head")
        _grant_device_roles(connection)
        found = connection.execute(select(schema.identity.c.id)).scalar()
        created = found is None
        if found is None:
            found = uuid.uuid4()
            connection.execute(insert(schema.identity).values(id=found))
    return CentralInfo(found, head_revision(),
                       current if current != head_revision() else None, created)


#: What a device's role may touch: read and write the synced rows and its own bookkeeping,
#: never delete, truncate or change the schema. Rows are never deleted by sync (tombstones).
DEVICE_GRANTS = (
    ("SELECT, INSERT, UPDATE", schema.SYNCED_TABLES),
    ("SELECT, INSERT", ("sync_change", "sync_applied_op", "sync_notification")),
    ("SELECT, INSERT, UPDATE", ("sync_device",)),
    ("SELECT", ("sync_identity",)),
)
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class AddedDevice:
    name: str
    role: str = ""
    #: The new role's password, to be shown once; empty when no role was made.
    password: str = ""


def add_device(engine: Engine, name: str, *, role: str | None = None) -> AddedDevice:
    """Register a device by name (it claims the record at its first sync) and, with ``role``,
    create a PostgreSQL login for it that can sync and nothing else."""
    name = name.strip()
    if not name or len(name) > 120:
        raise ValueError("a device name is 1 to 120 characters")
    if role is not None and not _ROLE_NAME.fullmatch(role):
        raise ValueError(f"role {role!r}: use lowercase letters, digits and _ (at most 63)")
    password = secrets.token_urlsafe(24) if role else ""
    with engine.begin() as connection:
        if connection.execute(select(schema.device.c.id).where(
                schema.device.c.name == name)).first() is not None:
            raise ValueError(f"a device named {name!r} is already registered")
        connection.execute(insert(schema.device).values(id=uuid.uuid4(), name=name,
                                                        role=role or ""))
        if role:
            # Utility statements take no bind parameters; both values are checked above
            # (the role by pattern, the password is URL-safe base64).
            connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN PASSWORD \'{password}\'')
            database = connection.exec_driver_sql("SELECT current_database()").scalar()
            connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
            connection.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{role}"')
            _grant(connection, role)
    return AddedDevice(name, role or "", password)


def _grant(connection: Connection, role: str) -> None:
    """What a device's role may touch (:data:`DEVICE_GRANTS`); granting again is harmless."""
    for privileges, tables in DEVICE_GRANTS:
        listed = ", ".join(f'"{t}"' for t in tables)
        connection.exec_driver_sql(f'GRANT {privileges} ON {listed} TO "{role}"')
    connection.exec_driver_sql(f'GRANT USAGE ON SEQUENCE "sync_change_seq_seq" TO "{role}"')


def _grant_device_roles(connection: Connection) -> None:
    """Every registered device's role, granted again after an upgrade: a table a new
    revision adds (staff accounts, the activity record) is synced by devices registered
    before it."""
    roles = connection.execute(text(
        "SELECT d.role FROM sync_device d JOIN pg_roles r ON r.rolname = d.role "
        "WHERE d.role <> ''")).scalars()
    for role in list(roles):
        if _ROLE_NAME.fullmatch(role):  # as add_device made it: safe to name in a statement
            _grant(connection, role)


def publish_rows(connection: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """Write rows as the central database's own (an administrator's change, not a device's)
    and give each a change number, so every device pulls them."""
    if not rows:
        return
    connection.execute(select(func.pg_advisory_xact_lock(schema.CHANGE_LOCK)))
    connection.execute(statements.upsert_sql(entity), {"rows": json.dumps(rows)})
    connection.execute(insert(schema.change), [
        {"entity": entity, "entity_id": uuid.UUID(str(row["id"]))} for row in rows])


def publish_catalogue(engine: Engine, catalogue_file: Path | None = None) -> CatalogueChanges:
    """Make a building file the central database's floors and rooms; devices pull them.

    The file is applied with the devices' own rules (added, updated, retired) to a scratch
    copy of what the central database has, and what changed is written centrally with a
    change number, as one transaction."""
    from kiosk.building import catalogue
    from kiosk.db.base import Base
    from kiosk.db.engine import open_device_database
    from kiosk.models import OutboxEntry

    wanted = catalogue.read_catalogue(catalogue_file) if catalogue_file \
        else catalogue.read_catalogue()
    with tempfile.TemporaryDirectory() as folder:
        scratch = open_device_database(Path(folder) / "catalogue.sqlite3")
        try:
            with engine.connect() as central, scratch.engine.begin() as local:
                for name in ("floor", "room"):
                    rows = central.execute(select(schema.metadata.tables[name])).mappings().all()
                    if rows:
                        local.execute(insert(Base.metadata.tables[name]), [dict(r) for r in rows])
            with scratch.unit_of_work() as session:
                changes = catalogue.apply_catalogue(session, wanted)
            with scratch.reading() as session:
                entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
                payloads = [(e.entity, e.payload) for e in entries]
        finally:
            scratch.dispose()
    with engine.begin() as connection:
        for name in ("floor", "room"):  # floors first: rooms name them
            publish_rows(connection, name, [p for entity, p in payloads if entity == name])
    return changes
