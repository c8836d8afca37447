"""Idle reset: a kiosk left mid-flow must not show one visitor's data to the next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

#: Seconds of warning ("Still there?") before everything entered is cleared.
COUNTDOWN_SECONDS = 10

_USER_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress, QEvent.Type.Wheel,
})


class IdleWatcher(QObject):
    """Counts down after ``timeout`` seconds without a touch or key, while armed.

    Installed as an application event filter so that every widget's input counts.

    Signals:
        countdown(int): seconds left before the reset (shown to the visitor); emitted each
            second from ``COUNTDOWN_SECONDS`` down to 1.
        activity(): the visitor touched the screen during a countdown (hide the warning).
        expired(): nobody came back: clear everything and go to the welcome screen.
    """

    countdown = Signal(int)
    activity = Signal()
    expired = Signal()

    def __init__(self, timeout_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_seconds = timeout_seconds
        self.countdown_seconds = COUNTDOWN_SECONDS
        self._armed = False
        self._left = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def arm(self) -> None:
        """Start watching (the visitor left the welcome screen)."""
        self._armed = True
        self.touch()

    def disarm(self) -> None:
        """Stop watching (back on the welcome screen, nothing to clear)."""
        self._armed = False
        self._idle.stop()
        self._tick.stop()

    def touch(self) -> None:
        if not self._armed:
            return
        if self._tick.isActive():
            self._tick.stop()
            self.activity.emit()
        self._idle.start(self.timeout_seconds * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _USER_INPUT:
            self.touch()
        return False

    def _start_countdown(self) -> None:
        self._left = self.countdown_seconds
        self.countdown.emit(self._left)
        self._tick.start()

    def _count(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdown.emit(self._left)
            return
        self._tick.stop()
        self._armed = False
        self.expired.emit()
