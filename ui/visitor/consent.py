"""The privacy notice (UU No. 27/2022): agree or decline, in short before the phone number
(privacy.py) and in full from there (here)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.texts import privacy_notice
from ui.visitor.step import StepScreen
from ui.widgets import label
from ui.widgets.wrap_button import WrapButton


class AgreeScreen(StepScreen):
    """A notice and, at the bottom, "I do not agree" | "I agree"; subclasses add the notice
    to ``body`` before calling :meth:`add_answers`.

    Signals:
        agreed(): the visitor agrees: on to the phone number.
        declined(): store nothing; send the visitor to reception.
    """

    agreed = Signal()
    declined = Signal()

    def __init__(self, agree_role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agree = WrapButton(agree_role, self)
        self.agree.clicked.connect(self.agreed)
        self.decline = WrapButton("secondary", self)
        self.decline.clicked.connect(self.declined)
        # No focus frame on "I agree": consent is given, not suggested (UU 27/2022).

    def add_answers(self) -> None:
        answers = QHBoxLayout()
        answers.setSpacing(24)
        answers.addWidget(self.decline, 1)
        answers.addWidget(self.agree, 2)
        self.body.addStretch(1)
        self.body.addLayout(answers)

    def retranslate(self) -> None:
        super().retranslate()
        self.decline.set_text(self.tr("I do not agree"))


class ConsentScreen(AgreeScreen):
    """What is kept, why, for how long, who sees it, and the law."""

    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__("primary", parent)
        self.setObjectName("consent")
        self._retention_days = retention_days
        self.notice = label("notice-text", self)
        self.body.addWidget(self.notice)
        self.add_answers()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your data"))
        self.notice.setText(privacy_notice(self._retention_days))
        self.agree.set_text(self.tr("I agree"))
