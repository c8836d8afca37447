"""Sync with the central database on its own thread, on a timer with backoff, on demand and
when the network comes back. The UI only ever receives results by signal."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.sync.device import RoundReport, Synchronizer, SyncStatus

log = logging.getLogger(__name__)

#: Seconds between rounds while the central database answers.
INTERVAL = 15.0
#: The first round waits this long, so start-up work goes first.
FIRST_ROUND_MS = 1500
#: Operations per push and changes per pull here. Smaller than the command line's: parts of a
#: batch (JSON, row conversion) run in C holding Python's lock, and the screen waits for it.
#: With 1000/2000 the event loop stalled up to ~100 ms; with 250 about 40 ms (bench/sync.py).
BATCH = 250
#: With a central database, central decides retention (kiosk.central.privacy): each device
#: asks central to purge at most this often, after a good round (it is idempotent, so two
#: devices doing it the same day cost a query, not a second anonymisation).
CENTRAL_PURGE_EVERY_SECONDS = 24 * 60 * 60


class _Runner(QObject):
    """Lives on the sync thread: owns the timer, the connections and the backoff."""

    started = Signal()
    finished = Signal(object, object, str)  # report or None, SyncStatus, error

    def __init__(self, settings: Settings, ensure_database: Callable[[], object],
                 interval: float) -> None:
        super().__init__()
        self.settings = settings
        self.ensure_database = ensure_database
        self.interval = interval
        self._sync: Synchronizer | None = None
        self._timer: QTimer | None = None
        self._backoff: Any = None
        self._central_purged: float | None = None  # time.monotonic() of the last one

    @Slot()
    def start(self) -> None:
        from kiosk.sync.device import Backoff

        self._backoff = Backoff(self.interval)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_round)
        self._timer.start(FIRST_ROUND_MS)

    @Slot()
    def run_round(self) -> None:
        from kiosk.sync.device import SyncBusyError, SyncUnavailableError, sync_status

        if self._timer is None:
            return
        self._timer.stop()
        self.started.emit()
        report, error = None, ""
        try:
            synchronizer = self._synchronizer()
            report = synchronizer.round()
            self._backoff.succeeded()
            self._purge_central(synchronizer)
        except (SyncUnavailableError, SyncBusyError) as exc:
            error = str(exc)
            self._backoff.failed()
        except Exception as exc:  # never let a sync problem reach the people at the desk
            log.exception("sync round failed")
            error = f"{type(exc).__name__}: {exc}"
            self._backoff.failed()
        status = None
        if self._sync is not None:
            status = sync_status(self._sync.database, True)
        self.finished.emit(report, status, error)
        self._timer.start(int(self._backoff.delay * 1000))

    def _purge_central(self, synchronizer: Synchronizer) -> None:
        """Central's retention purge, once a day (:data:`CENTRAL_PURGE_EVERY_SECONDS`)."""
        from kiosk.db.types import utc_now

        now = time.monotonic()
        if self._central_purged is not None \
                and now - self._central_purged < CENTRAL_PURGE_EVERY_SECONDS:
            return
        from kiosk.sync.device import SyncUnavailableError

        try:
            purged = synchronizer.purge_central(self.settings.retention_days, utc_now())
        except SyncUnavailableError:
            return  # logged there; tried again after the next good round
        self._central_purged = now
        log.info("central retention purge: %s rows anonymised", purged.total)

    def _synchronizer(self) -> Synchronizer:
        if self._sync is None:
            from kiosk.sync.device import open_synchronizer

            self.ensure_database()  # created and migrated by the application first
            self._sync = open_synchronizer(self.settings, batch_size=BATCH, page_size=BATCH)
        return self._sync

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._sync is not None:
            self._sync.close()
            self._sync = None


class SyncWorker(QObject):
    """Runs sync rounds on its own thread.

    Signals:
        syncing(): a round starts.
        finished(object, object, str): after each round: the report (None when the round
            failed), the ``kiosk.sync.device.SyncStatus`` and the error.
        changed(object): a round pulled rows into these tables (a
            :class:`kiosk.db.changes.Changes`).
    """

    syncing = Signal()
    finished = Signal(object, object, str)
    changed = Signal(object)
    _start = Signal()
    _now = Signal()
    _stop = Signal()

    def __init__(self, settings: Settings, ensure_database: Callable[[], object],
                 interval: float = INTERVAL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("sync")
        self._runner = _Runner(settings, ensure_database, interval)
        self._runner.moveToThread(self._thread)
        self._start.connect(self._runner.start)
        self._now.connect(self._runner.run_round)
        self._stop.connect(self._runner.stop)
        self._runner.started.connect(self.syncing)
        self._runner.finished.connect(self._round_finished)
        self._thread.finished.connect(self._runner.deleteLater)
        self._thread.start()
        self._watch_network()

    def start(self) -> None:
        self._start.emit()

    @Slot(object, object, str)
    def _round_finished(self, report: RoundReport | None, status: SyncStatus | None,
                        error: str) -> None:
        self.finished.emit(report, status, error)
        if report is not None and report.pulled_tables:
            from kiosk.db.changes import Changes

            self.changed.emit(Changes.of_tables(report.pulled_tables))

    def sync_now(self) -> None:
        self._now.emit()

    def stop(self) -> None:
        if self._thread.isRunning():
            self._stop.emit()
            self._thread.quit()
            self._thread.wait()

    def _watch_network(self) -> None:
        """Sync as soon as the network is back, rather than at the end of a backoff."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return

        def changed(reachability: QNetworkInformation.Reachability) -> None:
            if reachability == QNetworkInformation.Reachability.Online:
                self.sync_now()

        info.reachabilityChanged.connect(changed)
