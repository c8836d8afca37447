"""The evacuation at reception: one touch prints the roll call and opens the roll-call screen,
where marshals tick people safe and see how many are still unaccounted for.

Two kinds of screen: the signed-in console's (staff: phone numbers on paper and on screen,
the print recorded under their name) and the one the lock and sign-in pages open, when the
alarm rings with nobody signed in (no phone number is read, on paper or on screen).

Ticks live in memory, in the window's :class:`SafeTicks`, shared by both kinds: the marshals'
work carries over when someone signs in (to see phone numbers and call who is missing),
locks, or signs out, and closing the screen by mistake keeps it. A tick names a visit, not a
phone, so sharing shows a locked screen nothing it would not show anyway. A touch of the button
an hour after the last tick begins a new evacuation with none (:data:`FORGET_AFTER`). Ticks
are never saved: a roll call is minutes of one desk's work, a tick is a marshal's glance and
not a fact about the visit, and after the alarm people are checked out as usual. Persisting
them would mean a synced table whose rows name who stood where during an emergency, for
nobody to read afterwards.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.paper.printing import PrintError, PrintOutcome
from kiosk.safety.evacuation import RollCall, take_roll_call
from ui.context import AppContext
from ui.reception.evacuation.columns import fit_columns
from ui.reception.evacuation.model import RollCallModel, SafeTicks, UnaccountedFilter
from ui.reception.evacuation.tick import TICK_WIDTH, TickDelegate
from ui.texts import something_went_wrong
from ui.widgets import label

if TYPE_CHECKING:
    from kiosk.operations import Operations

log = logging.getLogger(__name__)

#: The columns of words, which share the width the others leave.
WORDS = (RollCallModel.NAME, RollCallModel.ORGANIZATION, RollCallModel.WHERE)
#: What the roll call shows: people, rooms and bookings, and how fresh the device's data is.
ROLL_CALL_SHOWS = frozenset({Change.VISITS, Change.BOOKINGS, Change.CATALOGUE, Change.SYNC})


class EvacuationDialog(QDialog):
    """The roll-call screen: everyone in the building by floor, each with a large tick, the
    number still unaccounted for (groups counted by their size), a filter for only them, and
    the printed list's fate. :meth:`start` prints the list and shows the screen.

    ``staff``: opened by the signed-in staff member (phones, the print recorded); False: by
    nobody known (a locked console, the sign-in page), so without phones. ``ticks``: shared
    with the window's other roll-call screens (None: the screen's own)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 staff: bool = True, ticks: SafeTicks | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evacuation")
        self.context = context
        self.staff = staff
        self._printing = False
        self.model = RollCallModel(self, ticks)
        self.filter = UnaccountedFilter(self)
        self.filter.setSourceModel(self.model)
        self.title = label("title", self)
        self.freshness = label("body", self)
        self.print_status = label("body", self)
        self.unaccounted = label("title", self)
        self.total = label("body", self)
        self.only_button = QPushButton(self)
        self.only_button.setProperty("role", "toggle")
        self.only_button.setCheckable(True)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("role", "primary")
        self.tree = QTreeView(self)
        self.tree.setModel(self.filter)
        self.tree.setItemDelegate(TickDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)  # a long name takes the row's second line, not an ellipsis
        self.tree.setSelectionMode(QTreeView.SelectionMode.NoSelection)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        # Sized by fit_columns (the columns of words share the width, none below its title).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.viewport().installEventFilter(self)
        # Floors' titles span the first column: its width is the tick's, not theirs.
        header.setSectionResizeMode(RollCallModel.TICK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RollCallModel.TICK, TICK_WIDTH)
        self.only_button.toggled.connect(self._only_unaccounted)
        self.print_button.clicked.connect(self.print_list)
        self.close_button.clicked.connect(self.accept)
        self.model.counts_changed.connect(self._show_counts)
        self.model.modelReset.connect(self._expand)
        self.filter.layoutChanged.connect(self._expand)
        self.filter.rowsInserted.connect(self._expand)

        counts = QVBoxLayout()
        counts.addWidget(self.unaccounted)
        counts.addWidget(self.total)
        top = QHBoxLayout()
        top.addLayout(counts, 1)
        top.addWidget(self.only_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_status, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.freshness)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        context.follow(self, ROLL_CALL_SHOWS, self.refresh)
        self.retranslate()

    # --- what it does -------------------------------------------------------------------------

    @property
    def printing(self) -> bool:
        """A print asked for has not finished (nor failed) yet."""
        return self._printing

    def start(self) -> None:
        """Print the list (on the A4 printer, or saved) and show the roll call."""
        self.print_list()
        parent = self.parentWidget()
        if parent is not None:
            self.resize(parent.window().size())  # the whole console: nothing else matters now
        self.show()

    def print_list(self) -> None:
        """The roll call again, read now and printed; the screen shows the same list."""
        if self._printing:
            return  # one print at a time: a double touch prints once
        self._printing = True
        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Printing the evacuation list…"))
        actor = self.context.acting() if self.staff else None
        self.context.run(lambda ops: take_roll_call(ops.database, ops.settings, ops.clock(),
                                                    actor, printed=True),
                         self._send, self._print_failed)

    def refresh(self) -> None:
        """Read the roll call again (someone checked out, a sync brought check-ins)."""
        actor = self.context.actor if self.staff else None
        if self.staff and actor is None:
            return  # signed out meanwhile: the next person's touch reads it afresh
        self.context.run(lambda ops: take_roll_call(ops.database, ops.settings, ops.clock(),
                                                    actor), self._show, self._read_failed)

    def _send(self, roll_call: RollCall) -> None:
        self._show(roll_call)

        def send(ops: Operations) -> PrintOutcome:
            from kiosk.safety.evacuation_sheet import send_sheet

            return send_sheet(roll_call, ops.settings, ops.printer)

        # Drawing the PDF and waiting for CUPS happen on the printing thread: the database
        # worker (and the list on screen) never wait on the printer.
        self.context.run_printing(send, self._printed, self._print_failed)

    def _show(self, roll_call: RollCall) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_roll_call(roll_call)
        self.tree.setColumnHidden(RollCallModel.PHONE, not roll_call.phones_shown)
        self._show_freshness()
        fit_columns(self.tree, WORDS)

    def _printed(self, outcome: PrintOutcome) -> None:
        if not shiboken6.isValid(self):
            return
        self._printing = False
        self.print_button.setEnabled(True)
        if outcome.printed:
            self.print_status.setText(self.tr("The list was sent to the printer %1.")
                                      .replace("%1", outcome.queue or ""))
        else:
            self.print_status.setText(self.tr("No A4 printer is set up: the list is saved in %1")
                                      .replace("%1", str(outcome.saved_to or "")))

    def _print_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._printing = False
        self.print_button.setEnabled(True)
        if isinstance(error, PrintError):
            self.print_status.setText(self.tr("The list did not print (%1). Touch Print again "
                                              "or use the list on this screen.")
                                      .replace("%1", error.detail or str(error.problem)))
        else:
            log.error("the evacuation list could not be made", exc_info=error)
            self.print_status.setText(something_went_wrong(error))

    def _read_failed(self, error: BaseException) -> None:
        log.error("the roll call could not be read", exc_info=error)
        if shiboken6.isValid(self):
            self.print_status.setText(something_went_wrong(error))

    def _only_unaccounted(self, only: bool) -> None:
        self.filter.set_unaccounted_only(only)
        self._expand()

    def _expand(self) -> None:
        self.tree.expandAll()
        for row in range(self.filter.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        fit_columns(self.tree, WORDS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.tree, WORDS)
        return super().eventFilter(watched, event)

    # --- words --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evacuation roll call"))
        self.title.setText(self.tr("Evacuation roll call"))
        self.only_button.setText(self.tr("Unaccounted only"))
        # Checked, the theme draws it bold: wide enough for that, so no letter is cut.
        self.only_button.ensurePolished()
        bold = QFont(self.only_button.font())
        bold.setBold(True)
        self.only_button.setMinimumWidth(
            QFontMetrics(bold).horizontalAdvance(self.only_button.text()) + 72)
        self.print_button.setText(self.tr("Print again"))
        self.close_button.setText(self.tr("Close"))
        self.tree.setAccessibleName(self.title.text())
        self._show_counts()
        self._show_freshness()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          RollCallModel.COLUMNS - 1)
        fit_columns(self.tree, WORDS)

    def _show_counts(self) -> None:
        self.unaccounted.setText(self.tr("%n person(s) not yet accounted for", "",
                                         self.model.unaccounted))
        self.total.setText(self.tr("%n person(s) in the building. Touch the box of each "
                                   "person who is safe.", "", self.model.total))
        self.tree.setAccessibleDescription(self.unaccounted.text())

    def _show_freshness(self) -> None:
        roll_call = self.model.roll_call
        if roll_call is None:
            self.freshness.setText("")
            return
        self.freshness.setText(" ".join(
            part for part in (self._freshness(roll_call), self._phones(roll_call)) if part))

    def _freshness(self, roll_call: RollCall) -> str:
        zone = roll_call.zone
        taken = self._clock(roll_call.taken_at, roll_call)
        if not roll_call.sync_configured:
            return self.tr("As of %1, from this device's own data (no central database).") \
                .replace("%1", taken)
        if roll_call.last_synced_at is None:
            return self.tr("As of %1. This device has never synced: check-ins made on other "
                           "devices may be missing.").replace("%1", taken)
        synced = roll_call.last_synced_at.astimezone(zone)
        return self.tr("As of %1; last synced at %2: check-ins made on other devices since "
                       "then may be missing.").replace("%1", taken) \
            .replace("%2", self._clock(synced, roll_call))

    def _phones(self, roll_call: RollCall) -> str:
        if roll_call.phones_shown:
            return ""
        return self.tr("Phone numbers are shown only to signed-in staff.")

    @staticmethod
    def _clock(moment: datetime, roll_call: RollCall) -> str:
        local = moment.astimezone(roll_call.zone)
        taken = roll_call.taken_at.astimezone(roll_call.zone)
        return f"{local:%H:%M}" if local.date() == taken.date() else f"{local:%d.%m.%Y %H:%M}"
