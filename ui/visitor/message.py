"""Full-screen messages that need no input: goodbye, "please see reception", a refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets import Screen, label
from ui.widgets.wrap_button import WrapButton

#: Long enough to read twice, short enough that the next visitor is not kept waiting.
MESSAGE_SECONDS = 10


class MessageScreen(Screen):
    """A headline, a sentence, where reception is (when the visitor needs it), perhaps a way on
    as a walk-in visitor, and an OK that also happens by itself after a while.

    Signals:
        done(): OK touched or the time ran out.
        walk_in_requested(): "register without an invitation" was touched.
    """

    done = Signal()
    walk_in_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.headline = label("destination", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.text = label("subtitle", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.where = label("room", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.where.hide()
        self.walk_in = WrapButton("secondary", self)
        self.walk_in.clicked.connect(self._walk_in)
        self.walk_in.hide()
        self.ok = WrapButton("primary", self)
        self.ok.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.text)
        layout.addWidget(self.where)
        layout.addStretch(1)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.ok)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._finish)
        self.retranslate()

    def show_message(self, headline: str, text: str, *, where: str = "",
                     walk_in: bool = False) -> None:
        """``where``: where reception is, for a visitor sent there; ``walk_in``: offer to
        register without an invitation."""
        self.headline.setText(headline)
        self.text.setText(text)
        self.where.setText(where)
        self.where.setVisible(bool(where))
        self.walk_in.setVisible(walk_in)
        self._timer.start(MESSAGE_SECONDS * (2 if walk_in else 1) * 1000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ok.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Nothing of the last message stays, and its timer cannot end the next visitor's
        screen."""
        self._timer.stop()
        self.headline.clear()
        self.text.clear()
        self.where.clear()
        self.where.hide()
        self.walk_in.hide()

    def retranslate(self) -> None:
        self.ok.set_text(self.tr("Done"))
        self.walk_in.set_text(self.tr("Register without an invitation"))

    def _walk_in(self) -> None:
        self._timer.stop()
        self.walk_in_requested.emit()

    def _finish(self) -> None:
        self._timer.stop()
        self.done.emit()
