"""The manager's list of the building's rooms: add, change, retire (refused, with the
bookings in the way, while bookings still hold the room) and bring back."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.rooms.operations import RoomDetails, RoomHasBookingsError
from ui.context import AppContext
from ui.reception.rooms.dialog import RoomDialog
from ui.reception.rooms.models import RoomsModel
from ui.texts import something_went_wrong
from ui.widgets import Screen, is_indonesian, label
from ui.widgets.confirm import ConfirmBar
from ui.widgets.form import show_error
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

#: The bookings in the way named one by one, then "and N more".
SHOWN_BOOKINGS = 5


class RoomsPanel(Screen):
    """Signals:
        loaded(): the list shows what the database has.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.CATALOGUE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rooms")
        self.context = context
        self.zone = context.settings.zone
        self.model = RoomsModel(self.zone, self)
        self.dialog: RoomDialog | None = None
        self.heading = label("title", self)
        self.retired_box = QCheckBox(self)
        self.retired_box.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.table = read_only_table(self, self.model, stretch=(1,))
        for column in (0, 2, 3, 4, 5, 6):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button = QPushButton(self)
        self.retire_button.clicked.connect(self.retire_or_bring_back)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._retire_confirmed)
        self.status = label("body", self)
        self.error = label("error", self)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.retired_box)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.retire_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.retranslate()
        context.follow(self, self.SHOWS, self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Rooms"))
        self.table.setAccessibleName(self.heading.text())
        self.retired_box.setText(self.tr("Show retired rooms"))
        self.add_button.setText(self.tr("Add a room"))
        self.edit_button.setText(self.tr("Change…"))
        self.confirm.set_buttons(self.tr("Retire"), self.tr("Keep it"))
        self.model.retranslate()
        self._selected()

    def refresh(self) -> None:
        include_retired = self.retired_box.isChecked()
        self.context.run(lambda ops: ops.rooms.list(include_retired=include_retired),
                         self._show, self._failed)

    def _show(self, rooms: list[RoomDetails]) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        self.model.set_rows(rooms)
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        self._selected()
        self.loaded.emit()

    def selected(self) -> RoomDetails | None:
        index = self.table.currentIndex()
        return self.model.room_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.retire_button.setEnabled(chosen is not None)
        self.retire_button.setText(self.tr("Bring back") if chosen is not None and chosen.retired
                                   else self.tr("Retire…"))
        self.confirm.hide()

    def add(self) -> RoomDialog:
        return self._open(None)

    def edit(self) -> RoomDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, room: RoomDetails | None) -> RoomDialog:
        dialog = RoomDialog(self.context, room, self)
        dialog.saved.connect(lambda saved: self._say(
            self.tr("Saved: %1").replace(
                "%1", f"{saved.code} {saved.name('id' if is_indonesian() else 'en')}")))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: RoomDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def retire_or_bring_back(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.retired:
            actor = self.context.acting()
            self.context.run(lambda ops: ops.rooms.bring_back(chosen.id, actor),
                             lambda room: self._say(self.tr("Back in use: %1").replace(
                                 "%1", room.code)), self._failed)
            return
        self.confirm.ask(self.tr(
            "Retire %1? It is no longer offered for bookings or to visitors; its past "
            "bookings and visits keep its name.").replace("%1", chosen.code))

    def _retire_confirmed(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        actor = self.context.acting()
        self.context.run(lambda ops: ops.rooms.retire(chosen.id, actor),
                         lambda room: self._say(self.tr("Retired: %1").replace("%1", room.code)),
                         self._failed)

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self):
            show_error(self.error, "")
            self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, RoomHasBookingsError):
            show_error(self.error, self.bookings_in_the_way(error))
            return
        log.error("rooms: %s", type(error).__name__, exc_info=error)
        show_error(self.error, something_went_wrong(error))

    def bookings_in_the_way(self, error: RoomHasBookingsError) -> str:
        """Why the room stays: the bookings that still hold it, to move or cancel first."""
        lines = [self.tr("%1 still has bookings: move or cancel them first.").replace(
            "%1", error.room_code)]
        for booking in error.bookings[:SHOWN_BOOKINGS]:
            start = booking.starts_at.astimezone(self.zone)
            end = booking.ends_at.astimezone(self.zone)
            lines.append(f"• {start:%d-%m-%Y %H:%M}–{end:%H:%M}  {booking.title}")
        if len(error.bookings) > SHOWN_BOOKINGS:
            lines.append(self.tr("and %1 more").replace(
                "%1", str(len(error.bookings) - SHOWN_BOOKINGS)))
        return "\n".join(lines)
