"""Where are you going? "I don't know yet" first, then today's events, government offices,
tenants and partners, and the floors; searchable on the on-screen keyboard."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.models import OrganizationKind
from kiosk.operations import Destinations
from kiosk.visits.check_in import Destination, DestinationKind
from ui.keyboard import OnScreenKeyboard
from ui.list_model import PAYLOAD_ROLE, Row, RowsModel, SearchProxy, touch_list
from ui.visitor.step import LIST_MIN_HEIGHT, StepScreen
from ui.widgets import is_indonesian, label
from ui.widgets.search import SearchEdit


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
        self.hint = label("body", self)
        self.group_summary = label("body", self)
        self.group_button = QPushButton(self)
        self.group_button.setProperty("role", "secondary")
        self.group_button.clicked.connect(self.group_requested)
        self.search = SearchEdit(self)
        self.search.setProperty("role", "search")
        self.model = RowsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self._search)
        self.list = touch_list(self, self.proxy)
        self.list.clicked.connect(self._clicked)
        # Big page buttons: a thin scroll bar is no way to move a list with a finger.
        self.page_up = self._page_button(QAbstractSlider.SliderAction.SliderPageStepSub)
        self.page_down = self._page_button(QAbstractSlider.SliderAction.SliderPageStepAdd)
        bar = self.list.verticalScrollBar()
        bar.valueChanged.connect(self._show_pages)
        bar.rangeChanged.connect(self._show_pages)
        pages = QHBoxLayout()
        pages.setSpacing(18)
        pages.addWidget(self.page_up)
        pages.addWidget(self.page_down)
        self.keyboard = OnScreenKeyboard(self)  # digits too: room codes, floor numbers
        self.keyboard.set_target(self.search)
        # At least three rows in view, on any display (the fit test holds every screen to it).
        self.list.setMinimumHeight(LIST_MIN_HEIGHT)
        content = QVBoxLayout()
        content.setSpacing(18)
        for widget in (self.hint, self.group_button, self.group_summary, self.search):
            content.addWidget(widget)
        content.addWidget(self.list, 1)
        content.addLayout(pages)
        self.place_keyboard(content, self.keyboard)
        # The keyboard types into the search without the focus; a scan stays a scan.
        self.set_group(1, per_person=False)
        self.retranslate()

    def set_destinations(self, destinations: Destinations) -> None:
        self._destinations = destinations
        self.model.set_rows(self._rows())

    def set_group(self, size: int, per_person: bool) -> None:
        self._group = (size, per_person)
        self._show_group()

    def row_for(self, text: str) -> QModelIndex:
        """The first row on the list whose text contains ``text`` (tests, screenshots)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if text in (self.proxy.data(index) or "") and index.data(PAYLOAD_ROLE) is not None:
                return index
        return QModelIndex()

    def shown(self) -> list[str]:
        """The titles on the list now, headings included (tests)."""
        return [(self.proxy.data(self.proxy.index(row, 0)) or "").split("\n")[0]
                for row in range(self.proxy.rowCount())]

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Where are you going?"))
        self.hint.setText(self.tr("Touch the place you are going to. Not sure? Touch "
                                  "“I don't know yet”."))
        self.group_button.setText(self.tr("I came with a group"))
        self.search.describe(self.tr("Search: office, business, event, floor or room"))
        self.list.setAccessibleName(self.tr("Places in the building"))
        self.page_up.setText("▲  " + self.tr("See above"))
        self.page_up.setAccessibleName(self.tr("Scroll the list up"))
        self.page_down.setText("▼  " + self.tr("See below"))
        self.page_down.setAccessibleName(self.tr("Scroll the list down"))
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
                    Destination(), always=True)]
        destinations = self._destinations
        if destinations is None:
            return rows
        indonesian = is_indonesian()
        if destinations.events:
            rows.append(Row(self.tr("Today's events"), heading=True))
        for event in destinations.events:
            start = event.starts_at.astimezone(self._zone)
            end = event.ends_at.astimezone(self._zone)
            room = event.room_name_id if indonesian else event.room_name_en
            rows.append(Row(
                event.title,
                self.tr("Floor %3, room %4, %1–%2").replace("%1", f"{start:%H:%M}")
                .replace("%2", f"{end:%H:%M}").replace("%3", str(event.floor_number))
                .replace("%4", f"{event.room_code} {room}"),
                Destination(DestinationKind.BOOKING, event.booking_id),
                keywords=f"{event.organization} {event.room_name_id} {event.room_name_en}",
            ))
        offices = [h for h in destinations.hosts if h.kind is OrganizationKind.AGENCY]
        others = [h for h in destinations.hosts if h.kind is not OrganizationKind.AGENCY]
        for heading, hosts in ((self.tr("Government offices"), offices),
                               (self.tr("Businesses and partners"), others)):
            if hosts:
                rows.append(Row(heading, heading=True))
            for host in hosts:
                floor = (self.tr("Floor %1").replace("%1", str(host.floor_number))
                         if host.floor_number is not None else "")
                rows.append(Row(host.name, floor,
                                Destination(DestinationKind.ORGANIZATION, host.id)))
        if destinations.floors:
            rows.append(Row(self.tr("Floors"), heading=True))
        for choice in destinations.floors:
            rooms = " ".join(f"{r.code} {r.name_id} {r.name_en}" for r in choice.rooms)
            rows.append(Row(self.tr("Floor %1").replace("%1", str(choice.number)),
                            choice.name_id if indonesian else choice.name_en,
                            Destination(DestinationKind.FLOOR, choice.id),
                            # Either language finds a floor: "lantai 5", "floor 5".
                            keywords=f"Lantai {choice.number} Floor {choice.number} "
                                     f"{choice.name_id} {choice.name_en} {rooms}"))
        return rows

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.list.scrollToTop()

    def _page_button(self, action: QAbstractSlider.SliderAction) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "page")
        button.setAutoRepeat(True)
        button.clicked.connect(lambda: self.list.verticalScrollBar().triggerAction(action))
        return button

    def _show_pages(self) -> None:
        bar = self.list.verticalScrollBar()
        self.page_up.setEnabled(bar.value() > bar.minimum())
        self.page_down.setEnabled(bar.value() < bar.maximum())

    def _clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        destination = index.data(PAYLOAD_ROLE)
        if isinstance(destination, Destination):
            self.chosen.emit(destination)

    def reset(self) -> None:
        self.set_group(1, per_person=False)
        self.search.clear()
        self.list.scrollToTop()
        self.list.clearSelection()
