"""Administering the central database: create or migrate it (idempotent) and say what it is."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, insert, select

from kiosk.central import schema

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
        found = connection.execute(select(schema.identity.c.id)).scalar()
        created = found is None
        if found is None:
            found = uuid.uuid4()
            connection.execute(insert(schema.identity).values(id=found))
    return CentralInfo(found, head_revision(),
                       current if current != head_revision() else None, created)
