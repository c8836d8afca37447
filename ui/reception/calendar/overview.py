"""The building at a glance: every floor's day, hour by hour, shaded by how full it is."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from kiosk.bookings.agenda import BuildingDay
from ui.context import AppContext
from ui.reception.calendar.models import BOOKING_ROLE, FLOOR_ROLE, OverviewModel
from ui.reception.calendar.day_grid import (
    REFRESH_SECONDS,
    DateBar,
    color_property,
    fit_rows,
    mix,
    readable_on,
    while_alive,
)
from ui.texts import something_went_wrong
from ui.widgets import Screen, label

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class OccupancyDelegate(QStyledItemDelegate):
    """An hour cell: shaded from empty to full, with the percentage written on it (readable
    in black and white too). Other cells are drawn as usual."""

    def __init__(self, view: OverviewView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        occupancy = index.data(BOOKING_ROLE)
        if occupancy is None:
            super().paint(painter, option, index)
            return
        view = self.view
        rect = option.rect
        fill = mix(view.emptyColor, view.fullColor, float(occupancy))
        painter.save()
        painter.fillRect(rect, fill)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(view.selectionColor)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(view.gridColor)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        color = readable_on(fill, view.darkTextColor, view.lightTextColor)
        if occupancy == 0:
            color = view.zeroTextColor
        painter.setPen(color)
        font = option.font
        font.setBold(occupancy >= 0.5)
        painter.setFont(font)
        painter.drawText(QRectF(rect), int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole)))
        painter.restore()


class OverviewView(QTableView):
    """Floors × hours. Clicking a floor (or Enter on it) chooses it.

    Signals:
        floor_chosen(int): the floor number of the row clicked.
    """

    floor_chosen = Signal(int)

    emptyColor = color_property("emptyColor", "#ffffff")
    fullColor = color_property("fullColor", "#0b4f6c")
    gridColor = color_property("gridColor", "#d5dce2")
    selectionColor = color_property("selectionColor", "#e0a800")
    darkTextColor = color_property("darkTextColor", "#1b1f23")
    lightTextColor = color_property("lightTextColor", "#ffffff")
    zeroTextColor = color_property("zeroTextColor", "#8a97a3")

    def __init__(self, model: OverviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(OccupancyDelegate(self))
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionsClickable(False)
        self.horizontalHeader().setMinimumSectionSize(36)
        self.clicked.connect(self._choose)
        model.modelReset.connect(self._resize)

    def row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 22

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_rows(self, self.row_height())

    def _resize(self) -> None:
        model = self.model()
        header = self.horizontalHeader()
        fit_rows(self, self.row_height())
        metrics = header.fontMetrics()
        for column in range(model.columnCount()):
            if column == OverviewModel.FLOOR:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            elif column < OverviewModel.FIXED:
                title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, metrics.horizontalAdvance(title) + 36)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _choose(self, index: QModelIndex) -> None:
        number = index.data(FLOOR_ROLE)
        if isinstance(number, int):
            self.floor_chosen.emit(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class OverviewPanel(Screen):
    """The "Building" tab: every floor's day at a glance.

    Signals:
        loaded(): the building's day arrived from the database and is shown.
        floor_chosen(int): the receptionist chose a floor (to see its day grid).
    """

    loaded = Signal()
    floor_chosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.context = context
        self.day: date | None = None
        self._request = 0
        self.model = OverviewModel(self)
        self.date_bar = DateBar(1, self)
        self.refresh_button = QPushButton(self)
        self.summary = label("body", self)
        self.notice = label("notice", self)
        self.notice.setObjectName("calendar-notice")
        self.notice.hide()
        self.status = label("error", self)
        self.status.hide()
        self.hint = label("body", self)
        self.hint.setObjectName("calendar-hint")
        self.view = OverviewView(self.model, self)
        self.date_bar.day_chosen.connect(self.set_day)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.floor_chosen.connect(self.floor_chosen)

        top = QHBoxLayout()
        top.addWidget(self.date_bar, 2)
        top.addSpacing(12)
        top.addWidget(self.summary, 3)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._timer.start(REFRESH_SECONDS * 1000)
        self.retranslate()
        context.run(lambda ops: ops.bookings.today(), while_alive(self, self._started),
                    while_alive(self, self._failed))

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.hint.setText(self.tr("Share of each floor's bookable rooms in use, hour by hour. "
                                  "Click a floor to see its rooms."))
        self.date_bar.retranslate()
        self._show_summary()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        self.view.viewport().update()

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

    def refresh(self) -> None:
        day = self.day
        if day is None:
            return
        self._request += 1
        request = self._request
        self.context.run(lambda ops: ops.bookings.building_day(day),
                         while_alive(self, lambda building: self._show(request, building)),
                         while_alive(self, self._failed))

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def _started(self, today: date) -> None:
        self.date_bar.today = today
        if self.day is None:
            self.set_day(today)

    def _show(self, request: int, building: BuildingDay) -> None:
        if request != self._request:
            return
        self.model.set_day(building)
        self.status.hide()
        if building.holiday:
            self.notice.setText(self.tr("Holiday: %1").replace("%1", building.holiday))
        self.notice.setVisible(bool(building.holiday))
        self._show_summary()
        self.loaded.emit()

    def _show_summary(self) -> None:
        building = self.model.building
        if building is None:
            self.summary.clear()
            return
        bookings = sum(f.bookings for f in building.floors)
        pending = sum(f.pending for f in building.floors)
        self.summary.setText(self.tr("%n booking(s) in the building", "", bookings) + " · "
                             + self.tr("%n pending approval", "", pending))

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load the building's day", exc_info=error)
        self.status.setText(something_went_wrong())
        self.status.show()
