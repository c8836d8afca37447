"""What the console shows before anyone works at it: signing in, the first administrator of a
fresh install, and the lock an idle console puts itself behind."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff.accounts import LOGIN_LIMIT, NAME_LIMIT, PASSWORD_MAX, SignIn, SignInRefusal
from kiosk.staff.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from kiosk.staff.roles import Actor
from ui.context import AppContext
from ui.reception.evacuation import EvacuationButton, SafeTicks
from ui.reception.staff.texts import staff_error_text
from ui.texts import something_went_wrong
from ui.widgets import Screen, is_indonesian, label, other_language_name
from ui.widgets.form import FormGrid, refused_fields, show_error
from ui.widgets.screen import language_toggle_name

log = logging.getLogger(__name__)

#: The card in the middle of the screen: room for the longest caption beside a field that
#: shows a whole passphrase, in either language.
CARD_WIDTH = 860


def secret_edit(parent: QWidget, limit: int = PASSWORD_MAX) -> QLineEdit:
    """A field whose text is never shown (a password; with ``PIN_MAX_LENGTH``, a PIN)."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(limit)
    return edit


def refusal_text(result: SignIn, until: str) -> str:
    """Why a sign-in (or unlock) was refused, in words (``until``: the lock's end)."""
    if result.refusal is SignInRefusal.LOCKED:
        return QCoreApplication.translate(
            "SignIn", "Too many wrong tries: this account is locked until %1. An "
                      "administrator can reset the password.").replace("%1", until)
    if result.refusal is SignInRefusal.DISABLED:
        return QCoreApplication.translate(
            "SignIn", "This account is disabled. Please ask an administrator.")
    # No count of the tries left: it would tell a stranger which names exist.
    return QCoreApplication.translate(
        "SignIn", "Wrong name or password. Five wrong tries in a row lock the account for "
                  "five minutes.")


class _Card(Screen):
    """A titled card in the middle of the window, with the evacuation button and the language
    switch above it. The alarm does not wait for someone to sign in: the button prints the
    roll call without phone numbers (nobody known is at the desk) and opens its screen, with
    the window's shared ``ticks``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ticks: SafeTicks | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.brand = label("brand", self, align=Qt.AlignmentFlag.AlignCenter)
        self.brand.setText(context.building_name)
        self.heading = label("title", self)
        self.explanation = label("body", self)
        self.status = label("error", self)
        self.status.hide()
        self.language_button = QPushButton(self)
        self.language_button.setProperty("role", "language")
        self.language_button.clicked.connect(self._toggle_language)
        self.evacuation = EvacuationButton(context, self, staff=False, ticks=ticks)
        self.card = QFrame(self)
        self.card.setFixedWidth(CARD_WIDTH)
        self.body = QVBoxLayout(self.card)
        self.body.setSpacing(12)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(self.evacuation)
        top.addStretch(1)
        top.addWidget(self.language_button)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.card)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.brand)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)

    def retranslate(self) -> None:
        self.language_button.setText(other_language_name())
        self.language_button.setAccessibleName(language_toggle_name())

    def _toggle_language(self) -> None:
        self.context.translations.install("en" if is_indonesian() else "id")

    def _button(self, primary: bool = False) -> QPushButton:
        button = QPushButton(self.card)
        if primary:
            button.setProperty("role", "primary")
            button.setDefault(True)
            button.setAutoDefault(True)
        return button

    def _failed(self, error: BaseException) -> None:
        log.error("staff sign-in failed: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            self._set_busy(False)
            show_error(self.status, something_went_wrong(error))

    def _set_busy(self, busy: bool) -> None:
        """Subclasses disable their button while the worker answers."""

    def _until(self, result: SignIn) -> str:
        if result.locked_until is None:
            return ""
        return f"{result.locked_until.astimezone(self.context.settings.zone):%H:%M}"


class SignInPage(_Card):
    """Name and password. Signals: signed_in(object): the :class:`Actor`."""

    signed_in = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ticks: SafeTicks | None = None) -> None:
        super().__init__(context, parent, ticks=ticks)
        self.setObjectName("sign-in")
        self.login_caption = label("field-caption", self.card)
        self.login_edit = QLineEdit(self.card)
        self.login_edit.setMaxLength(LOGIN_LIMIT)
        self.password_caption = label("field-caption", self.card)
        self.password_edit = secret_edit(self.card)
        self.sign_in_button = self._button(primary=True)
        grid = FormGrid()
        grid.add_row(self.login_caption, self.login_edit)
        grid.add_row(self.password_caption, self.password_edit)
        self.body.addLayout(grid)
        self.body.addWidget(self.status)
        self.body.addWidget(self.sign_in_button)
        self.sign_in_button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Sign in"))
        self.explanation.setText(self.tr("Reception console: sign in with your own name and "
                                         "password. What you do is recorded under your name."))
        self.login_caption.setText(self.tr("Sign-in name"))
        self.password_caption.setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))

    def start(self) -> None:
        """Shown afresh: nothing of the last person's is left in the fields."""
        self.login_edit.clear()
        self.password_edit.clear()
        show_error(self.status, "")
        self._set_busy(False)
        self.login_edit.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        login, password = self.login_edit.text(), self.password_edit.text()
        if not login.strip() or not password:
            show_error(self.status, self.tr("Type your sign-in name and password."))
            return
        self._set_busy(True)
        self.context.run(lambda ops: ops.staff.sign_in(login, password), self._answered,
                         self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in_button.setEnabled(not busy)

    def _answered(self, result: SignIn) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.password_edit.clear()
        if result.actor is None:
            show_error(self.status, refusal_text(result, self._until(result)))
            self.password_edit.setFocus()
            return
        show_error(self.status, "")
        self.signed_in.emit(result.actor)


class FirstAdminPage(_Card):
    """A fresh install: the person setting it up becomes its first administrator.
    Signals: signed_in(object): the new administrator, signed in."""

    signed_in = Signal(object)
    FIELDS = ("name", "login", "password", "again", "pin")

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ticks: SafeTicks | None = None) -> None:
        super().__init__(context, parent, ticks=ticks)
        self.setObjectName("first-admin")
        self.captions = {f: label("field-caption", self.card) for f in self.FIELDS}
        self.messages = {f: label("error", self.card) for f in self.FIELDS}
        self.name_edit = QLineEdit(self.card)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.login_edit = QLineEdit(self.card)
        self.login_edit.setMaxLength(LOGIN_LIMIT)
        self.password_edit = secret_edit(self.card)
        self.again_edit = secret_edit(self.card)
        self.pin_edit = secret_edit(self.card, PIN_MAX_LENGTH)
        self.edits = {"name": self.name_edit, "login": self.login_edit,
                      "password": self.password_edit, "again": self.again_edit,
                      "pin": self.pin_edit}
        grid = FormGrid()
        for field in self.FIELDS:
            grid.add_row(self.captions[field], self.edits[field], message=self.messages[field])
        self.create_button = self._button(primary=True)
        self.create_button.clicked.connect(self.submit)
        self.body.addLayout(grid)
        self.body.addWidget(self.status)
        self.body.addWidget(self.create_button)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Welcome: who runs this building?"))
        self.explanation.setText(self.tr(
            "Nobody can sign in yet. Make yourself the first administrator: you then add the "
            "receptionists and managers. A forgotten password is reset on this PC with "
            "\"gic-kiosk staff passwd\"."))
        self.captions["name"].setText(self.tr("Your name"))
        self.captions["login"].setText(self.tr("Sign-in name"))
        self.captions["password"].setText(self.tr("Password"))
        self.captions["again"].setText(self.tr("Password again"))
        self.captions["pin"].setText(self.tr("PIN (optional)"))
        self.login_edit.setPlaceholderText(self.tr("e.g. ayu"))
        self.pin_edit.setPlaceholderText(self.tr("%1 to %2 digits, to unlock quickly")
                                         .replace("%1", str(PIN_MIN_LENGTH))
                                         .replace("%2", str(PIN_MAX_LENGTH)))
        self.create_button.setText(self.tr("Create the administrator and sign in"))

    def start(self) -> None:
        self.name_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.create_button.setEnabled(not busy)

    def submit(self) -> None:
        if self._busy:
            return
        for field in self.FIELDS:
            show_error(self.messages[field], "", self.edits[field])
        show_error(self.status, "")
        name, login = self.name_edit.text(), self.login_edit.text()
        password, pin = self.password_edit.text(), self.pin_edit.text()
        if password != self.again_edit.text():
            show_error(self.messages["again"], self.tr("The two passwords differ."),
                       self.again_edit)
            return
        self._set_busy(True)
        self.context.run(lambda ops: ops.staff.create_first_admin(login, name, password, pin),
                         self._created, self._refused)

    def _created(self, actor: Actor) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        for edit in (self.password_edit, self.again_edit, self.pin_edit):
            edit.clear()
        self.signed_in.emit(actor)

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        errors = refused_fields(error)
        if errors is None:
            self._failed(error)
            return
        self._set_busy(False)
        for field_error in errors:
            where = field_error.field if field_error.field in self.FIELDS else None
            text = staff_error_text(field_error.field, field_error.code)
            if where is None:
                show_error(self.status, text)
            else:
                show_error(self.messages[where], text, self.edits[where])


class LockPage(_Card):
    """An idle console, locked: the same person's password or PIN opens it again; anyone
    else signs in afresh. Signals: unlocked(object): the :class:`Actor`; switch(): sign in as
    someone else."""

    unlocked = Signal(object)
    switch = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ticks: SafeTicks | None = None) -> None:
        super().__init__(context, parent, ticks=ticks)
        self.setObjectName("console-locked")
        self.secret_caption = label("field-caption", self.card)
        self.secret_edit = secret_edit(self.card)
        self.unlock_button = self._button(primary=True)
        self.switch_button = self._button()
        grid = FormGrid()
        grid.add_row(self.secret_caption, self.secret_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.body.addLayout(grid)
        self.body.addWidget(self.status)
        self.body.addLayout(buttons)
        self.unlock_button.clicked.connect(self.submit)
        self.secret_edit.returnPressed.connect(self.submit)
        self.switch_button.clicked.connect(self.switch)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Console locked"))
        actor = self.context.actor
        self.explanation.setText(
            self.tr("%1 is signed in. Type your password or PIN to go on.")
            .replace("%1", actor.name if actor else "?"))
        self.secret_caption.setText(self.tr("Password or PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Sign in as someone else"))

    def start(self) -> None:
        self.secret_edit.clear()
        show_error(self.status, "")
        self._set_busy(False)
        self.retranslate()
        self.secret_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)

    def submit(self) -> None:
        actor, secret = self.context.actor, self.secret_edit.text()
        if self._busy or actor is None or not secret:
            return
        self._set_busy(True)
        self.context.run(lambda ops: ops.staff.unlock(actor, secret), self._answered,
                         self._failed)

    def _answered(self, result: SignIn) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.secret_edit.clear()
        if result.actor is None:
            show_error(self.status, refusal_text(result, self._until(result)))
            return
        self.unlocked.emit(result.actor)


