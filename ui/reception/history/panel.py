"""Reception answers "was this person here?": one search box (name, phone, organisation,
host, room or pass number) and a period, the newest visits first, a visit's details below."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.staff.activity import ActivityEntry
from kiosk.visits.check_in import VisitSummary
from kiosk.visits.history import LIMIT, VisitQuery
from ui.context import AppContext
from ui.reception.history.models import VisitHistoryModel, destination_text
from ui.texts import purpose_label, something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import show_error
from ui.widgets.search import SearchEdit
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
#: The period shown at first: this week and the one before.
DEFAULT_DAYS = 14


class VisitHistoryPanel(Screen):
    """Signals:
        loaded(): the table shows the answer to the search as it stands.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.VISITS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit-history")
        self.context = context
        self.zone = context.settings.zone
        self.model = VisitHistoryModel(self.zone, self)
        self._build()
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.from_edit.dateChanged.connect(lambda _day: self._timer.start())
        self.until_edit.dateChanged.connect(lambda _day: self._timer.start())
        context.follow(self, self.SHOWS, self.refresh)
        context.run(lambda ops: ops.bookings.today(), self._set_period)

    def _build(self) -> None:
        self.heading = label("title", self)
        self.search_edit = SearchEdit(self)
        self.from_caption = label("field-caption", self, wrap=False)
        self.from_edit = QDateEdit(self)
        self.from_edit.setCalendarPopup(True)
        self.from_caption.setBuddy(self.from_edit)
        self.until_caption = label("field-caption", self, wrap=False)
        self.until_edit = QDateEdit(self)
        self.until_caption.setBuddy(self.until_edit)
        self.until_edit.setCalendarPopup(True)
        for edit in (self.from_edit, self.until_edit):
            edit.setDisplayFormat("dd-MM-yyyy")  # as the table writes days, in both languages
        self.table = read_only_table(self, self.model, stretch=(2, 4, 5))
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 6, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.count = label("subtitle", self)
        self.error = label("error", self)
        self.error.hide()
        self.details = label("field-caption", self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.from_caption)
        top.addWidget(self.from_edit)
        top.addWidget(self.until_caption)
        top.addWidget(self.until_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.details)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Visit history"))
        self.search_edit.describe(self.tr("Name, phone, organisation, room or pass number"))
        self.table.setAccessibleName(self.heading.text())
        self.from_caption.setText(self.tr("From"))
        self.until_caption.setText(self.tr("until"))
        self.model.retranslate()
        self._show_count()
        self._selected(self.table.currentIndex())

    def _set_period(self, today: date) -> None:
        if not shiboken6.isValid(self):
            return
        for edit in (self.from_edit, self.until_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.until_edit.setDate(to_qdate(today))
        for edit in (self.from_edit, self.until_edit):
            edit.blockSignals(False)
        self.refresh()

    def query(self) -> VisitQuery:
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.until_edit.date())
        if last < first:
            first, last = last, first
        return VisitQuery(self.search_edit.text(), first, last)

    def refresh(self) -> None:
        query, actor = self.query(), self.context.actor
        if actor is None:
            return  # signed out meanwhile
        self.context.run(lambda ops: ops.visit_history(query, actor), self._show, self._failed)

    def _show(self, visits: list[VisitSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        show_error(self.error, "")
        self.model.set_rows(visits)
        self._show_count()
        if visits:
            self.table.selectRow(0)
        self._selected(self.table.currentIndex())
        self.loaded.emit()

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        if rows >= LIMIT:
            self.count.setText(self.tr("The newest %1 visits: narrow the search or the period "
                                       "to see others.").replace("%1", str(LIMIT)))
        else:
            self.count.setText(self.tr("%n visit(s)", "", rows))
        self.table.setAccessibleDescription(self.count.text())

    def _selected(self, _index: QModelIndex) -> None:
        if not shiboken6.isValid(self):
            return
        index = self.table.currentIndex()
        visit = self.model.visit_at(index.row()) if index.isValid() else None
        self.details.setText(self.describe(visit) if visit is not None else "")
        if visit is not None and self.context.actor is not None:
            actor, visit_id = self.context.actor, visit.visit_id
            self.context.run(lambda ops: ops.served_by(visit_id, actor),
                             lambda served: self._show_served(visit, served), self._failed)

    def _show_served(self, visit: VisitSummary, served: list[ActivityEntry]) -> None:
        """Who at reception checked the visit in or out, or reprinted its card."""
        if not shiboken6.isValid(self):
            return  # the console was rebuilt (another person signed in) meanwhile
        index = self.table.currentIndex()
        shown = self.model.visit_at(index.row()) if index.isValid() else None
        if shown is None or shown.visit_id != visit.visit_id:
            return  # another visit is chosen now
        texts = {"check_in": self.tr("checked in at the desk by %1"),
                 "check_out": self.tr("checked out at the desk by %1"),
                 "reprint": self.tr("card reprinted by %1")}
        parts = [texts[e.action].replace("%1", e.actor) for e in served if e.action in texts]
        if not any(e.action == "check_in" for e in served):
            parts.insert(0, self.tr("checked in at the kiosk"))
        self.details.setText(" · ".join([self.describe(visit), *parts]))

    def describe(self, visit: VisitSummary) -> str:
        """A visit in one paragraph: who, when, where to, why, and the pass."""
        parts = [visit.visitor_name]
        if visit.organization:
            parts[0] += f" ({visit.organization})"
        came = visit.checked_in_at.astimezone(self.zone)
        parts.append(self.tr("in %1").replace("%1", f"{came:%d-%m-%Y %H:%M}"))
        if visit.checked_out_at is not None:
            left = visit.checked_out_at.astimezone(self.zone)
            parts.append(self.tr("out %1").replace("%1", f"{left:%d-%m-%Y %H:%M}"))
        else:
            parts.append(self.tr("still in the building"))
        parts.append(self.tr("to %1").replace("%1", destination_text(visit)))
        parts.append(purpose_label(visit.purpose))
        parts.append(self.tr("pass %1").replace("%1", visit.pass_number))
        if visit.member_names:
            parts.append(self.tr("with %1").replace("%1", ", ".join(visit.member_names)))
        return " · ".join(parts)

    def _failed(self, error: BaseException) -> None:
        log.error("visit history: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            show_error(self.error, something_went_wrong(error))
