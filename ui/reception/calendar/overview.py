"""The building at a glance: every floor's day, hour by hour, shaded by how full it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BuildingDay
from kiosk.db.changes import Change
from ui.context import AppContext
from ui.reception.calendar.models import BOOKING_ROLE, FLOOR_ROLE
from ui.reception.calendar.overview_model import OverviewModel
from ui.reception.calendar.paint import fit_rows
from ui.reception.calendar.palette import Role, color_property, mix, readable_on
from ui.reception.calendar.panel import CalendarPanel, while_alive
from ui.widgets import label

if TYPE_CHECKING:
    from kiosk.operations import Operations

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

    emptyColor = color_property("emptyColor", Role.Base)
    fullColor = color_property("fullColor", Role.Highlight)
    gridColor = color_property("gridColor", Role.Midlight)
    selectionColor = color_property("selectionColor", Role.Dark)
    darkTextColor = color_property("darkTextColor", Role.Text)
    lightTextColor = color_property("lightTextColor", Role.HighlightedText)
    zeroTextColor = color_property("zeroTextColor", Role.PlaceholderText)

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


class OverviewPanel(CalendarPanel):
    """The "Building" tab: every floor's day at a glance.

    Signals:
        loaded(): the building's day arrived from the database and is shown.
        floor_chosen(int): the receptionist chose a floor (to see its day grid).
    """

    floor_chosen = Signal(int)

    SHOWS = frozenset({Change.BOOKINGS, Change.CATALOGUE})
    LOADING = "the building's day"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, 1, parent)
        self.model = OverviewModel(self)
        self.summary = label("body", self)
        self.notice = label("notice", self)
        self.notice.setObjectName("calendar-notice")
        self.notice.hide()
        self.hint = label("body", self)
        self.hint.setObjectName("calendar-hint")
        self.view = OverviewView(self.model, self)
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

        self.retranslate()
        context.run(lambda ops: ops.bookings.today(), while_alive(self, self._started),
                    while_alive(self, self._failed))

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.hint.setText(self.tr("Share of each floor's bookable rooms in use, hour by hour. "
                                  "Click a floor to see its rooms."))
        self.view.setAccessibleDescription(self.hint.text())
        self.date_bar.retranslate()
        self._show_summary()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        self.view.viewport().update()

    def _load_job(self) -> Callable[[Operations], BuildingDay] | None:
        day = self.day
        if day is None:
            return None
        return lambda ops: ops.bookings.building_day(day)

    def _started(self, today: date) -> None:
        self.date_bar.today = today
        if self.day is None:
            self.set_day(today)

    def _show(self, building: BuildingDay) -> None:
        self.model.set_day(building)
        if building.holiday:
            self.notice.setText(self.tr("Holiday: %1").replace("%1", building.holiday))
        self.notice.setVisible(bool(building.holiday))
        self._show_summary()

    def _show_summary(self) -> None:
        building = self.model.building
        if building is None:
            self.summary.clear()
            return
        bookings = sum(f.bookings for f in building.floors)
        pending = sum(f.pending for f in building.floors)
        self.summary.setText(self.tr("%n booking(s) in the building", "", bookings) + " · "
                             + self.tr("%n pending approval", "", pending))
