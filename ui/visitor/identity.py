"""Step 2 for a known phone: "Is this you?", with the details masked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.visits.returning import Recall, ReturningVisitor
from ui.visitor.step import StepScreen
from ui.widgets import label
from ui.widgets.wrap_button import WrapButton


class IdentityScreen(StepScreen):
    """Shows the people known under the phone number, masked, one big button each.

    Signals:
        chosen(object): the :class:`ReturningVisitor` the visitor says they are.
        new_visitor(): none of them: carry on as a new visitor.
    """

    chosen = Signal(object)
    new_visitor = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity")
        self.question = label("subtitle", self)
        self.masked = label("body", self)
        self.body.addWidget(self.question)
        self.body.addWidget(self.masked)
        self.match_buttons: list[WrapButton] = []
        self._matches: tuple[ReturningVisitor, ...] = ()
        self.not_me = QPushButton(self)
        self.not_me.setProperty("role", "secondary")
        self.not_me.clicked.connect(self.new_visitor)
        self._list_at = self.body.count()
        self.body.addWidget(self.not_me)
        self.body.addStretch(1)
        self.retranslate()

    def show_recall(self, recall: Recall) -> None:
        self._forget_matches()
        self._matches = recall.matches
        for index, match in enumerate(recall.matches):
            # A long name wraps onto a second line rather than widening the screen.
            button = WrapButton("primary", self)
            button.setObjectName(f"match-{index}")
            button.clicked.connect(lambda _=False, m=match: self.chosen.emit(m))
            self.body.insertWidget(self._list_at + index, button)
            self.match_buttons.append(button)
        self.retranslate()

    def reset(self) -> None:
        """The last visitor's (masked) names are gone from the screen."""
        self._forget_matches()
        self._matches = ()

    def _forget_matches(self) -> None:
        for button in self.match_buttons:
            self.body.removeWidget(button)
            button.deleteLater()
        self.match_buttons = []

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Welcome back!"))
        self.question.setText(self.tr("Is this you?"))
        self.masked.setText(self.tr("Part of the name is hidden so that others cannot read "
                                    "it."))
        self.not_me.setText(self.tr("No, this is not me"))
        for button, match in zip(self.match_buttons, self._matches, strict=True):
            who = match.masked_name
            if match.masked_organization:
                who = f"{who}  ·  {match.masked_organization}"
            button.set_text(self.tr("Yes, I am %1").replace("%1", who))
