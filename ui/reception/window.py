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
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kiosk.building.name import read_building_name
from kiosk.db.changes import Change
from kiosk.errors import AlreadyCheckedOutError
from kiosk.operations import CheckInResult
from kiosk.paper.printing import PrintError
from kiosk.visits.check_in import FloorGroup, VisitSummary
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.booking.panel import BookingsPanel
from ui.reception.calendar.day_panel import DayGridPanel
from ui.reception.calendar.overview import OverviewPanel
from ui.reception.calendar.week import WeekPanel
from ui.reception.history.panel import VisitHistoryPanel
from ui.reception.invite_dialog import InviteDialog
from ui.reception.organizations.panel import OrganizationsPanel
from ui.reception.sync_indicator import SyncIndicator
from ui.reception.visitors_model import VisitorsByFloorModel
from ui.texts import print_problem_text, something_went_wrong
from ui.widgets import Screen, is_indonesian, label, other_language_name

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
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.invite_button.clicked.connect(self.invite)
        self.refresh_button.clicked.connect(self.refresh)
        self.check_out_button.clicked.connect(self._check_out_selected)
        self.reprint_button.clicked.connect(self._reprint_selected)
        self.language_button.clicked.connect(self._toggle_language)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.invite_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.check_out_button)
        top.addWidget(self.reprint_button)
        top.addWidget(self.language_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.print_status)
        layout.addWidget(self.tree, 1)

        context.follow(self, VISITORS_SHOW, self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is in the building"))
        self.invite_button.setText(self.tr("Invite a guest"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.check_out_button.setText(self.tr("Check out"))
        self.reprint_button.setText(self.tr("Reprint card"))
        self.language_button.setText(other_language_name())
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

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load visitors", exc_info=error)
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
        number = visit.pass_number

        def say(text: str) -> None:
            self.print_status.setText(text)
            self.print_status.show()
            self.reprint_button.setEnabled(self.selected_visit() is not None)

        def printed(_: object) -> None:
            say(self.tr("Card %1 printed.").replace("%1", number))

        def not_printed(error: BaseException) -> None:
            problem = error.problem if isinstance(error, PrintError) else None
            detail = f" ({error.detail})" if isinstance(error, PrintError) and error.detail else ""
            say(self.tr("Card %1 not printed: %2").replace("%1", number)
                .replace("%2", print_problem_text(problem) + detail))

        def submitted(result: CheckInResult) -> None:
            if result.print_job is not None:
                say(self.tr("Printing card %1…").replace("%1", number))
                job = result.print_job
                self.context.run_printing(lambda ops: ops.follow_print(job), printed,
                                          not_printed)
            elif result.print_problem is not None:
                not_printed(PrintError(result.print_problem, result.print_detail))
            else:
                say(self.tr("No badge printer is set up: card %1 saved as %2")
                    .replace("%1", number).replace("%2", result.pass_pdf or "?"))

        actor = self.context.acting()
        self.context.run(lambda ops: ops.reprint_at_desk(visit.visit_id, actor), submitted,
                         self._failed)

    def _toggle_language(self) -> None:
        self.context.translations.install("en" if is_indonesian() else "id")


class ReceptionWindow(QMainWindow):
    """The receptionist's desk: who is in the building and who was (the visit history), the
    floors' calendars, a room's week, the building at a glance, the list of bookings and
    approvals, and the building's organisations.

    Ctrl+PgUp / Ctrl+PgDown step the calendar tab shown to the previous or next day (week),
    Ctrl+T goes back to today, Alt+1… switches tabs.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reception")
        self.setWindowTitle(f"{read_building_name()} — Resepsionis / Reception")
        self.booking_dialog: BookingDialog | None = None
        self.visitors = VisitorsPanel(context, self)
        self.calendar = DayGridPanel(context, self)
        self.week = WeekPanel(context, self)
        self.overview = OverviewPanel(context, self)
        self.bookings = BookingsPanel(context, self)
        self.history = VisitHistoryPanel(context, self)
        self.organizations = OrganizationsPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reception-tabs")
        self.tabs.setDocumentMode(True)
        for page in (self.visitors, self.calendar, self.week, self.overview, self.bookings,
                     self.history, self.organizations):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.sync_indicator: SyncIndicator | None = None
        if context.sync is not None:
            # Standalone there is nothing to show: the desk is its own authority. In the status
            # bar, where it never squeezes the tabs.
            self.sync_indicator = SyncIndicator(context, self)
            self.statusBar().addPermanentWidget(self.sync_indicator)
        # Every tab reloads itself from AppContext.changed; the bookings list is told here.
        context.follow(self.bookings, BOOKINGS_SHOW, self.bookings.refresh)

        self.calendar.create_requested.connect(self.create_booking)
        self.calendar.booking_activated.connect(self.open_booking)
        self.week.booking_activated.connect(self.open_booking)
        self.overview.floor_chosen.connect(self.show_floor)
        self.tabs.currentChanged.connect(self._focus_page)

        self._shortcuts: list[QShortcut] = []
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self._previous)
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self._next)
        self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T), self._today)
        for number in range(1, min(self.tabs.count(), 9) + 1):
            self._shortcut(QKeySequence(f"Alt+{number}"), partial(self.tabs.setCurrentIndex,
                                                                  number - 1))
        self.retranslate()
        self.resize(1280, 800)

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
        titles: dict[QWidget, str] = {
            self.visitors: self.tr("Visitors"), self.calendar: self.tr("Calendar"),
            self.week: self.tr("Week per room"), self.overview: self.tr("Building")}
        titles[self.bookings] = self.tr("Bookings")
        titles[self.history] = self.tr("History")
        titles[self.organizations] = self.tr("Organisations")
        for page, title in titles.items():
            tab = self.tabs.indexOf(page)
            self.tabs.setTabText(tab, title)
            self.tabs.setTabToolTip(tab, f"Alt+{tab + 1}")

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
