"""One room's week, Monday to Sunday by the hour, with its bookings drawn as blocks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
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
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary, RoomSummary
from kiosk.db.changes import Change
from kiosk.models import BookingStatus
from ui.context import AppContext
from ui.reception.calendar.models import WeekModel, language, time_range
from ui.reception.calendar.paint import draw_lines, fit_rows, paint_block, paint_buffer
from ui.reception.calendar.palette import BlockView, Role, color_property
from ui.reception.calendar.panel import CalendarPanel, while_alive
from ui.widgets import label

if TYPE_CHECKING:
    from kiosk.operations import Operations

Index = QModelIndex | QPersistentModelIndex

#: What the week shows: a room's bookings in a week.
Week = tuple[RoomSummary, date, tuple[BookingSummary, ...]]


class HourDelegate(QStyledItemDelegate):
    """Paints one hour of one day: free, today, weekend or selected."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = self.view
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            fill = view.selectionColor
        elif view.model_.monday is not None and view.today == view.model_.day(index.column()):
            fill = view.todayColor
        elif index.column() >= 5:
            fill = view.weekendColor
        else:
            fill = view.freeColor
        painter.fillRect(rect, fill)
        painter.setPen(view.gridColor)
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(80, self.view.row_height())


class WeekView(BlockView):
    """Hours × days of one room's week.

    Signals:
        booking_activated(object): the id of the booking clicked (or chosen with Enter).
    """

    booking_activated = Signal(object)

    # Besides the block colours of :class:`BlockView`:
    weekendColor = color_property("weekendColor", Role.AlternateBase)
    todayColor = color_property("todayColor", Role.ToolTipBase)

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = model
        self.today: date | None = None
        self._pressed: BookingSummary | None = None
        self.setModel(model)
        self.setItemDelegate(HourDelegate(self))
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionsClickable(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setSectionsClickable(False)
        rows.setDefaultSectionSize(self.row_height())
        model.modelReset.connect(lambda: fit_rows(self, self.row_height()))

    def row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 2.4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            fit_rows(self, self.row_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_rows(self, self.row_height())

    def y_at(self, hours: float) -> float:
        last = self.model_.hours - 1
        row = min(int(hours), last)
        return self.rowViewportPosition(row) + (hours - row) * self.rowHeight(row)

    def span_rect(self, column: int, starts: datetime, ends: datetime, inset: float) -> QRectF:
        top = self.y_at(self.model_.position(column, starts))
        bottom = self.y_at(self.model_.position(column, ends))
        left = self.columnViewportPosition(column)
        return QRectF(left + inset, top, self.columnWidth(column) - 2 * inset,
                      max(0.0, bottom - top))

    def block_rect(self, column: int, booking: BookingSummary) -> QRectF:
        return self.span_rect(column, booking.starts_at, booking.ends_at, 4).adjusted(0, 1, 0, -1)

    def booking_at(self, point: QPoint) -> BookingSummary | None:
        column = self.columnAt(point.x())
        if column < 0 or self.model_.monday is None:
            return None
        for booking in self.model_.bookings_on(column):
            if self.block_rect(column, booking).contains(QPointF(point)):
                return booking
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model_
        if model.monday is None or model.rowCount() == 0:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for column in range(model.DAYS):
            bookings = model.bookings_on(column)
            for booking in bookings:
                if booking.blocked_from < booking.starts_at or \
                        booking.blocked_until > booking.ends_at:
                    paint_buffer(painter, self, self.span_rect(
                        column, booking.blocked_from, booking.blocked_until, 10))
            for booking in bookings:
                self._paint_block(painter, column, booking)

    def _paint_block(self, painter: QPainter, column: int, booking: BookingSummary) -> None:
        rect = self.block_rect(column, booking)
        if rect.height() < 2:
            return
        pending = booking.status == BookingStatus.PENDING
        paint_block(painter, self, rect, pending)
        text = rect.adjusted(6, 3, -4, -2)
        times = time_range(booking.starts_at, booking.ends_at, self.model_.zone)
        lines = [(times, False), (booking.title, True)]
        if pending:
            if text.height() < 3 * QFontMetrics(self.font()).height():
                lines[0] = (self.tr("Pending") + " · " + times, True)  # a short block: 2 lines
            else:
                lines.insert(1, (self.tr("Pending"), True))
        if booking.organization:
            lines.append((booking.organization, False))
        draw_lines(painter, text, lines, self.blockTextColor, self.font(),
                   wrapping=len(lines) - (2 if booking.organization else 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        self._pressed = self.booking_at(point)
        index = self.indexAt(point)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is not None and self.booking_at(event.position().toPoint()) == pressed:
            self.booking_activated.emit(pressed.id)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            booking = self.currentIndex().data(Qt.ItemDataRole.UserRole)
            if booking is not None:
                self.booking_activated.emit(booking.id)
            event.accept()
            return
        super().keyPressEvent(event)


class WeekPanel(CalendarPanel):
    """The "Week per room" tab: a room chooser, the week, and the room's bookings in it.

    Signals:
        loaded(): a week arrived from the database and is shown.
        booking_activated(object): see :class:`WeekView`.
    """

    booking_activated = Signal(object)

    SHOWS = frozenset({Change.BOOKINGS, Change.CATALOGUE})
    LOADING = "the room's week"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, 7, parent)
        settings = context.settings
        self.rooms: list[RoomSummary] = []
        self.room_id: uuid.UUID | None = None
        self.model = WeekModel(settings.zone, settings.hours.opening, settings.hours.closing,
                               self)
        self.room_label = label("body", self, wrap=False)
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("calendar-room")
        self.room_combo.setMaxVisibleItems(20)
        self.room_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.room_combo.setMinimumContentsLength(30)
        self.room_label.setBuddy(self.room_combo)
        self.view = WeekView(self.model, self)

        self.room_combo.activated.connect(self._room_chosen)
        self.view.booking_activated.connect(self.booking_activated)

        top = QHBoxLayout()
        top.addWidget(self.room_label)
        top.addWidget(self.room_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.date_bar)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        # The room first, as it reads: the date bar and the button were made before it.
        QWidget.setTabOrder(self.room_combo, self.date_bar.previous_button)
        QWidget.setTabOrder(self.date_bar.previous_button, self.date_bar.date_edit)
        QWidget.setTabOrder(self.date_bar.date_edit, self.date_bar.next_button)
        QWidget.setTabOrder(self.date_bar.next_button, self.date_bar.today_button)
        QWidget.setTabOrder(self.date_bar.today_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.view)

        self.retranslate()
        context.run(lambda ops: (ops.bookings.rooms(), ops.bookings.today()),
                    while_alive(self, self._started), while_alive(self, self._failed))

    def retranslate(self) -> None:
        self.room_label.setText(self.tr("&Room"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.date_bar.retranslate()
        self._fill_rooms()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, WeekModel.DAYS - 1)

    def set_room(self, room_id: uuid.UUID) -> None:
        self.room_id = room_id
        self._select_room()
        self.refresh()

    def _load_job(self) -> Callable[[Operations], Week] | None:
        room_id, day = self.room_id, self.day
        if room_id is None or day is None:
            return None
        return lambda ops: ops.bookings.room_week(room_id, day)

    def _started(self, result: tuple[list[RoomSummary], date]) -> None:
        self.rooms, today = result
        self.date_bar.today = today
        self.view.today = today
        if self.room_id is None and self.rooms:
            self.room_id = self.rooms[0].id
        self._fill_rooms()
        if self.day is None:
            self.set_day(today)
        else:
            self.refresh()

    def _show(self, result: Week) -> None:
        room, monday, bookings = result
        self.model.set_week(room, monday, bookings)

    def _fill_rooms(self) -> None:
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for room in self.rooms:
            self.room_combo.addItem(f"{room.code} · {room.name(language())}", str(room.id))
            self.room_combo.setItemData(self.room_combo.count() - 1,
                                        self.tr("%n seat(s)", "", room.capacity),
                                        Qt.ItemDataRole.ToolTipRole)
        self.room_combo.blockSignals(False)
        self._select_room()

    def _select_room(self) -> None:
        index = self.room_combo.findData(str(self.room_id))
        if index >= 0:
            self.room_combo.blockSignals(True)
            self.room_combo.setCurrentIndex(index)
            self.room_combo.blockSignals(False)

    def _room_chosen(self, index: int) -> None:
        data = self.room_combo.itemData(index)
        if isinstance(data, str) and uuid.UUID(data) != self.room_id:
            self.set_room(uuid.UUID(data))
