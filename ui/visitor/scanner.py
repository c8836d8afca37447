"""The USB barcode scanner: it types its code like a keyboard and ends with Enter."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

#: A scanner types a whole code in well under this; a pause longer than this starts afresh,
#: so half a code from an interrupted scan never joins the next one.
GAP_SECONDS = 1.0
#: More than this is not a code (a runaway scanner, a paste of a page).
MAX_LENGTH = 200


class ScannerInput(QObject):
    """Collects what the scanner types while no text field has the focus.

    Installed as an event filter on the kiosk window. Keys typed into a focused QLineEdit are
    left alone (the field gets them, and its own Enter handling applies).

    Signals:
        scanned(str): a complete code, ended by Enter (overlong input is cut to MAX_LENGTH + 1
            characters so that the domain refuses it as garbled).
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer: list[str] = []
        self._last = 0.0
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if isinstance(QApplication.focusWidget(), QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        if now - self._last > GAP_SECONDS:
            self._buffer.clear()
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = "".join(self._buffer)
            self._buffer.clear()
            if code.strip():  # a double Enter is nothing, not an error
                self.scanned.emit(code)
            return True
        text = event.text()
        if text and text.isprintable() and len(self._buffer) <= MAX_LENGTH:
            self._buffer.append(text)
            return True
        return False

    def clear(self) -> None:
        self._buffer.clear()
