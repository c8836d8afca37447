"""The day's schedules on paper: the lobby list and every floor's grid, printed on the A4
printer when reception asks, and every morning at opening time when the settings say so."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.paper.printing import PrintError, PrintOutcome
from kiosk.schedules.service import Schedule
from ui.context import AppContext
from ui.texts import print_problem_text

log = logging.getLogger(__name__)


def next_opening(now: datetime, zone: ZoneInfo, opening: time) -> datetime:
    """The next opening time strictly after ``now``, in the building's time zone."""
    local = now.astimezone(zone)
    candidate = datetime.combine(local.date(), opening, tzinfo=zone)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), opening, tzinfo=zone)
    return candidate


class SchedulePrinting(QObject):
    """Prints a day's schedules through the database worker (the PDFs are read from the
    database) and says how it went.

    Signals:
        finished(str): one sentence for reception: printed, saved (no printer), or why not.
    """

    finished = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._morning)
        if context.settings.bookings.auto_print_schedules:
            self.arm()

    def arm(self) -> None:
        """Wait for the next opening time (a timer, not a poll)."""
        settings = self.context.settings
        now = datetime.now(settings.zone)
        due = next_opening(now, settings.zone, settings.hours.opening)
        self.timer.start(max(1000, int((due - now).total_seconds() * 1000)))
        log.info("daily schedules will print at %s", due.isoformat())

    def print_day(self, day: date | None = None) -> None:
        """The lobby list and the floors' grids of ``day`` (today when None)."""
        if self.busy:
            return  # one print at a time: a double click prints once
        self.busy = True
        # The PDFs come from the database worker; waiting for CUPS happens on the printing
        # thread, so check-ins and the calendar never queue behind the printer.
        self.context.run(lambda ops: ops.bookings.daily_schedules(day), self._send,
                         self._failed)

    def _send(self, schedules: list[Schedule]) -> None:
        self.context.run_printing(lambda ops: ops.bookings.send_schedules(schedules),
                                  self._done, self._failed)

    def _morning(self) -> None:
        self.print_day(None)
        self.arm()

    def _done(self, outcomes: list[PrintOutcome]) -> None:
        self.busy = False
        if outcomes and all(o.printed for o in outcomes):
            queue = outcomes[0].queue if outcomes else ""
            self.finished.emit(self.tr("The schedules were sent to the printer %1.")
                               .replace("%1", queue or ""))
        else:
            folder = outcomes[0].saved_to.parent if outcomes and outcomes[0].saved_to else ""
            self.finished.emit(self.tr("No A4 printer is set up: the schedules are saved in %1")
                               .replace("%1", str(folder)))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, PrintError):
            detail = f" ({error.detail})" if error.detail else ""
            self.finished.emit(self.tr("The schedules did not print: %1")
                               .replace("%1", print_problem_text(error.problem) + detail))
        else:
            log.error("the schedules could not be made", exc_info=error)
            self.finished.emit(self.tr("The schedules could not be made. Please try again."))
