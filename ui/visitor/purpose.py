"""Why are you here? One touch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.models import Purpose
from ui.texts import purpose_label
from ui.visitor.step import StepScreen


class PurposeScreen(StepScreen):
    """The purposes as big buttons; touching one moves on.

    Signals:
        chosen(str): the :class:`Purpose` value.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purpose")
        grid = QGridLayout()
        grid.setSpacing(20)
        self.buttons: dict[Purpose, QPushButton] = {}
        for index, purpose in enumerate(Purpose):
            button = QPushButton(self)
            button.setProperty("role", "choice-large")
            button.setObjectName(f"purpose-{purpose.value}")
            button.clicked.connect(lambda _=False, p=purpose: self.chosen.emit(p.value))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[purpose] = button
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("What brings you here today?"))
        for purpose, button in self.buttons.items():
            button.setText(purpose_label(purpose))
