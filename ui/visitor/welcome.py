"""The first thing a visitor sees: where they are, the time, and four big ways to start."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import Screen, is_indonesian, label, other_language_name
from ui.widgets.dates import to_qdate
from ui.widgets.screen import language_toggle_name
from ui.widgets.wrap_button import WrapButton

#: Staff hold the building's name this long to reach the PIN screen; visitors never do.
STAFF_HOLD_MS = 3000


class WelcomeScreen(Screen):
    """Building name, date and clock, the four actions, the language and the two
    accessibility toggles (labelled in words: a touch screen shows no tooltips).
    Scanning a pass or an invitation works here at any moment (see ``ScannerInput``).

    Signals:
        check_in_requested(): walk-in check-in.
        invitation_requested(): "I have an invitation".
        check_out_requested(): "Check out" (for those who cannot scan).
        today_requested(): "Today in the building".
        language_requested(str): "id" or "en".
        larger_text_toggled(): bigger letters, for this visitor.
        high_contrast_toggled(): high-contrast colours, for this visitor.
        staff_requested(): the building's name was held for three seconds.
        first_frame(): this screen's first frame is painted (once, just after it).
    """

    check_in_requested = Signal()
    invitation_requested = Signal()
    check_out_requested = Signal()
    today_requested = Signal()
    language_requested = Signal(str)
    larger_text_toggled = Signal()
    high_contrast_toggled = Signal()
    staff_requested = Signal()
    first_frame = Signal()

    def __init__(self, building_name: str, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        # The building's clock through zoneinfo: Qt's own time zone data takes ~5 ms to load,
        # before the first paint.
        self._zone = zone
        self._building_name = building_name
        self._painted = False
        #: No control has the focus here: a frame on a toggle would look switched on.
        self.main: QWidget | None = None

        self.building = label("brand", self)
        self.larger_text = self._toggle(self.larger_text_toggled)
        self.high_contrast = self._toggle(self.high_contrast_toggled)
        self.language_button = QPushButton(self)
        self.language_button.setProperty("role", "language")
        self.language_button.clicked.connect(self._toggle_language)
        top = QHBoxLayout()
        top.addWidget(self.building, 1)
        top.addWidget(self.language_button)
        seeing = QHBoxLayout()
        seeing.setSpacing(20)
        seeing.addWidget(self.larger_text)
        seeing.addWidget(self.high_contrast)

        self.greeting = label("hero", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.clock = label("clock", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.date = label("date", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.notice = label("notice", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.notice.hide()

        self.check_in_button = WrapButton("primary-large", self)
        self.check_in_button.clicked.connect(self.check_in_requested)
        # Side by side, each as wide as a third: a long word wraps, never widens the screen.
        self.invitation_button = self._action(self.invitation_requested)
        self.check_out_button = self._action(self.check_out_requested)
        self.today_button = self._action(self.today_requested)
        others = QHBoxLayout()
        others.setSpacing(20)
        for button in (self.invitation_button, self.check_out_button, self.today_button):
            others.addWidget(button, 1)
        actions = QVBoxLayout()
        actions.setSpacing(20)
        actions.addWidget(self.check_in_button)
        actions.addLayout(others)
        self.hint = label("hint", self, align=Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 48)
        layout.addLayout(top)
        layout.addStretch(2)
        layout.addWidget(self.greeting)
        layout.addWidget(self.clock)
        layout.addWidget(self.date)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        layout.addLayout(seeing)

        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self.staff_requested)
        self.building.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.building.setText(self._building_name)
        self.greeting.setText(self.tr("Welcome"))
        self.check_in_button.set_text(self.tr("Check in"))
        self.check_in_button.setAccessibleDescription(
            self.tr("Register your visit and get a visitor card"))
        self.invitation_button.set_text(self.tr("I have an invitation"))
        self.check_out_button.set_text(self.tr("Check out"))
        self.check_out_button.setAccessibleDescription(
            self.tr("Type the code of your visitor card when you leave"))
        self.today_button.set_text(self.tr("Today in the building"))
        self.hint.setText(self.tr("Leaving? Hold your visitor card under the scanner."))
        self.larger_text.setText("A+  " + self.tr("Larger text"))
        self.larger_text.setAccessibleName(self.tr("Larger text"))
        self.high_contrast.setText("◐  " + self.tr("High contrast"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.language_button.setText(other_language_name())
        self.language_button.setAccessibleName(language_toggle_name())
        self._tick()

    def show_notice(self, text: str) -> None:
        """A message for the next visitor, e.g. after the kiosk recovered from an error."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.building:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._hold.start(STAFF_HOLD_MS)
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._hold.stop()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The children paint later in this same pass: announce once the frame is done.
            QTimer.singleShot(0, self.first_frame.emit)

    def _action(self, signal: SignalInstance) -> WrapButton:
        button = WrapButton("action", self)
        button.clicked.connect(signal)
        return button

    def _toggle(self, signal: SignalInstance) -> QPushButton:
        """A toggle that shows whether it is on (the window sets it; the next visitor's welcome
        turns it off again)."""
        button = QPushButton(self)
        button.setProperty("role", "toggle")
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(signal)
        return button

    def show_seeing(self, larger_text: bool, high_contrast: bool) -> None:
        """Which of the accessibility toggles are on."""
        self.larger_text.setChecked(larger_text)
        self.high_contrast.setChecked(high_contrast)

    def _toggle_language(self) -> None:
        self.language_requested.emit("en" if is_indonesian() else "id")

    def _tick(self) -> None:
        now = datetime.now(self._zone)
        locale = QLocale()
        self.clock.setText(locale.toString(QTime(now.hour, now.minute), "HH:mm"))
        self.date.setText(locale.toString(to_qdate(now.date()), "dddd, d MMMM yyyy"))
