"""What every window shares: settings, the database worker and the application's operations."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

from kiosk.config import Settings
from ui.i18n import Translations
from ui.worker import DatabaseWorker, Done, Failed

if TYPE_CHECKING:
    from kiosk.operations import Operations
    from ui.sync_worker import SyncWorker

T = TypeVar("T")


def open_operations(settings: Settings) -> Operations:
    """Runs on the worker: importing the domain (SQLAlchemy, Alembic, reportlab: about half
    a second) happens there too, while the UI thread paints the welcome screen."""
    from kiosk.operations import Operations

    return Operations.open(settings)


class AppContext(QObject):
    """Owns the worker and the operations; windows submit work through :meth:`run`.

    The operations are opened lazily by the first job, on the worker thread, so the database
    check and migration never hold up the first paint of the window.
    """

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
        #: Sync with the central database, when one is configured (started by the window).
        self.sync: SyncWorker | None = None
        if settings.central.url:
            from ui.sync_worker import SyncWorker

            self.sync = SyncWorker(settings, self.operations, parent=self)

    def operations(self) -> Operations:
        """The open operations. Call only from a job running on the worker."""
        with self._lock:
            if self._operations is None:
                self._operations = self._open_operations(self.settings)
            return self._operations

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
