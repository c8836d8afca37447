"""The kiosk window: a stack of full-screen screens and the flow between them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui.context import AppContext
from ui.kiosk.welcome import WelcomeScreen

if TYPE_CHECKING:
    from kiosk.operations import CheckInResult, Destinations, Operations
    from kiosk.visits import CheckInRequest
    from ui.kiosk.pass_ready import PassReadyScreen
    from ui.kiosk.walk_in import WalkInScreen

log = logging.getLogger(__name__)

#: How long the "your pass is ready" screen stays before the next visitor's welcome.
PASS_READY_SECONDS = 45
BUILDING_NAME = "Gedung Inovasi Center"


class KioskWindow(QMainWindow):
    """Welcome → walk-in form → pass ready → welcome. Database work goes to the worker.

    Start-up paints the welcome screen first. The other screens need the domain (SQLAlchemy
    and friends, about half a second to import), which the worker imports while opening the
    database; they are built when that is done, or at the first touch if that comes sooner.

    Signals:
        checked_in(CheckInResult): a visitor was checked in (the pass may or may not exist).
    """

    checked_in = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("kiosk")
        self.setWindowTitle(BUILDING_NAME)
        self.welcome = WelcomeScreen(BUILDING_NAME, context.settings.zone)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._walk_in: WalkInScreen | None = None
        self._pass_ready: PassReadyScreen | None = None

        self.welcome.check_in_requested.connect(self.start_walk_in)
        self.welcome.language_requested.connect(self.set_language)
        self._pass_ready_timer = QTimer(self)
        self._pass_ready_timer.setSingleShot(True)
        self._pass_ready_timer.timeout.connect(self.go_welcome)

        if context.settings.fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.load_destinations()

    @property
    def walk_in(self) -> WalkInScreen:
        self._build_screens()
        assert self._walk_in is not None
        return self._walk_in

    @property
    def pass_ready(self) -> PassReadyScreen:
        self._build_screens()
        assert self._pass_ready is not None
        return self._pass_ready

    def load_destinations(self) -> None:
        def loaded(destinations: Destinations) -> None:
            self.walk_in.set_destinations(destinations)

        def failed(error: BaseException) -> None:
            log.error("kiosk could not open its database", exc_info=error)
            self.welcome.show_notice(self._something_went_wrong())
            self.welcome.check_in_button.setEnabled(False)

        def destinations(ops: Operations) -> Destinations:
            return ops.destinations()

        self.context.run(destinations, loaded, failed)

    def go_welcome(self) -> None:
        self._pass_ready_timer.stop()
        if self._walk_in is not None:
            self._walk_in.reset()
        self.stack.setCurrentWidget(self.welcome)

    def start_walk_in(self) -> None:
        self.welcome.show_notice("")
        self.walk_in.reset()
        self.stack.setCurrentWidget(self.walk_in)
        self.walk_in.name_edit.setFocus()

    def set_language(self, language: str) -> None:
        self.context.translations.install(language)

    def recover(self, error: BaseException) -> None:
        """Something failed unexpectedly: log it, tell the visitor kindly, start over."""
        log.error("kiosk recovered from an unexpected error", exc_info=error)
        self.go_welcome()
        self.welcome.show_notice(self._something_went_wrong())

    def _build_screens(self) -> None:
        if self._walk_in is not None:
            return
        from ui.kiosk.pass_ready import PassReadyScreen
        from ui.kiosk.walk_in import WalkInScreen

        self._walk_in = WalkInScreen()
        self._pass_ready = PassReadyScreen()
        self.stack.addWidget(self._walk_in)
        self.stack.addWidget(self._pass_ready)
        self._walk_in.cancelled.connect(self.go_welcome)
        self._walk_in.submitted.connect(self._check_in)
        self._pass_ready.done.connect(self.go_welcome)

    def _check_in(self, request: CheckInRequest) -> None:
        from kiosk.errors import ValidationError

        self.walk_in.set_busy(True)

        def done(result: CheckInResult) -> None:
            self.walk_in.set_busy(False)
            self.pass_ready.show_result(result)
            self.stack.setCurrentWidget(self.pass_ready)
            self._pass_ready_timer.start(PASS_READY_SECONDS * 1000)
            self.checked_in.emit(result)

        def failed(error: BaseException) -> None:
            self.walk_in.set_busy(False)
            if isinstance(error, ValidationError):
                self.walk_in.show_errors(error)
            else:
                log.error("check-in failed", exc_info=error)
                self.walk_in.show_form_error(self._something_went_wrong())

        self.context.run(lambda ops: ops.check_in(request), done, failed)

    @staticmethod
    def _something_went_wrong() -> str:
        from ui.texts import something_went_wrong

        return something_went_wrong()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._pass_ready_timer.stop()
        super().closeEvent(event)
