"""Reception closes the building, a floor or a room to bookings for a period (works, an event
of the city), sees the closures of the coming weeks, and lifts one. The same thing as
``gic-kiosk closure`` on the command line (:mod:`kiosk.cli.closure`)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary, ClosureSummary
from kiosk.errors import ErrorCode, InvalidFieldError
from kiosk.models import ClosureScope
from kiosk.operations import Operations
from ui.context import AppContext
from ui.reception.booking.texts import booking_error_text
from ui.reception.closures.closure_list import LIST_DAYS, ClosureList, closure_table
from ui.reception.closures.form import ClosureForm
from ui.reception.closures.models import Places, StandingBookingsModel, period_text
from ui.texts import something_went_wrong
from ui.widgets import label, repolish
from ui.widgets.form import show_error

log = logging.getLogger(__name__)

#: Bookings inside a new closure shown without scrolling.
STANDING_ROWS = 5


@dataclass(frozen=True)
class _Loaded:
    """What the dialog needs from the database, read in one job."""

    today: date
    places: Places
    closures: list[ClosureSummary]


class ClosuresDialog(QDialog):
    """Close the building, a floor or a room to new bookings for a period, or lift a closure.

    Left, the :class:`ClosureList` of the closures from today for
    :data:`~ui.reception.closures.closure_list.LIST_DAYS` days; *Lift closure* asks once
    more, in the dialog, before it reopens the selected one. Right, the :class:`ClosureForm`
    for a new closure: what to close, from and until when (15-minute steps; by default the
    given day's opening hours) and why. Bookings already inside a new closure are not
    cancelled: they are listed below, for reception to move or cancel. Everything is read
    and written on the database worker.

    Signals:
        changed(): a closure was added or lifted (calendars showing the day reload).
    """

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 floor_number: int | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closures")
        self.context = context
        self.zone = context.settings.zone
        self._day = day
        self._loaded = False
        self._busy = False
        self._build(floor_number)
        self.resize(1200, 760)
        self.retranslate()
        self._update_buttons()
        self.context.run(self._load_job(None), self._show_loaded, self._load_failed)

    # --- building -------------------------------------------------------------------------

    def _build(self, floor_number: int | None) -> None:
        self.title_label = label("title", self)
        self.intro_label = label("body", self)
        self.closure_list = ClosureList(self.zone, self)
        self.closure_list.lift_confirmed.connect(self.lift)
        hours = self.context.settings.hours
        first = self._day or datetime.now(UTC).astimezone(self.zone).date()
        self.form = ClosureForm(self.zone, first, hours.opening, hours.closing, floor_number,
                                self)
        self.form.submitted.connect(self.add)
        self._build_standing()
        self.status = label("error", self)
        self.status.hide()
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addWidget(self.closure_list, 1)
        columns.addWidget(self.form, 0)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.status, 1)
        buttons.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.standing_box)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.closure_list.confirm_lift_button,
                            self.form.scope_buttons[ClosureScope.BUILDING])

    def _build_standing(self) -> None:
        """Below: the bookings a new closure covers, which still stand."""
        self.standing_box = QFrame(self)
        self.standing_box.setObjectName("closures-standing")
        self.standing_label = label("notice", self.standing_box)
        self.standing_model = StandingBookingsModel(self.zone, self)
        self.standing_view = closure_table(self.standing_box, self.standing_model,
                                           stretch=(3, 4))
        self.standing_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.standing_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        standing = QVBoxLayout(self.standing_box)
        standing.setContentsMargins(0, 0, 0, 0)
        standing.setSpacing(6)
        standing.addWidget(self.standing_label)
        standing.addWidget(self.standing_view, 1)
        self.standing_box.hide()

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; called again on language change."""
        self.setWindowTitle(self.tr("Closures"))
        self.title_label.setText(self.tr("Closures"))
        self.intro_label.setText(self.tr(
            "A closure stops new bookings for a period; bookings already inside it still "
            "stand."))
        self.closure_list.retranslate()
        self.form.retranslate()
        self.close_button.setText(self.tr("Done"))
        self.standing_model.retranslate()
        self._show_standing_text()

    # --- loading --------------------------------------------------------------------------

    @staticmethod
    def _load_job(then: Callable[[Operations], Any] | None
                  ) -> Callable[[Operations], tuple[Any, _Loaded]]:
        """The worker's job: ``then`` (adding or lifting a closure), and the list read again.
        It reads no widget, only what it is given."""

        def load(ops: Operations) -> tuple[Any, _Loaded]:
            result = then(ops) if then is not None else None
            bookings = ops.bookings
            today = bookings.today()
            places = Places(tuple(bookings.floors()), tuple(bookings.rooms()))
            closures = bookings.closures(today, today + timedelta(days=LIST_DAYS))
            return result, _Loaded(today, places, closures)

        return load

    def _show_loaded(self, result: tuple[Any, _Loaded]) -> None:
        if not shiboken6.isValid(self):
            return
        _, loaded = result
        self.closure_list.show_closures(loaded.closures, loaded.places)
        if not self._loaded:
            self.form.show_places(loaded.places)
            self._loaded = True
            hours = self.context.settings.hours
            self.form.set_period(self._day or loaded.today, hours.opening, hours.closing)
            self.form.limit_to(loaded.today)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        log.error("the closures could not load", exc_info=error)
        if shiboken6.isValid(self):
            show_error(self.status, something_went_wrong(error))

    # --- adding ---------------------------------------------------------------------------

    def add(self) -> None:
        """Save the closure on the worker, then list the bookings already inside it."""
        if not self._loaded or self._busy:
            return
        self._clear_errors()
        errors = self.form.errors()
        if errors:
            for field, code in errors:
                self._show_field_error(field, code)
            return
        request, actor = self.form.request(), self.context.acting()

        def close(ops: Operations) -> tuple[uuid.UUID, list[BookingSummary]]:
            return ops.bookings.close(request.scope, request.starts_at, request.ends_at,
                                      request.reason, actor, floor_number=request.floor_number,
                                      room_id=request.room_id)

        self._set_busy(True)
        self.context.run(self._load_job(close), self._added, self._failed)

    def _added(self, result: tuple[tuple[uuid.UUID, list[BookingSummary]], _Loaded]) -> None:
        if not shiboken6.isValid(self):
            log.info("a closure was added after its dialog closed")
            return
        (closure_id, inside), loaded = result
        self._set_busy(False)
        self.closure_list.show_closures(loaded.closures, loaded.places, select=closure_id)
        self.standing_model.set_rows(inside)
        self.standing_view.setVisible(bool(inside))
        self._fit_standing()
        self.standing_box.show()
        self._show_standing_text()
        self.closure_list.status.hide()
        self.form.reason_edit.clear()
        self.changed.emit()

    def _fit_standing(self) -> None:
        """The bookings inside take the height of their rows (up to a few, then scroll): the
        closures above keep the rest."""
        view = self.standing_view
        rows = min(max(self.standing_model.rowCount(), 1), STANDING_ROWS)
        height = (view.horizontalHeader().sizeHint().height()
                  + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        view.setFixedHeight(height)

    def _show_standing_text(self) -> None:
        count = self.standing_model.rowCount()
        if count:
            text = self.tr("These %n booking(s) still stand: move or cancel them", "", count)
        else:
            text = self.tr("Closed. No booking falls inside the closure.")
        self.standing_label.setText(text)
        self.standing_view.setAccessibleName(text)
        repolish(self.standing_label, "state", "standing" if count else "clear")

    # --- lifting --------------------------------------------------------------------------

    def lift(self, closure: ClosureSummary) -> None:
        """Lift ``closure`` (confirmed in the list) on the worker."""
        if self._busy:
            return
        closure_id = closure.id
        where = self.closure_list.model.where(closure)
        period = period_text(closure.starts_at, closure.ends_at, self.zone)

        actor = self.context.acting()

        def reopen(ops: Operations) -> None:
            ops.bookings.reopen(closure_id, actor)

        self._set_busy(True)
        self.context.run(self._load_job(reopen),
                         lambda result: self._lifted(result, where, period),
                         self._lift_failed)

    def _lifted(self, result: tuple[None, _Loaded], where: str, period: str) -> None:
        if not shiboken6.isValid(self):
            return
        _, loaded = result
        self._set_busy(False)
        self.closure_list.show_closures(loaded.closures, loaded.places)
        status = self.closure_list.status
        status.setText(self.tr("Lifted: %1, %2. It can be booked again.")
                       .replace("%1", where).replace("%2", period))
        status.show()
        self.changed.emit()

    def _lift_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.closure_list.hide_confirm()
        lift_error = self.closure_list.lift_error
        if isinstance(error, InvalidFieldError) and error.error.field == "closure":
            # Lifted meanwhile (another desk, the command line): show the list as it is now.
            show_error(lift_error, self.tr("This closure was already lifted."))
            self.context.run(self._load_job(None), self._show_loaded, self._load_failed)
            return
        log.error("lifting a closure failed", exc_info=error)
        show_error(lift_error, something_went_wrong(error))

    # --- state and errors -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Something is being saved on the worker."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._loaded and not self._busy
        self.form.add_button.setEnabled(ready)
        self.closure_list.set_ready(ready)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, InvalidFieldError):
            self._show_field_error(error.error.field, error.error.code)
            return
        log.error("adding a closure failed", exc_info=error)
        show_error(self.status, something_went_wrong(error))

    def field_error_text(self, field: str, code: ErrorCode) -> str:
        """One sentence about one field of the form."""
        if code == ErrorCode.REQUIRED:
            own = {"floor": self.tr("Choose the floor to close."),
                   "room": self.tr("Choose the room to close."),
                   "reason": self.tr("Please give a reason: it is shown in the calendar.")}
            if field in own:
                return own[field]
        try:
            return booking_error_text(field, code)
        except KeyError:
            log.error("no text for closure error %s: %s", field, code)
            return something_went_wrong()

    def _show_field_error(self, field: str, code: ErrorCode) -> None:
        text = self.field_error_text(field, code)
        if not self.form.show_message(field, text):
            show_error(self.status, text)

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        show_error(self.status, "")


__all__ = ["ClosuresDialog"]
