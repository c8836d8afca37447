"""Before the phone number: what is kept about the visitor, in three lines, agreed or declined
with one touch (UU 27/2022: consent comes before the data)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.texts import privacy_summary
from ui.visitor.consent import AgreeScreen
from ui.widgets import label


class PrivacyScreen(AgreeScreen):
    """The short privacy notice, the way to its full text, and agree | do not agree.

    Signals:
        full_text_requested(): show the whole notice (the legal text).
    """

    full_text_requested = Signal()

    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__("primary-large", parent)
        self.setObjectName("privacy")
        self._retention_days = retention_days
        self.summary = label("notice-large", self)
        self.full_text = QPushButton(self)
        self.full_text.setProperty("role", "secondary")
        self.full_text.clicked.connect(self.full_text_requested)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.full_text)
        self.add_answers()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Before we start: your data"))
        self.summary.setText(privacy_summary(self._retention_days))
        self.full_text.setText(self.tr("Read the full notice"))
        self.agree.set_text(self.tr("I agree, continue"))
        self.agree.setAccessibleDescription(self.tr("Agree to the notice and type your "
                                                    "mobile number next"))
        self.decline.setAccessibleDescription(self.tr("Nothing is stored; reception "
                                                      "registers your visit"))
