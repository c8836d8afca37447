"""Reception books a room: once or repeating, checks every date for conflicts, skips or moves
the dates that cannot take place, and books. The same form edits, cancels, approves and
rejects an existing booking and shows its history."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.bookings.agenda import (
    AuditEntry,
    BookingSummary,
    FloorSummary,
    OrganizationChoice,
    RoomSummary,
)
from kiosk.bookings.booking import Booked, BookingRequest, Plan, Scope
from kiosk.bookings.rules import BookingConflictError
from kiosk.errors import ErrorCode, InvalidFieldError, ValidationError
from kiosk.models import HOLDING, BookingStatus
from kiosk.operations import Operations
from kiosk.paths import write_atomically
from kiosk.staff.roles import PermissionDeniedError
from ui.context import AppContext
from ui.reception.booking.actions import CANCEL, REJECT, ActionBar, ReasonBar, ResultPage, ScopeBox
from ui.reception.booking.dates import DateList
from ui.reception.booking.form import BookingForm
from ui.reception.booking.models import HistoryModel
from ui.reception.booking.rooms import RoomChoices
from ui.reception.booking.texts import booking_error_text, status_label
from ui.texts import something_went_wrong
from ui.widgets import label
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table
from ui.widgets.times import default_window

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Loaded:
    """What the form needs from the database, read in one job."""

    rooms: list[RoomSummary]
    floors: list[FloorSummary]
    organizations: list[OrganizationChoice]
    now: datetime
    booking: BookingSummary | None = None
    history: list[AuditEntry] | None = None


class BookingDialog(QDialog):
    """Book a room, or look after an existing booking.

    New (no ``booking_id``): the :class:`BookingForm` with how it repeats. *Check* plans it on
    the worker and the :class:`DateList` shows every date with what stands in its way; each
    conflicting date is skipped or moved, and *Book* is enabled once every date is free. With
    ``booking_id``: the same form filled in (without repeating), the :class:`ScopeBox` for a
    date of a series, *Save changes*, *Cancel booking* and *Approve* / *Reject* for a booking
    waiting for approval (the :class:`ReasonBar` asks why), calendar export, and the booking's
    history.

    Signals:
        saved(object): the tuple of booking ids booked, changed, cancelled, approved or
            rejected.
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 room_id: uuid.UUID | None = None, starts_at: datetime | None = None,
                 ends_at: datetime | None = None, booking_id: uuid.UUID | None = None,
                 attendees: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booking")
        self.context = context
        self.zone = context.settings.zone
        self.booking_id = booking_id
        self.booking: BookingSummary | None = None
        self.rooms = RoomChoices()
        self._initial_room = room_id
        self._initial_attendees = attendees
        self._loaded = False
        self._busy = False
        self._result_text = ""

        # Given times (a drag in the calendar, a free-room offer) stay as given; otherwise the
        # form shows a placeholder until the operations' clock says what "next" means.
        self._times_given = booking_id is None and starts_at is not None
        if starts_at is None:
            starts_at, default_end = default_window(datetime.now(UTC), self.zone)
            ends_at = ends_at or default_end
        elif ends_at is None:
            ends_at = starts_at + timedelta(hours=2)

        self.form_page = QWidget(self)
        self.result_page = ResultPage(self)
        self.result_page.hide()
        self._build_parts(starts_at, ends_at)
        self._connect()
        self._lay_out_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_page)
        layout.addWidget(self.result_page)
        self.resize(1220, 760)
        self.retranslate()
        self._set_editing(booking_id is not None)
        self._update_buttons()
        self.context.run(self._load_job(booking_id), self._show_loaded, self._load_failed)

    # --- building -------------------------------------------------------------------------

    def _build_parts(self, start: datetime, end: datetime) -> None:
        page = self.form_page
        self.form_title = label("title", page)
        self.booking_state = label("body", page)
        self.booking_state.hide()
        self.form = BookingForm(self.rooms, self.zone, start, end, page)
        self.scope_box = ScopeBox(page)
        self.scope_box.hide()
        self.reason_box = ReasonBar(page)
        self.dates = DateList(self.context, self.rooms, self._request_or_errors, page)
        self.history_caption = label("field-caption", page)
        self.history_model = HistoryModel(self.zone, self)
        self.history_view = read_only_table(page, self.history_model, wrap=True, alternate=False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setMinimumHeight(140)
        self.status = label("error", page)
        self.status.hide()
        self.notice = label("notice", page)
        self.notice.hide()
        self.action_bar = ActionBar(page)

    def _connect(self) -> None:
        bar = self.action_bar
        bar.close_button.clicked.connect(self.reject)
        bar.export_button.clicked.connect(self.export_ics)
        bar.cancel_booking_button.clicked.connect(lambda: self.reason_box.ask(CANCEL))
        bar.reject_button.clicked.connect(lambda: self.reason_box.ask(REJECT))
        bar.approve_button.clicked.connect(self.approve)
        bar.check_button.clicked.connect(self.check)
        bar.book_button.clicked.connect(self.book)
        bar.save_button.clicked.connect(self.save_changes)
        self.result_page.close_button.clicked.connect(self.accept)
        # Any change to what is booked when and where makes the last check stale. The title
        # and the contact change nothing the check looked at: the dates, with their skips
        # and moves, stay (the booking is checked again when it is saved anyway).
        self.form.request_changed.connect(self._request_changed)
        self.reason_box.confirmed.connect(self._confirm_reason)
        self.dates.planned.connect(self._planned)
        self.dates.stale.connect(self._plan_stale)
        self.dates.move_refused.connect(self._move_refused)
        self.dates.failed.connect(self._failed)

    def _lay_out_form(self) -> None:
        """Left: the booking. Right: what the check found (new), or the history (existing)."""
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.form)
        left.addWidget(self.scope_box)
        left.addWidget(self.reason_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.dates, 3)
        right.addWidget(self.history_caption)
        right.addWidget(self.history_view, 2)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        head = QHBoxLayout()
        head.addWidget(self.form_title)
        head.addWidget(self.booking_state, 1)
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.action_bar)

    def _set_editing(self, editing: bool) -> None:
        self.form.set_editing(editing)
        self.action_bar.set_editing(editing)
        self.dates.setVisible(not editing)
        self.history_caption.setVisible(editing)
        self.history_view.setVisible(editing)

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; called again on language change."""
        editing = self.booking_id is not None
        self.setWindowTitle(self.tr("Change booking") if editing else self.tr("Book a room"))
        self.form_title.setText(self.tr("Booking") if editing else self.tr("Book a room"))
        self.form.retranslate()
        self.scope_box.retranslate()
        self.reason_box.retranslate()
        self.dates.retranslate()
        self.history_caption.setText(self.tr("History"))
        self.history_view.setAccessibleName(self.history_caption.text())
        self.action_bar.retranslate()
        self.result_page.retranslate()
        self.history_model.retranslate()
        self._show_plan_summary()
        self._show_booking_state()

    def _show_booking_state(self) -> None:
        booking = self.booking
        if booking is None:
            self.booking_state.hide()
            return
        text = status_label(booking.status)
        if booking.status_reason:
            text += f": {booking.status_reason}"
        if booking.repeating:
            text += " · " + self.tr("repeating")
        self.booking_state.setText(text)
        self.booking_state.show()

    def _show_plan_summary(self) -> None:
        plan = self.dates.last_plan
        if plan is None:
            self.dates.summary.setText(self.tr("Press Check to see every date and anything "
                                               "in its way."))
            self.notice.hide()
            return
        booked = [o for o in plan.occurrences if not o.skipped]
        text = self.tr("%n date(s)", "", len(booked))
        skipped = len(plan.occurrences) - len(booked)
        if skipped:
            text += " · " + self.tr("%n skipped", "", skipped)
        if plan.conflicting:
            text += " · " + self.tr("%n conflict(s) to resolve: skip or move each one", "",
                                    len(plan.conflicting))
        else:
            text += " · " + self.tr("every date is free: ready to book")
        self.dates.summary.setText(text)
        if plan.status is BookingStatus.PENDING:
            self.notice.setText(self.tr("This room needs approval: the booking will be "
                                        "waiting for approval until a manager approves it."))
            self.notice.show()
        else:
            self.notice.hide()

    # --- loading --------------------------------------------------------------------------

    @staticmethod
    def _load_job(booking_id: uuid.UUID | None) -> Callable[[Operations], _Loaded]:
        """The worker's job: it reads no widget, only the id it is given."""

        def load(ops: Operations) -> _Loaded:
            bookings = ops.bookings
            loaded = _Loaded(bookings.rooms(), bookings.floors(), bookings.organizations(),
                             bookings.clock())
            if booking_id is None:
                return loaded
            return _Loaded(loaded.rooms, loaded.floors, loaded.organizations, loaded.now,
                           bookings.booking(booking_id), bookings.history(booking_id))

        return load

    def _show_loaded(self, loaded: _Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        self.rooms.set(loaded.rooms, loaded.floors)
        self.form.offer(loaded.organizations)
        booking = loaded.booking
        if booking is not None:
            self._fill_from(booking)
            self.history_model.set_rows(loaded.history or [])
            self.history_view.resizeColumnsToContents()
            self.action_bar.export_button.show()
        else:
            self.form.prefill(self._initial_room, self._initial_attendees)
            if not self._times_given:
                self.form.set_times(*default_window(loaded.now, self.zone))
            self.form.limit_to(loaded.now.astimezone(self.zone).date())
        self._loaded = True
        self.form.show_capacity()
        self._request_changed()
        self._update_buttons()
        self.form.title_edit.setFocus()

    def _load_failed(self, error: BaseException) -> None:
        log.error("the booking form could not load", exc_info=error)
        if shiboken6.isValid(self):
            show_error(self.status, something_went_wrong(error))

    def _fill_from(self, booking: BookingSummary) -> None:
        self.booking = booking
        self.form.fill_from(booking)
        self.scope_box.setVisible(booking.repeating)
        self.action_bar.set_pending(booking.status is BookingStatus.PENDING)
        self._show_booking_state()

    # --- the request ----------------------------------------------------------------------

    def request(self) -> BookingRequest:
        """What the form says (see :meth:`BookingForm.request`); a new booking repeats as
        the form says, an existing one is changed as it is."""
        return self.form.request(repeating=self.booking_id is None)

    @property
    def busy(self) -> bool:
        """Something is being saved on the worker."""
        return self._busy

    @property
    def plan(self) -> Plan | None:
        """The last check's result, while the form has not changed since."""
        return self.dates.plan

    def _request_changed(self) -> None:
        """The request changed: the dates listed no longer say what would be booked."""
        if self.booking_id is not None:
            return
        self.dates.forget()
        self._show_plan_summary()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._loaded and not self._busy
        active = self.booking is not None and self.booking.status in HOLDING
        self.action_bar.update_state(ready=ready, plan=self.plan, active=active,
                                  editing=self.booking_id is not None)
        self.reason_box.confirm_button.setEnabled(ready and active)

    def _request_or_errors(self) -> BookingRequest | None:
        self._clear_errors()
        try:
            return self.request()
        except InvalidFieldError as error:
            self._show_field_error(error.error.field, error.error.code)
            return None

    # --- checking and booking -------------------------------------------------------------

    def check(self) -> None:
        """Plan the request on the worker and list every date with its conflicts."""
        if not self._loaded or self._busy:
            return
        request = self._request_or_errors()
        if request is None:
            return
        self._request_changed()
        self.dates.check(request)

    def _planned(self, plan: Plan) -> None:
        self._show_plan_summary()
        self._update_buttons()
        if not plan.conflicting:
            self.action_bar.book_button.setFocus()

    def _plan_stale(self) -> None:
        self._update_buttons()
        show_error(self.status, "")

    def _move_refused(self, error: InvalidFieldError) -> None:
        """Said under the list: the form itself was fine when it was checked."""
        try:
            text = booking_error_text(error.error.field, error.error.code)
        except KeyError:
            text = something_went_wrong()
        show_error(self.status, self.tr("A moved date: %1").replace("%1", text))

    def book(self) -> None:
        """Book what was checked, with its Skips and Moves."""
        plan = self.plan
        if self._busy or plan is None or plan.conflicting:
            return
        request = self._request_or_errors()
        if request is None:
            return
        resolutions = self.dates.resolutions()
        actor = self.context.acting()
        self._set_busy(True)
        self.context.run(lambda ops: ops.bookings.book(request, actor, resolutions),
                         self._booked, self._failed)

    def _booked(self, booked: Booked) -> None:
        if not shiboken6.isValid(self):
            log.info("booking %s saved after its dialog closed", booked.booking_ids)
            return
        self._set_busy(False)
        count = len(booked.booking_ids)
        lines = [self.tr("%n date(s) booked.", "", count)]
        if booked.skipped:
            lines.append(self.tr("%n date(s) skipped.", "", len(booked.skipped)))
        if booked.status is BookingStatus.PENDING:
            lines.append(self.tr("Waiting for approval: the room is held until a manager "
                                 "approves or rejects the booking."))
            title = self.tr("Booked, waiting for approval")
        else:
            title = self.tr("Booked")
        self._finish(title, "\n".join(lines), booked.booking_ids)

    def _finish(self, title: str, text: str, ids: tuple[uuid.UUID, ...]) -> None:
        self._result_text = text
        self.form_page.hide()
        self.result_page.show()
        self.result_page.show_result(title, text)
        self.saved.emit(ids)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, BookingConflictError):
            self._show_conflicts(error)
            return
        if isinstance(error, ValidationError):
            for field_error in error.errors:
                self._show_field_error(field_error.field, field_error.code)
            return
        if isinstance(error, InvalidFieldError):
            self._show_field_error(error.error.field, error.error.code)
            return
        if isinstance(error, PermissionDeniedError):
            log.info("booking refused: %s", error)  # the role's limit, said on screen
        else:
            log.error("booking failed", exc_info=error)
        show_error(self.status, something_went_wrong(error))

    def _show_conflicts(self, error: BookingConflictError) -> None:
        if self.booking_id is None:
            # Someone else was quicker: check again, with the choices made so far.
            self.dates.mark_stale()
            self._update_buttons()
            self.dates.recheck()
            show_error(self.status, self.tr(
                "Meanwhile someone else booked the room: the dates were checked again."))
            return
        # An edit, approval or cancellation: show what is in the way; no Skip or Move here.
        self.dates.show_blocked(error.occurrences)
        show_error(self.status, self.tr(
            "The new time is not free: change the time or the room."))

    # --- existing bookings ----------------------------------------------------------------

    def save_changes(self) -> None:
        if self._busy or self.booking_id is None:
            return
        request = self._request_or_errors()
        if request is None:
            return
        booking_id, scope = self.booking_id, self.scope_box.scope()
        actor = self.context.acting()
        self._set_busy(True)
        self.context.run(lambda ops: ops.bookings.edit(booking_id, request, scope, actor),
                         lambda ids: self._done(self.tr("Changes saved"), ids), self._failed)

    def approve(self) -> None:
        if self._busy or self.booking_id is None:
            return
        self._clear_errors()
        booking_id, scope = self.booking_id, self.scope_box.scope()
        actor = self.context.acting()
        self._set_busy(True)
        self.context.run(lambda ops: ops.bookings.approve(booking_id, scope, actor),
                         lambda ids: self._done(self.tr("Approved"), ids), self._failed)

    def _confirm_reason(self) -> None:
        action = self.reason_box.action
        if self._busy or self.booking_id is None or not action:
            return
        self._clear_errors()
        booking_id, scope = self.booking_id, self.scope_box.scope()
        reason = self.reason_box.reason
        actor = self.context.acting()
        self._set_busy(True)
        if action == REJECT:
            self.context.run(lambda ops: ops.bookings.reject(booking_id, scope, reason, actor),
                             lambda ids: self._done(self.tr("Rejected"), ids), self._failed)
        else:
            self.context.run(lambda ops: ops.bookings.cancel(booking_id, scope, actor, reason),
                             lambda ids: self._done(self.tr("Booking cancelled"), ids),
                             self._failed)

    def _done(self, title: str, ids: tuple[uuid.UUID, ...]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self._finish(title, self.tr("%n date(s) changed.", "", len(ids)), tuple(ids))

    def export_ics(self) -> None:
        """Save the booking (or its whole series, for a scope beyond this date) as an
        iCalendar file chosen by the receptionist; read and written on the worker, never
        leaving a half-written file."""
        booking = self.booking
        if booking is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to calendar"),
            f"{booking.starts_at.astimezone(self.zone):%Y-%m-%d}-{booking.room_code}.ics",
            self.tr("Calendar files (*.ics)"))
        if not path:
            return
        whole = booking.repeating and self.scope_box.scope() is not Scope.ONE
        booking_id, actor = booking.id, self.context.acting()

        def job(ops: Operations) -> str:
            write_atomically(ops.bookings.ics(booking_id, actor, whole), Path(path))
            return path

        def written(where: str) -> None:
            if shiboken6.isValid(self):
                self.notice.setText(self.tr("Saved to %1").replace("%1", where))
                self.notice.show()

        self.context.run(job, written, self._failed)

    # --- errors ---------------------------------------------------------------------------

    def _show_field_error(self, field: str, code: ErrorCode) -> None:
        try:
            text = booking_error_text(field, code)
        except KeyError:
            log.error("no text for booking error %s: %s", field, code)
            text = something_went_wrong()
        if field == "reason":
            show_error(self.reason_box.error, text, self.reason_box.edit)
            return
        where, widget = self.form.message_place(field) or (self.status, None)
        show_error(where, text, widget)
        if widget is not None:
            widget.setFocus()

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        show_error(self.reason_box.error, "", self.reason_box.edit)
        show_error(self.status, "")

    @property
    def result_text(self) -> str:
        """What the result page says, once something was saved."""
        return self._result_text


__all__ = ["BookingDialog"]
