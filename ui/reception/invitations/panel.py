"""The guests reception expects: today's and the coming days' invitations, with the
buttons that act on the selected one (cancel, print the slip) and the form for a new one."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime, timedelta

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.errors import CodeRefusedError
from kiosk.models import InvitationStatus
from kiosk.operations import Slip
from kiosk.paper.printing import PrintError, PrintOutcome
from kiosk.visits.invitations import InvitationSummary
from ui.context import AppContext
from ui.reception.invitations.models import InvitationsModel
from ui.reception.invite_dialog import InviteDialog
from ui.texts import print_problem_text, something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.confirm import ConfirmBar
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

#: Shown at first: today and the next two weeks.
DEFAULT_DAYS = 14


class InvitationsPanel(Screen):
    """Signals:
        loaded(): the table shows the invitations of the period as they stand.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.INVITATIONS, Change.VISITS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitations")
        self.context = context
        self.model = InvitationsModel(context.settings.zone, datetime.now().astimezone(), self)
        self.dialog: InviteDialog | None = None
        self._cancelling: uuid.UUID | None = None
        self.heading = label("title", self)
        self.from_caption = label("field-caption", self, wrap=False)
        self.from_edit = QDateEdit(self)
        self.until_caption = label("field-caption", self, wrap=False)
        self.until_edit = QDateEdit(self)
        self.from_caption.setBuddy(self.from_edit)
        self.until_caption.setBuddy(self.until_edit)
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(lambda _day: self.refresh())
        self.invite_button = QPushButton(self)
        self.invite_button.setProperty("role", "primary")
        self.invite_button.clicked.connect(self.invite)
        self.table = read_only_table(self, self.model, stretch=(1, 5))
        for column in (0, 2, 3, 4, 6, 7):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.slip_button = QPushButton(self)
        self.slip_button.clicked.connect(self.print_slip)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._cancel_confirmed)
        self.status = label("body", self)
        self.error = label("error", self)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.from_caption)
        top.addWidget(self.from_edit)
        top.addWidget(self.until_caption)
        top.addWidget(self.until_edit)
        top.addWidget(self.invite_button)
        actions = QHBoxLayout()
        actions.addWidget(self.slip_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self._ready = False
        self.retranslate()
        context.follow(self, self.SHOWS, self.refresh)
        context.run(lambda ops: (ops.bookings.today(), ops.clock()), self._start, self._failed)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Invitations"))
        self.table.setAccessibleName(self.heading.text())
        self.from_caption.setText(self.tr("From"))
        self.until_caption.setText(self.tr("until"))
        self.invite_button.setText(self.tr("Invite a guest"))
        self.slip_button.setText(self.tr("Print slip"))
        self.cancel_button.setText(self.tr("Cancel invitation"))
        self.confirm.set_buttons(self.tr("Cancel it"), self.tr("Keep it"))
        self.model.retranslate()
        self._selected()

    def _start(self, answer: tuple[date, datetime]) -> None:
        if not shiboken6.isValid(self):
            return
        today, now = answer
        self.model.now = now
        for edit in (self.from_edit, self.until_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(to_qdate(today))
        self.until_edit.setDate(to_qdate(today + timedelta(days=DEFAULT_DAYS)))
        for edit in (self.from_edit, self.until_edit):
            edit.blockSignals(False)
        self._ready = True
        self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor
        if not self._ready or actor is None:
            return
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.until_edit.date())
        if last < first:
            first, last = last, first
        # The clock read with the list: "expected" becomes "expired" as the day goes on.
        self.context.run(lambda ops: (ops.invitations_between(actor, first, last), ops.clock()),
                         self._show, self._failed)

    def _show(self, answer: tuple[list[InvitationSummary], datetime]) -> None:
        if not shiboken6.isValid(self):
            return
        rows, self.model.now = answer
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None and (row := self.model.row_of(chosen.invitation_id)) >= 0:
            self.table.selectRow(row)
        show_error(self.error, "")
        self._selected()
        self.loaded.emit()

    def selected(self) -> InvitationSummary | None:
        index = self.table.currentIndex()
        return self.model.invitation_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        chosen = self.selected()
        waiting = chosen is not None and chosen.status is InvitationStatus.PENDING
        self.slip_button.setEnabled(waiting)
        self.cancel_button.setEnabled(waiting)
        self.confirm.hide()  # a question about another row no longer stands

    def invite(self) -> InviteDialog:
        now = self.model.now  # the operations' clock, as read when the tab opened
        dialog = InviteDialog(self.context, self, clock=lambda: now)
        dialog.created.connect(lambda _summary: self.refresh() if shiboken6.isValid(self)
                               else None)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: InviteDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def ask_cancel(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._cancelling = chosen.invitation_id  # the one asked about, whatever is chosen then
        self.confirm.ask(self.tr("Cancel the invitation of %1? Code %2 will no longer work at "
                                 "the kiosk.").replace("%1", chosen.guest_name)
                         .replace("%2", chosen.code))

    def _cancel_confirmed(self) -> None:
        invitation_id, actor = self._cancelling, self.context.acting()
        self._cancelling = None  # one answer per question
        if invitation_id is None:
            return
        self.context.run(lambda ops: ops.cancel_invitation(invitation_id, actor),
                         self._cancelled, self._failed)

    def _cancelled(self, invitation: InvitationSummary) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Cancelled: %1 (%2)").replace("%1", invitation.guest_name)
                      .replace("%2", invitation.code))

    def print_slip(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        actor = self.context.acting()
        self.slip_button.setEnabled(False)
        self._say(self.tr("Printing the slip of %1…").replace("%1", chosen.code))
        self.context.run(lambda ops: ops.invitation_slip(chosen.invitation_id, actor),
                         self._send, self._failed)

    def _send(self, slip: Slip) -> None:
        """On the printing thread: waiting for paper holds up no database work."""
        self.context.run_printing(lambda ops: ops.send_slip(slip), self._printed, self._failed)

    def _printed(self, outcome: PrintOutcome) -> None:
        if not shiboken6.isValid(self):
            return
        self._selected()
        if outcome.printed:
            self._say(self.tr("Slip printed."))
        else:
            self._say(self.tr("No A4 printer is set up: slip saved as %1").replace(
                "%1", str(outcome.saved_to)))

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._selected()
        if isinstance(error, PrintError):
            show_error(self.error, self.tr("Slip not printed: %1").replace(
                "%1", print_problem_text(error.problem)))
        elif isinstance(error, CodeRefusedError):  # checked in meanwhile, at the kiosk
            self.refresh()
            show_error(self.error, self.tr("This guest has already checked in."))
        else:
            log.error("invitations: %s", type(error).__name__, exc_info=error)
            show_error(self.error, something_went_wrong(error))
