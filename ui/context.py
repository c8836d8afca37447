"""What every window shares: settings, the database worker and the application's operations."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot

from kiosk.config import Settings
from ui.i18n import Translations
from ui.worker import DatabaseWorker, Done, Failed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.db.changes import Change, Changes
    from kiosk.operations import Operations
    from kiosk.staff.roles import Actor
    from ui.sync_worker import SyncWorker

T = TypeVar("T")

#: How often the context asks SQLite whether another process (``close-day`` from cron,
#: ``sync --watch``) committed to this device's database. One look for the whole window.
OUTSIDE_LOOK_SECONDS = 15


def open_operations(settings: Settings) -> Operations:
    """Runs on the worker: importing the domain (SQLAlchemy, Alembic, reportlab: about half
    a second) happens there too. The application calls it once its window has painted its
    first frame (``ui.app.FirstFrame``): the imports hold the GIL the paint needs."""
    from kiosk.operations import Operations

    return Operations.open(settings)


class AppContext(QObject):
    """Owns the worker and the operations; windows submit work through :meth:`run`.

    The operations are opened lazily by the first job, on the worker thread, so the database
    check and migration never hold up the first paint of the window.

    Signals:
        changed(object): data changed, here or pulled by sync (a
            :class:`kiosk.db.changes.Changes`); always emitted on the UI thread. Views refresh
            from it instead of polling. Another process's writes to the same database are
            heard too, within :data:`OUTSIDE_LOOK_SECONDS`.
    """

    changed = Signal(object)
    #: Someone signed in (an :class:`~kiosk.staff.roles.Actor`) or out (None).
    signed_in = Signal(object)
    #: Emitted on the thread that committed; queued to :meth:`_announce` on the UI thread.
    _committed = Signal(object)

    def __init__(self, settings: Settings, translations: Translations,
                 open_operations: Callable[[Settings], Operations] = open_operations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translations = translations
        self.worker = DatabaseWorker(self)
        # Waiting for paper takes a third of a second or more: on its own thread, so the next
        # visitor's database work never queues behind the last visitor's card.
        self.print_worker = DatabaseWorker(self)
        self._open_operations = open_operations
        self._operations: Operations | None = None
        self._lock = threading.Lock()
        self._committed.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        #: The staff member signed in at this console (None: nobody, or the kiosk).
        self.actor: Actor | None = None
        #: Sync with the central database, when one is configured (started by the window).
        self.sync: SyncWorker | None = None
        if settings.central.url:
            from ui.sync_worker import SyncWorker

            self.sync = SyncWorker(settings, self.operations, parent=self)
            self.sync.changed.connect(self.changed)
        # Another process's commits feed the same broadcast; views still never poll.
        self.outside_look = QTimer(self)
        self.outside_look.timeout.connect(self.look_outside)
        self.outside_look.start(OUTSIDE_LOOK_SECONDS * 1000)

    def operations(self) -> Operations:
        """The open operations. Call only from a job running on the worker."""
        with self._lock:
            if self._operations is None:
                self._operations = self._open_operations(self.settings)
                # Commits happen on the worker threads; widgets hear of them on theirs.
                self._operations.database.listen(self._committed.emit)
            return self._operations

    @Slot(object)
    def _announce(self, changes: Changes) -> None:
        self.changed.emit(changes)

    @Slot()
    def look_outside(self) -> None:
        """Ask the worker whether another process wrote to the database (not before the
        database is open: that is the first job's to do)."""
        if self._operations is not None:
            self.run(lambda ops: ops.database.changed_elsewhere(), self._heard_outside)

    def _heard_outside(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    @functools.cached_property
    def building_name(self) -> str:
        """The building's name from the building file in use, read once for every window
        (its [building] table alone: well under a millisecond before the first paint)."""
        from kiosk.building.name import catalogue_file, read_building_name

        return read_building_name(catalogue_file(self.settings))

    def sign_in(self, actor: Actor | None) -> None:
        """``actor`` now works at this console (None: signed out)."""
        self.actor = actor
        self.signed_in.emit(actor)

    def acting(self) -> Actor:
        """The signed-in staff member, for an operation to take. The console shows nothing
        to act on while nobody is signed in, so there always is one."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in at this console")
        return self.actor

    def follow(self, widget: QWidget, kinds: Collection[Change],
               refresh: Callable[[], object]) -> None:
        """Call ``refresh()`` after data of ``kinds`` changed: at once while ``widget`` is
        visible, otherwise when it is next shown (a hidden tab reads nothing)."""
        _Follower(self, widget, frozenset(kinds), refresh)

    def run(self, job: Callable[[Operations], T], on_done: Done | None = None,
            on_error: Failed | None = None) -> int:
        """Run ``job(operations)`` on the worker; callbacks come back on the UI thread."""

        def call() -> Any:
            return job(self.operations())

        return self.worker.submit(call, on_done, on_error)

    def run_printing(self, job: Callable[[Operations], T], on_done: Done | None = None,
                     on_error: Failed | None = None) -> int:
        """Like :meth:`run`, on the printing thread: for jobs that wait on a printer and do
        not touch the database."""

        def call() -> Any:
            return job(self.operations())

        return self.print_worker.submit(call, on_done, on_error)

    def close(self) -> None:
        self.outside_look.stop()
        if self.sync is not None:
            self.sync.stop()
        # Every submitted job runs first; then no other thread can touch the database.
        self.print_worker.stop()
        self.worker.stop()
        with self._lock:
            if self._operations is not None:
                self._operations.close()
                self._operations = None
        self.translations.uninstall()


class _Follower(QObject):
    """Refreshes one widget from :attr:`AppContext.changed`; lives and dies with it."""

    def __init__(self, context: AppContext, widget: QWidget, kinds: frozenset[Change],
                 refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.kinds = kinds
        self.refresh = refresh
        #: Something the widget shows changed while it was hidden.
        self.stale = False
        widget.installEventFilter(self)
        context.changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if not changes.touches(self.kinds):
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False
