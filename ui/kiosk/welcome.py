"""The first thing a visitor sees: where they are, the time, and one big way to start."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets import Screen, label


class WelcomeScreen(Screen):
    """Building name, date and clock, language toggle, and the check-in button.

    Signals:
        check_in_requested(): the visitor wants to check in.
        language_requested(str): the visitor chose a language ("id" or "en").
    """

    check_in_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, building_name: str, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._zone = QTimeZone(zone.key.encode())
        self._building_name = building_name

        self.language_button = QPushButton(self)
        self.language_button.setProperty("role", "language")
        self.language_button.clicked.connect(self._toggle_language)
        self.building = label("brand", self)
        top = QHBoxLayout()
        top.addWidget(self.building, 1)
        top.addWidget(self.language_button)

        self.greeting = label("hero", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.clock = label("clock", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.date = label("date", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.check_in_button = QPushButton(self)
        self.check_in_button.setProperty("role", "primary-large")
        self.check_in_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                           QSizePolicy.Policy.Fixed)
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.hint = label("hint", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.notice = label("notice", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 48)
        layout.addLayout(top)
        layout.addStretch(2)
        layout.addWidget(self.greeting)
        layout.addWidget(self.clock)
        layout.addWidget(self.date)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.check_in_button)
        layout.addWidget(self.hint)
        layout.addStretch(2)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.building.setText(self._building_name)
        self.greeting.setText(self.tr("Welcome"))
        self.check_in_button.setText(self.tr("Check in"))
        self.hint.setText(self.tr("Touch the button to get your visitor pass"))
        # The toggle names the other language, in that language.
        self.language_button.setText(
            "English" if QLocale().language() == QLocale.Language.Indonesian
            else "Bahasa Indonesia"
        )
        self._tick()

    def show_notice(self, text: str) -> None:
        """A message for the next visitor, e.g. after the kiosk recovered from an error."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _toggle_language(self) -> None:
        indonesian = QLocale().language() == QLocale.Language.Indonesian
        self.language_requested.emit("en" if indonesian else "id")

    def _tick(self) -> None:
        now = QDateTime.currentDateTime().toTimeZone(self._zone)
        locale = QLocale()
        self.clock.setText(locale.toString(now.time(), "HH:mm"))
        self.date.setText(locale.toString(now.date(), "dddd, d MMMM yyyy"))
