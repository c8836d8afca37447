"""Reception books a room: once or repeating, checks every date for conflicts, skips or moves
the dates that cannot take place, and books. The same form edits, cancels, approves and
rejects an existing booking and shows its history."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import (
    AuditEntry,
    BookingSummary,
    FloorSummary,
    OrganizationChoice,
    RoomSummary,
)
from kiosk.bookings.booking import Booked, BookingRequest, Move, Plan, Resolution, Scope, Skip
from kiosk.bookings.recurrence import MAX_OCCURRENCES, Frequency, Recurrence, nth_weekday
from kiosk.bookings.rules import (
    MAX_ATTENDEES,
    REASON_LIMIT,
    TITLE_LIMIT,
    BookingConflictError,
    PlannedOccurrence,
)
from kiosk.errors import ErrorCode, InvalidFieldError, ValidationError
from kiosk.models import HOLDING, BookingStatus
from kiosk.operations import Operations
from ui.context import AppContext
from ui.reception.booking.texts import (
    booking_error_text,
    conflict_text,
    long_day,
    status_label,
)
from ui.reception.booking.models import HistoryModel
from ui.texts import something_went_wrong
from ui.widgets import building_moment, is_indonesian, label, repolish
from ui.widgets.times import QuarterHourEdit, default_window

log = logging.getLogger(__name__)

#: A change to a Skip or Move is checked again after this pause (typing a time is several
#: key presses: one check, not five).
RECHECK_MS = 250
DEFAULT_REPEATS = 10
#: The list of dates is at least this wide, in pixels.
PLAN_MIN_WIDTH = 420


@dataclass(frozen=True)
class _Loaded:
    """What the form needs from the database, read in one job."""

    rooms: list[RoomSummary]
    floors: list[FloorSummary]
    organizations: list[OrganizationChoice]
    now: datetime
    booking: BookingSummary | None = None
    history: list[AuditEntry] | None = None


def fill_rooms(combo: QComboBox, rooms: Sequence[RoomSummary], floors: Sequence[FloorSummary],
               seats: str) -> None:
    """Rooms grouped under their floor's heading (headings cannot be chosen), each with its
    seats; ``seats`` is the translated "%n seats"-style text with ``%1`` for the number.
    Keeps the chosen room."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    names = {f.number: (f.name_id if is_indonesian() else f.name_en) for f in floors}
    model = combo.model()
    assert isinstance(model, QStandardItemModel)  # QComboBox's own model
    floor_number = None
    for room in rooms:
        if room.floor_number != floor_number:
            floor_number = room.floor_number
            if combo.count():
                combo.insertSeparator(combo.count())
            heading = QCoreApplication.translate("BookingDialog", "Floor %1").replace(
                "%1", str(floor_number))
            name = names.get(floor_number, "")
            item = QStandardItem((heading + (f" · {name}" if name else "")).upper())
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            model.appendRow(item)
        room_name = room.name_id if is_indonesian() else room.name_en
        combo.addItem(f"{room.code} · {room_name} · {seats.replace('%1', str(room.capacity))}",
                      room.id)
    index = find_data(combo, current) if current is not None else -1
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemData(i) is not None), -1)
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value``, or -1 (``QComboBox.findData`` does
    not compare Python objects such as UUIDs by value)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def _select_room(combo: QComboBox, room_id: uuid.UUID | None) -> None:
    if room_id is None:
        return
    index = find_data(combo, room_id)
    if index >= 0:
        combo.setCurrentIndex(index)


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())



def _narrow(combo: QComboBox, characters: int = 24) -> None:
    """Size a combo box by the layout, not by its longest item (a long organisation name
    would otherwise widen the whole dialog)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)



class OccurrenceRow(QFrame):
    """One date of a planned booking: when and where, and what stands in its way. A date that
    conflicts gets Skip and Move; Move shows a date, times and a room to move it to.

    Signals:
        changed(): the receptionist chose or changed a resolution.
    """

    changed = Signal()

    def __init__(self, occurrence: PlannedOccurrence, dialog: BookingDialog,
                 resolvable: bool = True) -> None:
        super().__init__()
        self.setProperty("role", "occurrence")
        self.dialog = dialog
        self.zone = dialog.zone
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

        panel = QWidget(self)
        start = self.occurrence.starts_at.astimezone(self.zone)
        end = self.occurrence.ends_at.astimezone(self.zone)
        self.move_date = QDateEdit(panel)
        self.move_date.setCalendarPopup(True)
        self.move_date.setDate(_to_qdate(start.date()))
        self.move_start = QuarterHourEdit(panel)
        self.move_end = QuarterHourEdit(panel)
        for edit, moment in ((self.move_start, start), (self.move_end, end)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(moment.hour, moment.minute))
        self.move_until = label("body", panel, wrap=False)
        self.move_room = QComboBox(panel)
        self.move_room.setProperty("role", "touch")
        self.move_room.setMaxVisibleItems(12)
        _narrow(self.move_room, 12)
        self.dialog.fill_room_combo(self.move_room)
        _select_room(self.move_room, self.occurrence.room_id)
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
        panel.hide()
        self.move_panel = panel
        self._layout.addWidget(panel)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.skip_button is not None and self.move_button is not None:
            self.skip_button.setText(self.tr("Skip"))
            self.move_button.setText(self.tr("Move"))
            self.move_until.setText(self.tr("until"))
            self.dialog.fill_room_combo(self.move_room)
        self.update_occurrence(self.occurrence)

    def _resolution_toggled(self, _button: object, _checked: bool) -> None:
        if self.move_panel is not None and self.move_button is not None:
            self.move_panel.setVisible(self.move_button.isChecked())
        self.dialog._fit_plan_width()
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
        room = self.dialog.room(occurrence.room_id)
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


class BookingDialog(QDialog):
    """Book a room, or look after an existing booking.

    New (no ``booking_id``): title, organisation, contact, people, room, date and times, and
    how it repeats. *Check* plans it on the worker and lists every date with what stands in
    its way; each conflicting date is skipped or moved, and *Book* is enabled once every date
    is free. With ``booking_id``: the same form filled in (without repeating), the scope for a
    date of a series, *Save changes*, *Cancel booking*, *Approve* / *Reject* for a booking
    waiting for approval, calendar export, and the booking's history.

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
        self._initial_room = room_id
        self._initial_attendees = attendees
        self._rooms: list[RoomSummary] = []
        self._floors: list[FloorSummary] = []
        self._room_by_id: dict[uuid.UUID, RoomSummary] = {}
        self._loaded = False
        self._busy = False
        self._plan: Plan | None = None
        self._plan_fresh = False
        self._plan_serial = 0
        self._result_text = ""
        self.rows: list[OccurrenceRow] = []
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._replan)
        self._reason_action = ""

        # Given times (a drag in the calendar, a free-room offer) stay as given; otherwise the
        # form shows a placeholder until the operations' clock says what "next" means.
        self._times_given = booking_id is None and starts_at is not None
        if starts_at is None:
            starts_at, default_end = default_window(datetime.now(UTC), self.zone)
            ends_at = ends_at or default_end
        elif ends_at is None:
            ends_at = starts_at + timedelta(hours=2)

        self.form_page = QWidget(self)
        self.result_page = QWidget(self)
        self.result_page.hide()
        self._build_form(starts_at.astimezone(self.zone), ends_at.astimezone(self.zone))
        self._build_result()
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

    def _build_form(self, start: datetime, end: datetime) -> None:
        page = self.form_page
        self.form_title = label("title", page)
        self.booking_state = label("body", page)
        self.booking_state.hide()

        self.title_caption = label("field-caption", page)
        self.title_edit = QLineEdit(page)
        self.title_edit.setMaxLength(TITLE_LIMIT + 20)
        self.title_error = label("error", page)
        self.organization_caption = label("field-caption", page)
        self.organization_combo = QComboBox(page)
        self.organization_combo.setProperty("role", "touch")
        self.organization_combo.setEditable(True)
        self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization_combo.setMaxVisibleItems(12)
        _narrow(self.organization_combo)
        completer = QCompleter(self.organization_combo.model(), self.organization_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organization_combo.setCompleter(completer)
        self.organization_error = label("error", page)
        self.contact_caption = label("field-caption", page)
        self.contact_name_edit = QLineEdit(page)
        self.contact_name_edit.setMaxLength(140)
        self.contact_phone_edit = QLineEdit(page)
        self.contact_phone_edit.setMaxLength(24)
        self.contact_phone_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.contact_error = label("error", page)
        self.attendees_caption = label("field-caption", page)
        self.attendees_spin = QSpinBox(page)
        self.attendees_spin.setRange(1, MAX_ATTENDEES)
        self.attendees_spin.setValue(1)
        self.capacity_label = label("body", page, wrap=False)
        self.attendees_error = label("error", page)
        self.room_caption = label("field-caption", page)
        self.room_combo = QComboBox(page)
        self.room_combo.setProperty("role", "touch")
        self.room_combo.setMaxVisibleItems(14)
        _narrow(self.room_combo)
        self.room_error = label("error", page)
        self.date_caption = label("field-caption", page)
        self.date_edit = QDateEdit(page)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(_to_qdate(start.date()))
        self.time_caption = label("field-caption", page)
        self.start_edit = QuarterHourEdit(page)
        self.end_edit = QuarterHourEdit(page)
        for edit, moment in ((self.start_edit, start), (self.end_edit, end)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(moment.hour, moment.minute))
        self.time_separator = label("body", page, wrap=False)
        self.zone_label = label("body", page, wrap=False)
        self.zone_label.setText(start.tzname() or self.zone.key)
        self.times_error = label("error", page)

        # Repeating (new bookings only).
        self.repeat_box = QFrame(page)
        self.repeat_box.setProperty("role", "section")
        self.repeat_caption = label("field-caption", self.repeat_box)
        self.repeat_combo = QComboBox(self.repeat_box)
        self.repeat_combo.setProperty("role", "touch")
        _narrow(self.repeat_combo, 20)
        for frequency in (None, Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY_BY_DATE,
                          Frequency.MONTHLY_BY_WEEKDAY):
            self.repeat_combo.addItem("", frequency)
        self.weekdays_row = QWidget(self.repeat_box)
        self.weekday_boxes: list[QCheckBox] = []
        weekdays = QHBoxLayout(self.weekdays_row)
        weekdays.setContentsMargins(0, 0, 0, 0)
        for _ in range(7):
            box = QCheckBox(self.weekdays_row)
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        self.ends_row = QWidget(self.repeat_box)
        self.count_radio = QRadioButton(self.ends_row)
        self.count_radio.setChecked(True)
        self.count_spin = QSpinBox(self.ends_row)
        self.count_spin.setRange(1, MAX_OCCURRENCES)
        self.count_spin.setValue(DEFAULT_REPEATS)
        self.count_suffix = label("body", self.ends_row, wrap=False)
        self.until_radio = QRadioButton(self.ends_row)
        self.until_edit = QDateEdit(self.ends_row)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDate(_to_qdate(start.date() + timedelta(days=90)))
        ends = QGridLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.count_radio, 0, 0)
        ends.addWidget(self.count_spin, 0, 1)
        ends.addWidget(self.count_suffix, 0, 2)
        ends.addWidget(self.until_radio, 1, 0)
        ends.addWidget(self.until_edit, 1, 1, 1, 2)
        ends.setColumnStretch(3, 1)
        self.repeat_error = label("error", self.repeat_box)
        repeat = QVBoxLayout(self.repeat_box)
        repeat.setContentsMargins(12, 8, 12, 8)
        repeat_top = QHBoxLayout()
        repeat_top.addWidget(self.repeat_caption)
        repeat_top.addWidget(self.repeat_combo, 1)
        repeat.addLayout(repeat_top)
        repeat.addWidget(self.weekdays_row)
        repeat.addWidget(self.ends_row)
        repeat.addWidget(self.repeat_error)

        # Scope (a date of a series) and the reason for cancelling or rejecting.
        self.scope_box = QFrame(page)
        self.scope_box.setProperty("role", "section")
        self.scope_caption = label("field-caption", self.scope_box)
        self.scope_buttons: dict[Scope, QRadioButton] = {}
        scope = QVBoxLayout(self.scope_box)
        scope.setContentsMargins(12, 8, 12, 8)
        scope.addWidget(self.scope_caption)
        for which in Scope:
            button = QRadioButton(self.scope_box)
            self.scope_buttons[which] = button
            scope.addWidget(button)
        self.scope_buttons[Scope.ONE].setChecked(True)
        self.scope_box.hide()

        self.reason_box = QFrame(page)
        self.reason_box.setProperty("role", "section")
        self.reason_caption = label("field-caption", self.reason_box)
        self.reason_edit = QLineEdit(self.reason_box)
        self.reason_edit.setMaxLength(REASON_LIMIT + 20)
        self.reason_error = label("error", self.reason_box)
        self.reason_back_button = QPushButton(self.reason_box)
        self.reason_back_button.setAutoDefault(False)
        self.reason_back_button.clicked.connect(self._hide_reason)
        self.reason_confirm_button = QPushButton(self.reason_box)
        self.reason_confirm_button.setProperty("role", "danger")
        self.reason_confirm_button.setAutoDefault(False)
        self.reason_confirm_button.clicked.connect(self._confirm_reason)
        self.reason_edit.returnPressed.connect(self._confirm_reason)
        reason = QVBoxLayout(self.reason_box)
        reason.setContentsMargins(12, 8, 12, 8)
        reason.addWidget(self.reason_caption)
        reason.addWidget(self.reason_edit)
        reason.addWidget(self.reason_error)
        reason_buttons = QHBoxLayout()
        reason_buttons.addStretch(1)
        reason_buttons.addWidget(self.reason_back_button)
        reason_buttons.addWidget(self.reason_confirm_button)
        reason.addLayout(reason_buttons)
        self.reason_box.hide()

        # The plan: every date and what stands in its way.
        self.plan_caption = label("field-caption", page)
        self.plan_summary = label("body", page)
        self.plan_list = QWidget()
        self.plan_list.setProperty("role", "plan")
        self.plan_layout = QVBoxLayout(self.plan_list)
        self.plan_layout.setContentsMargins(0, 0, 4, 0)
        self.plan_layout.setSpacing(6)
        self.plan_layout.addStretch(1)
        self.plan_scroll = QScrollArea(page)
        self.plan_scroll.setWidgetResizable(True)
        self.plan_scroll.setWidget(self.plan_list)
        self.plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_scroll.setProperty("role", "plan")
        self.plan_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_scroll.setMinimumWidth(PLAN_MIN_WIDTH)

        # History (existing bookings).
        self.history_caption = label("field-caption", page)
        self.history_model = HistoryModel(self.zone, self)
        self.history_view = QTableView(page)
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setMinimumHeight(140)

        self.status = label("error", page)
        self.notice = label("notice", page)
        self.notice.hide()

        self.close_button = QPushButton(page)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.export_button = QPushButton(page)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_ics)
        self.export_button.hide()
        self.cancel_booking_button = QPushButton(page)
        self.cancel_booking_button.setAutoDefault(False)
        self.cancel_booking_button.clicked.connect(lambda: self._ask_reason("cancel"))
        self.reject_button = QPushButton(page)
        self.reject_button.setAutoDefault(False)
        self.reject_button.clicked.connect(lambda: self._ask_reason("reject"))
        self.approve_button = QPushButton(page)
        self.approve_button.setAutoDefault(False)
        self.approve_button.clicked.connect(self.approve)
        self.check_button = QPushButton(page)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.book_button = QPushButton(page)
        self.book_button.setProperty("role", "primary")
        self.book_button.clicked.connect(self.book)
        self.save_button = QPushButton(page)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_changes)

        # Any change to what is booked when and where makes the last check stale. The title
        # and the contact change nothing the check looked at: the dates, with their skips
        # and moves, stay (the booking is checked again when it is saved anyway).
        self.title_edit.textEdited.connect(
            lambda: self._show_error(self.title_error, "", self.title_edit))
        for line in (self.contact_name_edit, self.contact_phone_edit):
            line.textEdited.connect(lambda: self._show_error(self.contact_error, ""))
        self.organization_combo.currentTextChanged.connect(self._request_changed)
        self.organization_combo.currentTextChanged.connect(
            lambda: self._show_error(self.organization_error, "", self.organization_combo))
        self.attendees_spin.valueChanged.connect(self._request_changed)
        self.attendees_spin.valueChanged.connect(
            lambda: self._show_error(self.attendees_error, "", self.attendees_spin))
        self.room_combo.currentIndexChanged.connect(self._room_changed)
        for when in (self.date_edit, self.start_edit, self.end_edit):
            when.dateTimeChanged.connect(self._request_changed)
            when.dateTimeChanged.connect(
                lambda: self._show_error(self.times_error, "", self.end_edit))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self._request_changed)
        for widget in (self.count_radio, self.until_radio):
            widget.toggled.connect(self._request_changed)
        self.count_spin.valueChanged.connect(self._request_changed)
        self.until_edit.dateChanged.connect(self._request_changed)
        self.reason_edit.textEdited.connect(
            lambda: self._show_error(self.reason_error, "", self.reason_edit))
        for error in (self.title_error, self.organization_error, self.contact_error,
                      self.attendees_error, self.room_error, self.times_error,
                      self.repeat_error, self.reason_error, self.status):
            error.hide()

        # Left: the booking. Right: how it repeats and what the check found (new), or the
        # scope, the reason and the history (existing).
        times = QHBoxLayout()
        times.setSpacing(8)
        times.addWidget(self.start_edit)
        times.addWidget(self.time_separator)
        times.addWidget(self.end_edit)
        times.addWidget(self.zone_label)
        times.addStretch(1)
        day = QHBoxLayout()
        day.addWidget(self.date_edit)
        day.addStretch(1)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_name_edit, 3)
        contact.addWidget(self.contact_phone_edit, 2)
        people = QHBoxLayout()
        people.setSpacing(12)
        people.addWidget(self.attendees_spin)
        people.addWidget(self.capacity_label, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[QLabel, QWidget | QHBoxLayout, QLabel | None]] = [
            (self.title_caption, self.title_edit, self.title_error),
            (self.organization_caption, self.organization_combo, self.organization_error),
            (self.contact_caption, contact, self.contact_error),
            (self.room_caption, self.room_combo, self.room_error),
            (self.attendees_caption, people, self.attendees_error),
            (self.date_caption, day, None),
            (self.time_caption, times, self.times_error),
        ]
        row = 0
        for caption, field, message in rows:
            caption.setWordWrap(False)
            grid.addWidget(caption, row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
            row += 1
            if message is not None:
                grid.addWidget(message, row, 1)
                row += 1
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(grid)
        left.addWidget(self.repeat_box)
        left.addWidget(self.scope_box)
        left.addWidget(self.reason_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.plan_caption)
        right.addWidget(self.plan_summary)
        right.addWidget(self.plan_scroll, 3)
        right.addWidget(self.history_caption)
        right.addWidget(self.history_view, 2)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_booking_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.save_button)
        head = QHBoxLayout()
        head.addWidget(self.form_title)
        head.addWidget(self.booking_state, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._repeat_changed()

    def _build_result(self) -> None:
        page = self.result_page
        self.result_title = label("title", page)
        self.result_label = label("subtitle", page)
        self.result_close_button = QPushButton(page)
        self.result_close_button.setProperty("role", "primary")
        self.result_close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.result_close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _set_editing(self, editing: bool) -> None:
        self.repeat_box.setVisible(not editing)
        self.check_button.setVisible(not editing)
        self.book_button.setVisible(not editing)
        self.plan_caption.setVisible(not editing)
        self.plan_summary.setVisible(not editing)
        self.plan_scroll.setVisible(not editing)
        self.history_caption.setVisible(editing)
        self.history_view.setVisible(editing)
        for button in (self.save_button, self.cancel_booking_button):
            button.setVisible(editing)
        self.approve_button.hide()
        self.reject_button.hide()

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
        self.title_caption.setText(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example: Halal certification training"))
        self.organization_caption.setText(self.tr("Organisation"))
        line = self.organization_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Optional: type to search"))
        self.contact_caption.setText(self.tr("Contact"))
        self.contact_name_edit.setPlaceholderText(self.tr("Name"))
        self.contact_phone_edit.setPlaceholderText(self.tr("Phone"))
        self.attendees_caption.setText(self.tr("People"))
        self.room_caption.setText(self.tr("Room"))
        self.date_caption.setText(self.tr("Date"))
        self.time_caption.setText(self.tr("Time"))
        self.time_separator.setText(self.tr("until"))
        locale = QLocale()
        for edit in (self.date_edit, self.until_edit):
            edit.setLocale(locale)
        # "Kam, 26 Nov 2026": the weekday matters, and the long format is too wide here.
        self.date_edit.setDisplayFormat("ddd, d MMM yyyy")
        for row in self.rows:
            if row.move_panel is not None:
                row.move_date.setLocale(locale)
        self.until_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.repeat_caption.setText(self.tr("Repeat"))
        for index, weekday in enumerate(self.weekday_boxes):
            weekday.setText(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
        self.count_radio.setText(self.tr("Ends after"))
        self.count_suffix.setText(self.tr("times"))
        self.until_radio.setText(self.tr("Ends on"))
        self._name_repeats()
        self.scope_caption.setText(self.tr("This booking is one date of a series. Apply to:"))
        self.scope_buttons[Scope.ONE].setText(self.tr("Only this date"))
        self.scope_buttons[Scope.FOLLOWING].setText(self.tr("This date and the following ones"))
        self.scope_buttons[Scope.ALL].setText(self.tr("All dates of the series"))
        self._name_reason()
        self.plan_caption.setText(self.tr("Dates"))
        self.history_caption.setText(self.tr("History"))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setText(self.tr("Export to calendar (.ics)"))
        self.cancel_booking_button.setText(self.tr("Cancel booking"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self.check_button.setText(self.tr("Check"))
        self.book_button.setText(self.tr("Book"))
        self.save_button.setText(self.tr("Save changes"))
        self.result_close_button.setText(self.tr("Close"))
        self.history_model.retranslate()
        if self._rooms:
            self.fill_room_combo(self.room_combo)
        self._show_capacity()
        self._show_plan_summary()
        self._show_booking_state()

    def _name_repeats(self) -> None:
        day = _from_qdate(self.date_edit.date())
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        nth = nth_weekday(day)
        monthly_weekday = {
            1: self.tr("Every month, on the first %1"),
            2: self.tr("Every month, on the second %1"),
            3: self.tr("Every month, on the third %1"),
            4: self.tr("Every month, on the fourth %1"),
        }.get(nth, self.tr("Every month, on the last %1")).replace("%1", weekday)
        texts = [self.tr("Does not repeat"), self.tr("Every day"),
                 self.tr("Every week, on the days ticked"),
                 self.tr("Every month, on day %1").replace("%1", str(day.day)),
                 monthly_weekday]
        for index, text in enumerate(texts):
            self.repeat_combo.setItemText(index, text)

    def _name_reason(self) -> None:
        if self._reason_action == "reject":
            self.reason_caption.setText(self.tr("Reason for rejecting (required, the "
                                                "organiser will be told)"))
            self.reason_confirm_button.setText(self.tr("Reject booking"))
        else:
            self.reason_caption.setText(self.tr("Reason for cancelling (optional)"))
            self.reason_confirm_button.setText(self.tr("Cancel booking"))
        self.reason_back_button.setText(self.tr("Back"))

    def seats_text(self) -> str:
        return self.tr("%1 seats")

    def fill_room_combo(self, combo: QComboBox) -> None:
        fill_rooms(combo, self._rooms, self._floors, self.seats_text())

    def room(self, room_id: uuid.UUID) -> RoomSummary | None:
        return self._room_by_id.get(room_id)

    def _show_capacity(self) -> None:
        room_id = self.room_combo.currentData()
        room = self._room_by_id.get(room_id) if isinstance(room_id, uuid.UUID) else None
        self.capacity_label.setText(
            self.tr("The room has %1 seats").replace("%1", str(room.capacity)) if room else "")
        if room is not None:
            self.attendees_spin.setToolTip(self.capacity_label.text())

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
        self._rooms = loaded.rooms
        self._floors = loaded.floors
        self._room_by_id = {r.id: r for r in loaded.rooms}
        combo = self.organization_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for organization in loaded.organizations:
            combo.addItem(organization.name, organization.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.fill_room_combo(self.room_combo)
        booking = loaded.booking
        if booking is not None:
            self._fill_from(booking)
            self.history_model.set_rows(loaded.history or [])
            self.history_view.resizeColumnsToContents()
            self.export_button.show()
        else:
            _select_room(self.room_combo, self._initial_room)
            if self._initial_attendees is not None:
                self.attendees_spin.setValue(self._initial_attendees)
            if not self._times_given:
                start, end = default_window(loaded.now, self.zone)
                self.date_edit.setDate(_to_qdate(start.date()))
                self.start_edit.setTime(QTime(start.hour, start.minute))
                self.end_edit.setTime(QTime(end.hour, end.minute))
            today = loaded.now.astimezone(self.zone).date()
            if _from_qdate(self.date_edit.date()) >= today:
                # A past date given by the calendar stays, and the check says it is past;
                # silently moving it to today would book a day nobody chose.
                self.date_edit.setMinimumDate(_to_qdate(today))
            self.until_edit.setMinimumDate(_to_qdate(today))
        self._loaded = True
        self._show_capacity()
        self._request_changed()
        self._update_buttons()
        self.title_edit.setFocus()

    def _load_failed(self, error: BaseException) -> None:
        log.error("the booking form could not load", exc_info=error)
        if shiboken6.isValid(self):
            self._show_error(self.status, something_went_wrong())

    def _fill_from(self, booking: BookingSummary) -> None:
        self.booking = booking
        self.title_edit.setText(booking.title)
        index = find_data(self.organization_combo, booking.organization_id)
        if index < 0 and booking.organization_id is not None:
            # Not one of the tenants, agencies and partners offered: keep it, never drop it.
            self.organization_combo.addItem(booking.organization, booking.organization_id)
            index = self.organization_combo.count() - 1
        self.organization_combo.setCurrentIndex(max(index, 0))
        self.contact_name_edit.setText(booking.contact_name)
        self.contact_phone_edit.setText(booking.contact_phone)
        if find_data(self.room_combo, booking.room_id) < 0:
            # A room no longer bookable: shown as it is, so saving says so instead of moving
            # the booking to whichever room comes first.
            language = "id" if is_indonesian() else "en"
            self.room_combo.addItem(f"{booking.room_code} · {booking.room_name(language)}",
                                    booking.room_id)
        _select_room(self.room_combo, booking.room_id)
        self.attendees_spin.setValue(booking.attendees)
        start = booking.starts_at.astimezone(self.zone)
        end = booking.ends_at.astimezone(self.zone)
        self.date_edit.setDate(_to_qdate(start.date()))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.scope_box.setVisible(booking.repeating)
        pending = booking.status is BookingStatus.PENDING
        self.approve_button.setVisible(pending)
        self.reject_button.setVisible(pending)
        self._show_booking_state()

    # --- the request ----------------------------------------------------------------------

    def _room_changed(self) -> None:
        self._show_capacity()
        self._show_error(self.room_error, "", self.room_combo)
        self._request_changed()

    def _date_changed(self) -> None:
        weekday = _from_qdate(self.date_edit.date()).weekday()
        for index, box in enumerate(self.weekday_boxes):
            if index == weekday:
                box.setChecked(True)
            elif not box.isEnabled():
                box.setChecked(False)  # the day of the date before, ticked for it
            box.setEnabled(index != weekday)  # the first date's day is always one of them
        self._name_repeats()

    def _repeat_changed(self) -> None:
        frequency = self.repeat_combo.currentData()
        self.weekdays_row.setVisible(frequency == Frequency.WEEKLY)
        self.ends_row.setVisible(bool(frequency))
        self._date_changed()
        self._show_error(self.repeat_error, "")
        self._request_changed()

    def recurrence(self) -> Recurrence | None:
        data = self.repeat_combo.currentData()
        if not data:
            return None
        frequency = Frequency(data)  # Qt keeps the enum as its string
        weekdays = tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
        if self.count_radio.isChecked():
            return Recurrence(frequency, weekdays=weekdays, count=self.count_spin.value())
        return Recurrence(frequency, weekdays=weekdays,
                          until=_from_qdate(self.until_edit.date()))

    def _organization_id(self) -> uuid.UUID | None:
        combo = self.organization_combo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise InvalidFieldError("organization", ErrorCode.UNKNOWN_ORGANIZATION)
        found = combo.itemData(index)
        return found if isinstance(found, uuid.UUID) else None

    def request(self) -> BookingRequest:
        """What the form says, times in the building's zone as aware UTC. Raises
        :class:`InvalidFieldError` for an organisation not in the list or no room."""
        room_id = self.room_combo.currentData()
        if not isinstance(room_id, uuid.UUID):
            raise InvalidFieldError("room", ErrorCode.UNKNOWN_ROOM)
        day = self.date_edit.date()
        return BookingRequest(
            room_id=room_id,
            title=self.title_edit.text(),
            starts_at=building_moment(day, self.start_edit.time(), self.zone),
            ends_at=building_moment(day, self.end_edit.time(), self.zone),
            attendees=self.attendees_spin.value(),
            organization_id=self._organization_id(),
            contact_name=self.contact_name_edit.text(),
            contact_phone=self.contact_phone_edit.text(),
            recurrence=self.recurrence() if self.booking_id is None else None,
        )

    def scope(self) -> Scope:
        for which, button in self.scope_buttons.items():
            if button.isChecked() and self.scope_box.isVisible():
                return which
        return Scope.ONE

    def resolutions(self) -> dict[datetime, Resolution]:
        found: dict[datetime, Resolution] = {}
        for row in self.rows:
            resolution = row.resolution()
            if resolution is not None:
                found[row.original] = resolution
        return found

    @property
    def busy(self) -> bool:
        """Something is being saved on the worker."""
        return self._busy

    @property
    def plan(self) -> Plan | None:
        """The last check's result, while the form has not changed since."""
        return self._plan if self._plan_fresh else None

    # --- checking and booking -------------------------------------------------------------

    def _request_changed(self) -> None:
        """The request changed: the dates listed no longer say what would be booked."""
        if self.booking_id is not None:
            return
        self._recheck.stop()
        self._plan_serial += 1
        self._plan = None
        self._plan_fresh = False
        self._clear_rows()
        self._show_plan_summary()
        self._update_buttons()

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def _update_buttons(self) -> None:
        ready = self._loaded and not self._busy
        self.check_button.setEnabled(ready)
        plan = self.plan
        self.book_button.setEnabled(ready and plan is not None and not plan.conflicting)
        active = self.booking is not None and self.booking.status in HOLDING
        for button in (self.save_button, self.cancel_booking_button, self.approve_button,
                       self.reject_button, self.reason_confirm_button):
            button.setEnabled(ready and active)
        self.export_button.setEnabled(ready)
        if plan is not None and not plan.conflicting:
            self.book_button.setDefault(True)
        elif self.booking_id is None:
            self.check_button.setDefault(True)
        else:
            self.save_button.setDefault(True)

    def _request_or_errors(self) -> BookingRequest | None:
        self._clear_errors()
        try:
            return self.request()
        except InvalidFieldError as error:
            self._show_field_error(error.error.field, error.error.code)
            return None

    def check(self) -> None:
        """Plan the request on the worker and list every date with its conflicts."""
        if not self._loaded or self._busy:
            return
        request = self._request_or_errors()
        if request is None:
            return
        self._request_changed()
        serial = self._plan_serial
        self.context.run(lambda ops: ops.bookings.plan(request),
                         lambda plan: self._show_plan(plan, serial),
                         lambda error: self._plan_failed(error, serial))

    def _replan(self) -> None:
        """Check again with the Skips and Moves chosen so far."""
        request = self._request_or_errors()
        if request is None:
            return
        resolutions = self.resolutions()
        self._plan_serial += 1
        serial = self._plan_serial
        self.context.run(lambda ops: ops.bookings.plan(request, resolutions),
                         lambda plan: self._show_plan(plan, serial),
                         lambda error: self._replan_failed(error, serial))

    def _resolution_changed(self) -> None:
        self._plan_fresh = False
        self._plan_serial += 1  # a check already on its way answers the old question
        self._update_buttons()
        self._show_error(self.status, "")
        self._recheck.start()

    def _show_plan(self, plan: Plan, serial: int) -> None:
        if not shiboken6.isValid(self) or serial != self._plan_serial:
            return
        self._plan = plan
        self._plan_fresh = True
        by_start = {row.original: row for row in self.rows}
        if set(by_start) != {o.original_starts_at for o in plan.occurrences}:
            self._clear_rows()
            by_start = {}
        for occurrence in plan.occurrences:
            row = by_start.get(occurrence.original_starts_at)
            if row is None:
                row = OccurrenceRow(occurrence, self)
                row.changed.connect(self._resolution_changed)
                self.plan_layout.insertWidget(self.plan_layout.count() - 1, row)
                # Shown now, not by the layout's queued show: the list is whole when it
                # is scrolled to the first conflict (and when a test reads it).
                row.show()
                self.rows.append(row)
            else:
                row.update_occurrence(occurrence)
        self._fit_plan_width()
        self._show_plan_summary()
        self._update_buttons()
        if not plan.conflicting:
            self.book_button.setFocus()
        else:
            first = next(r for r in self.rows if r.occurrence.blocked)
            self.plan_scroll.ensureWidgetVisible(first)

    def _fit_plan_width(self) -> None:
        """Widen the list to its widest row (a date being moved has time fields): rows are
        never cut off, and there is no sideways scrolling."""
        widest = max((row.minimumSizeHint().width() for row in self.rows), default=0)
        margins = self.plan_layout.contentsMargins()
        needed = (widest + margins.left() + margins.right()
                  + self.plan_scroll.verticalScrollBar().sizeHint().width() + 4)
        self.plan_scroll.setMinimumWidth(max(PLAN_MIN_WIDTH, needed))

    def _replan_failed(self, error: BaseException, serial: int) -> None:
        """A Move the domain refuses (the end before the start, a room too small): said
        under the list, since the form itself was fine when it was checked."""
        if not shiboken6.isValid(self) or serial != self._plan_serial:
            return
        if isinstance(error, InvalidFieldError) and self.resolutions():
            try:
                text = booking_error_text(error.error.field, error.error.code)
            except KeyError:
                text = something_went_wrong()
            self._show_error(self.status, self.tr("A moved date: %1").replace("%1", text))
            return
        self._failed(error)

    def _plan_failed(self, error: BaseException, serial: int) -> None:
        if not shiboken6.isValid(self) or serial != self._plan_serial:
            return
        self._failed(error)

    def _show_plan_summary(self) -> None:
        plan = self._plan
        if plan is None:
            self.plan_summary.setText(self.tr("Press Check to see every date and anything "
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
        self.plan_summary.setText(text)
        if plan.status is BookingStatus.PENDING:
            self.notice.setText(self.tr("This room needs approval: the booking will be "
                                        "waiting for approval until a manager approves it."))
            self.notice.show()
        else:
            self.notice.hide()

    def book(self) -> None:
        """Book what was checked, with its Skips and Moves."""
        plan = self.plan
        if self._busy or plan is None or plan.conflicting:
            return
        request = self._request_or_errors()
        if request is None:
            return
        resolutions = self.resolutions()
        actor = self.context.settings.device_name
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
        self.result_title.setText(title)
        self.result_label.setText(text)
        self._result_text = text
        self.form_page.hide()
        self.result_page.show()
        self.result_close_button.setDefault(True)
        self.result_close_button.setFocus()
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
        log.error("booking failed", exc_info=error)
        self._show_error(self.status, something_went_wrong())

    def _show_conflicts(self, error: BookingConflictError) -> None:
        if self.booking_id is None:
            # Someone else was quicker: check again, with the choices made so far.
            self._plan_fresh = False
            self._update_buttons()
            self._replan()
            self._show_error(self.status, self.tr(
                "Meanwhile someone else booked the room: the dates were checked again."))
            return
        # An edit, approval or cancellation: show what is in the way; no Skip or Move here.
        self._clear_rows()
        for occurrence in error.occurrences:
            row = OccurrenceRow(occurrence, self, resolvable=False)
            self.plan_layout.insertWidget(self.plan_layout.count() - 1, row)
            self.rows.append(row)
        self._fit_plan_width()
        self.plan_caption.show()
        self.plan_scroll.show()
        self.plan_summary.hide()
        self._show_error(self.status, self.tr(
            "The new time is not free: change the time or the room."))

    # --- existing bookings ----------------------------------------------------------------

    def save_changes(self) -> None:
        if self._busy or self.booking_id is None:
            return
        request = self._request_or_errors()
        if request is None:
            return
        booking_id, scope = self.booking_id, self.scope()
        actor = self.context.settings.device_name
        self._set_busy(True)
        self.context.run(lambda ops: ops.bookings.edit(booking_id, request, scope, actor),
                         lambda ids: self._done(self.tr("Changes saved"), ids), self._failed)

    def approve(self) -> None:
        if self._busy or self.booking_id is None:
            return
        self._clear_errors()
        booking_id, scope = self.booking_id, self.scope()
        actor = self.context.settings.device_name
        self._set_busy(True)
        self.context.run(lambda ops: ops.bookings.approve(booking_id, scope, actor),
                         lambda ids: self._done(self.tr("Approved"), ids), self._failed)

    def _ask_reason(self, action: str) -> None:
        self._reason_action = action
        self._name_reason()
        self.reason_edit.clear()
        self._show_error(self.reason_error, "", self.reason_edit)
        self.reason_box.show()
        self.reason_edit.setFocus()

    def _hide_reason(self) -> None:
        self.reason_box.hide()
        self._reason_action = ""

    def _confirm_reason(self) -> None:
        if self._busy or self.booking_id is None or not self._reason_action:
            return
        self._clear_errors()
        booking_id, scope = self.booking_id, self.scope()
        reason = self.reason_edit.text()
        actor = self.context.settings.device_name
        self._set_busy(True)
        if self._reason_action == "reject":
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
        iCalendar file chosen by the receptionist; written on the worker."""
        booking = self.booking
        if booking is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to calendar"),
            f"{booking.starts_at.astimezone(self.zone):%Y-%m-%d}-{booking.room_code}.ics",
            self.tr("Calendar files (*.ics)"))
        if not path:
            return
        whole = booking.repeating and self.scope() is not Scope.ONE
        booking_id = booking.id

        def job(ops: Operations) -> str:
            data = ops.bookings.ics(booking_id, whole)
            Path(path).write_bytes(data)
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
        places: dict[str, tuple[QLabel, QWidget | None]] = {
            "title": (self.title_error, self.title_edit),
            "organization": (self.organization_error, self.organization_combo),
            "contact_name": (self.contact_error, self.contact_name_edit),
            "contact_phone": (self.contact_error, self.contact_phone_edit),
            "attendees": (self.attendees_error, self.attendees_spin),
            "room": (self.room_error, self.room_combo),
            "starts_at": (self.times_error, self.start_edit),
            "ends_at": (self.times_error, self.end_edit),
            "recurrence": (self.repeat_error, None),
            "reason": (self.reason_error, self.reason_edit),
        }
        where, widget = places.get(field, (self.status, None))
        if field == "recurrence" and not self.repeat_box.isVisible():
            where = self.status
        self._show_error(where, text, widget)
        if widget is not None and field != "reason":
            widget.setFocus()

    def _show_error(self, where: QLabel, text: str, field: QWidget | None = None) -> None:
        where.setText(text)
        where.setVisible(bool(text))
        if field is not None:
            repolish(field, "invalid", bool(text))

    def _clear_errors(self) -> None:
        self._show_error(self.title_error, "", self.title_edit)
        self._show_error(self.organization_error, "", self.organization_combo)
        self._show_error(self.contact_error, "", self.contact_name_edit)
        repolish(self.contact_phone_edit, "invalid", False)
        self._show_error(self.attendees_error, "", self.attendees_spin)
        self._show_error(self.room_error, "", self.room_combo)
        self._show_error(self.times_error, "", self.end_edit)
        repolish(self.start_edit, "invalid", False)
        self._show_error(self.repeat_error, "")
        self._show_error(self.reason_error, "", self.reason_edit)
        self._show_error(self.status, "")

    @property
    def result_text(self) -> str:
        """What the result page says, once something was saved."""
        return self._result_text


__all__ = ["BookingDialog", "OccurrenceRow", "fill_rooms"]
