"""The dates of a booking and what stands in the way of each: checked on the worker, listed
one row per date, each conflicting date skipped or moved by reception and checked again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.booking import BookingRequest, Move, Plan, Resolution, Skip
from kiosk.bookings.rules import PlannedOccurrence
from kiosk.errors import InvalidFieldError
from ui.context import AppContext
from ui.reception.booking.rooms import RoomChoices, select_room
from ui.reception.booking.texts import conflict_text, long_day
from ui.widgets import building_moment, label, repolish
from ui.widgets.combos import fit_to_layout
from ui.widgets.dates import to_qdate
from ui.widgets.times import QuarterHourEdit

#: A change to a Skip or Move is checked again after this pause (typing a time is several
#: key presses: one check, not five).
RECHECK_MS = 250
#: The list of dates is at least this wide, in pixels.
PLAN_MIN_WIDTH = 420


class OccurrenceRow(QFrame):
    """One date of a planned booking: when and where, and what stands in its way. A date that
    conflicts gets Skip and Move; Move shows a date, times and a room to move it to.

    Signals:
        changed(): the receptionist chose or changed a resolution.
    """

    changed = Signal()

    def __init__(self, occurrence: PlannedOccurrence, rooms: RoomChoices, zone: ZoneInfo,
                 resolvable: bool = True) -> None:
        super().__init__()
        self.setProperty("role", "occurrence")
        self.rooms = rooms
        self.zone = zone
        self.original = occurrence.original_starts_at
        self.occurrence = occurrence
        self.resolvable = resolvable
        self.when_label = label("occurrence-when", self)
        self.state_label = label("occurrence-state", self)
        self.skip_button: QPushButton | None = None
        self.move_button: QPushButton | None = None
        self.move_panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.setSpacing(4)
        self._top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.when_label)
        texts.addWidget(self.state_label)
        self._top.addLayout(texts, 1)
        self._layout.addLayout(self._top)
        self.update_occurrence(occurrence)

    def _build_controls(self) -> None:
        """Skip or Move, made the first time this date conflicts."""
        self.skip_button = QPushButton(self)
        self.move_button = QPushButton(self)
        group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 2, 0, 0)
        for button in (self.skip_button, self.move_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("role", "choice")
            group.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self._layout.addLayout(choices)
        group.buttonToggled.connect(self._resolution_toggled)
        self.move_panel = self._build_move_panel()
        self.move_panel.hide()
        self._layout.addWidget(self.move_panel)
        self.retranslate()

    def _build_move_panel(self) -> QWidget:
        """Where and when to move the date: it starts as the date itself."""
        panel = QWidget(self)
        start = self.occurrence.starts_at.astimezone(self.zone)
        end = self.occurrence.ends_at.astimezone(self.zone)
        self.move_date = QDateEdit(panel)
        self.move_date.setCalendarPopup(True)
        self.move_date.setDate(to_qdate(start.date()))
        self.move_start = QuarterHourEdit(panel, start)
        self.move_end = QuarterHourEdit(panel, end)
        self.move_until = label("body", panel, wrap=False)
        self.move_room = QComboBox(panel)
        self.move_room.setProperty("role", "touch")
        self.move_room.setMaxVisibleItems(12)
        fit_to_layout(self.move_room, 12)
        self.rooms.fill(self.move_room)
        select_room(self.move_room, self.occurrence.room_id)
        times = QHBoxLayout()
        times.addWidget(self.move_date, 1)
        times.addWidget(self.move_start)
        times.addWidget(self.move_until)
        times.addWidget(self.move_end)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addLayout(times)
        column.addWidget(self.move_room)
        for moment_edit in (self.move_date, self.move_start, self.move_end):
            moment_edit.dateTimeChanged.connect(self.changed)
        self.move_room.currentIndexChanged.connect(self.changed)
        return panel

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.skip_button is not None and self.move_button is not None:
            self.skip_button.setText(self.tr("Skip"))
            self.move_button.setText(self.tr("Move"))
            self.move_until.setText(self.tr("until"))
            self.move_date.setLocale(QLocale())
            self.rooms.fill(self.move_room)
        self.update_occurrence(self.occurrence)

    def _resolution_toggled(self, _button: object, _checked: bool) -> None:
        if self.move_panel is not None and self.move_button is not None:
            self.move_panel.setVisible(self.move_button.isChecked())
        self.changed.emit()

    def resolution(self) -> Resolution | None:
        if self.skip_button is not None and self.skip_button.isChecked():
            return Skip()
        if self.move_button is not None and self.move_button.isChecked():
            day = self.move_date.date()
            room = self.move_room.currentData()
            return Move(building_moment(day, self.move_start.time(), self.zone),
                        building_moment(day, self.move_end.time(), self.zone),
                        room if isinstance(room, uuid.UUID) else None)
        return None

    def update_occurrence(self, occurrence: PlannedOccurrence) -> None:
        self.occurrence = occurrence
        if occurrence.conflicts and self.resolvable and self.skip_button is None:
            self._build_controls()
        start = occurrence.starts_at.astimezone(self.zone)
        end = occurrence.ends_at.astimezone(self.zone)
        room = self.rooms.room(occurrence.room_id)
        where = f" · {room.code}" if room is not None else ""
        self.when_label.setText(f"{long_day(start, self.zone)} · {start:%H:%M}–{end:%H:%M}"
                                f"{where}")
        if occurrence.skipped:
            text, state = self.tr("Skipped: this date will not be booked"), "skipped"
        elif occurrence.conflicts:
            text = "\n".join(conflict_text(c, self.zone) for c in occurrence.conflicts)
            state = "conflict"
        elif occurrence.starts_at != occurrence.original_starts_at or (
                self.move_button is not None and self.move_button.isChecked()):
            text, state = self.tr("Moved: free"), "free"
        else:
            text, state = self.tr("Free"), "free"
        self.state_label.setText(text)
        repolish(self.state_label, "state", state)
        repolish(self, "state", state)


class DateList(QWidget):
    """Every date of the booking asked for, checked on the worker: a row per date with what
    stands in its way, Skip or Move for each conflicting one, checked again after each choice.
    The caption's text keeps the booking dialog's translation context.

    Signals:
        planned(object): a check's :class:`~kiosk.bookings.booking.Plan`, now listed.
        stale(): a Skip or Move changed: the plan listed waits for its new check.
        move_refused(object): the :class:`InvalidFieldError` of a Move the domain refuses (the
            end before the start, a room too small).
        failed(object): a check failed otherwise.
    """

    planned = Signal(object)
    stale = Signal()
    move_refused = Signal(object)
    failed = Signal(object)

    def __init__(self, context: AppContext, rooms: RoomChoices,
                 request: Callable[[], BookingRequest | None],
                 parent: QWidget | None = None) -> None:
        """``request`` reads the form again for a new check (None when it cannot be used)."""
        super().__init__(parent)
        self.context = context
        self.rooms = rooms
        self.zone = context.settings.zone
        self._request = request
        self._plan: Plan | None = None
        self._fresh = False
        self._serial = 0
        self.rows: list[OccurrenceRow] = []
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.recheck)

        self.caption = label("field-caption", self)
        self.summary = label("body", self)
        self.list_widget = QWidget()
        self.list_widget.setProperty("role", "plan")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.list_widget)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setProperty("role", "plan")
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMinimumWidth(PLAN_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate("BookingDialog", "Dates"))

    @property
    def plan(self) -> Plan | None:
        """The last check's result, while nothing changed since."""
        return self._plan if self._fresh else None

    @property
    def last_plan(self) -> Plan | None:
        """The last check's result, even when a Skip or Move changed since (until the request
        itself changes)."""
        return self._plan

    def resolutions(self) -> dict[datetime, Resolution]:
        """The Skips and Moves chosen, by the date's original start."""
        found: dict[datetime, Resolution] = {}
        for row in self.rows:
            resolution = row.resolution()
            if resolution is not None:
                found[row.original] = resolution
        return found

    # --- checking -------------------------------------------------------------------------

    def forget(self) -> None:
        """The request changed: the dates listed no longer say what would be booked."""
        self._recheck.stop()
        self._serial += 1
        self._plan = None
        self._fresh = False
        self.clear()

    def mark_stale(self) -> None:
        """The dates listed may be out of date (someone else booked meanwhile)."""
        self._fresh = False

    def check(self, request: BookingRequest) -> None:
        """Plan ``request`` on the worker and list its dates."""
        serial = self._serial
        self.context.run(lambda ops: ops.bookings.plan(request),
                         lambda plan: self._show(plan, serial),
                         lambda error: self._check_failed(error, serial))

    def recheck(self) -> None:
        """Check again with the Skips and Moves chosen so far."""
        request = self._request()
        if request is None:
            return
        resolutions = self.resolutions()
        self._serial += 1
        serial = self._serial
        self.context.run(lambda ops: ops.bookings.plan(request, resolutions),
                         lambda plan: self._show(plan, serial),
                         lambda error: self._recheck_failed(error, serial))

    def _row_changed(self) -> None:
        self._fit_width()
        self._fresh = False
        self._serial += 1  # a check already on its way answers the old question
        self.stale.emit()
        self._recheck.start()

    def _show(self, plan: Plan, serial: int) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        self._plan = plan
        self._fresh = True
        by_start = {row.original: row for row in self.rows}
        if set(by_start) != {o.original_starts_at for o in plan.occurrences}:
            self.clear()
            by_start = {}
        for occurrence in plan.occurrences:
            row = by_start.get(occurrence.original_starts_at)
            if row is None:
                row = self._add_row(occurrence, resolvable=True)
            else:
                row.update_occurrence(occurrence)
        self._fit_width()
        self.planned.emit(plan)
        if plan.conflicting:
            first = next(r for r in self.rows if r.occurrence.blocked)
            self.scroll_area.ensureWidgetVisible(first)

    def _add_row(self, occurrence: PlannedOccurrence, *, resolvable: bool) -> OccurrenceRow:
        row = OccurrenceRow(occurrence, self.rooms, self.zone, resolvable)
        if resolvable:
            row.changed.connect(self._row_changed)
        self.list_layout.insertWidget(self.list_layout.count() - 1, row)
        # Shown now, not by the layout's queued show: the list is whole when it is scrolled
        # to the first conflict (and when a test reads it).
        row.show()
        self.rows.append(row)
        return row

    def _recheck_failed(self, error: BaseException, serial: int) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        if isinstance(error, InvalidFieldError) and self.resolutions():
            self.move_refused.emit(error)
            return
        self.failed.emit(error)

    def _check_failed(self, error: BaseException, serial: int) -> None:
        if shiboken6.isValid(self) and serial == self._serial:
            self.failed.emit(error)

    # --- the rows -------------------------------------------------------------------------

    def show_blocked(self, occurrences: Sequence[PlannedOccurrence]) -> None:
        """An edit, approval or cancellation refused: what is in the way, with no Skip or Move
        (the summary of a check has nothing to say here)."""
        self.clear()
        for occurrence in occurrences:
            self._add_row(occurrence, resolvable=False)
        self._fit_width()
        self.show()
        self.caption.show()
        self.scroll_area.show()
        self.summary.hide()

    def clear(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def _fit_width(self) -> None:
        """Widen the list to its widest row (a date being moved has time fields): rows are
        never cut off, and there is no sideways scrolling."""
        widest = max((row.minimumSizeHint().width() for row in self.rows), default=0)
        margins = self.list_layout.contentsMargins()
        needed = (widest + margins.left() + margins.right()
                  + self.scroll_area.verticalScrollBar().sizeHint().width() + 4)
        self.scroll_area.setMinimumWidth(max(PLAN_MIN_WIDTH, needed))
