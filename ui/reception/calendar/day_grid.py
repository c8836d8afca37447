"""The reception calendar: one floor's rooms on one day, in 15-minute slots.

Bookings are drawn as labelled blocks over the grid (pending ones hatched, with a dashed edge
and "Pending"), set-up and clean-up lighter around them, closures and holidays greyed with
their reason. Dragging across free slots of one room (or selecting them with Shift+arrows and
pressing Enter) asks for a new booking there; clicking a booking opens it.

Colours come from the theme: ``DayGridView { qproperty-pendingColor: ...; }``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    Property,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary, DayGrid, FloorSummary
from kiosk.models import BookingStatus
from ui.context import AppContext
from ui.reception.schedule_printing import SchedulePrinting

if TYPE_CHECKING:
    from kiosk.operations import Operations
from ui.reception.calendar.models import (
    CLOSED_ROLE,
    DayGridModel,
    language,
    time_range,
)
from ui.reception.closures_dialog import ClosuresDialog
from ui.texts import something_went_wrong
from ui.widgets import Screen, label

log = logging.getLogger(__name__)

#: Other desks book too: the calendar views reload this often while they are shown.
REFRESH_SECONDS = 60
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def color_property(name: str, default: str) -> Any:
    """A colour the theme sets with ``qproperty-<name>``; the view repaints when it changes."""
    attribute = f"_color_{name}"

    def get(self: QWidget) -> QColor:
        return getattr(self, attribute, QColor(default))

    def set_(self: QWidget, value: QColor) -> None:
        setattr(self, attribute, QColor(value))
        self.update()
        if isinstance(self, QAbstractItemView):
            self.viewport().update()

    return Property(QColor, get, set_)


def while_alive(widget: QWidget, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, skipped once ``widget`` is deleted: a database result can arrive after
    its window closed (the worker finishes every job it was given)."""

    def call(value: T) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


def fit_rows(view: QTableView, least: int, most: float = 1.6) -> None:
    """Rows of at least ``least`` pixels, taller (up to ``most`` times) to fill the view when
    there are few of them: no empty half-screen under a small floor."""
    rows = view.model().rowCount() if view.model() is not None else 0
    available = view.viewport().height()
    size = least
    if rows:
        size = max(least, min(available // rows, int(least * most)))
    if view.verticalHeader().defaultSectionSize() != size:
        view.verticalHeader().setDefaultSectionSize(size)


def mix(base: QColor, ink: QColor, amount: float) -> QColor:
    """``amount`` (0..1) of ``ink`` over ``base``."""
    amount = min(1.0, max(0.0, amount))
    return QColor.fromRgbF(
        base.redF() + (ink.redF() - base.redF()) * amount,
        base.greenF() + (ink.greenF() - base.greenF()) * amount,
        base.blueF() + (ink.blueF() - base.blueF()) * amount,
    )


def readable_on(background: QColor, dark: QColor, light: QColor) -> QColor:
    """Dark text on a light background, light text on a dark one."""
    return dark if background.lightnessF() > 0.55 else light


def wrap(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` in at most ``most`` lines of ``width`` pixels, the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one long word: elide it, go on
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def draw_lines(painter: QPainter, rect: QRectF, lines: list[tuple[str, bool]],
               color: QColor, font: QFont, wrapping: int = 0) -> None:
    """Draw as many ``(text, bold)`` lines as fit in ``rect``, each elided to its width; line
    ``wrapping`` (the title) wraps onto the lines the others leave free."""
    painter.setPen(color)
    width = max(0, int(rect.width()))
    bold = QFont(font)
    bold.setBold(True)
    height = QFontMetrics(bold).height()
    capacity = max(1, int(rect.height() // height))
    rows: list[tuple[str, QFont]] = []
    for number, (text, strong) in enumerate(lines):
        line_font = bold if strong else font
        metrics = QFontMetrics(line_font)
        if number == wrapping:
            most = max(1, capacity - (len(lines) - 1))
            rows.extend((part, line_font) for part in wrap(text, metrics, width, most))
        else:
            rows.append((metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                         line_font))
    y = rect.top()
    for text, line_font in rows[:capacity]:
        painter.setFont(line_font)
        painter.drawText(QRectF(rect.left(), y, rect.width(), height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        y += height


class DateBar(QWidget):
    """Previous, a date picker, next and "Today": which day a calendar view shows.

    Signals:
        day_chosen(object): the receptionist chose another day (a ``datetime.date``).
    """

    day_chosen = Signal(object)

    def __init__(self, step_days: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar-date-bar")
        self.step_days = step_days
        self.today: date | None = None
        self.previous_button = QPushButton("◀", self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.next_button = QPushButton("▶", self)
        self.today_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat("dddd, d MMMM yyyy")
        if self.step_days == 7:
            self.previous_button.setToolTip(self.tr("Previous week (Ctrl+PgUp)"))
            self.next_button.setToolTip(self.tr("Next week (Ctrl+PgDown)"))
            self.today_button.setText(self.tr("This week"))
        else:
            self.previous_button.setToolTip(self.tr("Previous day (Ctrl+PgUp)"))
            self.next_button.setToolTip(self.tr("Next day (Ctrl+PgDown)"))
            self.today_button.setText(self.tr("Today"))
        self.previous_button.setAccessibleName(self.previous_button.toolTip())
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.today_button.setToolTip(self.tr("Back to today (Ctrl+T)"))

    @property
    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        """Show ``day`` without announcing it."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def step(self, direction: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(direction * self.step_days))

    def go_today(self) -> None:
        if self.today is not None:
            self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))

    def _edited(self, value: QDate) -> None:
        self.day_chosen.emit(date(value.year(), value.month(), value.day()))


class HourHeader(QHeaderView):
    """The time ruler over the day grid: one label per hour across its four slots."""

    backgroundColor = color_property("backgroundColor", "#e4ebef")
    textColor = color_property("textColor", "#1b1f23")
    lineColor = color_property("lineColor", "#8a97a3")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().height() + 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.backgroundColor)
        model = self.model()
        height = self.viewport().height()
        painter.setPen(self.lineColor)
        painter.drawLine(0, height - 1, self.viewport().width(), height - 1)
        if model is None:
            return
        for section in range(self.count()):
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text.endswith(":00"):
                continue
            x = self.sectionViewportPosition(section)
            width = sum(self.sectionSize(s) for s in range(section, min(section + 4,
                                                                         self.count())))
            painter.setPen(self.lineColor)
            painter.drawLine(x, 0, x, height)
            painter.setPen(self.textColor)
            if self.fontMetrics().horizontalAdvance(text) > width - 6:
                text = text[:2]
            painter.drawText(QRectF(x + 4, 0, width - 4, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)


class SlotDelegate(QStyledItemDelegate):
    """Paints one slot's background: free, selected, held by set-up/clean-up, or closed.
    The bookings themselves are drawn by :class:`DayGridView` over the slots."""

    def __init__(self, view: DayGridView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = self.view
        rect = option.rect
        closed = index.data(CLOSED_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, view.selectionColor)
        elif closed is not None:
            painter.fillRect(rect, view.closedColor)
            painter.fillRect(rect, QBrush(view.closedHatchColor, Qt.BrushStyle.Dense6Pattern))
        else:
            painter.fillRect(rect, view.freeColor)
        minute = view.model_.opening.minute + index.column() * 15
        painter.setPen(view.hourLineColor if minute % 60 == 0 else view.gridColor)
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setPen(view.gridColor)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(16, self.view.row_height())


class DayGridView(QTableView):
    """Rooms × 15-minute slots of one floor's day, with the bookings drawn as blocks.

    Signals:
        create_requested(object, object, object): room id, start, end (aware, building zone)
            of free slots the receptionist dragged across or selected and confirmed.
        booking_activated(object): the id of the booking clicked (or chosen with Enter).
    """

    create_requested = Signal(object, object, object)
    booking_activated = Signal(object)

    freeColor = color_property("freeColor", "#ffffff")
    gridColor = color_property("gridColor", "#e3e8ec")
    hourLineColor = color_property("hourLineColor", "#aab5bf")
    selectionColor = color_property("selectionColor", "#ffe08a")
    confirmedColor = color_property("confirmedColor", "#cfe3ec")
    confirmedBorderColor = color_property("confirmedBorderColor", "#0b4f6c")
    pendingColor = color_property("pendingColor", "#fff1cc")
    pendingBorderColor = color_property("pendingBorderColor", "#a86b00")
    pendingHatchColor = color_property("pendingHatchColor", "#f0cf80")
    bufferColor = color_property("bufferColor", "#eaf2f6")
    closedColor = color_property("closedColor", "#d5d9dd")
    closedHatchColor = color_property("closedHatchColor", "#b8bfc6")
    closedTextColor = color_property("closedTextColor", "#3d4852")
    blockTextColor = color_property("blockTextColor", "#1b1f23")
    nowColor = color_property("nowColor", "#c62828")

    def __init__(self, model: DayGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = model
        self.now: datetime | None = None
        self._anchor: tuple[int, int] | None = None
        self._span: tuple[int, int, int] | None = None
        self._pressed: BookingSummary | None = None
        self.setHorizontalHeader(HourHeader(self))
        self.setModel(model)
        self.setItemDelegate(SlotDelegate(self))
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMouseTracking(False)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setSectionsClickable(False)
        rows.setMaximumWidth(300)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model.modelReset.connect(self._update_row_height)
        self._update_row_height()

    # --- geometry -------------------------------------------------------------------------

    def row_height(self) -> int:
        """Room for three lines of a block: title, organisation, times."""
        return QFontMetrics(self.font()).height() * 3 + 14

    def _update_row_height(self) -> None:
        fit_rows(self, self.row_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_row_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_row_height()

    def x_at(self, position: float) -> float:
        """The viewport x of a fractional column position."""
        last = self.model_.slots - 1
        column = min(int(position), last)
        return (self.columnViewportPosition(column)
                + (position - column) * self.columnWidth(column))

    def span_rect(self, row: int, starts: datetime, ends: datetime, inset: float) -> QRectF:
        left = self.x_at(self.model_.position(starts))
        right = self.x_at(self.model_.position(ends))
        top = self.rowViewportPosition(row)
        return QRectF(left, top + inset, max(0.0, right - left), self.rowHeight(row) - 2 * inset)

    def block_rect(self, row: int, booking: BookingSummary) -> QRectF:
        return self.span_rect(row, booking.starts_at, booking.ends_at, 3).adjusted(1, 0, -1, 0)

    def booking_at(self, point: QPoint) -> BookingSummary | None:
        """The booking drawn under a viewport point."""
        row = self.rowAt(point.y())
        if row < 0:
            return None
        for booking in self.model_.bookings_in_row(row):
            if self.block_rect(row, booking).contains(QPointF(point)):
                return booking
        return None

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model_
        if model.rowCount() == 0:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first = max(0, self.rowAt(event.rect().top()))
        last = self.rowAt(event.rect().bottom())
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):
            self._paint_closures(painter, row)
            bookings = model.bookings_in_row(row)
            for booking in bookings:
                self._paint_buffers(painter, row, booking)
            for booking in bookings:
                self._paint_block(painter, row, booking)
        if self.now is not None and model.day == self.now.astimezone(model.zone).date():
            x = self.x_at(model.position(self.now))
            painter.setPen(QPen(self.nowColor, 2))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.viewport().height()))

    def _paint_closures(self, painter: QPainter, row: int) -> None:
        model = self.model_
        spans: list[tuple[datetime, datetime, str]] = []
        if model.holiday_closed and model.grid is not None and model.grid.holiday:
            starts = model.start()
            spans.append((starts, model.slot_range(model.slots - 1)[1],
                          self.tr("Holiday: %1").replace("%1", model.grid.holiday)))
        else:
            spans.extend((c.starts_at, c.ends_at, self.tr("Closed: %1").replace("%1", c.reason))
                         for c in model.closures_in_row(row))
        for starts, ends, text in spans:
            rect = self.span_rect(row, starts, ends, 4).adjusted(6, 0, -6, 0)
            if rect.width() > 8:
                draw_lines(painter, rect, [(text, True)], self.closedTextColor, self.font())

    def _paint_buffers(self, painter: QPainter, row: int, booking: BookingSummary) -> None:
        if booking.blocked_from >= booking.starts_at and booking.blocked_until <= booking.ends_at:
            return
        rect = self.span_rect(row, booking.blocked_from, booking.blocked_until, 8)
        painter.setPen(QPen(self.bufferColor.darker(115), 1, Qt.PenStyle.DotLine))
        painter.setBrush(self.bufferColor)
        painter.drawRect(rect)

    def _paint_block(self, painter: QPainter, row: int, booking: BookingSummary) -> None:
        rect = self.block_rect(row, booking)
        if rect.width() < 2:
            return
        pending = booking.status == BookingStatus.PENDING
        fill = self.pendingColor if pending else self.confirmedColor
        border = self.pendingBorderColor if pending else self.confirmedBorderColor
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        if pending:
            painter.setBrush(QBrush(self.pendingHatchColor, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(border, 2, Qt.PenStyle.DashLine if pending else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        lines = [(booking.title, True),
                 (time_range(booking.starts_at, booking.ends_at, self.model_.zone), False)]
        if pending:
            lines.append((self.tr("Pending"), True))
        if booking.organization:
            lines.append((booking.organization, False))
        draw_lines(painter, rect.adjusted(6, 4, -4, -2), lines, self.blockTextColor, self.font())

    # --- choosing slots and bookings ------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        self._pressed = self.booking_at(point)
        self._anchor = None
        self._span = None
        index = self.indexAt(point)
        if self._pressed is not None:
            self.clearSelection()
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate)
        elif index.isValid() and self.model_.is_free(index.row(), index.column()):
            self._anchor = (index.row(), index.column())
            self._select(index.row(), index.column(), index.column())
        else:
            self.clearSelection()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            event.accept()
            return
        row, anchor = self._anchor
        x = event.position().toPoint().x()
        column = self.columnAt(x)
        if column < 0:
            column = 0 if x < self.columnViewportPosition(0) else self.model_.slots - 1
        step = 1 if column >= anchor else -1
        reach = anchor
        while reach != column and self.model_.is_free(row, reach + step):
            reach += step
        self._select(row, min(anchor, reach), max(anchor, reach))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pressed, self._pressed = self._pressed, None
        anchor, self._anchor = self._anchor, None
        if pressed is not None:
            if self.booking_at(event.position().toPoint()) == pressed:
                self.booking_activated.emit(pressed.id)
        elif anchor is not None and self._span is not None:
            self._request(*self._span)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a double click is two clicks: the first one already acted

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def activate_selection(self) -> None:
        """Enter: open the booking at the current slot, or book the selected free slots."""
        current = self.currentIndex()
        selected = self.selectionModel().selectedIndexes()
        if current.isValid() and (not selected or len(selected) == 1):
            booking = self.model_.cell(current.row(), current.column()).booking
            if booking is not None:
                self.booking_activated.emit(booking.id)
                return
        if not selected and current.isValid():
            selected = [current]
        rows = {i.row() for i in selected}
        if len(rows) != 1:
            return
        row = rows.pop()
        columns = sorted(i.column() for i in selected)
        if columns != list(range(columns[0], columns[-1] + 1)):
            return
        if all(self.model_.is_free(row, c) for c in columns):
            self._request(row, columns[0], columns[-1])

    def _select(self, row: int, first: int, last: int) -> None:
        self._span = (row, first, last)
        model = self.model_
        selection = QItemSelection(model.index(row, first), model.index(row, last))
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.selectionModel().setCurrentIndex(model.index(row, last),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)

    def _request(self, row: int, first: int, last: int) -> None:
        starts, _ = self.model_.slot_range(first)
        _, ends = self.model_.slot_range(last)
        self.create_requested.emit(self.model_.room(row).id, starts, ends)


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
            if kind == "pending":
                painter.fillRect(swatch, view.pendingColor)
                painter.fillRect(swatch, QBrush(view.pendingHatchColor,
                                                Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(view.pendingBorderColor, 2, Qt.PenStyle.DashLine))
            elif kind == "confirmed":
                painter.fillRect(swatch, view.confirmedColor)
                painter.setPen(QPen(view.confirmedBorderColor, 2))
            elif kind == "buffer":
                painter.fillRect(swatch, view.bufferColor)
                painter.setPen(QPen(view.bufferColor.darker(115), 1, Qt.PenStyle.DotLine))
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


class DayGridPanel(Screen):
    """The "Calendar" tab: a floor chooser, the day, and the floor's day grid; *Closures…*
    opens :class:`~ui.reception.closures_dialog.ClosuresDialog` for the floor and day shown.

    Signals:
        loaded(): a day grid arrived from the database and is shown.
        create_requested(object, object, object): see :class:`DayGridView`.
        booking_activated(object): see :class:`DayGridView`.
    """

    loaded = Signal()
    create_requested = Signal(object, object, object)
    booking_activated = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.context = context
        settings = context.settings
        self.floor = 1
        self.day: date | None = None
        self.floors: list[FloorSummary] = []
        self._request = 0
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
        self.date_bar = DateBar(1, self)
        self.refresh_button = QPushButton(self)
        self.closures_button = QPushButton(self)
        self.closures_dialog: ClosuresDialog | None = None
        self.print_button = QPushButton(self)
        self.printing = SchedulePrinting(context, self)
        self.print_status = label("body", self)
        self.print_status.hide()
        self.notice = label("notice", self)
        self.notice.setObjectName("calendar-notice")
        self.notice.hide()
        self.status = label("error", self)
        self.status.hide()
        self.view = DayGridView(self.model, self)
        self.legend = DayGridLegend(self.view, self)
        self.legend.setObjectName("calendar-legend")

        self.floor_combo.activated.connect(self._floor_chosen)
        self.date_bar.day_chosen.connect(self.set_day)
        self.refresh_button.clicked.connect(self.refresh)
        self.closures_button.clicked.connect(self.open_closures)
        self.print_button.clicked.connect(lambda: self.printing.print_day(self.day))
        self.printing.finished.connect(self._printed)
        self.view.create_requested.connect(self.create_requested)
        self.view.booking_activated.connect(self.booking_activated)

        top = QHBoxLayout()
        top.addWidget(self.floor_label)
        top.addWidget(self.floor_combo, 2)
        top.addSpacing(12)
        top.addWidget(self.date_bar, 2)
        top.addStretch(1)
        top.addWidget(self.closures_button)
        top.addWidget(self.print_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.print_status)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        QWidget.setTabOrder(self.floor_combo, self.date_bar.previous_button)
        QWidget.setTabOrder(self.date_bar.previous_button, self.date_bar.date_edit)
        QWidget.setTabOrder(self.date_bar.date_edit, self.date_bar.next_button)
        QWidget.setTabOrder(self.date_bar.next_button, self.date_bar.today_button)
        QWidget.setTabOrder(self.date_bar.today_button, self.closures_button)
        QWidget.setTabOrder(self.closures_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.view)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._timer.start(REFRESH_SECONDS * 1000)
        self.retranslate()
        context.run(lambda ops: (ops.bookings.floors(), ops.bookings.today()),
                    while_alive(self, self._started), while_alive(self, self._failed))

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

    def set_day(self, day: date) -> None:
        self.day = day
        self.date_bar.set_day(day)
        self.refresh()

    def previous(self) -> None:
        self.date_bar.step(-1)

    def next(self) -> None:
        self.date_bar.step(1)

    def go_today(self) -> None:
        self.date_bar.go_today()

    def open_closures(self) -> ClosuresDialog:
        """Open the closures over the calendar, for the floor and day shown; the grid
        reloads whenever a closure is added or lifted."""
        if self.closures_dialog is not None:
            self.closures_dialog.close()
        dialog = ClosuresDialog(self.context, self, floor_number=self.floor, day=self.day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _result: self._closures_closed(dialog))
        self.closures_dialog = dialog
        dialog.open()
        return dialog

    def _closures_closed(self, dialog: ClosuresDialog) -> None:
        if self.closures_dialog is dialog:
            self.closures_dialog = None

    def refresh(self) -> None:
        """Load the floor's day again (from the worker; :attr:`loaded` says when it is shown)."""
        day = self.day
        if day is None:
            return  # the first load follows once today's date is known
        floor = self.floor
        self._request += 1
        request = self._request
        grid = self.model.grid
        if grid is not None and (grid.day, grid.floor.number) != (day, floor):
            # Until the new day arrives, a drag on the old one would book the wrong day.
            self.view.setEnabled(False)

        def load(ops: Operations) -> tuple[datetime, DayGrid]:
            return ops.clock(), ops.bookings.day_grid(floor, day)

        self.context.run(load, while_alive(self, lambda result: self._show(request, result)),
                         while_alive(self, self._failed))

    def _printed(self, message: str) -> None:
        self.print_status.setText(message)
        self.print_status.show()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    # --- results --------------------------------------------------------------------------

    def _started(self, result: tuple[list[FloorSummary], date]) -> None:
        self.floors, today = result
        self.date_bar.today = today
        self._fill_floors()
        if self.day is None:
            self.set_day(today)

    def _show(self, request: int, result: tuple[datetime, DayGrid]) -> None:
        if request != self._request:
            return  # the receptionist has moved on to another floor or day meanwhile
        now, grid = result
        self.view.now = now
        # A console left running for days: "today" (Ctrl+T, the red line) follows the clock.
        self.date_bar.today = now.astimezone(self.context.settings.zone).date()
        self.view.setEnabled(True)
        self.model.set_grid(
            grid, closed_on_holidays=self.context.settings.bookings.closed_on_holidays)
        self.status.hide()
        self._show_notice()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load the day grid", exc_info=error)
        self.status.setText(something_went_wrong())
        self.status.show()

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

