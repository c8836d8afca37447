"""Starting the GUI: application object, translations, theme, and the window for the mode."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.config import Mode, Settings
from kiosk.memory import settle_startup_objects
from kiosk.paths import APP_AUTHOR, APP_NAME
from ui.context import AppContext, open_operations
from ui.i18n import Translations
from ui.theme import apply_theme
from ui.visitor.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.operations import Operations

log = logging.getLogger(__name__)

#: The database opens after the window's first frame, or after this long if none comes (a
#: window that is never shown).
FIRST_PAINT_WAIT_SECONDS = 2.0


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
    recovery = crash_recovery(window) if isinstance(window, KioskWindow) else nullcontext()
    try:
        with recovery:
            return app.exec()
    finally:
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
