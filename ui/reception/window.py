"""The reception console's main window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change, Changes
from kiosk.errors import AlreadyCheckedOutError
from kiosk.staff.roles import Actor, Permission
from kiosk.visits.check_in import FloorGroup, VisitSummary
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.booking.panel import BookingsPanel
from ui.reception.calendar.day_panel import DayGridPanel
from ui.reception.calendar.overview import OverviewPanel
from ui.reception.calendar.week import WeekPanel
from ui.reception.cards import follow_card
from ui.reception.deny.held_alert import HeldAlertDock
from ui.reception.deny.panel import DenyListPanel
from ui.reception.desk_check_in import DeskCheckInDialog
from ui.reception.evacuation import EvacuationButton, SafeTicks
from ui.reception.history.panel import VisitHistoryPanel
from ui.reception.invitations.panel import InvitationsPanel
from ui.reception.invite_dialog import InviteDialog
from ui.reception.organizations.panel import OrganizationsPanel
from ui.reception.privacy.panel import PrivacyPanel
from ui.reception.rooms.panel import RoomsPanel
from ui.reception.staff.accounts import MyAccountDialog, StaffPanel
from ui.reception.staff.activity import ActivityPanel
from ui.reception.staff.idle import IdleWatch
from ui.reception.staff.session import SessionBar
from ui.reception.staff.sign_in import FirstAdminPage, LockPage, SignInPage
from ui.reception.sync_indicator import SyncIndicator
from ui.reception.visitors_model import VisitorsByFloorModel
from ui.texts import something_went_wrong
from ui.widgets import Screen, is_indonesian, label, other_language_name
from ui.widgets.form import show_error
from ui.widgets.screen import language_toggle_name

log = logging.getLogger(__name__)

#: What the visitors list shows: visits, by floor and room.
VISITORS_SHOW = frozenset({Change.VISITS, Change.CATALOGUE})
#: What the bookings list and the approvals show.
BOOKINGS_SHOW = frozenset({Change.BOOKINGS, Change.CLOSURES, Change.CATALOGUE})


class VisitorsPanel(Screen):
    """Everyone in the building now, by floor, refreshed whenever a visit changes (here, at
    the kiosk or pulled by sync); from here reception also checks a visitor out and invites a
    guest."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = VisitorsByFloorModel(context.settings.zone, self)
        self.title = label("title", self)
        self.summary = label("body", self)
        self.status = label("error", self)
        self.status.hide()
        self.desk_button = QPushButton(self)
        self.desk_button.setProperty("role", "primary")
        self.desk_dialog: DeskCheckInDialog | None = None
        self.invite_button = QPushButton(self)
        self.invite_dialog: InviteDialog | None = None
        self.refresh_button = QPushButton(self)
        self.check_out_button = QPushButton(self)
        self.check_out_button.setEnabled(False)
        self.reprint_button = QPushButton(self)
        self.reprint_button.setEnabled(False)
        self.print_status = label("body", self)
        self.print_status.hide()
        self.language_button = QPushButton(self)
        self.language_button.setProperty("role", "language")
        self.tree = self.view = QTreeView(self)  # ``view``: where the window puts the focus
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.desk_button.clicked.connect(self.check_in_at_desk)
        self.invite_button.clicked.connect(self.invite)
        self.refresh_button.clicked.connect(self.refresh)
        self.check_out_button.clicked.connect(self._check_out_selected)
        self.reprint_button.clicked.connect(self._reprint_selected)
        self.language_button.clicked.connect(self._toggle_language)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.desk_button)
        top.addWidget(self.invite_button)
        top.addWidget(self.language_button)
        # What acts on the selected visitor sits under the list, where it was chosen.
        actions = QHBoxLayout()
        actions.addWidget(self.check_out_button)
        actions.addWidget(self.reprint_button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.print_status)

        context.follow(self, VISITORS_SHOW, self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is in the building"))
        self.tree.setAccessibleName(self.title.text())
        self.desk_button.setText(self.tr("Check in a visitor"))
        self.invite_button.setText(self.tr("Invite a guest"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.check_out_button.setText(self.tr("Check out"))
        self.reprint_button.setText(self.tr("Reprint card"))
        self.language_button.setText(other_language_name())
        self.language_button.setAccessibleName(language_toggle_name())
        self._show_summary()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          VisitorsByFloorModel.COLUMNS - 1)

    def refresh(self) -> None:
        self.context.run(lambda ops: ops.visitors_in_building(), self._show, self._failed)

    def invite(self) -> InviteDialog:
        """Open a fresh invitation form over the window; it is :attr:`invite_dialog` until
        it closes, and is deleted then."""
        dialog = InviteDialog(self.context, self)
        dialog.finished.connect(lambda _result: self._invite_closed(dialog))
        self.invite_dialog = dialog
        dialog.open()
        return dialog

    def check_in_at_desk(self) -> DeskCheckInDialog:
        """A visitor sent to the desk, checked in here; :attr:`desk_dialog` until it closes."""
        dialog = DeskCheckInDialog(self.context, self)
        dialog.finished.connect(lambda _result: self._desk_closed(dialog))
        self.desk_dialog = dialog
        dialog.open()
        return dialog

    def _desk_closed(self, dialog: DeskCheckInDialog) -> None:
        if self.desk_dialog is dialog:
            self.desk_dialog = None
        dialog.deleteLater()

    def _invite_closed(self, dialog: InviteDialog) -> None:
        if self.invite_dialog is dialog:
            self.invite_dialog = None
        dialog.deleteLater()

    def selected_visit(self) -> VisitSummary | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.visit_at(indexes[0]) if indexes else None

    def _show(self, groups: list[FloorGroup]) -> None:
        if not shiboken6.isValid(self.tree):
            return  # the window closed while the list was read
        selected = self.selected_visit()
        self.model.set_groups(groups)
        self.tree.expandAll()
        for column in range(VisitorsByFloorModel.COLUMNS):
            self.tree.resizeColumnToContents(column)
        self.status.hide()
        self._show_summary()
        if selected is not None:
            self._select(selected)

    def _show_summary(self) -> None:
        self.summary.setText(
            self.tr("%n person(s) in the building", "", self.model.people)
        )
        self.tree.setAccessibleDescription(self.summary.text())

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load visitors", exc_info=error)
        if not shiboken6.isValid(self):
            return
        self.status.setText(something_went_wrong(error))
        self.status.show()

    def _select(self, visit: VisitSummary) -> None:
        for row in range(self.model.rowCount()):
            floor = self.model.index(row, 0)
            for child in range(self.model.rowCount(floor)):
                index = self.model.index(child, 0, floor)
                found = self.model.visit_at(index)
                if found is not None and found.visit_id == visit.visit_id:
                    self.tree.setCurrentIndex(index)
                    return

    def _selection_changed(self) -> None:
        selected = self.selected_visit() is not None
        self.check_out_button.setEnabled(selected)
        self.reprint_button.setEnabled(selected)

    def _check_out_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        self.check_out_button.setEnabled(False)  # one touch, one check-out

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            if isinstance(error, AlreadyCheckedOutError):
                self.refresh()  # another desk or the kiosk was quicker: just show it
            else:
                self._failed(error)

        # Done, the list reloads from the change it made (AppContext.changed).
        actor = self.context.acting()
        self.context.run(lambda ops: ops.check_out_at_desk(visit.visit_id, actor), None, failed)

    def _reprint_selected(self) -> None:
        """The selected visitor's card again: on the badge printer, or saved for printing."""
        visit = self.selected_visit()
        if visit is None:
            return
        self.reprint_button.setEnabled(False)

        def say(text: str) -> None:
            if not shiboken6.isValid(self):
                return  # the console was built again for someone else meanwhile
            self.print_status.setText(text)
            self.print_status.show()
            self.reprint_button.setEnabled(self.selected_visit() is not None)

        actor = self.context.acting()
        self.context.run(lambda ops: ops.reprint_at_desk(visit.visit_id, actor),
                         lambda result: follow_card(self.context, result, say), self._failed)

    def _toggle_language(self) -> None:
        self.context.translations.install("en" if is_indonesian() else "id")


class ReceptionWindow(QMainWindow):
    """The receptionist's desk: who is in the building and who was (the visit history), the
    floors' calendars, a room's week, the building at a glance, the list of bookings and
    approvals, the building's organisations; for a manager the activity record, for an
    administrator the staff accounts.

    Nothing shows before someone signs in (a fresh install asks for its first administrator);
    each sign-in builds the console afresh for that person's role, and an idle console locks
    itself (``idle_lock_minutes``).

    Ctrl+PgUp / Ctrl+PgDown step the calendar tab shown to the previous or next day (week),
    Ctrl+T goes back to today, Alt+1… switches tabs.
    """

    visitors: VisitorsPanel
    calendar: DayGridPanel
    week: WeekPanel
    overview: OverviewPanel
    bookings: BookingsPanel
    history: VisitHistoryPanel
    invitations: InvitationsPanel
    organizations: OrganizationsPanel
    #: Only for those whose role may see them (None otherwise).
    rooms: RoomsPanel | None = None
    activity: ActivityPanel | None = None
    deny_list: DenyListPanel | None = None
    privacy: PrivacyPanel | None = None
    staff: StaffPanel | None = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reception")
        self.setWindowTitle(f"{context.building_name} — Resepsionis / Reception")
        self.booking_dialog: BookingDialog | None = None
        self.pages = QStackedWidget(self)
        self.waiting = QWidget(self)  # while the worker says whether anybody can sign in
        #: The marshals' ticks, one set for every roll-call screen (locked, signed in, anyone's).
        self.roll_call_ticks = SafeTicks(self)
        self.sign_in_page = SignInPage(context, self, ticks=self.roll_call_ticks)
        self.first_admin_page = FirstAdminPage(context, self, ticks=self.roll_call_ticks)
        self.lock_page = LockPage(context, self, ticks=self.roll_call_ticks)
        for page in (self.waiting, self.sign_in_page, self.first_admin_page, self.lock_page):
            self.pages.addWidget(page)
        self.tabs = QTabWidget(self)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.session = SessionBar(context, self)
        self.statusBar().addWidget(self.session, 1)
        self.session.lock_requested.connect(self.lock)
        self.session.sign_out_requested.connect(self.sign_out)
        self.session.account_requested.connect(self.my_account)
        self.sync_indicator: SyncIndicator | None = None
        if context.sync is not None:
            # Standalone there is nothing to show: the desk is its own authority. In the status
            # bar, where it never squeezes the tabs.
            self.sync_indicator = SyncIndicator(context, self)
            self.statusBar().addPermanentWidget(self.sync_indicator)
            self.sync_indicator.hide()  # shown to whoever signs in
        self.idle = IdleWatch(context.settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.sign_in_page.signed_in.connect(self.enter)
        self.first_admin_page.signed_in.connect(self.enter)
        self.lock_page.unlocked.connect(self._unlocked)
        self.lock_page.switch.connect(self.sign_out)
        # Check-ins the deny list held, over every tab until decided.
        self.held_alert = HeldAlertDock(context, self.pages, lambda: self.signed_in, self)
        context.changed.connect(self._staff_changed)
        #: Dialogs hidden while the console is locked, shown again when it opens.
        self._hidden_dialogs: list[QDialog] = []

        self._shortcuts: list[QShortcut] = []
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self._previous)
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self._next)
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T), self._today)
        for number in range(1, 10):
            self._shortcut(QKeySequence(f"Alt+{number}"), partial(self._go_tab, number - 1))
        if context.actor is not None:
            self.enter(context.actor)
        else:
            self.pages.setCurrentWidget(self.waiting)
            context.run(lambda ops: ops.staff.has_accounts(), self._ask_who, self._no_answer)
        self.resize(1280, 800)

    # --- who works here -----------------------------------------------------------------------

    def _ask_who(self, anybody: bool) -> None:
        if not shiboken6.isValid(self) or self.context.actor is not None:
            return
        # With a central database the building's accounts come by sync: a new desk that has
        # none yet must not let whoever sits at it make an administrator for every desk.
        first = not anybody and self.context.sync is None
        page = self.first_admin_page if first else self.sign_in_page
        self.pages.setCurrentWidget(page)
        page.start()
        if not anybody and not first:
            show_error(self.sign_in_page.status, self.tr(
                "No staff accounts have reached this desk yet: they come with the next sync. "
                "An administrator can also add one here with \"gic-kiosk staff add\"."))

    def _no_answer(self, error: BaseException) -> None:
        log.error("reception could not open its database", exc_info=error)
        if shiboken6.isValid(self):
            self.pages.setCurrentWidget(self.sign_in_page)
            show_error(self.sign_in_page.status, something_went_wrong(error))

    @property
    def signed_in(self) -> bool:
        """Someone works at the console now (it is neither locked nor waiting for a sign-in)."""
        return self.pages.currentWidget() is self.tabs

    def enter(self, actor: Actor) -> None:
        """``actor`` signed in: the console, built for their role."""
        self._close_dialogs()
        self.context.sign_in(actor)
        self._build_console(actor)
        self._open(actor)

    def _unlocked(self, actor: Actor) -> None:
        # As the account is now: a role changed while the console was locked rebuilds it.
        changed = self.staff_for(actor) != self.staff_for(self.context.actor)
        self.context.sign_in(actor)
        if changed:
            self._close_dialogs()
            self._build_console(actor)
        self._open(actor)
        for dialog in self._hidden_dialogs:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._hidden_dialogs = []

    @staticmethod
    def staff_for(actor: Actor | None) -> object:
        """What the console is built for: the person and their role."""
        return (actor.staff_id, actor.role) if actor is not None else None

    def _open(self, actor: Actor) -> None:
        self.session.show_actor(actor)
        if self.sync_indicator is not None:
            self.sync_indicator.show()
        self.pages.setCurrentWidget(self.tabs)
        self.idle.start()
        self._focus_page(self.tabs.currentIndex())

    def my_account(self) -> MyAccountDialog:
        """The signed-in person's own password and PIN."""
        dialog = MyAccountDialog(self.context, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def lock(self) -> None:
        """Behind the lock page until the same person's password or PIN (or someone else
        signs in): open dialogs hide with the console."""
        if not self.signed_in:
            return
        self.idle.stop()
        self._hide_sync()
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.session.show_actor(None)
        self.pages.setCurrentWidget(self.lock_page)
        self.lock_page.start()

    def sign_out(self) -> None:
        """Nobody works here now: the console's dialogs close, the next person signs in."""
        self.idle.stop()
        self._hide_sync()
        self._close_dialogs()
        self.context.sign_in(None)
        self.session.show_actor(None)
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.start()

    def _hide_sync(self) -> None:
        """Nobody signed in: the sync notices (and "sync now") wait for someone who is."""
        if self.sync_indicator is not None:
            self.sync_indicator.hide()

    def _staff_changed(self, changes: Changes) -> None:
        """Accounts changed (here, or pulled from another desk): the person at the console
        is checked again, so a disabled account or a new role holds at once, not at the
        next sign-in. (A bound method: the connection ends with the window.)"""
        actor = self.context.actor
        if (not changes.touches({Change.STAFF}) or actor is None or actor.staff_id is None
                or not self.signed_in):
            return
        self.context.run(lambda ops: ops.staff.current(actor), self._recheck, self._no_answer)

    def _recheck(self, current: Actor | None) -> None:
        if not shiboken6.isValid(self) or not self.signed_in:
            return
        if current is None:
            self.sign_out()
            show_error(self.sign_in_page.status, self.tr(
                "Your account was disabled: please ask an administrator."))
        elif self.staff_for(current) != self.staff_for(self.context.actor):
            self.enter(current)

    def _close_dialogs(self) -> None:
        for dialog in [*self._hidden_dialogs, *self.findChildren(QDialog)]:
            if shiboken6.isValid(dialog):
                dialog.reject()
        self._hidden_dialogs = []

    def _build_console(self, actor: Actor) -> None:
        """The tabs for ``actor``, built afresh: nothing the last person searched or opened is
        left, and a tab their role may not read is never made."""
        old = self.tabs
        context = self.context
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reception-tabs")
        self.tabs.setDocumentMode(True)
        # In every tab's corner, for every role: the alarm does not wait for the right tab.
        self.evacuation = EvacuationButton(context, self.tabs, ticks=self.roll_call_ticks)
        self.tabs.setCornerWidget(self.evacuation, Qt.Corner.TopRightCorner)
        self.visitors = VisitorsPanel(context, self.tabs)
        self.calendar = DayGridPanel(context, self.tabs)
        self.week = WeekPanel(context, self.tabs)
        self.overview = OverviewPanel(context, self.tabs)
        self.bookings = BookingsPanel(context, self.tabs)
        self.history = VisitHistoryPanel(context, self.tabs)
        self.invitations = InvitationsPanel(context, self.tabs)
        self.organizations = OrganizationsPanel(context, self.tabs)
        self.rooms = RoomsPanel(context, self.tabs) if actor.may(Permission.ROOMS) else None
        self.activity = ActivityPanel(context, self.tabs) if actor.may(
            Permission.ACTIVITY) else None
        self.staff = StaffPanel(context, self.tabs) if actor.may(Permission.STAFF) else None
        self.deny_list = DenyListPanel(context, self.tabs) if actor.may(
            Permission.PRIVACY) else None
        self.privacy = PrivacyPanel(context, self.tabs) if actor.may(
            Permission.PRIVACY) else None
        for page in (self.visitors, self.calendar, self.week, self.overview, self.bookings,
                     self.history, self.invitations, self.organizations, self.rooms,
                     self.activity, self.staff, self.deny_list, self.privacy):
            if page is not None:
                self.tabs.addTab(page, "")
        self.pages.addWidget(self.tabs)
        self.pages.removeWidget(old)
        old.deleteLater()
        # Every tab reloads itself from AppContext.changed; the bookings list is told here.
        context.follow(self.bookings, BOOKINGS_SHOW, self.bookings.refresh)
        self.calendar.create_requested.connect(self.create_booking)
        self.calendar.booking_activated.connect(self.open_booking)
        self.week.booking_activated.connect(self.open_booking)
        self.overview.floor_chosen.connect(self.show_floor)
        self.tabs.currentChanged.connect(self._focus_page)
        self.retranslate()

    def _go_tab(self, index: int) -> None:
        if self.signed_in and index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if not hasattr(self, "visitors"):
            return  # nobody has signed in yet: no tabs
        titles: dict[QWidget | None, str] = {
            self.visitors: self.tr("Visitors"), self.calendar: self.tr("Calendar"),
            self.week: self.tr("Week per room"), self.overview: self.tr("Building")}
        titles[self.bookings] = self.tr("Bookings")
        titles[self.history] = self.tr("History")
        titles[self.invitations] = self.tr("Invitations")
        titles[self.organizations] = self.tr("Organisations")
        titles[self.rooms] = self.tr("Rooms")
        titles[self.activity] = self.tr("Activity")
        titles[self.staff] = self.tr("Staff")
        titles[self.deny_list] = self.tr("Deny list")
        titles[self.privacy] = self.tr("Privacy requests")
        for page, title in titles.items():
            if page is None:
                continue
            tab = self.tabs.indexOf(page)
            self.tabs.setTabText(tab, title)
            self.tabs.setTabToolTip(tab, f"Alt+{tab + 1}")
        # The calendars have no title of their own: their views are named after their tabs.
        for calendar in (self.calendar, self.week, self.overview):
            calendar.view.setAccessibleName(titles[calendar])

    def _focus_page(self, _index: int) -> None:
        """Keyboard users land on the tab's grid, ready for arrows and Enter."""
        view = getattr(self.tabs.currentWidget(), "view", None)
        if isinstance(view, QWidget):
            view.setFocus(Qt.FocusReason.TabFocusReason)

    # --- calendar navigation ---------------------------------------------------------------

    def _dated_tab(self) -> DayGridPanel | WeekPanel | OverviewPanel | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, DayGridPanel | WeekPanel | OverviewPanel) else None

    def _previous(self) -> None:
        if (page := self._dated_tab()) is not None:
            page.previous()

    def _next(self) -> None:
        if (page := self._dated_tab()) is not None:
            page.next()

    def _today(self) -> None:
        if (page := self._dated_tab()) is not None:
            page.go_today()

    def show_floor(self, number: int) -> None:
        """The day grid of floor ``number``, on the day the overview shows."""
        if self.overview.day is not None and self.overview.day != self.calendar.day:
            self.calendar.day = self.overview.day
            self.calendar.date_bar.set_day(self.overview.day)
        self.calendar.set_floor(number)
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.view.setFocus()

    # --- the booking form -------------------------------------------------------------------

    def create_booking(self, room_id: object, starts_at: object, ends_at: object
                       ) -> BookingDialog:
        """A new booking of ``room_id`` from ``starts_at`` to ``ends_at``, in the booking form."""
        return self._open_dialog(room_id=room_id, starts_at=starts_at, ends_at=ends_at)

    def open_booking(self, booking_id: object) -> BookingDialog:
        """An existing booking, in the booking form."""
        return self._open_dialog(booking_id=booking_id)

    def _open_dialog(self, **prefill: Any) -> BookingDialog:
        if self.booking_dialog is not None:
            self.booking_dialog.close()
        dialog = BookingDialog(self.context, self, **prefill)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: BookingDialog) -> None:
        if self.booking_dialog is dialog:
            self.booking_dialog = None
        dialog.deleteLater()
