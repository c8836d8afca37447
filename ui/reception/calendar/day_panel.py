"""The "Calendar" tab: a floor chooser, the day bar and the floor's day grid, with its legend,
the closures and the day's printed schedules."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.bookings.agenda import DayGrid, FloorSummary
from kiosk.db.changes import Change
from ui.context import AppContext
from ui.reception.calendar.day_grid import DayGridView
from ui.reception.calendar.models import DayGridModel, language
from ui.reception.calendar.paint import block_fill, block_pen, buffer_pen, pending_hatch
from ui.reception.calendar.panel import CalendarPanel, while_alive
from ui.reception.closures.dialog import ClosuresDialog
from ui.reception.schedule_printing import SchedulePrinting
from ui.widgets import label

if TYPE_CHECKING:
    from kiosk.operations import Operations

#: How often the red "now" line moves, in seconds.
NOW_LINE_SECONDS = 60


class DayGridLegend(QWidget):
    """What the colours and patterns of the day grid mean, drawn with the grid's own colours."""

    def __init__(self, view: DayGridView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view

    def _entries(self) -> list[tuple[str, str]]:
        return [("confirmed", self.tr("Confirmed")),
                ("pending", self.tr("Pending approval")),
                ("buffer", self.tr("Set-up / clean-up")),
                ("closed", self.tr("Closed or holiday")),
                ("selection", self.tr("Drag across free slots to book"))]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(text) + 48 for _, text in self._entries())
        return QSize(width, metrics.height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.updateGeometry()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        view = self.view
        x = 0.0
        box = metrics.height() - 2
        y = (self.height() - box) / 2
        for kind, text in self._entries():
            swatch = QRectF(x, y, box * 1.6, box)
            if kind in ("pending", "confirmed"):
                pending = kind == "pending"
                painter.fillRect(swatch, block_fill(view, pending))
                if pending:
                    painter.fillRect(swatch, pending_hatch(view))
                painter.setPen(block_pen(view, pending))
            elif kind == "buffer":
                painter.fillRect(swatch, view.bufferColor)
                painter.setPen(buffer_pen(view))
            elif kind == "closed":
                painter.fillRect(swatch, view.closedColor)
                painter.fillRect(swatch, QBrush(view.closedHatchColor,
                                                Qt.BrushStyle.Dense6Pattern))
                painter.setPen(QPen(view.closedHatchColor, 1))
            else:
                painter.fillRect(swatch, view.selectionColor)
                painter.setPen(QPen(view.hourLineColor, 1))
            painter.drawRect(swatch)
            x += swatch.width() + 6
            painter.setPen(self.palette().windowText().color())
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x, 0, width + 2, self.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            x += width + 24


class DayGridPanel(CalendarPanel):
    """The "Calendar" tab: a floor chooser, the day, and the floor's day grid; *Closures…*
    opens :class:`~ui.reception.closures.dialog.ClosuresDialog` for the floor and day shown.

    Signals:
        loaded(): a day grid arrived from the database and is shown.
        create_requested(object, object, object): see :class:`DayGridView`.
        booking_activated(object): see :class:`DayGridView`.
    """

    create_requested = Signal(object, object, object)
    booking_activated = Signal(object)

    SHOWS = frozenset({Change.BOOKINGS, Change.CLOSURES, Change.CATALOGUE})
    LOADING = "the day grid"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, 1, parent)
        settings = context.settings
        self.floor = 1
        self.floors: list[FloorSummary] = []
        #: The clock when the grid was read, and when that was (``time.monotonic()``).
        self._read_at: tuple[datetime, float] | None = None
        self.model = DayGridModel(settings.zone, settings.hours.opening,
                                  settings.hours.closing, self)
        self.floor_label = label("body", self, wrap=False)
        self.floor_combo = QComboBox(self)
        self.floor_combo.setObjectName("calendar-floor")
        # A floor name stays readable beside the date and the print button.
        self.floor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.floor_combo.setMinimumContentsLength(22)
        self.floor_label.setBuddy(self.floor_combo)
        self.closures_button = QPushButton(self)
        self.closures_dialog: ClosuresDialog | None = None
        self.print_button = QPushButton(self)
        self.printing = SchedulePrinting(context, self)
        self.print_status = label("body", self)
        self.print_status.hide()
        self.notice = label("notice", self)
        self.notice.setObjectName("calendar-notice")
        self.notice.hide()
        self.view = DayGridView(self.model, self)
        self.legend = DayGridLegend(self.view, self)
        self.legend.setObjectName("calendar-legend")

        self.floor_combo.activated.connect(self._floor_chosen)
        self.closures_button.clicked.connect(self.open_closures)
        self.print_button.clicked.connect(lambda: self.printing.print_day(self.day))
        self.printing.finished.connect(self._printed)
        self.view.create_requested.connect(self.create_requested)
        self.view.booking_activated.connect(self.booking_activated)
        self._layout()

        # The red "now" line moves with the clock; it reads nothing from the database.
        self._now_timer = QTimer(self)
        self._now_timer.timeout.connect(self._move_now_line)
        self._now_timer.start(NOW_LINE_SECONDS * 1000)
        self.retranslate()
        context.run(lambda ops: (ops.bookings.floors(), ops.bookings.today()),
                    while_alive(self, self._started), while_alive(self, self._failed))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.floor_label)
        top.addWidget(self.floor_combo, 2)
        top.addSpacing(12)
        top.addWidget(self.date_bar, 2)
        top.addStretch(1)
        # The day's tools under the grid, beside its legend: the top row then fits a
        # 1280-pixel desk in both languages.
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.closures_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.print_status)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.floor_combo, self.date_bar.previous_button)
        QWidget.setTabOrder(self.date_bar.previous_button, self.date_bar.date_edit)
        QWidget.setTabOrder(self.date_bar.date_edit, self.date_bar.next_button)
        QWidget.setTabOrder(self.date_bar.next_button, self.date_bar.today_button)
        QWidget.setTabOrder(self.date_bar.today_button, self.closures_button)
        QWidget.setTabOrder(self.closures_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.view)

    def retranslate(self) -> None:
        self.floor_label.setText(self.tr("&Floor"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.closures_button.setText(self.tr("Closures…"))
        self.closures_button.setToolTip(self.tr("Close the building, a floor or a room to "
                                                "bookings, or lift a closure"))
        self.print_button.setText(self.tr("Print schedules"))
        self.print_button.setToolTip(self.tr("The lobby list and every floor's grid for the "
                                             "day shown, on the A4 printer"))
        self.date_bar.retranslate()
        self._fill_floors()
        self._show_notice()
        self.legend.updateGeometry()
        if self.model.rowCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Vertical, 0,
                                              self.model.rowCount() - 1)
        self.view.viewport().update()

    # --- navigation -----------------------------------------------------------------------

    def set_floor(self, number: int) -> None:
        self.floor = number
        self._select_floor()
        self.refresh()

    def open_closures(self) -> ClosuresDialog:
        """Open the closures over the calendar, for the floor and day shown; the grid
        reloads whenever a closure is added or lifted (the change reaches it through
        :attr:`AppContext.changed <ui.context.AppContext.changed>`)."""
        if self.closures_dialog is not None:
            self.closures_dialog.close()
        dialog = ClosuresDialog(self.context, self, floor_number=self.floor, day=self.day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closures_closed(dialog))
        self.closures_dialog = dialog
        dialog.open()
        return dialog

    def _closures_closed(self, dialog: ClosuresDialog) -> None:
        if self.closures_dialog is dialog:
            self.closures_dialog = None

    def _load_job(self) -> Callable[[Operations], tuple[datetime, DayGrid]] | None:
        day = self.day
        if day is None:
            return None  # the first load follows once today's date is known
        floor = self.floor
        grid = self.model.grid
        if grid is not None and (grid.day, grid.floor.number) != (day, floor):
            # Until the new day arrives, a drag on the old one would book the wrong day.
            self.view.setEnabled(False)

        def load(ops: Operations) -> tuple[datetime, DayGrid]:
            return ops.clock(), ops.bookings.day_grid(floor, day)

        return load

    def _printed(self, message: str) -> None:
        self.print_status.setText(message)
        self.print_status.show()

    def _move_now_line(self) -> None:
        if self._read_at is None:
            return
        now, read = self._read_at
        self._set_now(now + timedelta(seconds=time.monotonic() - read))

    def _set_now(self, now: datetime) -> None:
        self.view.now = now
        # A console left running for days: "today" (Ctrl+T, the red line) follows the clock.
        self.date_bar.today = now.astimezone(self.context.settings.zone).date()
        self.view.viewport().update()

    # --- results --------------------------------------------------------------------------

    def _started(self, result: tuple[list[FloorSummary], date]) -> None:
        self.floors, today = result
        self.date_bar.today = today
        self._fill_floors()
        if self.day is None:
            self.set_day(today)

    def _show(self, result: tuple[datetime, DayGrid]) -> None:
        now, grid = result
        self._read_at = (now, time.monotonic())
        self._set_now(now)
        self.view.setEnabled(True)
        self.model.set_grid(
            grid, closed_on_holidays=self.context.settings.bookings.closed_on_holidays)
        self._show_notice()

    def _show_notice(self) -> None:
        grid = self.model.grid
        if grid is None:
            self.notice.hide()
            return
        texts = []
        if grid.holiday:
            if self.model.holiday_closed:
                texts.append(self.tr("Holiday: %1. The building is closed to bookings.")
                             .replace("%1", grid.holiday))
            else:
                texts.append(self.tr("Holiday: %1").replace("%1", grid.holiday))
        if not grid.rooms:
            texts.append(self.tr("This floor has no rooms to book."))
        self.notice.setText(" ".join(texts))
        self.notice.setVisible(bool(texts))

    def _fill_floors(self) -> None:
        self.floor_combo.blockSignals(True)
        self.floor_combo.clear()
        names = {f.number: f.name(language()) for f in self.floors}
        numbers = sorted(names) or list(range(1, 11))
        for number in numbers:
            text = self.tr("Floor %1").replace("%1", str(number))
            if names.get(number):
                text += f" · {names[number]}"
            self.floor_combo.addItem(text, number)
        self.floor_combo.blockSignals(False)
        self._select_floor()

    def _select_floor(self) -> None:
        index = self.floor_combo.findData(self.floor)
        if index >= 0:
            self.floor_combo.blockSignals(True)
            self.floor_combo.setCurrentIndex(index)
            self.floor_combo.blockSignals(False)

    def _floor_chosen(self, index: int) -> None:
        number = self.floor_combo.itemData(index)
        if isinstance(number, int) and number != self.floor:
            self.set_floor(number)
