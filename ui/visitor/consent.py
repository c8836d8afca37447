"""The privacy notice's full text (UU No. 27/2022), from the short notice's "read it all"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.texts import privacy_notice
from ui.visitor.step import StepScreen
from ui.widgets import label
from ui.widgets.wrap_button import WrapButton


class ConsentScreen(StepScreen):
    """What is kept, why, for how long, who sees it, and the law; agree or go to reception.

    Signals:
        agreed(): the visitor agrees: on to the phone number.
        declined(): store nothing; send the visitor to reception.
    """

    agreed = Signal()
    declined = Signal()

    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent")
        self._retention_days = retention_days
        self.notice = label("notice-text", self)
        self.agree = WrapButton("primary", self)
        self.agree.clicked.connect(self.agreed)
        self.decline = WrapButton("secondary", self)
        self.decline.clicked.connect(self.declined)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.decline, 1)
        buttons.addWidget(self.agree, 2)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.body.addLayout(buttons)
        # No focus frame on "I agree": consent is given, not suggested (UU 27/2022).
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your data"))
        self.notice.setText(privacy_notice(self._retention_days))
        self.agree.set_text(self.tr("I agree"))
        self.decline.set_text(self.tr("I do not agree"))
