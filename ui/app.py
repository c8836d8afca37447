"""Starting the GUI: application object, translations, theme, and the window for the mode."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.config import Mode, Settings
from kiosk.memory import settle_startup_objects
from kiosk.paths import APP_AUTHOR, APP_NAME
from ui.context import AppContext
from ui.i18n import Translations
from ui.theme import apply_theme
from ui.visitor.window import KioskWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, named before anything (QSettings) asks for the names."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(APP_AUTHOR)
        app = QApplication(sys.argv[:1])
    return app


def build_window(settings: Settings, app: QApplication) -> tuple[QMainWindow, AppContext]:
    translations = Translations(app)
    translations.install(settings.language.value)
    apply_theme(app)
    context = AppContext(settings, translations)
    window: QMainWindow
    if settings.mode is Mode.KIOSK:
        window = KioskWindow(context)
    else:
        from ui.reception.window import ReceptionWindow

        window = ReceptionWindow(context)
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
        window.resize(1280, 800)
        window.show()
    settle_startup_objects()
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
