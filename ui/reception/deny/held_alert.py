"""The alert at every desk for check-ins the deny list held: who, what they asked for, why
they are held; Admit makes the visit they asked for and prints its card, Turn away makes
none. Both record who decided. It stays at the top of the console, whatever the tab, until
every held check-in is decided, here or at another desk."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change, Changes
from kiosk.operations import CheckInResult
from kiosk.safety.held import AlreadyDecidedError, HeldSummary
from kiosk.staff.roles import Actor, Permission
from kiosk.visits.phone import format_phone
from ui.context import AppContext
from ui.reception.cards import follow_card
from ui.texts import purpose_label, something_went_wrong
from ui.widgets import is_indonesian, label
from ui.widgets.form import show_error

log = logging.getLogger(__name__)

#: The alert never takes more of the console than this; more rows scroll.
ALERT_MAX_HEIGHT = 220


class HeldAlert(QFrame):
    """The held check-ins, each with Admit and Turn away. Refreshed from the context's
    changed broadcast (a held row comes from the kiosk, another device, by sync), never by a
    timer; read even while hidden, since it shows itself when there is something.

    Attributes:
        rows: the check-ins shown, oldest first.

    Signals:
        counted(int): how many check-ins are held now (after every refresh).
    """

    counted = Signal(int)
    SHOWS = frozenset({Change.VISITS, Change.PRIVACY})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("held-alert")
        self.context = context
        self.rows: list[HeldSummary] = []
        self.row_widgets: dict[uuid.UUID, HeldRow] = {}
        self.heading = label("notice", self)
        self.status = label("body", self)
        self.status.hide()
        self.error = label("error", self)
        self.error.hide()
        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._list)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setMaximumHeight(ALERT_MAX_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self._scroll)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        context.changed.connect(self._changed)
        context.signed_in.connect(self._signed_in)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("%n check-in(s) held for you to decide", "",
                                     len(self.rows)))
        for row in self.row_widgets.values():
            row.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    def _signed_in(self, _actor: Actor | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor
        if actor is None or not actor.may(Permission.VISITORS):
            self._show([])
            return
        self.context.run(lambda ops: ops.deny_list.held_check_ins(actor), self._show,
                         self._failed)

    def _show(self, rows: list[HeldSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        self.rows = rows
        kept = {row.held_id for row in rows}
        for held_id in [i for i in self.row_widgets if i not in kept]:
            self.row_widgets.pop(held_id).deleteLater()
        for held in rows:
            if held.held_id not in self.row_widgets:
                widget = HeldRow(held, self.context.settings.zone, self._list)
                widget.admit_button.clicked.connect(lambda _c=False, h=held: self.admit(h))
                widget.turn_away_button.clicked.connect(
                    lambda _c=False, h=held: self.turn_away(h))
                self._list_layout.addWidget(widget)
                self.row_widgets[held.held_id] = widget
        self.retranslate()
        # At least the first row (a scroll area alone would be squeezed to nothing), as tall
        # as every row where the console has room, never more than the limit: the tab below
        # keeps its space at 1280×800.
        self._list.adjustSize()
        first = self.row_widgets[rows[0].held_id].sizeHint().height() if rows else 0
        self._scroll.setMinimumHeight(min(first, ALERT_MAX_HEIGHT))
        self._scroll.setMaximumHeight(min(self._list.sizeHint().height(), ALERT_MAX_HEIGHT))
        # Shown and hidden by its dock (HeldAlertDock): a dock whose widget hides itself
        # warns "setMinimumSize: Negative sizes (0,-1)".
        self.counted.emit(len(rows))

    def admit(self, held: HeldSummary) -> None:
        """Let the visitor in: the visit they asked for, its card on this desk's printer."""
        self._deciding(held)
        actor = self.context.acting()
        self.context.run(lambda ops: ops.admit_held(held.held_id, actor), self._admitted,
                         self._failed)

    def turn_away(self, held: HeldSummary) -> None:
        self._deciding(held)
        actor = self.context.acting()
        self.context.run(lambda ops: ops.deny_list.turn_away(held.held_id, actor),
                         lambda _none: self._say(self.tr("%1 was turned away.")
                                                 .replace("%1", held.name)),
                         self._failed)

    def _deciding(self, held: HeldSummary) -> None:
        """One touch, one decision (the row goes when the change is heard)."""
        widget = self.row_widgets.get(held.held_id)
        if widget is not None:
            widget.admit_button.setEnabled(False)
            widget.turn_away_button.setEnabled(False)

    def _admitted(self, result: CheckInResult) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("%1 was checked in.").replace("%1", result.visit.visitor_name))
            follow_card(self.context, result, self._say)

    def _say(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        show_error(self.error, "")
        self.status.setText(text)
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, AlreadyDecidedError):
            self._say(self.tr("Another desk has already decided."))
        else:
            log.error("held check-ins: %s", type(error).__name__, exc_info=error)
            show_error(self.error, something_went_wrong(error))
        self.refresh()


class HeldRow(QFrame):
    """One held check-in: who, what they asked for, the reason, and the two decisions. All
    plain text: names and reasons are what people typed."""

    def __init__(self, held: HeldSummary, zone: ZoneInfo, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("held-row")  # the theme frames it as needing a decision
        self.held = held
        self._zone = zone
        self.who = label("body", self)
        self.asked = label("body", self)
        self.reason = label("held-reason", self)
        self.admit_button = QPushButton(self)
        self.admit_button.setProperty("role", "primary")
        self.turn_away_button = QPushButton(self)
        self.turn_away_button.setProperty("role", "danger")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.who)
        text.addWidget(self.asked)
        text.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.admit_button)
        layout.addWidget(self.turn_away_button)
        self.retranslate()

    def retranslate(self) -> None:
        held = self.held
        phone = format_phone(held.phone) if held.phone.startswith("+") else held.phone
        self.who.setText(" · ".join(part for part in (
            held.name, phone, f"{held.held_at.astimezone(self._zone):%H:%M}") if part))
        where = (held.where_id if is_indonesian() else held.where_en) or self.tr("reception")
        asked = [purpose_label(held.purpose)] if held.purpose is not None else []
        asked.append(where)
        if held.group_size > 1:
            asked.append(self.tr("group of %1").replace("%1", str(held.group_size)))
        if held.invitation_code:
            asked.append(self.tr("invitation %1").replace("%1", held.invitation_code))
        self.asked.setText(self.tr("Asked for: %1").replace("%1", " · ".join(asked)))
        self.reason.setText(self.tr("Reason: %1").replace("%1", held.reason))
        self.admit_button.setText(self.tr("Admit"))
        self.turn_away_button.setText(self.tr("Turn away"))
        for button in (self.admit_button, self.turn_away_button):
            button.setAccessibleDescription(held.name)


class HeldAlertDock(QWidget):
    """The alert over the bottom of the console, above every tab: shown while someone is
    signed in (``working``) and there is a held check-in; it cannot be closed or moved away.

    It floats over the page instead of taking a place in the layout: the console must still
    fit 1280 × 800 with the tallest tab (bookings) and an alert showing."""

    #: Space kept between the alert and the window's edges, and the share of the window's
    #: height it may cover at most (its rows scroll beyond that).
    MARGIN = 12
    MAX_SHARE = 0.4

    def __init__(self, context: AppContext, pages: QStackedWidget,
                 working: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("held-alert-dock")
        self._working = working
        self._window = parent
        self.alert = HeldAlert(context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alert)
        self.alert.counted.connect(lambda _count: self.update_visibility())
        pages.currentChanged.connect(lambda _index: self.update_visibility())
        parent.installEventFilter(self)
        self.update_visibility()

    def update_visibility(self) -> None:
        self.setVisible(self._working() and bool(self.alert.rows))
        if self.isVisible():
            self.place()

    def place(self) -> None:
        """Across the window's width, just above its status bar."""
        bottom = self._window.height()
        status = self._window.findChild(QStatusBar)
        if status is not None and status.isVisible():
            bottom = status.geometry().top()
        width = self._window.width() - 2 * self.MARGIN
        height = min(self.sizeHint().height(), round(self._window.height() * self.MAX_SHARE))
        self.setGeometry(self.MARGIN, bottom - height - self.MARGIN, width, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and self.isVisible() and event.type() in (
                QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return super().eventFilter(watched, event)
