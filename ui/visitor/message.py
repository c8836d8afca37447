"""Full-screen messages that need no input: goodbye, "please see reception"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.widgets import Screen, label

#: Long enough to read twice, short enough that the next visitor is not kept waiting.
MESSAGE_SECONDS = 10


class MessageScreen(Screen):
    """A headline, a sentence, and an OK that also happens by itself after a while.

    Signals:
        done(): OK touched or the time ran out.
    """

    done = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.headline = label("destination", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.text = label("subtitle", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.ok = QPushButton(self)
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.ok)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._finish)
        self.retranslate()

    def show_message(self, headline: str, text: str) -> None:
        self.headline.setText(headline)
        self.text.setText(text)
        self._timer.start(MESSAGE_SECONDS * 1000)

    def retranslate(self) -> None:
        self.ok.setText(self.tr("OK"))

    def _finish(self) -> None:
        self._timer.stop()
        self.done.emit()
