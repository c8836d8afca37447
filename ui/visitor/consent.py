"""The privacy notice (UU No. 27/2022) in plain words; nothing is stored without a yes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.texts import privacy_notice
from ui.visitor.step import StepScreen
from ui.widgets import label


class ConsentScreen(StepScreen):
    """What is kept, for how long, who sees it; agree or go to reception.

    Signals:
        agreed(): store the visit.
        declined(): store nothing; send the visitor to reception.
    """

    agreed = Signal()
    declined = Signal()

    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent")
        self._retention_days = retention_days
        self.notice = label("notice-text", self)
        self.agree = QPushButton(self)
        self.agree.setProperty("role", "primary")
        self.agree.clicked.connect(self.agreed)
        self.decline = QPushButton(self)
        self.decline.setProperty("role", "secondary")
        self.decline.clicked.connect(self.declined)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.decline, 1)
        buttons.addWidget(self.agree, 2)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.body.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your data"))
        self.notice.setText(privacy_notice(self._retention_days))
        self.agree.setText(self.tr("I agree"))
        self.decline.setText(self.tr("I do not agree"))
