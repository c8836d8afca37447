"""The one place where transactions begin, commit and roll back, and where a commit is
announced (see :mod:`kiosk.db.changes`)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from kiosk.db import outbox  # registers the outbox rule on every Session
from kiosk.db.changes import Changes

__all__ = ["Database", "outbox"]

log = logging.getLogger(__name__)

#: Called after each commit that wrote something, on the thread that committed.
Listener = Callable[[Changes], None]
#: ``Session.info`` key: the names of the tables written in the session's transaction.
_WRITTEN = "written_tables"


class Database:
    """A device database: hands out sessions inside units of work.

    Services receive a :class:`Session`, add and flush, and never commit: :meth:`unit_of_work`
    commits when its block ends normally and rolls everything back when it raises. After a
    commit that wrote rows, every listener (:meth:`listen`) hears which kinds of data changed.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        # Watching for other processes' commits (see changed_elsewhere).
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        self._seen_version: int | None = None
        event.listen(self._sessions, "after_flush", _note_flushed)
        event.listen(self._sessions, "do_orm_execute", _note_statement)

    def listen(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every unit of work that committed changes."""
        self._listeners.append(listener)

    def unlisten(self, listener: Listener) -> None:
        self._listeners.remove(listener)

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
            written = session.info.pop(_WRITTEN, None)
        if written:
            self._seen_own_commit()
            self._announce(Changes.of_tables(written))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction. Closing it rolls back anything written, and unlike a
        rollback it leaves loaded rows readable after the block."""
        with self._sessions() as session:
            yield session

    def changed_elsewhere(self) -> Changes:
        """What another process committed since the last look: a command such as
        ``close-day`` run by cron, or ``sync --watch``. SQLite's ``PRAGMA data_version`` moves
        whenever another connection commits; which rows changed is not known, so every kind
        is reported. The first look only sets the baseline."""
        version = self._data_version()
        with self._watch_lock:
            seen, self._seen_version = self._seen_version, version
        if seen is None or version is None or version == seen:
            return Changes()
        return Changes.everything()

    def dispose(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()

    def _data_version(self) -> int | None:
        path = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not path or path == ":memory:":
            return None
        with self._watch_lock:
            if self._watch is None:
                # Its own connection: the version counts commits of every *other* one.
                self._watch = sqlite3.connect(path, check_same_thread=False)
            row = self._watch.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def _seen_own_commit(self) -> None:
        """This process's own commits are announced already: not news from elsewhere."""
        if self._watch is not None:
            version = self._data_version()
            with self._watch_lock:
                self._seen_version = version

    def _announce(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # the commit stands: a listener's fault is not the caller's
                log.exception("a listener failed to take the changes %s", changes)


def _written(session: Session) -> set[str]:
    tables: set[str] = session.info.setdefault(_WRITTEN, set())
    return tables


def _note_flushed(session: Session, flush_context: UOWTransaction) -> None:
    tables = _written(session)
    # session.dirty builds a new set at each call: asked once per object, a flush of n
    # changed rows cost n² (a purge batch spent 15 % of its time here).
    dirty = session.dirty
    for obj in chain(session.new, session.deleted, dirty):
        if obj in dirty and not session.is_modified(obj, include_collections=False):
            continue
        tables.add(inspect(obj).mapper.local_table.name)


def _note_statement(state: ORMExecuteState) -> None:
    """Writes that skip the flush: ``session.execute(insert(...))`` and the like."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table: Any = getattr(state.statement, "table", None)
    if table is not None:
        _written(state.session).add(table.name)
