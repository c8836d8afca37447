"""The one place where transactions begin, commit and roll back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db import outbox  # registers the outbox rule on every Session

__all__ = ["Database", "outbox"]


class Database:
    """A device database: hands out sessions inside units of work.

    Services receive a :class:`Session`, add and flush, and never commit: :meth:`unit_of_work`
    commits when its block ends normally and rolls everything back when it raises.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A write transaction. On SQLite it starts with ``BEGIN IMMEDIATE`` so that two
        processes (kiosk and a sync job) queue for the write lock instead of deadlocking."""
        with self._sessions() as session:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction. Closing it rolls back anything written, and unlike a
        rollback it leaves loaded rows readable after the block."""
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
