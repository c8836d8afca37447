"""The closures of the coming weeks, and lifting one: *Lift closure* asks once more, in the
dialog, before it goes ahead."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import ClosureSummary
from ui.reception.closures.models import ClosuresModel, Places, period_text
from ui.widgets import label
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table

#: The list shows the closures from today for this many days (as ``gic-kiosk closure list``).
LIST_DAYS = 60


def closure_table(parent: QWidget, model: QAbstractItemModel, stretch: Sequence[int]
                  ) -> QTableView:
    """A read-only list whose columns fit their contents; the ``stretch`` ones share the
    rest, headers to the left."""
    view = read_only_table(parent, model, stretch=stretch)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(model.columnCount()):
        if column not in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class ClosureList(QWidget):
    """The closures from today for :data:`LIST_DAYS` days, soonest first, and lifting the
    one selected once reception confirms. Texts keep the closures dialog's translation
    context.

    Signals:
        lift_confirmed(object): the :class:`~kiosk.bookings.agenda.ClosureSummary` to lift.
    """

    lift_confirmed = Signal(object)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._confirming: ClosureSummary | None = None
        self._ready = False
        self.caption = label("field-caption", self)
        self.model = ClosuresModel(zone, self)
        self.view = closure_table(self, self.model, stretch=(2, 3))
        # A place and a reason may take two lines: the columns share the width.
        self.view.setWordWrap(True)
        self.view.setMinimumWidth(440)
        self.view.horizontalHeader().sectionResized.connect(
            lambda *_: self.view.resizeRowsToContents())
        self.empty_label = label("body", self)
        self.empty_label.hide()
        self.status = label("notice", self)
        self.status.setObjectName("closures-done")
        self.status.hide()
        self.lift_button = QPushButton(self)
        self.lift_button.setAutoDefault(False)
        self.lift_button.clicked.connect(self.ask_lift)
        self._build_confirm()
        self.lift_error = label("error", self)
        self.lift_error.hide()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.lift_error, 1)
        lift_row.addStretch(0)
        lift_row.addWidget(self.lift_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(lift_row)
        layout.addWidget(self.confirm_box)
        QWidget.setTabOrder(self.view, self.lift_button)
        QWidget.setTabOrder(self.lift_button, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.confirm_lift_button)

    def _build_confirm(self) -> None:
        self.confirm_box = QFrame(self)
        self.confirm_box.setProperty("role", "section")
        self.confirm_label = label("body", self.confirm_box)
        self.keep_button = QPushButton(self.confirm_box)
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.hide_confirm)
        self.confirm_lift_button = QPushButton(self.confirm_box)
        self.confirm_lift_button.setProperty("role", "danger")
        self.confirm_lift_button.setAutoDefault(False)
        self.confirm_lift_button.clicked.connect(self._confirmed)
        confirm = QVBoxLayout(self.confirm_box)
        confirm.setContentsMargins(12, 8, 12, 8)
        confirm.addWidget(self.confirm_label)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.keep_button)
        confirm_buttons.addWidget(self.confirm_lift_button)
        confirm.addLayout(confirm_buttons)
        self.confirm_box.hide()

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate(
            "ClosuresDialog", "Closures in the next %1 days").replace("%1", str(LIST_DAYS)))
        self.view.setAccessibleName(self.caption.text())
        self.empty_label.setText(QCoreApplication.translate(
            "ClosuresDialog", "Nothing is closed in the next %1 days.").replace(
                "%1", str(LIST_DAYS)))
        self.lift_button.setText(QCoreApplication.translate("ClosuresDialog", "Lift closure"))
        self.lift_button.setToolTip(QCoreApplication.translate(
            "ClosuresDialog", "Open the selected closure to bookings again"))
        self.keep_button.setText(QCoreApplication.translate("ClosuresDialog", "Keep it closed"))
        self.confirm_lift_button.setText(
            QCoreApplication.translate("ClosuresDialog", "Yes, lift the closure"))
        self._name_confirm()
        self.model.retranslate()

    def _name_confirm(self) -> None:
        closure = self._confirming
        if closure is None:
            self.confirm_label.clear()
            return
        self.confirm_label.setText(
            QCoreApplication.translate(
                "ClosuresDialog",
                "Lift the closure of %1, %2? It can be booked again for that time.")
            .replace("%1", self.model.where(closure))
            .replace("%2", period_text(closure.starts_at, closure.ends_at, self.zone)))

    def show_closures(self, closures: Sequence[ClosureSummary], places: Places,
                      select: uuid.UUID | None = None) -> None:
        """The closures as read now, with ``select`` selected and scrolled to."""
        self.hide_confirm()
        self.model.set_closures(closures, places)
        self.view.resizeRowsToContents()
        self.empty_label.setVisible(not closures)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def set_ready(self, ready: bool) -> None:
        """Lifting is offered only when nothing else is loading or being saved."""
        self._ready = ready
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.lift_button.setEnabled(self._ready and self.selected() is not None
                                    and self._confirming is None)
        self.confirm_lift_button.setEnabled(self._ready and self._confirming is not None)

    def selected(self) -> ClosureSummary | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.closure_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                           ) -> None:
        if self._confirming is not None and self.selected() != self._confirming:
            self.hide_confirm()
        show_error(self.lift_error, "")
        self._update_buttons()

    def ask_lift(self) -> None:
        """Ask, in the dialog, whether to lift the selected closure."""
        closure = self.selected()
        if closure is None or not self._ready:
            return
        self._confirming = closure
        self._name_confirm()
        self.confirm_box.show()
        self.status.hide()
        self.keep_button.setFocus()
        self._update_buttons()

    def hide_confirm(self) -> None:
        self._confirming = None
        self.confirm_box.hide()
        self._update_buttons()

    def _confirmed(self) -> None:
        if self._confirming is not None and self._ready:
            self.lift_confirmed.emit(self._confirming)
