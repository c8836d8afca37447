"""A PostgreSQL database made for one test, benchmark or screenshot run, dropped after it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_URL = os.environ.get(
    "KIOSK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def create_throwaway(prefix: str = "kiosk_test") -> Engine:
    """A new, empty database on the server of :data:`POSTGRES_URL`."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return create_engine(make_url(POSTGRES_URL).set(database=name))


def drop_throwaway(engine: Engine) -> None:
    name = engine.url.database
    engine.dispose()
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextmanager
def throwaway_database(prefix: str = "kiosk_test") -> Iterator[Engine]:
    engine = create_throwaway(prefix)
    try:
        yield engine
    finally:
        drop_throwaway(engine)
