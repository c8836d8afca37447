"""The manager's deny list: who the kiosk holds for reception, why and until when; adding
and removing entries. Only a role that handles privacy sees this tab (the domain refuses
everyone else anyway)."""

from __future__ import annotations

import logging
import uuid

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from kiosk.db.changes import Change
from kiosk.safety.deny import DenySummary
from kiosk.visits.phone import format_phone
from ui.context import AppContext
from ui.reception.deny.dialog import DenyEntryDialog
from ui.reception.deny.models import DenyListModel
from ui.texts import something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.confirm import ConfirmBar
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)


class DenyListPanel(Screen):
    """The entries, newest first, refreshed whenever the list changes (here, or pulled from
    another desk).

    Signals:
        loaded(): the table shows the list as it stands.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.PRIVACY})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deny-list")
        self.context = context
        self.model = DenyListModel(context.settings.zone, self)
        self.dialog: DenyEntryDialog | None = None
        self._removing: uuid.UUID | None = None
        self.heading = label("title", self)
        self.explanation = label("body", self)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.table = read_only_table(self, self.model, stretch=(2,))
        for column in (0, 1, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.ask_remove)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._remove_confirmed)
        self.error = label("error", self)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        self.retranslate()
        context.follow(self, self.SHOWS, self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Deny list"))
        self.table.setAccessibleName(self.heading.text())
        self.explanation.setText(self.tr(
            "The kiosk holds a check-in that matches an entry (the same phone number, or the "
            "same name whatever its case, spaces or accents) and tells the visitor only to see "
            "reception. Reception sees the reason and decides. Nothing of this list shows on "
            "the kiosk."))
        self.add_button.setText(self.tr("Add a person"))
        self.remove_button.setText(self.tr("Remove from the list"))
        self.confirm.set_buttons(self.tr("Remove"), self.tr("Keep"))
        self.model.retranslate()
        self._selected()

    def refresh(self) -> None:
        actor = self.context.actor
        if actor is None:
            return
        self.context.run(lambda ops: ops.deny_list.entries(actor), self._show, self._failed)

    def _show(self, entries: list[DenySummary]) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        self.model.set_rows(entries)
        if chosen is not None and (row := self.model.row_of(chosen.entry_id)) >= 0:
            self.table.selectRow(row)
        show_error(self.error, "")
        self._selected()
        self.loaded.emit()

    def selected(self) -> DenySummary | None:
        index = self.table.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)
        self.confirm.hide()  # a question about another row no longer stands

    def add(self) -> DenyEntryDialog:
        """The form for a new entry; :attr:`dialog` until it closes (the list reloads from
        the change the entry made)."""
        dialog = DenyEntryDialog(self.context, self)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: DenyEntryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def ask_remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._removing = chosen.entry_id
        phone = format_phone(chosen.phone_e164) if chosen.phone_e164 else ""
        who = " · ".join(part for part in (chosen.name, phone) if part)
        self.confirm.ask(self.tr("Remove %1 from the deny list? Their check-ins are no longer "
                                 "held.").replace("%1", who))

    def _remove_confirmed(self) -> None:
        entry_id, actor = self._removing, self.context.acting()
        self._removing = None
        if entry_id is None:
            return
        self.context.run(lambda ops: ops.deny_list.remove(entry_id, actor), None, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("deny list: %s", type(error).__name__, exc_info=error)
        show_error(self.error, something_went_wrong(error))
