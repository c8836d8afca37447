"""The administrator's list of the people who sign in: add someone, change a role, set a new
password, disable (or enable) an account."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.models import Role
from kiosk.operations import Operations
from kiosk.staff.accounts import LOGIN_LIMIT, NAME_LIMIT, StaffSummary
from kiosk.staff.pin import PIN_MAX_LENGTH
from ui.context import AppContext
from ui.reception.staff.models import StaffModel
from ui.reception.staff.sign_in import secret_edit
from ui.reception.staff.texts import pin_rule, staff_error_text
from ui.texts import role_label, something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.form import DialogButtons, FormGrid, refused_fields, show_error
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

DIALOG_WIDTH = 760


def _field_errors(error: BaseException) -> list[tuple[str, str]] | None:
    """(field, words) for each refused field; None when it is not a refusal of fields."""
    refused = refused_fields(error)
    if refused is None:
        return None
    return [(e.field, staff_error_text(e.field, e.code)) for e in refused]


class StaffDialog(QDialog):
    """A new account (``person`` None: name, sign-in name, role, password twice, PIN) or a
    new password for ``person``. Signals: saved()."""

    saved = Signal()
    FIELDS = ("name", "login", "role", "password", "again", "pin")

    def __init__(self, context: AppContext, person: StaffSummary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff-dialog")
        self.context = context
        self.person = person
        self.captions = {f: label("field-caption", self) for f in self.FIELDS}
        self.messages = {f: label("error", self) for f in self.FIELDS}
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.login_edit = QLineEdit(self)
        self.login_edit.setMaxLength(LOGIN_LIMIT)
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.password_edit = secret_edit(self)
        self.again_edit = secret_edit(self)
        self.pin_edit = secret_edit(self, PIN_MAX_LENGTH)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit, "login": self.login_edit, "role": self.role_combo,
            "password": self.password_edit, "again": self.again_edit, "pin": self.pin_edit}
        shown = self.FIELDS if person is None else ("password", "again")
        grid = FormGrid()
        for field in self.FIELDS:
            if field in shown:
                grid.add_row(self.captions[field], self.fields[field],
                             message=self.messages[field])
                continue
            # Not asked for a new password: out of sight (not piled in a corner), and named.
            self.captions[field].setBuddy(self.fields[field])
            for widget in (self.captions[field], self.fields[field], self.messages[field]):
                widget.hide()
        self.status = label("error", self)
        self.status.hide()
        self.intro = label("body", self)
        buttons = DialogButtons(self)
        self.save_button, self.cancel_button = buttons.save_button, buttons.cancel_button
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # Room for each field's message under it, as the organisation form; fits 1280×800.
        self.resize(DIALOG_WIDTH, 740 if person is None else 420)
        self.retranslate()

    def retranslate(self) -> None:
        adding = self.person is None
        self.setWindowTitle(self.tr("New staff account") if adding
                            else self.tr("New password"))
        self.intro.setText(
            self.tr("They sign in with their own name and password; what they may do depends "
                    "on the role.") if adding
            else self.tr("A new password for %1. Tell it to them in person; they can change "
                         "it later.").replace("%1", self.person.name if self.person else ""))
        for field, text in (("name", self.tr("Name")), ("login", self.tr("Sign-in name")),
                            ("role", self.tr("Role")), ("password", self.tr("Password")),
                            ("again", self.tr("Password again")),
                            ("pin", self.tr("PIN (optional)"))):
            self.captions[field].setText(text)
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(Role(self.role_combo.itemData(index))))
        self.login_edit.setPlaceholderText(self.tr("e.g. siti"))
        self.save_button.setText(self.tr("Add") if adding else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def save(self) -> None:
        for field in self.FIELDS:
            show_error(self.messages[field], "", self.fields[field])
        show_error(self.status, "")
        password = self.password_edit.text()
        if password != self.again_edit.text():
            show_error(self.messages["again"], self.tr("The two passwords differ."),
                       self.again_edit)
            return
        actor = self.context.acting()
        job: Callable[[Operations], Any]
        if self.person is None:
            name, login, pin = self.name_edit.text(), self.login_edit.text(), self.pin_edit.text()
            role = Role(self.role_combo.currentData())
            job = lambda ops: ops.staff.add(actor, login, name, role, password, pin)  # noqa: E731
        else:
            person_id = self.person.id
            job = lambda ops: ops.staff.set_password(actor, person_id, password)  # noqa: E731
        self.save_button.setEnabled(False)
        self.context.run(job, self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        if shiboken6.isValid(self):
            self.saved.emit()
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        errors = _field_errors(error)
        if errors is None:
            log.error("staff account not saved: %s", type(error).__name__, exc_info=error)
            show_error(self.status, something_went_wrong(error))
            return
        for field, text in errors:
            if field in self.messages and self.messages[field].parent() is self:
                show_error(self.messages[field], text, self.fields[field])
            else:
                show_error(self.status, text)


class MyAccountDialog(QDialog):
    """The signed-in person's own password and PIN, changed after typing the current
    password. Signals: saved()."""

    saved = Signal()
    FIELDS = ("current_password", "password", "again", "pin")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my-account")
        self.context = context
        self.captions = {f: label("field-caption", self) for f in self.FIELDS}
        self.messages = {f: label("error", self) for f in self.FIELDS}
        self.current_edit = secret_edit(self)
        self.password_edit = secret_edit(self)
        self.again_edit = secret_edit(self)
        self.pin_edit = secret_edit(self, PIN_MAX_LENGTH)
        self.fields: dict[str, QWidget] = {
            "current_password": self.current_edit, "password": self.password_edit,
            "again": self.again_edit, "pin": self.pin_edit}
        grid = FormGrid()
        for field in self.FIELDS:
            grid.add_row(self.captions[field], self.fields[field], message=self.messages[field])
        self.intro = label("body", self)
        self.status = label("error", self)
        self.status.hide()
        buttons = DialogButtons(self)
        self.save_button, self.cancel_button = buttons.save_button, buttons.cancel_button
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(DIALOG_WIDTH, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My password and PIN"))
        self.intro.setText(self.tr("Leave a field empty to keep what you have. The PIN opens "
                                   "your console when it locked itself."))
        for field, text in (("current_password", self.tr("Current password")),
                            ("password", self.tr("New password")),
                            ("again", self.tr("New password again")),
                            ("pin", self.tr("PIN"))):
            self.captions[field].setText(text)
        self.pin_edit.setPlaceholderText(pin_rule())
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def save(self) -> None:
        for field in self.FIELDS:
            show_error(self.messages[field], "", self.fields[field])
        show_error(self.status, "")
        current, password = self.current_edit.text(), self.password_edit.text()
        if password != self.again_edit.text():
            show_error(self.messages["again"], self.tr("The two passwords differ."),
                       self.again_edit)
            return
        # An empty PIN field keeps the PIN as it is.
        pin, actor = self.pin_edit.text() or None, self.context.acting()
        self.save_button.setEnabled(False)
        self.context.run(lambda ops: ops.staff.change_own(actor, current, password, pin),
                         self._saved, self._failed)

    def _saved(self, _summary: object) -> None:
        if shiboken6.isValid(self):
            self.saved.emit()
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        self.current_edit.clear()
        errors = _field_errors(error)
        if errors is None:
            log.error("own account not saved: %s", type(error).__name__, exc_info=error)
            show_error(self.status, something_went_wrong(error))
            return
        for field, text in errors:
            where = field if field in self.messages else None
            if where is None:
                show_error(self.status, text)
            else:
                show_error(self.messages[where], text, self.fields[where])


class StaffPanel(Screen):
    """Everyone with an account; the buttons act on the selected person.

    Signals:
        loaded(): the list shows what the database has.
    """

    loaded = Signal()
    SHOWS = frozenset({Change.STAFF})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff")
        self.context = context
        self.model = StaffModel(context.settings.zone, self)
        self.dialog: StaffDialog | None = None
        self.heading = label("title", self)
        self.table = read_only_table(self, self.model, stretch=(0,))
        for column in (1, 2, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.password_button = QPushButton(self)
        self.password_button.clicked.connect(self.new_password)
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.role_button = QPushButton(self)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.status = label("body", self)
        self.error = label("error", self)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.password_button)
        actions.addWidget(self.role_combo)
        actions.addWidget(self.role_button)
        actions.addWidget(self.disable_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.retranslate()
        context.follow(self, self.SHOWS, self.refresh)
        self._selected()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff accounts"))
        self.add_button.setText(self.tr("Add someone…"))
        self.password_button.setText(self.tr("New password…"))
        self.role_button.setText(self.tr("Change role"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(Role(self.role_combo.itemData(index))))
        self._selected()
        self.model.retranslate()
        self.table.setAccessibleName(self.heading.text())
        # The role to give, named after the list's column of roles.
        self.role_combo.setAccessibleName(
            str(self.model.headerData(2, Qt.Orientation.Horizontal)))

    def refresh(self) -> None:
        actor = self.context.actor
        if actor is None:
            return  # signed out meanwhile: the next person's console reads afresh
        self.context.run(lambda ops: ops.staff.roster(actor), self._show, self._failed)

    def _show(self, people: list[StaffSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        self.model.set_rows(people)
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        show_error(self.error, "")
        self._selected()
        self.loaded.emit()

    def selected(self) -> StaffSummary | None:
        index = self.table.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        person = self.selected()
        for widget in (self.password_button, self.role_combo, self.role_button,
                       self.disable_button):
            widget.setEnabled(person is not None)
        self.disable_button.setText(self.tr("Enable") if person is not None and person.disabled
                                    else self.tr("Disable"))
        if person is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))

    def add(self) -> StaffDialog:
        return self._open(StaffDialog(self.context, None, self))

    def new_password(self) -> StaffDialog | None:
        person = self.selected()
        return self._open(StaffDialog(self.context, person, self)) if person else None

    def _open(self, dialog: StaffDialog) -> StaffDialog:
        dialog.saved.connect(self.refresh)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: StaffDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def change_role(self) -> None:
        person = self.selected()
        if person is not None:
            role = Role(self.role_combo.currentData())
            self._change(lambda ops, actor: ops.staff.set_role(actor, person.id, role))

    def toggle_disabled(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.disabled:
            self._change(lambda ops, actor: ops.staff.enable(actor, person.id))
        else:
            self._change(lambda ops, actor: ops.staff.disable(actor, person.id))

    def _change(self, job: Callable[[Operations, Any], object]) -> None:
        actor = self.context.acting()
        self.context.run(lambda ops: job(ops, actor), lambda _result: self.refresh(),
                         self._failed)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        errors = _field_errors(error)
        if errors is None:
            log.error("staff accounts: %s", type(error).__name__, exc_info=error)
            show_error(self.error, something_went_wrong(error))
        else:
            show_error(self.error, " ".join(text for _field, text in errors))


