"""Reception closes the building, a floor or a room to bookings for a period (works, an event
of the city), sees the closures of the coming weeks, and lifts one. The same thing as
``gic-kiosk closure`` on the command line (:mod:`kiosk.cli.closure`)."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary, ClosureSummary, FloorSummary, RoomSummary
from kiosk.building.catalogue import floor_id
from kiosk.errors import ErrorCode, InvalidFieldError
from kiosk.models import ClosureScope
from kiosk.operations import Operations
from ui.context import AppContext
from ui.reception.booking.texts import booking_error_text, long_day
from ui.table_model import RowsTableModel
from ui.texts import something_went_wrong
from ui.widgets import building_moment, is_indonesian, label, repolish
from ui.widgets.times import QuarterHourEdit

log = logging.getLogger(__name__)

#: The list shows the closures from today for this many days (as ``gic-kiosk closure list``).
LIST_DAYS = 60
#: Bookings inside a new closure shown without scrolling.
STANDING_ROWS = 5
#: The domain keeps this much of a reason.
REASON_LIMIT = 200



@dataclass(frozen=True)
class Places:
    """What a closure's floor or room id is called: the building's floors and rooms."""

    floors: tuple[FloorSummary, ...] = ()
    rooms: tuple[RoomSummary, ...] = ()

    def floor_number(self, closure: ClosureSummary) -> int | None:
        return next((f.number for f in self.floors if floor_id(f.number) == closure.floor_id),
                    None)

    def room(self, room_id: uuid.UUID | None) -> RoomSummary | None:
        return next((r for r in self.rooms if r.id == room_id), None)


def floor_text(number: int) -> str:
    return QCoreApplication.translate("ClosuresDialog", "Floor %1").replace("%1", str(number))


def room_text(code: str, name_id: str, name_en: str) -> str:
    return f"{code} · {name_id if is_indonesian() else name_en}"


def where_text(closure: ClosureSummary, places: Places) -> str:
    """"Whole building", "Floor 4" or "4.03 · Pamulang Training Room"."""
    if closure.scope == ClosureScope.BUILDING:
        return QCoreApplication.translate("ClosuresDialog", "Whole building")
    if closure.scope == ClosureScope.FLOOR:
        number = places.floor_number(closure)
        if number is None:
            return QCoreApplication.translate("ClosuresDialog", "A floor")
        return floor_text(number)
    room = places.room(closure.room_id)
    if room is None:
        return QCoreApplication.translate("ClosuresDialog", "A room")
    return room_text(room.code, room.name_id, room.name_en)


def day_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11": these lists cover weeks, not years (the tooltip has the year)."""
    local = moment.astimezone(zone)
    locale = QLocale()
    # The short date without its year, in the locale's order: "dd/MM/yy" → "dd/MM".
    day_format = re.sub(r"^y+\W*|\W*y+", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(local.year, local.month, local.day), f"ddd {day_format}")


def moment_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11 07:00"."""
    return f"{day_text(moment, zone)} {moment.astimezone(zone):%H:%M}"


def full_moment_text(moment: datetime, zone: ZoneInfo) -> str:
    """"Senin, 23 November 2026 07:00"."""
    return f"{long_day(moment, zone)} {moment.astimezone(zone):%H:%M}"


def period_text(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11/26 07:00–21:00", or both days when it runs past one."""
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if start.date() == end.date():
        return f"{moment_text(start, zone)}–{end:%H:%M}"
    return f"{moment_text(start, zone)} – {moment_text(end, zone)}"


class ClosuresModel(RowsTableModel):
    """Closures, soonest first: from, until, where and why. :data:`ROW_ROLE` gives the
    :class:`~kiosk.bookings.agenda.ClosureSummary`."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(zone, parent)
        self._places = Places()

    def set_closures(self, closures: Sequence[ClosureSummary], places: Places) -> None:
        self._places = places
        self.set_rows(closures)

    @property
    def closures(self) -> list[ClosureSummary]:
        return list(self._rows)

    def closure_at(self, row: int) -> ClosureSummary | None:
        found: ClosureSummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found

    def row_of(self, closure_id: uuid.UUID) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == closure_id), -1)

    def where(self, closure: ClosureSummary) -> str:
        return where_text(closure, self._places)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ClosuresModel", "From"),
                QCoreApplication.translate("ClosuresModel", "Until"),
                QCoreApplication.translate("ClosuresModel", "Where"),
                QCoreApplication.translate("ClosuresModel", "Reason")]

    def tooltip(self, row: Any, column: int) -> str:
        closure: ClosureSummary = row
        if column in (0, 1):
            return full_moment_text(closure.starts_at if column == 0 else closure.ends_at,
                                    self._zone)
        return self.cell(row, column)

    def cell(self, row: Any, column: int) -> str:
        closure: ClosureSummary = row
        if column == 0:
            return moment_text(closure.starts_at, self._zone)
        if column == 1:
            return moment_text(closure.ends_at, self._zone)
        if column == 2:
            return self.where(closure)
        return closure.reason


class StandingBookingsModel(RowsTableModel):
    """The bookings a new closure covers, which still stand: date, time, room, title and
    organisation. :data:`ROW_ROLE` gives the :class:`~kiosk.bookings.agenda.BookingSummary`."""

    @property
    def bookings(self) -> list[BookingSummary]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("StandingBookingsModel", "Date"),
                QCoreApplication.translate("StandingBookingsModel", "Time"),
                QCoreApplication.translate("StandingBookingsModel", "Room"),
                QCoreApplication.translate("StandingBookingsModel", "Title"),
                QCoreApplication.translate("StandingBookingsModel", "Organisation")]

    def tooltip(self, row: Any, column: int) -> str:
        booking: BookingSummary = row
        if column == 0:
            return long_day(booking.starts_at, self._zone)
        return self.cell(row, column)

    def cell(self, row: Any, column: int) -> str:
        booking: BookingSummary = row
        if column == 0:
            return day_text(booking.starts_at, self._zone)
        if column == 1:
            return (f"{booking.starts_at.astimezone(self._zone):%H:%M}–"
                    f"{booking.ends_at.astimezone(self._zone):%H:%M}")
        if column == 2:
            return room_text(booking.room_code, booking.room_name_id, booking.room_name_en)
        if column == 3:
            return booking.title
        return booking.organization or booking.contact_name or "–"


@dataclass(frozen=True)
class _Loaded:
    """What the dialog needs from the database, read in one job."""

    today: date
    places: Places
    closures: list[ClosureSummary]


@dataclass(frozen=True)
class _Request:
    """A closure as the form says it, checked."""

    scope: ClosureScope
    starts_at: datetime
    ends_at: datetime
    reason: str
    floor_number: int | None
    room_id: uuid.UUID | None


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)




def _table(parent: QWidget, model: QAbstractTableModel, stretch: Sequence[int]) -> QTableView:
    """A read-only list: columns fit their contents, the ``stretch`` ones share the rest."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return view


class ClosuresDialog(QDialog):
    """Close the building, a floor or a room to new bookings for a period, or lift a closure.

    Left, the closures from today for :data:`LIST_DAYS` days; *Lift closure* asks once more,
    in the dialog, before it reopens the selected one. Right, the form for a new closure:
    what to close, from and until when (15-minute steps; by default the given day's opening
    hours) and why. Bookings already inside a new closure are not cancelled: they are listed
    below, for reception to move or cancel. Everything is read and written on the
    database worker.

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
        self._floor_number = floor_number
        self._day = day
        self._today: date | None = None
        self._places = Places()
        self._loaded = False
        self._busy = False
        self._confirming: ClosureSummary | None = None
        self._build()
        self.resize(1200, 760)
        self.retranslate()
        self._scope_changed()
        self._update_buttons()
        self.context.run(self._load_job(None), self._show_loaded, self._load_failed)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = label("title", self)
        self.intro_label = label("body", self)

        # Left: the closures of the coming weeks, and lifting one.
        self.list_caption = label("field-caption", self)
        self.model = ClosuresModel(self.zone, self)
        self.list_view = _table(self, self.model, stretch=(2, 3))
        # A place and a reason may take two lines: the columns share the width.
        self.list_view.setWordWrap(True)
        self.list_view.setMinimumWidth(440)
        self.list_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.list_view.resizeRowsToContents())
        self.empty_label = label("body", self)
        self.empty_label.hide()
        self.list_status = label("notice", self)
        self.list_status.setObjectName("closures-done")
        self.list_status.hide()
        self.lift_button = QPushButton(self)
        self.lift_button.setAutoDefault(False)
        self.lift_button.clicked.connect(self.ask_lift)
        self.confirm_box = QFrame(self)
        self.confirm_box.setProperty("role", "section")
        self.confirm_label = label("body", self.confirm_box)
        self.keep_button = QPushButton(self.confirm_box)
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self._hide_confirm)
        self.confirm_lift_button = QPushButton(self.confirm_box)
        self.confirm_lift_button.setProperty("role", "danger")
        self.confirm_lift_button.setAutoDefault(False)
        self.confirm_lift_button.clicked.connect(self.lift)
        confirm = QVBoxLayout(self.confirm_box)
        confirm.setContentsMargins(12, 8, 12, 8)
        confirm.addWidget(self.confirm_label)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.keep_button)
        confirm_buttons.addWidget(self.confirm_lift_button)
        confirm.addLayout(confirm_buttons)
        self.confirm_box.hide()
        self.lift_error = label("error", self)
        self.lift_error.hide()
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)

        # Right: a new closure.
        self.form = QFrame(self)
        self.form.setProperty("role", "section")
        form = self.form
        self.form_caption = label("section-title", form)
        self.scope_buttons: dict[ClosureScope, QRadioButton] = {}
        self.scope_group = QButtonGroup(self)
        scopes = QHBoxLayout()
        scopes.setSpacing(16)
        for scope in (ClosureScope.BUILDING, ClosureScope.FLOOR, ClosureScope.ROOM):
            button = QRadioButton(form)
            self.scope_buttons[scope] = button
            self.scope_group.addButton(button)
            scopes.addWidget(button)
        scopes.addStretch(1)
        self.scope_buttons[ClosureScope.ROOM].setChecked(True)
        self.floor_caption = label("field-caption", form, wrap=False)
        self.floor_combo = QComboBox(form)
        self.floor_combo.setProperty("role", "touch")
        self.floor_combo.setMaxVisibleItems(12)
        self.floor_combo.addItem("", None)
        self.floor_error = label("error", form)
        self.room_caption = label("field-caption", form, wrap=False)
        self.room_combo = QComboBox(form)
        self.room_combo.setProperty("role", "touch")
        self.room_combo.setMaxVisibleItems(16)
        self.room_combo.addItem("", None)
        for combo in (self.floor_combo, self.room_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        self.room_error = label("error", form)

        first = self._day or datetime.now(UTC).astimezone(self.zone).date()
        hours = self.context.settings.hours
        self.from_caption = label("field-caption", form, wrap=False)
        self.from_date = QDateEdit(form)
        self.from_time = QuarterHourEdit(form)
        self.until_caption = label("field-caption", form, wrap=False)
        self.until_date = QDateEdit(form)
        self.until_time = QuarterHourEdit(form)
        for day_edit in (self.from_date, self.until_date):
            day_edit.setCalendarPopup(True)
            day_edit.setDate(_to_qdate(first))
        for time_edit, at in ((self.from_time, hours.opening),
                              (self.until_time, hours.closing)):
            time_edit.setDisplayFormat("HH:mm")
            time_edit.setTime(QTime(at.hour, at.minute))
        self.zone_label = label("body", form, wrap=False)
        self.until_zone_label = label("body", form, wrap=False)
        self.times_error = label("error", form)
        self.reason_caption = label("field-caption", form, wrap=False)
        self.reason_edit = QLineEdit(form)
        self.reason_edit.setMaxLength(REASON_LIMIT)
        self.reason_error = label("error", form)
        self.add_button = QPushButton(form)
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.reason_edit.returnPressed.connect(self.add)

        for button in self.scope_buttons.values():
            button.toggled.connect(self._scope_changed)
        self.floor_combo.currentIndexChanged.connect(
            lambda: self._show_error(self.floor_error, "", self.floor_combo))
        self.room_combo.currentIndexChanged.connect(
            lambda: self._show_error(self.room_error, "", self.room_combo))
        for when in (self.from_date, self.from_time, self.until_date, self.until_time):
            when.dateTimeChanged.connect(self._times_changed)
        self.from_date.dateChanged.connect(self._from_day_changed)
        self.reason_edit.textEdited.connect(
            lambda: self._show_error(self.reason_error, "", self.reason_edit))

        # Caption | day | time | zone: the two moments line up under each other.
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.addLayout(scopes, 0, 0, 1, 4)
        row = 1
        fields: list[tuple[QLabel, list[QWidget], QLabel | None]] = [
            (self.floor_caption, [self.floor_combo], self.floor_error),
            (self.room_caption, [self.room_combo], self.room_error),
            (self.from_caption, [self.from_date, self.from_time, self.zone_label], None),
            (self.until_caption, [self.until_date, self.until_time, self.until_zone_label],
             self.times_error),
            (self.reason_caption, [self.reason_edit], self.reason_error),
        ]
        for caption, widgets, message in fields:
            grid.addWidget(caption, row, 0)
            if len(widgets) == 1:
                grid.addWidget(widgets[0], row, 1, 1, 3)
            else:
                for column, widget in enumerate(widgets, start=1):
                    grid.addWidget(widget, row, column)
            row += 1
            if message is not None:
                message.hide()
                grid.addWidget(message, row, 1, 1, 3)
                row += 1
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(16, 12, 16, 12)
        form_layout.setSpacing(8)
        form_layout.addWidget(self.form_caption)
        form_layout.addLayout(grid)
        form_layout.addLayout(add_row)
        form_layout.addStretch(1)

        # Below: the bookings a new closure covers, which still stand.
        self.standing_box = QFrame(self)
        self.standing_box.setObjectName("closures-standing")
        self.standing_label = label("notice", self.standing_box)
        self.standing_model = StandingBookingsModel(self.zone, self)
        self.standing_view = _table(self.standing_box, self.standing_model, stretch=(3, 4))
        self.standing_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.standing_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        standing = QVBoxLayout(self.standing_box)
        standing.setContentsMargins(0, 0, 0, 0)
        standing.setSpacing(6)
        standing.addWidget(self.standing_label)
        standing.addWidget(self.standing_view, 1)
        self.standing_box.hide()

        self.status = label("error", self)
        self.status.hide()
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.list_caption)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.empty_label)
        left.addWidget(self.list_status)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.lift_error, 1)
        lift_row.addStretch(0)
        lift_row.addWidget(self.lift_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addLayout(lift_row)
        left.addWidget(self.confirm_box)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 1)
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

        QWidget.setTabOrder(self.list_view, self.lift_button)
        QWidget.setTabOrder(self.lift_button, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.confirm_lift_button)
        QWidget.setTabOrder(self.confirm_lift_button, self.scope_buttons[ClosureScope.BUILDING])

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
        self.list_caption.setText(self.tr("Closures in the next %1 days").replace(
            "%1", str(LIST_DAYS)))
        self.empty_label.setText(self.tr("Nothing is closed in the next %1 days.").replace(
            "%1", str(LIST_DAYS)))
        self.lift_button.setText(self.tr("Lift closure"))
        self.lift_button.setToolTip(self.tr("Open the selected closure to bookings again"))
        self.keep_button.setText(self.tr("Keep it closed"))
        self.confirm_lift_button.setText(self.tr("Yes, lift the closure"))
        self._name_confirm()
        self.form_caption.setText(self.tr("New closure"))
        self.scope_buttons[ClosureScope.BUILDING].setText(self.tr("Whole building"))
        self.scope_buttons[ClosureScope.FLOOR].setText(self.tr("A floor"))
        self.scope_buttons[ClosureScope.ROOM].setText(self.tr("A room"))
        self.floor_caption.setText(self.tr("Floor"))
        self.room_caption.setText(self.tr("Room"))
        self.from_caption.setText(self.tr("From"))
        self.until_caption.setText(self.tr("Until"))
        for zone_label in (self.zone_label, self.until_zone_label):
            zone_label.setText(datetime.now(self.zone).tzname() or self.zone.key)
        self.reason_caption.setText(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("For example: AC repair, city event"))
        self.add_button.setText(self.tr("Close to bookings"))
        self.close_button.setText(self.tr("Done"))
        locale = QLocale()
        for edit in (self.from_date, self.until_date):
            edit.setLocale(locale)
            edit.setDisplayFormat("ddd, d MMM yyyy")
        self._fill_floors()
        self._fill_rooms()
        self.model.retranslate()
        self.standing_model.retranslate()
        self._show_standing_text()

    def _name_confirm(self) -> None:
        closure = self._confirming
        if closure is None:
            self.confirm_label.clear()
            return
        self.confirm_label.setText(
            self.tr("Lift the closure of %1, %2? It can be booked again for that time.")
            .replace("%1", self.model.where(closure))
            .replace("%2", period_text(closure.starts_at, closure.ends_at, self.zone)))

    def _fill_floors(self) -> None:
        combo = self.floor_combo
        current = combo.currentData()
        if current is None and not self._loaded:
            current = self._floor_number
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a floor"), None)
        for floor in self._places.floors:
            name = floor.name_id if is_indonesian() else floor.name_en
            combo.addItem(floor_text(floor.number) + (f" · {name}" if name else ""),
                          floor.number)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_rooms(self) -> None:
        """Rooms grouped under their floor's heading (headings cannot be chosen)."""
        combo = self.room_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a room"), None)
        model = combo.model()
        assert isinstance(model, QStandardItemModel)  # QComboBox's own model
        names = {f.number: (f.name_id if is_indonesian() else f.name_en)
                 for f in self._places.floors}
        floor_number = None
        for room in self._places.rooms:
            if room.floor_number != floor_number:
                floor_number = room.floor_number
                combo.insertSeparator(combo.count())
                name = names.get(floor_number, "")
                heading = floor_text(floor_number) + (f" · {name}" if name else "")
                item = QStandardItem(heading.upper())
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                model.appendRow(item)
            combo.addItem(room_text(room.code, room.name_id, room.name_en), room.id)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
        combo.setCurrentIndex(index if current is not None else 0)
        combo.blockSignals(False)

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
        first_time = not self._loaded
        self._today = loaded.today
        self._places = loaded.places
        self._show_closures(loaded)
        if first_time:
            self._fill_floors()
            self._fill_rooms()
            self._loaded = True
            day = self._day or loaded.today
            hours = self.context.settings.hours
            self.from_date.setDate(_to_qdate(day))
            self.until_date.setDate(_to_qdate(day))
            self.from_time.setTime(QTime(hours.opening.hour, hours.opening.minute))
            self.until_time.setTime(QTime(hours.closing.hour, hours.closing.minute))
            for edit in (self.from_date, self.until_date):
                edit.setMinimumDate(_to_qdate(loaded.today))
            self._update_buttons()

    def _show_closures(self, loaded: _Loaded, select: uuid.UUID | None = None) -> None:
        self._hide_confirm()
        self.model.set_closures(loaded.closures, loaded.places)
        self.list_view.resizeRowsToContents()
        self.empty_label.setVisible(not loaded.closures)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.list_view.selectRow(row)
                self.list_view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        log.error("the closures could not load", exc_info=error)
        if shiboken6.isValid(self):
            self._show_error(self.status, something_went_wrong())

    # --- the form -------------------------------------------------------------------------

    def scope(self) -> ClosureScope:
        return next((s for s, b in self.scope_buttons.items() if b.isChecked()),
                    ClosureScope.ROOM)

    def _scope_changed(self) -> None:
        scope = self.scope()
        self.floor_combo.setEnabled(scope == ClosureScope.FLOOR)
        self.room_combo.setEnabled(scope == ClosureScope.ROOM)
        self._show_error(self.floor_error, "", self.floor_combo)
        self._show_error(self.room_error, "", self.room_combo)

    def _from_day_changed(self, day: QDate) -> None:
        """Moving the start to a later day takes the end along when it would end before."""
        if self.until_date.date() < day:
            self.until_date.setDate(day)

    def _times_changed(self) -> None:
        self._show_error(self.times_error, "", self.until_date)
        repolish(self.until_time, "invalid", False)

    def _request(self) -> _Request:
        scope = self.scope()
        floor = self.floor_combo.currentData()
        room = self.room_combo.currentData()
        return _Request(
            scope=scope,
            starts_at=building_moment(self.from_date.date(), self.from_time.time(), self.zone),
            ends_at=building_moment(self.until_date.date(), self.until_time.time(), self.zone),
            reason=self.reason_edit.text().strip(),
            floor_number=floor if scope == ClosureScope.FLOOR and isinstance(floor, int)
            else None,
            room_id=room if scope == ClosureScope.ROOM and isinstance(room, uuid.UUID)
            else None,
        )

    def _form_errors(self) -> list[tuple[str, ErrorCode]]:
        """Every field that cannot be used, as the domain would name it; the domain checks
        the times again when the closure is saved."""
        request = self._request()
        errors: list[tuple[str, ErrorCode]] = []
        if request.scope == ClosureScope.FLOOR and request.floor_number is None:
            errors.append(("floor", ErrorCode.REQUIRED))
        if request.scope == ClosureScope.ROOM and request.room_id is None:
            errors.append(("room", ErrorCode.REQUIRED))
        if request.ends_at < request.starts_at:
            errors.append(("ends_at", ErrorCode.END_BEFORE_START))
        elif request.ends_at == request.starts_at:
            errors.append(("ends_at", ErrorCode.ZERO_LENGTH))
        if not request.reason:
            errors.append(("reason", ErrorCode.REQUIRED))
        return errors

    # --- adding ---------------------------------------------------------------------------

    def add(self) -> None:
        """Save the closure on the worker, then list the bookings already inside it."""
        if not self._loaded or self._busy:
            return
        self._clear_errors()
        errors = self._form_errors()
        if errors:
            for field, code in errors:
                self._show_field_error(field, code)
            return
        request = self._request()

        def close(ops: Operations) -> tuple[uuid.UUID, list[BookingSummary]]:
            return ops.bookings.close(request.scope, request.starts_at, request.ends_at,
                                      request.reason, floor_number=request.floor_number,
                                      room_id=request.room_id)

        self._set_busy(True)
        self.context.run(self._load_job(close), self._added, self._failed)

    def _added(self, result: tuple[tuple[uuid.UUID, list[BookingSummary]], _Loaded]) -> None:
        if not shiboken6.isValid(self):
            log.info("a closure was added after its dialog closed")
            return
        (closure_id, inside), loaded = result
        self._set_busy(False)
        self._places = loaded.places
        self._show_closures(loaded, select=closure_id)
        self.standing_model.set_rows(inside)
        self.standing_view.setVisible(bool(inside))
        self._fit_standing()
        self.standing_box.show()
        self._show_standing_text()
        self.list_status.hide()
        self.reason_edit.clear()
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
        repolish(self.standing_label, "state", "standing" if count else "clear")

    # --- lifting --------------------------------------------------------------------------

    def selected(self) -> ClosureSummary | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.model.closure_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                           ) -> None:
        if self._confirming is not None and self.selected() != self._confirming:
            self._hide_confirm()
        self._show_error(self.lift_error, "")
        self._update_buttons()

    def ask_lift(self) -> None:
        """Ask, in the dialog, whether to lift the selected closure."""
        closure = self.selected()
        if closure is None or self._busy:
            return
        self._confirming = closure
        self._name_confirm()
        self.confirm_box.show()
        self.list_status.hide()
        self.keep_button.setFocus()
        self._update_buttons()

    def _hide_confirm(self) -> None:
        self._confirming = None
        self.confirm_box.hide()
        self._update_buttons()

    def lift(self) -> None:
        """Lift the closure asked about (after :meth:`ask_lift`)."""
        closure = self._confirming
        if closure is None or self._busy:
            return
        closure_id = closure.id
        where = self.model.where(closure)
        period = period_text(closure.starts_at, closure.ends_at, self.zone)

        def reopen(ops: Operations) -> None:
            ops.bookings.reopen(closure_id)

        self._set_busy(True)
        self.context.run(self._load_job(reopen),
                         lambda result: self._lifted(result, where, period),
                         self._lift_failed)

    def _lifted(self, result: tuple[None, _Loaded], where: str, period: str) -> None:
        if not shiboken6.isValid(self):
            return
        _, loaded = result
        self._set_busy(False)
        self._places = loaded.places
        self._show_closures(loaded)
        self.list_status.setText(self.tr("Lifted: %1, %2. It can be booked again.")
                                 .replace("%1", where).replace("%2", period))
        self.list_status.show()
        self.changed.emit()

    def _lift_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self._hide_confirm()
        if isinstance(error, InvalidFieldError) and error.error.field == "closure":
            # Lifted meanwhile (another desk, the command line): show the list as it is now.
            self._show_error(self.lift_error, self.tr("This closure was already lifted."))
            self.context.run(self._load_job(None), self._show_loaded, self._load_failed)
            return
        log.error("lifting a closure failed", exc_info=error)
        self._show_error(self.lift_error, something_went_wrong())

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
        self.add_button.setEnabled(ready)
        self.lift_button.setEnabled(ready and self.selected() is not None
                                    and self._confirming is None)
        self.confirm_lift_button.setEnabled(ready and self._confirming is not None)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, InvalidFieldError):
            self._show_field_error(error.error.field, error.error.code)
            return
        log.error("adding a closure failed", exc_info=error)
        self._show_error(self.status, something_went_wrong())

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
        places: dict[str, tuple[QLabel, QWidget | None]] = {
            "floor": (self.floor_error, self.floor_combo),
            "room": (self.room_error, self.room_combo),
            "starts_at": (self.times_error, self.until_date),
            "ends_at": (self.times_error, self.until_date),
            "reason": (self.reason_error, self.reason_edit),
        }
        where, widget = places.get(field, (self.status, None))
        self._show_error(where, self.field_error_text(field, code), widget)
        if field == "ends_at":
            repolish(self.until_time, "invalid", True)

    def _show_error(self, where: QLabel, text: str, field: QWidget | None = None) -> None:
        where.setText(text)
        where.setVisible(bool(text))
        if field is not None:
            repolish(field, "invalid", bool(text))

    def _clear_errors(self) -> None:
        self._show_error(self.floor_error, "", self.floor_combo)
        self._show_error(self.room_error, "", self.room_combo)
        self._show_error(self.times_error, "", self.until_date)
        repolish(self.until_time, "invalid", False)
        self._show_error(self.reason_error, "", self.reason_edit)
        self._show_error(self.status, "")


__all__ = ["ClosuresDialog", "ClosuresModel", "Places", "StandingBookingsModel"]
