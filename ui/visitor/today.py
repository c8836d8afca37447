"""Today in the building: every training, meeting and event, searchable."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from kiosk.bookings.events import EventSummary
from ui.keyboard import OnScreenKeyboard
from ui.list_model import Row, RowsModel, SearchProxy
from ui.visitor.step import StepScreen
from ui.widgets import is_indonesian, label


class TodayScreen(StepScreen):
    """Today's bookings by time with floor, room and the way there."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self._zone = zone
        self._events: list[EventSummary] = []
        self.search = QLineEdit(self)
        self.search.setProperty("role", "search")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setProperty("role", "touch-list")
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = label("body", self)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.search)
        self.keyboard.done.connect(self.list.setFocus)
        self.body.addWidget(self.search)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.keyboard)
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
        self.search.setPlaceholderText(self.tr("Search: event, organisation, room"))
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
