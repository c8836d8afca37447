"""The reception calendar's day grid: one floor's rooms on one day, in 15-minute slots.

Bookings are drawn as labelled blocks over the grid (pending ones hatched, with a dashed edge
and "Pending"), set-up and clean-up lighter around them, closures and holidays greyed with
their reason. Dragging across free slots of one room (or selecting them with Shift+arrows and
pressing Enter) asks for a new booking there; clicking a booking opens it.

Colours come from the theme: ``DayGridView { qproperty-pendingColor: ...; }``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
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
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary
from kiosk.models import BookingStatus
from ui.reception.calendar.models import CLOSED_ROLE, DayGridModel, time_range
from ui.reception.calendar.paint import draw_lines, fit_rows, paint_block, paint_buffer
from ui.reception.calendar.palette import BlockView, Role, color_property

Index = QModelIndex | QPersistentModelIndex


class HourHeader(QHeaderView):
    """The time ruler over the day grid: one label per hour across its four slots."""

    backgroundColor = color_property("backgroundColor", Role.Window)
    textColor = color_property("textColor", Role.WindowText)
    lineColor = color_property("lineColor", Role.Mid)

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


class DayGridView(BlockView):
    """Rooms × 15-minute slots of one floor's day, with the bookings drawn as blocks.

    Signals:
        create_requested(object, object, object): room id, start, end (aware, building zone)
            of free slots the receptionist dragged across or selected and confirmed.
        booking_activated(object): the id of the booking clicked (or chosen with Enter).
    """

    create_requested = Signal(object, object, object)
    booking_activated = Signal(object)

    # Besides the block colours of :class:`BlockView`:
    hourLineColor = color_property("hourLineColor", Role.Mid)
    closedColor = color_property("closedColor", Role.Button)
    closedHatchColor = color_property("closedHatchColor", Role.Mid)
    closedTextColor = color_property("closedTextColor", Role.Text)
    nowColor = color_property("nowColor", Role.Highlight)

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
        paint_buffer(painter, self, self.span_rect(row, booking.blocked_from,
                                                   booking.blocked_until, 8))

    def _paint_block(self, painter: QPainter, row: int, booking: BookingSummary) -> None:
        rect = self.block_rect(row, booking)
        if rect.width() < 2:
            return
        pending = booking.status == BookingStatus.PENDING
        paint_block(painter, self, rect, pending)
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
