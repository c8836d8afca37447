"""The manager's record of who did what: by person, by kind and by period, newest first."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime, time, timedelta

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from kiosk.db.changes import Change
from kiosk.models import ActivityKind
from kiosk.staff.accounts import StaffSummary
from kiosk.staff.activity import SEARCH_LIMIT, ActivityEntry, ActivityQuery
from ui.context import AppContext
from ui.reception.staff.models import ActivityModel
from ui.reception.staff.texts import kind_label
from ui.texts import something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

#: The period shown at first: this week and the one before.
DEFAULT_DAYS = 14


class ActivityPanel(Screen):
    """Signals:
        loaded(): the table shows the answer to the filters as they stand.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.STAFF, Change.BOOKINGS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity")
        self.context = context
        self.zone = context.settings.zone
        self.model = ActivityModel(self.zone, None, self)
        self.heading = label("title", self)
        self.person_combo = QComboBox(self)
        self.person_combo.addItem("", None)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("", None)
        for kind in ActivityKind:
            self.kind_combo.addItem("", kind.value)
        self.from_caption = label("field-caption", self, wrap=False)
        self.from_edit = QDateEdit(self)
        self.until_caption = label("field-caption", self, wrap=False)
        self.until_edit = QDateEdit(self)
        self.from_caption.setBuddy(self.from_edit)
        self.until_caption.setBuddy(self.until_edit)
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.table = read_only_table(self, self.model, stretch=(5,))
        for column in range(5):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = label("body", self)
        self.error = label("error", self)
        self.error.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.person_combo, 1)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.from_caption)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.until_caption)
        filters.addWidget(self.until_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        self.retranslate()
        for combo in (self.person_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        for edit in (self.from_edit, self.until_edit):
            edit.dateChanged.connect(lambda _day: self.refresh())
        self._ready = False
        context.follow(self, self.SHOWS, self.refresh)
        actor = context.acting()
        context.run(lambda ops: (ops.bookings.today(), ops.device_id, ops.staff.roster(actor)),
                    self._start, self._failed)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Activity"))
        self.person_combo.setItemText(0, self.tr("Everyone"))
        self.kind_combo.setItemText(0, self.tr("Everything"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(index,
                                        kind_label(ActivityKind(self.kind_combo.itemData(index))))
        self.from_caption.setText(self.tr("From"))
        self.until_caption.setText(self.tr("until"))
        self.model.retranslate()
        # The filters are named after the columns they filter, the list after the tab.
        self.person_combo.setAccessibleName(self._column(1))
        self.kind_combo.setAccessibleName(self._column(4))
        self.table.setAccessibleName(self.heading.text())
        self._show_count()

    def _column(self, column: int) -> str:
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def _start(self, answer: tuple[date, uuid.UUID, list[StaffSummary]]) -> None:
        if not shiboken6.isValid(self):
            return
        today, device_id, people = answer
        self.model.this_device = device_id
        for widget in (self.from_edit, self.until_edit, self.person_combo):
            widget.blockSignals(True)
        for person in people:
            self.person_combo.addItem(f"{person.name} ({person.login})", person.id)
        self.from_edit.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.until_edit.setDate(to_qdate(today))
        for widget in (self.from_edit, self.until_edit, self.person_combo):
            widget.blockSignals(False)
        self._ready = True
        self.refresh()

    def query(self) -> ActivityQuery:
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.until_edit.date())
        if last < first:
            first, last = last, first
        kind = self.kind_combo.currentData()
        return ActivityQuery(
            start=datetime.combine(first, time(0), self.zone),
            end=datetime.combine(last + timedelta(days=1), time(0), self.zone),
            staff_id=self.person_combo.currentData(),
            kind=ActivityKind(kind) if kind else None)

    def refresh(self) -> None:
        actor = self.context.actor
        if not self._ready or actor is None:
            return
        query = self.query()
        self.context.run(lambda ops: ops.staff.activity(actor, query), self._show,
                         self._failed)

    def _show(self, entries: list[ActivityEntry]) -> None:
        if not shiboken6.isValid(self):
            return
        show_error(self.error, "")
        self.model.set_rows(entries)
        self._show_count()
        self.loaded.emit()

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        if rows >= SEARCH_LIMIT:
            self.count.setText(self.tr("The newest %1 entries: narrow the filters to see "
                                       "others.").replace("%1", str(SEARCH_LIMIT)))
        else:
            self.count.setText(self.tr("%n entry/entries", "", rows))
        self.table.setAccessibleDescription(self.count.text())

    def _failed(self, error: BaseException) -> None:
        log.error("activity: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            show_error(self.error, something_went_wrong(error))
