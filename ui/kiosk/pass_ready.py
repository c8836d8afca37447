"""After check-in: the pass is ready, and this is where to go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.operations import CheckInResult
from ui.texts import purpose_label
from ui.widgets import Screen, is_indonesian, label


class PassReadyScreen(Screen):
    """Confirms the check-in, says where the pass went and how to reach the destination.

    Signals:
        done(): the visitor is finished; back to welcome.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pass-ready")
        self._result: CheckInResult | None = None
        self.title = label("title", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.visitor = label("subtitle", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.where = label("destination", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.room = label("room", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.directions = label("body", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.pass_info = label("body", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.pass_number = label("pass-number", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.done_button = QPushButton(self)
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(20)
        layout.addStretch(1)
        for widget in (self.title, self.visitor, self.where, self.room, self.directions,
                       self.pass_number, self.pass_info):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        self.retranslate()

    def show_result(self, result: CheckInResult) -> None:
        self._result = result
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("You are checked in"))
        self.done_button.setText(self.tr("Done"))
        result = self._result
        if result is None:
            return
        visit = result.visit
        indonesian = is_indonesian()
        self.visitor.setText(f"{visit.visitor_name} · {purpose_label(visit.purpose)}")
        if visit.floor_number is None:
            self.where.setText(self.tr("Please see the receptionist"))
            self.directions.setText(self.tr("The reception desk is right here in the lobby."))
        else:
            self.where.setText(self.tr("Go to floor %1").replace("%1", str(visit.floor_number)))
            self.directions.setText(visit.directions_id if indonesian else visit.directions_en)
        room_name = visit.room_name_id if indonesian else visit.room_name_en
        self.room.setText(" · ".join(p for p in (visit.room_code, room_name or visit.host) if p))
        self.room.setVisible(bool(visit.room_code or visit.host))
        self.pass_number.setText(self.tr("Card number %1").replace("%1", visit.pass_number))
        if result.pass_pdf:
            # Until the badge printer is connected (issue 4), reception prints saved passes;
            # the visitor needs the number, never a file path.
            self.pass_info.setText(
                self.tr("Please collect your visitor card at reception: show them the number "
                        "above.")
            )
        else:
            self.pass_info.setText(
                self.tr("Your visit is registered, but the card could not be made. "
                        "Please ask the receptionist for a card.")
            )
