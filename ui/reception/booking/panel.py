"""Reception's room bookings: find bookings, approve or reject the ones waiting, find a free
room, and open the booking form for any of them."""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary
from kiosk.bookings.booking import Scope
from kiosk.bookings.free_rooms import RoomOffer
from kiosk.bookings.rules import REASON_LIMIT, BookingConflictError
from kiosk.errors import InvalidFieldError, ValidationError
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.booking.free_room_finder import FreeRoomFinder
from ui.reception.booking.models import BookingsTableModel
from ui.reception.booking.texts import booking_error_text
from ui.texts import something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import OVERTYPE
from ui.widgets.search import SearchEdit
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

#: The search covers today and this many days after, unless reception says otherwise.
DEFAULT_DAYS = 30
SEARCH_DELAY_MS = 300


#: The title column takes the width the others leave.
_TITLE = 3
#: Widest the room and organisation columns get before the title (which stretches) shrinks.
_COLUMN_CAPS = {2: 300, 4: 240}


def _fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column, cap in _COLUMN_CAPS.items():
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    header.setSectionResizeMode(_TITLE, QHeaderView.ResizeMode.Stretch)


class BookingsPanel(Screen):
    """Three tabs: *Bookings* (search by words over a date range), *Approvals* (bookings
    waiting, approved or rejected here) and *Find a free room*. Enter or a double click on a
    booking opens it in a :class:`BookingDialog`; choosing a free room opens a new booking
    for it; *New booking* opens an empty one. Every list reloads after a save.

    Signals:
        changed(): a booking was made, changed, approved or rejected here.
    """

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookings")
        self.context = context
        self.zone = context.settings.zone
        self.dialog: BookingDialog | None = None
        self._deciding = False  # an approval or rejection is on its way
        self._ticked_for: uuid.UUID | None = None  # the series "whole series" was offered for
        self._search_serial = 0

        self.title = label("title", self, wrap=False)
        self.new_button = QPushButton(self)
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(lambda: self.new_booking())
        self.tabs = QTabWidget(self)
        self._build_search_page()
        self._build_approvals_page()
        self.finder = FreeRoomFinder(context)
        self.finder.chosen.connect(self._book_offer)
        self.tabs.addTab(self.search_page, "")
        self.tabs.addTab(self.approvals_page, "")
        self.tabs.addTab(self.finder, "")
        self.status = label("error", self)
        self.status.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.context.run(lambda ops: ops.bookings.today(), self._set_today, self._failed)

    def _build_search_page(self) -> None:
        """Bookings: words over a date range, searched a moment after typing stops."""
        self.search_page = QWidget()
        self.search_edit = SearchEdit(self.search_page)
        self.from_caption = label("field-caption", self.search_page, wrap=False)
        self.first_day_edit = QDateEdit(self.search_page)
        self.from_caption.setBuddy(self.first_day_edit)
        self.until_caption = label("body", self.search_page, wrap=False)
        self.last_day_edit = QDateEdit(self.search_page)
        self.until_caption.setBuddy(self.last_day_edit)
        for edit in (self.first_day_edit, self.last_day_edit):
            edit.setCalendarPopup(True)
        today = date.today()
        self.first_day_edit.setDate(to_qdate(today))
        self.last_day_edit.setDate(to_qdate(today + timedelta(days=DEFAULT_DAYS)))
        self.results_label = label("body", self.search_page)
        self.model = BookingsTableModel(self.zone, self)
        self.table = read_only_table(self.search_page, self.model, stretch=(_TITLE,))
        self.table.activated.connect(self._open_found)
        self.open_button = QPushButton(self.search_page)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_found(self.table.currentIndex()))
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.search)
        self.first_day_edit.dateChanged.connect(self._search_timer.start)
        self.last_day_edit.dateChanged.connect(self._search_timer.start)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(self.from_caption)
        filters.addWidget(self.first_day_edit)
        filters.addWidget(self.until_caption)
        filters.addWidget(self.last_day_edit)
        below = QHBoxLayout()
        below.addWidget(self.results_label, 1)
        below.addWidget(self.open_button)
        search = QVBoxLayout(self.search_page)
        search.addLayout(filters)
        search.addLayout(below)
        search.addWidget(self.table, 1)

    def _build_approvals_page(self) -> None:
        """Approvals: the bookings waiting, approved or rejected (with a reason) here."""
        self.approvals_page = QWidget()
        self.pending_label = label("body", self.approvals_page)
        self.pending_model = BookingsTableModel(self.zone, self)
        self.pending_table = read_only_table(self.approvals_page, self.pending_model,
                                             stretch=(_TITLE,))
        self.pending_table.activated.connect(self._open_pending)
        self.whole_series_box = QCheckBox(self.approvals_page)
        self.approve_button = QPushButton(self.approvals_page)
        self.approve_button.setProperty("role", "primary")
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.approvals_page)
        self.reject_button.clicked.connect(self._ask_reject_reason)
        self.pending_table.selectionModel().selectionChanged.connect(self._pending_selected)
        self._build_reject_box()
        self.approvals_status = label("notice", self.approvals_page)
        self.approvals_status.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.pending_label, 1)
        actions.addWidget(self.whole_series_box)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)
        approvals = QVBoxLayout(self.approvals_page)
        approvals.addLayout(actions)
        approvals.addWidget(self.reject_box)
        approvals.addWidget(self.approvals_status)
        approvals.addWidget(self.pending_table, 1)
        self._pending_selected()

    def _build_reject_box(self) -> None:
        """The reason for rejecting, asked before the rejection goes."""
        self.reject_box = QFrame(self.approvals_page)
        self.reject_box.setProperty("role", "section")
        self.reason_caption = label("field-caption", self.reject_box)
        self.reason_edit = QLineEdit(self.reject_box)
        self.reason_caption.setBuddy(self.reason_edit)
        self.reason_edit.setMaxLength(REASON_LIMIT + OVERTYPE)
        self.reason_edit.returnPressed.connect(self.reject_selected)
        self.reason_error = label("error", self.reject_box)
        self.reason_error.hide()
        self.reason_edit.textEdited.connect(self.reason_error.hide)
        self.reason_back_button = QPushButton(self.reject_box)
        self.reason_back_button.clicked.connect(self.reject_box.hide)
        self.reason_confirm_button = QPushButton(self.reject_box)
        self.reason_confirm_button.clicked.connect(self.reject_selected)
        reason_buttons = QHBoxLayout()
        reason_buttons.addWidget(self.reason_edit, 1)
        reason_buttons.addWidget(self.reason_back_button)
        reason_buttons.addWidget(self.reason_confirm_button)
        reason = QVBoxLayout(self.reject_box)
        reason.setContentsMargins(12, 8, 12, 8)
        reason.addWidget(self.reason_caption)
        reason.addLayout(reason_buttons)
        reason.addWidget(self.reason_error)
        self.reject_box.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Room bookings"))
        self.new_button.setText(self.tr("New booking"))
        self.tabs.setTabText(0, self.tr("Bookings"))
        self.tabs.setTabText(2, self.tr("Find a free room"))
        self.search_edit.describe(self.tr("Search: title, organisation, contact or room"))
        self.table.setAccessibleName(self.tr("Bookings"))
        self.from_caption.setText(self.tr("From"))
        self.until_caption.setText(self.tr("until"))
        locale = QLocale()
        for edit in (self.first_day_edit, self.last_day_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.open_button.setText(self.tr("Open"))
        self.whole_series_box.setText(self.tr("Whole series"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self.reason_caption.setText(self.tr("Reason for rejecting (required, the organiser "
                                            "will be told)"))
        self.reason_back_button.setText(self.tr("Back"))
        self.reason_confirm_button.setText(self.tr("Reject booking"))
        self.model.retranslate()
        self.pending_model.retranslate()
        self._show_counts()

    def _show_counts(self) -> None:
        count = self.model.rowCount()
        self.results_label.setText(self.tr("%n booking(s) found", "", count) if count
                                   else self.tr("No bookings found"))
        pending = self.pending_model.rowCount()
        self.tabs.setTabText(1, self.tr("Approvals (%1)").replace("%1", str(pending))
                             if pending else self.tr("Approvals"))
        self.pending_label.setText(
            self.tr("%n booking(s) waiting for approval", "", pending) if pending
            else self.tr("Nothing is waiting for approval."))
        # The lists are named after their tabs, and say what they hold.
        self.pending_table.setAccessibleName(self.tr("Approvals"))
        self.pending_table.setAccessibleDescription(self.pending_label.text())
        self.table.setAccessibleDescription(self.results_label.text())

    # --- loading --------------------------------------------------------------------------

    def _set_today(self, today: date) -> None:
        if not shiboken6.isValid(self):
            return
        for edit in (self.first_day_edit, self.last_day_edit):
            edit.blockSignals(True)
        self.first_day_edit.setDate(to_qdate(today))
        self.last_day_edit.setDate(to_qdate(today + timedelta(days=DEFAULT_DAYS)))
        for edit in (self.first_day_edit, self.last_day_edit):
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Reload the search results and the approvals."""
        self.search()
        self.context.run(lambda ops: ops.bookings.pending(), self._show_pending, self._failed)

    def search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text()
        first = from_qdate(self.first_day_edit.date())
        last = max(first, from_qdate(self.last_day_edit.date()))
        self._search_serial += 1
        serial = self._search_serial

        def show(found: list[BookingSummary]) -> None:
            if shiboken6.isValid(self) and serial == self._search_serial:
                self._show_found(found)

        self.context.run(lambda ops: ops.bookings.search(text, first, last), show,
                         self._failed)

    def _show_found(self, found: list[BookingSummary]) -> None:
        self.status.hide()
        self.model.set_rows(found)
        _fit_columns(self.table)
        self.open_button.setEnabled(False)
        self._show_counts()

    def _show_pending(self, pending: list[BookingSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        self.pending_model.set_rows(pending)
        _fit_columns(self.pending_table)
        self._pending_selected()
        self._show_counts()

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load bookings", exc_info=error)
        if shiboken6.isValid(self):
            self.status.setText(something_went_wrong(error))
            self.status.show()

    # --- the booking form -----------------------------------------------------------------

    def new_booking(self, **prefill: Any) -> BookingDialog:
        """Open an empty booking form (``room_id``, ``starts_at``, ``ends_at`` prefill it)."""
        return self._open(BookingDialog(self.context, self, **prefill))

    def open_booking(self, booking_id: uuid.UUID) -> BookingDialog:
        return self._open(BookingDialog(self.context, self, booking_id=booking_id))

    def _open(self, dialog: BookingDialog) -> BookingDialog:
        """Show the form over the panel; it is :attr:`dialog` until it closes, and is deleted
        then."""
        dialog.saved.connect(lambda _ids: self._changed())
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: BookingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _open_found(self, index: QModelIndex) -> None:
        booking = self.model.booking_at(index)
        if booking is not None:
            self.open_booking(booking.id)

    def _open_pending(self, index: QModelIndex) -> None:
        booking = self.pending_model.booking_at(index)
        if booking is not None:
            self.open_booking(booking.id)

    def _book_offer(self, offer: RoomOffer) -> None:
        self.new_booking(room_id=offer.room.id, starts_at=offer.starts_at,
                         ends_at=offer.ends_at, attendees=self.finder.people_spin.value())

    # --- approvals ------------------------------------------------------------------------

    def selected_pending(self) -> BookingSummary | None:
        rows = self.pending_table.selectionModel().selectedRows()
        return self.pending_model.booking_at(rows[0]) if rows else None

    def _pending_selected(self) -> None:
        booking = self.selected_pending()
        self.approve_button.setEnabled(booking is not None)
        self.reject_button.setEnabled(booking is not None)
        self.whole_series_box.setEnabled(booking is not None and booking.repeating)
        chosen = booking.series_id if booking is not None else None
        if chosen != self._ticked_for:
            # A tick given for one series never carries over to another one selected.
            self.whole_series_box.setChecked(False)
            self._ticked_for = chosen
        self.reason_confirm_button.setEnabled(booking is not None and not self._deciding)

    def _scope(self, booking: BookingSummary) -> Scope:
        return Scope.ALL if booking.repeating and self.whole_series_box.isChecked() \
            else Scope.ONE

    def approve_selected(self) -> None:
        booking = self.selected_pending()
        if booking is None or self._deciding:
            return
        scope, actor = self._scope(booking), self.context.acting()
        self._deciding = True
        self.approve_button.setEnabled(False)
        self.context.run(lambda ops: ops.bookings.approve(booking.id, scope, actor),
                         lambda ids: self._decided(self.tr("Approved: %1"), booking),
                         self._decision_failed)

    def _ask_reject_reason(self) -> None:
        self.reason_edit.clear()
        self.reason_error.hide()
        self.reject_box.show()
        self.reason_edit.setFocus()

    def reject_selected(self) -> None:
        booking = self.selected_pending()
        if booking is None or self._deciding:
            return  # Enter pressed twice in the reason field decides once
        scope, actor = self._scope(booking), self.context.acting()
        reason = self.reason_edit.text()
        self._deciding = True
        self.reason_confirm_button.setEnabled(False)
        self.context.run(lambda ops: ops.bookings.reject(booking.id, scope, reason, actor),
                         lambda ids: self._decided(self.tr("Rejected: %1"), booking),
                         self._decision_failed)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _decided(self, text: str, booking: BookingSummary) -> None:
        if not shiboken6.isValid(self):
            return
        self._deciding = False
        self.changed.emit()
        self.reject_box.hide()
        self.approvals_status.setText(text.replace("%1", booking.title))
        self.approvals_status.show()
        self.refresh()

    def _decision_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._deciding = False
        self._pending_selected()
        if isinstance(error, InvalidFieldError):
            codes = [(error.error.field, error.error.code)]
        elif isinstance(error, ValidationError):
            codes = [(e.field, e.code) for e in error.errors]
        elif isinstance(error, BookingConflictError):
            self.approvals_status.setText(self.tr(
                "Another booking now holds the room at that time: open the booking to move "
                "it."))
            self.approvals_status.show()
            return
        else:
            self._failed(error)
            return
        field, code = codes[0]
        try:
            text = booking_error_text(field, code)
        except KeyError:
            text = something_went_wrong(error)
        if field == "reason":
            self.reason_error.setText(text)
            self.reason_error.show()
        else:
            self.approvals_status.setText(text)
            self.approvals_status.show()
            self.refresh()
