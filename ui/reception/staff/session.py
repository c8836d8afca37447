"""Who works at the console now, in the status bar, with the two ways to step away: lock
(the same person comes back) and sign out (someone else comes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.staff.roles import Actor
from ui.context import AppContext
from ui.texts import role_label
from ui.widgets import Screen, label


class SessionBar(Screen):
    """Signals: account_requested() (my password and PIN), lock_requested(),
    sign_out_requested()."""

    lock_requested = Signal()
    sign_out_requested = Signal()
    account_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self.context = context
        self.actor: Actor | None = None
        self.who = label("body", self, wrap=False)
        self.account_button = QPushButton(self)
        self.account_button.clicked.connect(self.account_requested)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.lock_requested)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who)
        layout.addWidget(self.account_button)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.sign_out_button)
        layout.addStretch(1)
        self.retranslate()
        self.show_actor(None)

    def show_actor(self, actor: Actor | None) -> None:
        """``actor`` works at the console now (None: nobody, the bar is empty)."""
        self.actor = actor
        self.retranslate()
        for widget in (self.who, self.account_button, self.lock_button, self.sign_out_button):
            widget.setVisible(actor is not None)

    def retranslate(self) -> None:
        self.account_button.setText(self.tr("My password…"))
        self.lock_button.setText(self.tr("Lock"))
        self.sign_out_button.setText(self.tr("Sign out"))
        if self.actor is not None:
            self.who.setText(self.tr("Signed in: %1 (%2)").replace("%1", self.actor.name)
                             .replace("%2", role_label(self.actor.role)))
