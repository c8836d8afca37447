"""Reception's view of sync: when it last worked, what waits to be sent, whether the central
database is out of reach, a "sync now" button, and the notices it brought (a booking that
lost its room)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import repolish

if TYPE_CHECKING:
    from kiosk.operations import Operations
    from kiosk.sync.device import RoundReport, SyncStatus
    from kiosk.sync.notices import NoticeSummary
    from ui.context import AppContext


class SyncIndicator(QWidget):
    """The status bar's sync state, notices and "Sync now". What a round pulled reaches the
    views through :attr:`AppContext.changed <ui.context.AppContext.changed>`, not through here."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("sync-indicator")
        self.state = QLabel(self)
        self.state.setObjectName("sync-state")
        self.notices_button = QPushButton(self)
        self.notices_button.setObjectName("sync-notices")
        self.notices_button.hide()
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("sync-now")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.notices_button)
        layout.addWidget(self.sync_button)
        self.status: SyncStatus | None = None
        #: Why the last round failed ("" after a success).
        self.error = ""
        self.syncing = False
        self.sync_button.clicked.connect(self.sync_now)
        self.notices_button.clicked.connect(self.show_notices)
        if context.sync is not None:
            context.sync.syncing.connect(self._started)
            context.sync.finished.connect(self._finished)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync_now(self) -> None:
        if self.context.sync is not None:
            self.context.sync.sync_now()

    def _started(self) -> None:
        self.syncing = True
        self.retranslate()

    def _finished(self, report: RoundReport | None, status: SyncStatus | None,
                  error: str) -> None:
        self.syncing = False
        self.error = error
        if status is not None:
            self.status = status
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        status = self.status
        waiting = status.pending_total if status else 0
        if self.syncing:
            text, state = self.tr("Syncing…"), "busy"
        elif status is None and self.error:  # e.g. a broken URL: no round got as far
            text, state = self.tr("Cannot sync"), "offline"
        elif status is None:
            text, state = self.tr("Not synced yet"), "busy"
        elif status.offline:
            text, state = self.tr("Offline · %n waiting", "", waiting), "offline"
        else:
            when = status.last_success_at
            shown = when.astimezone(self.context.settings.zone).strftime("%H:%M") \
                if when else "—"
            text = self.tr("Synced %1 · %n waiting", "", waiting).replace("%1", shown)
            state = "ok"
        self.state.setText(text)
        self.state.setToolTip(status.last_error if status and status.offline else self.error)
        repolish(self.state, "state", state)
        unseen = status.unseen_notices if status else 0
        self.notices_button.setVisible(unseen > 0)
        self.notices_button.setText(self.tr("%n notice(s)", "", unseen))

    def show_notices(self) -> None:
        def load(ops: Operations) -> list[NoticeSummary]:
            return ops.unseen_notices()

        self.context.run(load, self._present)

    def _present(self, notices: list[NoticeSummary]) -> None:
        dialog = NoticesDialog(notices, self)
        dialog.exec()
        ids = [n.id for n in notices]

        def dismiss(ops: Operations) -> None:
            ops.mark_notices_seen(ids)

        self.context.run(dismiss, lambda _result: self.sync_now())


class NoticesDialog(QDialog):
    def __init__(self, notices: list[NoticeSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setWindowTitle(self.tr("Notices from the central database"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.windowTitle())
        self.list.setWordWrap(True)
        for notice in notices:
            self.list.addItem(self.describe(notice))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Mark as read"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def describe(self, notice: NoticeSummary) -> str:
        payload: dict[str, Any] = notice.payload
        if notice.kind == "booking_rejected":
            winner = payload.get("winner_title") or "?"
            if payload.get("winner_organization"):
                winner = f"{winner} ({payload['winner_organization']})"
            return self.tr("Booking “%1” was rejected: the room was already booked for %2.") \
                .replace("%1", str(payload.get("title", ""))).replace("%2", winner)
        if notice.kind == "booking_refused":
            return self.tr("A change to a booking was refused: it had already been cancelled "
                           "or rejected.")
        return notice.message
