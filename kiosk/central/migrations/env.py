"""Alembic environment for the central schema (PostgreSQL ≥ 14).

``gic-kiosk central init`` passes its connection in ``config.attributes["connection"]``;
developers autogenerate a revision against a scratch database with
``alembic -c kiosk/central/alembic.ini -x url=postgresql+psycopg://… revision --autogenerate``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from kiosk.central.schema import metadata


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                      version_table="sync_alembic_version")
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("give the scratch database: -x url=postgresql+psycopg://…")
    with create_engine(url).begin() as own_connection:
        run(own_connection)
