"""Today in the building: every training, meeting and event, searchable."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.bookings.events import EventSummary
from ui.keyboard import OnScreenKeyboard
from ui.list_model import Row, RowsModel, SearchProxy, touch_list
from ui.visitor.step import LIST_MIN_HEIGHT, StepScreen
from ui.widgets import is_indonesian, label
from ui.widgets.search import SearchEdit


class TodayScreen(StepScreen):
    """Today's bookings by time with floor, room and the way there."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self._zone = zone
        self._events: list[EventSummary] = []
        self.search = SearchEdit(self)
        self.search.setProperty("role", "search")
        self.model = RowsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.list = touch_list(self, self.proxy)
        self.empty = label("body", self)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.search)
        self.list.setMinimumHeight(LIST_MIN_HEIGHT)
        content = QVBoxLayout()
        content.setSpacing(18)
        content.addWidget(self.search)
        content.addWidget(self.empty)
        content.addWidget(self.list, 1)
        self.place_keyboard(content, self.keyboard)
        # The keyboard types into the search without the focus; a scan stays a scan.
        self.retranslate()

    def show_events(self, events: list[EventSummary]) -> None:
        self._events = events
        self.model.set_rows(self._rows())
        self.empty.setVisible(not events)

    def reset(self) -> None:
        self.search.clear()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Today in the building"))
        self.search.describe(self.tr("Search: event, organisation, room"))
        self.list.setAccessibleName(self.tr("Today in the building"))
        self.empty.setText(self.tr("No trainings or meetings are scheduled today."))
        self.model.set_rows(self._rows())

    def _rows(self) -> list[Row]:
        indonesian = is_indonesian()
        rows = []
        for event in self._events:
            start = event.starts_at.astimezone(self._zone)
            end = event.ends_at.astimezone(self._zone)
            room = event.room_name_id if indonesian else event.room_name_en
            directions = event.directions_id if indonesian else event.directions_en
            title = f"{start:%H:%M}–{end:%H:%M}  {event.title}"
            where = (self.tr("Floor %1").replace("%1", str(event.floor_number))
                     + f" · {event.room_code} {room}")
            subtitle = " · ".join(p for p in (event.organization, where) if p)
            rows.append(Row(title, f"{subtitle}\n{directions}" if directions else subtitle,
                            event.booking_id,
                            keywords=f"{event.room_name_id} {event.room_name_en}"))
        return rows
