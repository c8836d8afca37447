"""Where are you going? Today's events first, then tenants and offices, then floors."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QWidget

from kiosk.operations import Destinations
from kiosk.visits.check_in import Destination, DestinationKind
from ui.list_model import PAYLOAD_ROLE, Row, RowsModel
from ui.visitor.step import StepScreen
from ui.widgets import is_indonesian, label


class DestinationScreen(StepScreen):
    """One touch on a row checks the visitor in. A group leader first sets the group.

    Signals:
        chosen(object): the :class:`Destination`.
        group_requested(): the visitor came with a group and wants to say how many.
    """

    chosen = Signal(object)
    group_requested = Signal()

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destination")
        self._zone = zone
        self._destinations: Destinations | None = None
        self.group_summary = label("body", self)
        self.group_button = QPushButton(self)
        self.group_button.setProperty("role", "secondary")
        self.group_button.clicked.connect(self.group_requested)
        self.model = RowsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setProperty("role", "touch-list")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.clicked.connect(self._clicked)
        self.body.addWidget(self.group_button)
        self.body.addWidget(self.group_summary)
        self.body.addWidget(self.list, 1)
        self.set_group(1, per_person=False)
        self.retranslate()

    def set_destinations(self, destinations: Destinations) -> None:
        self._destinations = destinations
        self.model.set_rows(self._rows())

    def set_group(self, size: int, per_person: bool) -> None:
        self._group = (size, per_person)
        self._show_group()

    def row_for(self, text: str) -> QModelIndex:
        """The first row whose text contains ``text`` (for tests and the screenshot script)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if text in (self.model.data(index) or ""):
                return index
        return QModelIndex()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Where are you going?"))
        self.group_button.setText(self.tr("I came with a group"))
        self._show_group()
        self.model.set_rows(self._rows())

    def _show_group(self) -> None:
        size, per_person = self._group
        if size == 1:
            self.group_summary.hide()
            return
        cards = (self.tr("a visitor card for each person") if per_person
                 else self.tr("one group card"))
        self.group_summary.setText(self.tr("Group of %n people", "", size) + " · " + cards)
        self.group_summary.show()

    def _rows(self) -> list[Row]:
        rows = [Row(self.tr("I don't know yet"), self.tr("Reception will help you"),
                    Destination())]
        destinations = self._destinations
        if destinations is None:
            return rows
        indonesian = is_indonesian()
        for event in destinations.events:
            start = event.starts_at.astimezone(self._zone)
            end = event.ends_at.astimezone(self._zone)
            room = event.room_name_id if indonesian else event.room_name_en
            rows.append(Row(
                event.title,
                self.tr("%1–%2 · floor %3 · %4").replace("%1", f"{start:%H:%M}")
                .replace("%2", f"{end:%H:%M}").replace("%3", str(event.floor_number))
                .replace("%4", f"{event.room_code} {room}"),
                Destination(DestinationKind.BOOKING, event.booking_id),
                keywords=event.organization,
            ))
        for host in destinations.hosts:
            floor = (self.tr("Floor %1").replace("%1", str(host.floor_number))
                     if host.floor_number is not None else "")
            rows.append(Row(host.name, floor,
                            Destination(DestinationKind.ORGANIZATION, host.id)))
        for choice in destinations.floors:
            rows.append(Row(self.tr("Floor %1").replace("%1", str(choice.number)),
                            choice.name_id if indonesian else choice.name_en,
                            Destination(DestinationKind.FLOOR, choice.id)))
        return rows

    def _clicked(self, index: QModelIndex) -> None:
        destination = index.data(PAYLOAD_ROLE)
        if isinstance(destination, Destination):
            self.chosen.emit(destination)

    def reset(self) -> None:
        self.set_group(1, per_person=False)
        self.list.scrollToTop()
        self.list.clearSelection()
