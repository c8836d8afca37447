"""What the three calendar tabs share: the date bar, loading on the worker while dropping
answers the receptionist has moved past, and refreshing when the data they show changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from kiosk.db.changes import Change
from ui.context import AppContext
from ui.texts import something_went_wrong
from ui.widgets import Screen, label

if TYPE_CHECKING:
    from kiosk.operations import Operations

log = logging.getLogger(__name__)
T = TypeVar("T")


def while_alive(widget: QWidget, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, skipped once ``widget`` is deleted: a database result can arrive after
    its window closed (the worker finishes every job it was given)."""

    def call(value: T) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


class DateBar(QWidget):
    """Previous, a date picker, next and "Today": which day a calendar view shows.

    Signals:
        day_chosen(object): the receptionist chose another day (a ``datetime.date``).
    """

    day_chosen = Signal(object)

    def __init__(self, step_days: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar-date-bar")
        self.step_days = step_days
        self.today: date | None = None
        self.previous_button = QPushButton("◀", self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.next_button = QPushButton("▶", self)
        self.today_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat("dddd, d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date"))
        if self.step_days == 7:
            self.previous_button.setToolTip(self.tr("Previous week (Ctrl+PgUp)"))
            self.next_button.setToolTip(self.tr("Next week (Ctrl+PgDown)"))
            self.today_button.setText(self.tr("This week"))
        else:
            self.previous_button.setToolTip(self.tr("Previous day (Ctrl+PgUp)"))
            self.next_button.setToolTip(self.tr("Next day (Ctrl+PgDown)"))
            self.today_button.setText(self.tr("Today"))
        self.previous_button.setAccessibleName(self.previous_button.toolTip())
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.today_button.setToolTip(self.tr("Back to today (Ctrl+T)"))

    @property
    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        """Show ``day`` without announcing it."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def step(self, direction: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(direction * self.step_days))

    def go_today(self) -> None:
        if self.today is not None:
            self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))

    def _edited(self, value: QDate) -> None:
        self.day_chosen.emit(date(value.year(), value.month(), value.day()))


class CalendarPanel(Screen):
    """A calendar tab: a date bar, a "Refresh" button, an error line, and a view loaded on the
    worker. Subclasses say what to load (:meth:`_load_job`) and how to show it
    (:meth:`_show`), and which kinds of data they show (:attr:`SHOWS`): a change to one of
    them (:attr:`AppContext.changed <ui.context.AppContext.changed>`) reloads the panel while
    it is visible, or as soon as it becomes visible again.

    Signals:
        loaded(): what the panel asked the database for arrived and is shown.
    """

    loaded = Signal()

    #: The kinds of data the panel shows.
    SHOWS: ClassVar[frozenset[Change]] = frozenset()
    #: What the log says when loading fails.
    LOADING: ClassVar[str] = "the calendar"

    def __init__(self, context: AppContext, step_days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.context = context
        self.day: date | None = None
        self._request = 0
        self.date_bar = DateBar(step_days, self)
        self.refresh_button = QPushButton(self)
        self.status = label("error", self)
        self.status.hide()
        self.date_bar.day_chosen.connect(self.set_day)
        self.refresh_button.clicked.connect(self.refresh)
        context.follow(self, self.SHOWS, self.refresh)

    # --- navigation -----------------------------------------------------------------------

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

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load again, on the worker; :attr:`loaded` says when it is shown."""
        job = self._load_job()
        if job is None:
            return  # the first load follows once the panel knows what to show
        self._request += 1
        request = self._request
        self.context.run(job, while_alive(self, lambda result: self._answer(request, result)),
                         while_alive(self, self._failed))

    def _load_job(self) -> Callable[[Operations], Any] | None:
        """What to read for the view, or None while there is nothing to show yet."""
        raise NotImplementedError

    def _show(self, result: Any) -> None:
        """Show what :meth:`_load_job` read."""
        raise NotImplementedError

    def _answer(self, request: int, result: Any) -> None:
        if request != self._request:
            return  # the receptionist has moved on to another day, floor or room meanwhile
        self._show(result)
        self.status.hide()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        log.error("reception could not load %s", self.LOADING, exc_info=error)
        self.status.setText(something_went_wrong(error))
        self.status.show()
