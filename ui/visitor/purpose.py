"""Why are you here? One touch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.models import Purpose
from ui.texts import purpose_label
from ui.visitor.step import StepScreen
from ui.widgets.wrap_button import WrapButton


class PurposeScreen(StepScreen):
    """The purposes as big tiles, a picture above the words; touching one moves on.

    Signals:
        chosen(str): the :class:`Purpose` value.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purpose")
        grid = QGridLayout()
        grid.setSpacing(20)
        self.buttons: dict[Purpose, WrapButton] = {}
        for index, purpose in enumerate(Purpose):
            button = WrapButton("choice-large", self)
            button.set_icon(f"purpose-{purpose.value}")
            button.setObjectName(f"purpose-{purpose.value}")
            button.clicked.connect(lambda _=False, p=purpose: self.chosen.emit(p.value))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[purpose] = button
        self.body.addLayout(grid)
        self.body.addStretch(1)
        # No tile has the focus: its frame would look already chosen.
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("What brings you here today?"))
        for purpose, button in self.buttons.items():
            button.set_text(purpose_label(purpose))
