"""A group leader says how many came, how passes should print, and (optionally) names."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.models.visits import GROUP_SIZE_MAX
from ui.keyboard import CAPITALIZE_WORDS, OnScreenKeyboard
from ui.visitor.step import StepScreen
from ui.widgets import label


class GroupScreen(StepScreen):
    """Group size (a stepper, ±1 and ±10 for a delegation of 25), one card or one each, and
    the members' names separated by commas.

    Signals:
        confirmed(int, bool, object): size, a card per person, tuple of member names.
    """

    confirmed = Signal(int, bool, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group")
        self.group_size = 2
        self.count_caption = label("field-caption", self)
        row = QHBoxLayout()
        self.steppers: dict[int, QPushButton] = {}
        for delta in (-10, -1):
            self.steppers[delta] = self._stepper(delta, row)
        self.count = QLabel("2", self)
        self.count.setProperty("role", "stepper-value")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.count)
        for delta in (1, 10):
            self.steppers[delta] = self._stepper(delta, row)
        self.one_card = QPushButton(self)
        self.per_person = QPushButton(self)
        for button in (self.one_card, self.per_person):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setProperty("role", "choice")
        self.one_card.setChecked(True)
        cards = QHBoxLayout()
        cards.addWidget(self.one_card)
        cards.addWidget(self.per_person)
        self.names_caption = label("field-caption", self)
        self.names = QLineEdit(self)
        self.names.setProperty(CAPITALIZE_WORDS, True)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self._confirm)
        self.keyboard = OnScreenKeyboard(self, digits=False)  # names have no digits
        self.keyboard.set_target(self.names)
        form = QVBoxLayout()
        form.setSpacing(18)
        form.addWidget(self.count_caption)
        form.addLayout(row)
        form.addLayout(cards)
        form.addWidget(self.names_caption)
        form.addWidget(self.names)
        form.addWidget(self.next_button)
        form.addStretch(1)
        self.place_keyboard(form, self.keyboard)
        self.main = self.next_button
        self.names_caption.setBuddy(self.names)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your group"))
        self.count_caption.setText(self.tr("How many people, including you?"))
        self.one_card.setText(self.tr("One group card"))
        self.per_person.setText(self.tr("A card for each person"))
        self.names_caption.setText(self.tr("Names of the others (optional, separate with commas)"))
        self.next_button.setText(self.tr("Next"))
        self.count.setAccessibleName(self.tr("Number of people"))
        for delta, button in self.steppers.items():
            button.setAccessibleName(self.tr("%1 people").replace("%1", f"{delta:+d}"))

    def reset(self) -> None:
        self.group_size = 2
        self.count.setText("2")
        self.one_card.setChecked(True)
        self.names.clear()

    def _stepper(self, delta: int, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(f"{delta:+d}".replace("-", "−"), self)
        button.setProperty("role", "stepper")
        button.setAutoRepeat(abs(delta) == 1)
        button.clicked.connect(lambda _=False, d=delta: self._step(d))
        row.addWidget(button)
        return button

    def _step(self, delta: int) -> None:
        self.group_size = max(2, min(GROUP_SIZE_MAX, self.group_size + delta))
        self.count.setText(str(self.group_size))

    def _confirm(self) -> None:
        names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        self.confirmed.emit(self.group_size, self.per_person.isChecked(), names)
