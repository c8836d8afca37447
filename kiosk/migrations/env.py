"""Alembic environment for the device schema (SQLite, batch mode).

The application passes its own connection in ``config.attributes["connection"]``; the developer
command line (``alembic revision --autogenerate``, using ``alembic.ini`` at the top of the
repository) makes one from ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import kiosk.models  # noqa: F401  (registers every table)
from kiosk.db.base import Base


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as own_connection:
        run(own_connection)
