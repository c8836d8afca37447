"""One background thread for the database: operations run there in order, results come back
to the UI thread by signal, and the worker never touches a widget."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
STOP_TIMEOUT_SECONDS = 30


class _Runner(QObject):
    """Lives on the worker thread and runs what it is given."""

    done = Signal(int, object, object)  # job, result, exception

    @Slot(int, object)
    def run(self, job: int, function: Callable[[], Any]) -> None:
        try:
            result = function()
        except Exception as exc:
            self.done.emit(job, None, exc)
        else:
            self.done.emit(job, result, None)


class DatabaseWorker(QObject):
    """Runs callables on its own thread, one after another.

    ``submit(fn, on_done, on_error)`` returns at once; ``on_done(result)`` or
    ``on_error(exception)`` is later called on the UI thread.

    Signals:
        failed(int, object): a job raised and had no ``on_error``; the exception is logged too.
    """

    failed = Signal(int, object)
    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("database-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.done.connect(self._finish)
        self._thread.start()

    def submit(self, function: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> int:
        job = next(self._jobs)
        self._callbacks[job] = (on_done, on_error)
        self._submit.emit(job, function)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, object, object)
    def _finish(self, job: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(job, (None, None))
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("database job %d failed", job, exc_info=error)
            self.failed.emit(job, error)

    def stop(self) -> None:
        """Run every job already submitted, then stop the thread.

        ``QThread.quit()`` alone could end the worker's event loop with submitted jobs (closing
        the database) still waiting, so a last job marks the queue drained first.
        """
        if not self._thread.isRunning():
            return
        drained = threading.Event()
        self._submit.emit(0, drained.set)
        if not drained.wait(timeout=STOP_TIMEOUT_SECONDS):
            # A running SQLite statement cannot be abandoned safely: say so, and keep waiting.
            log.error("database worker still busy after %d s; waiting for it to finish",
                      STOP_TIMEOUT_SECONDS)
            drained.wait()
        self._thread.quit()
        self._thread.wait()
