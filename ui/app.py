"""Starting the GUI: application object, translations, theme, and the window for the mode."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.config import Mode, Settings
from kiosk.memory import settle_startup_objects
from kiosk.paths import APP_AUTHOR, APP_NAME
from ui.context import AppContext, open_operations
from ui.i18n import Translations
from ui.theme import apply_theme
from ui.visitor.window import KioskWindow
from ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from kiosk.operations import Operations
    from kiosk.privacy.retention import Purge, PurgeReport

log = logging.getLogger(__name__)

#: The database opens after the window's first frame, or after this long if none comes (a
#: window that is never shown).
FIRST_PAINT_WAIT_SECONDS = 2.0
#: The retention purge runs this long after start-up (the window's own first loads go
#: first), then every day.
PURGE_AFTER_START_SECONDS = 10
PURGE_EVERY_SECONDS = 24 * 60 * 60
#: How long a thread running Python may keep the GIL while another waits for it, during a
#: purge (Python's default is 5 ms). The purge's batches are mostly Python (the ORM, the
#: outbox), and the event loop needs the GIL for every timer and slot: with 5 ms its longest
#: stall during a purge was 145 ms, with 1 ms 57 ms, the purge no slower (bench/purge.py).
PURGE_SWITCH_INTERVAL_SECONDS = 0.001


def application() -> QApplication:
    """The one QApplication, named before anything (QSettings) asks for the names."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(APP_AUTHOR)
        app = QApplication(sys.argv[:1])
    return app


class FirstFrame(QObject):
    """Knows when the window it watches has painted its first frame.

    The database worker's first job waits for it (:meth:`open_operations`). Importing the
    domain (SQLAlchemy, Alembic, reportlab) and opening the database hold the GIL for most of
    a second; while that ran beside the first paint, every Python call the paint made (event
    filters, slots) queued for the GIL: about 25 ms more to the welcome screen.
    """

    def __init__(self) -> None:
        super().__init__()
        self.painted = threading.Event()

    def watch(self, window: QWidget) -> None:
        self.setParent(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted.is_set():
            watched.removeEventFilter(self)
            # The children paint in the same pass: open the gate once the frame is done.
            QTimer.singleShot(0, self.painted.set)
        return False

    def open_operations(self, settings: Settings) -> Operations:
        """Runs on the worker: waits for the first frame, opens the database, then moves
        what start-up made out of the garbage collector's way."""
        self.painted.wait(FIRST_PAINT_WAIT_SECONDS)
        operations = open_operations(settings)
        settle_startup_objects()
        return operations


class DailyPurge(QObject):
    """Runs the retention purge (:class:`kiosk.privacy.retention.Purge`) by itself: soon
    after start-up, then every day. Each step, one short batch, is one job on the database
    worker: a check-in waits for one batch at most, and the event loop never waits. Every
    batch's commit reaches the views through the context's "changed" signal. The backups'
    wipe (seconds for a large file) runs on a thread of its own, so that neither a check-in
    nor a print waits for it.

    Signals:
        finished(object): a purge completed (its ``PurgeReport``).
    """

    finished = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.running = False
        self._switch_interval = sys.getswitchinterval()
        self.timer = QTimer(self)
        self.timer.setInterval(PURGE_EVERY_SECONDS * 1000)
        self.timer.timeout.connect(self.run)
        self.files = DatabaseWorker(self)

    def start(self, delay_seconds: float = PURGE_AFTER_START_SECONDS) -> None:
        self.timer.start()
        QTimer.singleShot(round(delay_seconds * 1000), self.run)

    def run(self) -> None:
        """Start a purge now, unless one is running."""
        if self.running:
            return
        self.running = True
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, PURGE_SWITCH_INTERVAL_SECONDS))

        def begin(ops: Operations) -> tuple[Purge, bool]:
            from kiosk.privacy.retention import Purge

            purge = Purge(ops.database, ops.settings, now=ops.clock())
            return purge, purge.step()

        self.context.run(begin, self._stepped, self._failed)

    def stop(self) -> None:
        """Before the context closes: let a backup's wipe finish, then end its thread."""
        self.timer.stop()
        self.files.stop()

    def _stepped(self, result: tuple[Purge, bool]) -> None:
        purge, more = result
        if more:
            self.context.run(lambda _ops: (purge, purge.step()), self._stepped, self._failed)
        else:
            self.files.submit(purge.wipe_backups, lambda _wiped: self._finish(purge),
                              self._failed)

    def _finish(self, purge: Purge) -> None:
        self.context.run(lambda _ops: purge.finish(), self._finished, self._failed)

    def _finished(self, report: PurgeReport) -> None:
        self._done()
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._done()  # tomorrow's run starts over where this one stopped
        log.error("the retention purge failed", exc_info=error)

    def _done(self) -> None:
        self.running = False
        sys.setswitchinterval(self._switch_interval)


def build_window(settings: Settings, app: QApplication) -> tuple[QMainWindow, AppContext]:
    translations = Translations(app)
    translations.install(settings.language.value)
    apply_theme(app)
    first_frame = FirstFrame()
    context = AppContext(settings, translations, open_operations=first_frame.open_operations)
    window: QMainWindow
    if settings.mode is Mode.KIOSK:
        window = KioskWindow(context)
    else:
        from ui.reception.window import ReceptionWindow

        window = ReceptionWindow(context)
    first_frame.watch(window)
    if context.sync is not None:
        context.sync.start()
    return window, context


def run_gui(settings: Settings) -> int:
    app = application()
    window, context = build_window(settings, app)
    if settings.fullscreen:
        # Kiosk PCs often run X with no window manager, which ignores a full-screen request:
        # take the whole screen explicitly as well.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    else:
        # A window, on whatever screen this is: the kiosk's screens are made for a whole display,
        # reception's for a desk's 1280 × 800; never larger than the screen.
        available = app.primaryScreen().availableGeometry()
        if isinstance(window, KioskWindow):
            window.setGeometry(available)  # X with no window manager ignores "maximised"
            window.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            window.resize(min(1280, available.width()), min(800, available.height()))
        window.show()
    daily_purge = DailyPurge(context)
    daily_purge.start()
    recovery = crash_recovery(window) if isinstance(window, KioskWindow) else nullcontext()
    try:
        with recovery:
            return app.exec()
    finally:
        daily_purge.stop()
        context.close()


@contextmanager
def crash_recovery(window: KioskWindow) -> Iterator[None]:
    """While active, an exception escaping a slot is logged and the kiosk goes back to its
    welcome screen: a visitor never faces a broken screen. (PySide6 reports exceptions from
    slots through ``sys.excepthook``.)"""

    def hook(kind: type[BaseException], error: BaseException,
             traceback: TracebackType | None) -> None:
        if not issubclass(kind, Exception):
            sys.__excepthook__(kind, error, traceback)
            return
        window.recover(error.with_traceback(traceback))

    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
