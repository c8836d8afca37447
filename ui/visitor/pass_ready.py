"""After check-in: the pass is ready, and this is where to go."""

from __future__ import annotations

import enum
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.operations import CheckInResult
from kiosk.paper.printing import PrintProblem
from kiosk.passes.layout import PassStyle
from kiosk.visits.check_in import grouped_pass_number
from ui.texts import print_problem_text, purpose_label, reception_hint
from ui.widgets import Screen, is_indonesian, label


class PrintState(enum.Enum):
    SAVED = enum.auto()  # no badge printer: reception prints the saved card
    PRINTING = enum.auto()
    PRINTED = enum.auto()
    FAILED = enum.auto()  # the visit is saved; print again, or reception helps


class PassReadyScreen(Screen):
    """Says how to reach the destination, largest of all (the floor, then the way), confirms
    the check-in, follows the card's printing. A failed print says why in plain words and
    offers to print again.

    Signals:
        done(): the visitor is finished; back to welcome.
        print_again(): the visitor wants another try at printing the card.
    """

    done = Signal()
    print_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pass-ready")
        self._result: CheckInResult | None = None
        self.title = label("title", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.visitor = label("subtitle", self, align=Qt.AlignmentFlag.AlignHCenter)
        # What the visitor needs most, in reading order: the floor, the way, the room.
        self.where = label("floor-large", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.directions = label("directions", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.room = label("room", self, align=Qt.AlignmentFlag.AlignHCenter)
        # The instruction the visitor acts on (take the card, or what went wrong): large.
        self.pass_info = label("subtitle", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.pass_number = label("pass-number", self, align=Qt.AlignmentFlag.AlignHCenter)
        self.done_button = QPushButton(self)
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.done)
        self.again_button = QPushButton(self)
        self.again_button.setProperty("role", "secondary")
        self.again_button.clicked.connect(self.print_again)
        self.again_button.hide()
        self._state = PrintState.SAVED
        self._problem: PrintProblem | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(20)
        layout.addStretch(1)
        for widget in (self.title, self.visitor, self.where, self.directions, self.room,
                       self.pass_number, self.pass_info):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.again_button)
        layout.addWidget(self.done_button)
        self.retranslate()

    def show_result(self, result: CheckInResult) -> None:
        self._result = result
        if result.printing:
            self.set_print_state(PrintState.PRINTING)
        elif result.print_problem is not None:
            self.set_print_state(PrintState.FAILED, result.print_problem)
        else:
            self.set_print_state(PrintState.SAVED)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_print_state(self, state: PrintState, problem: PrintProblem | None = None) -> None:
        self._state, self._problem = state, problem
        self.again_button.setVisible(state is PrintState.FAILED)
        self.again_button.setEnabled(True)
        self.retranslate()

    @property
    def print_state(self) -> PrintState:
        return self._state

    def reset(self) -> None:
        """Forget the last visitor (a print finishing later then changes nothing here)."""
        self._result = None
        self.set_print_state(PrintState.SAVED)

    def pass_style(self) -> PassStyle:
        return self._result.style if self._result is not None else PassStyle.ONE

    def current_visit(self) -> uuid.UUID | None:
        return self._result.visit.visit_id if self._result is not None else None

    def retranslate(self) -> None:
        self.title.setText(self.tr("You are checked in"))
        self.done_button.setText(self.tr("Done"))
        self.again_button.setText(self.tr("Print again"))
        result = self._result
        if result is None:
            return
        visit = result.visit
        indonesian = is_indonesian()
        self.visitor.setText(f"{visit.visitor_name} · {purpose_label(visit.purpose)}")
        if visit.floor_number is None:
            self.where.setText(self.tr("Please see the receptionist"))
            self.directions.setText(reception_hint())
        else:
            self.where.setText(self.tr("Go to floor %1").replace("%1", str(visit.floor_number)))
            self.directions.setText(visit.directions_id if indonesian else visit.directions_en)
        room_name = visit.room_name_id if indonesian else visit.room_name_en
        self.room.setText(" · ".join(p for p in (visit.room_code, room_name or visit.host) if p))
        self.room.setVisible(bool(visit.room_code or visit.host))
        self.pass_number.setText(self.tr("Card code: %1").replace(
            "%1", grouped_pass_number(visit.pass_number)))
        if result.pass_pdf and self._state is PrintState.PRINTING:
            self.pass_info.setText(self.tr("Your visitor card is printing…"))
        elif result.pass_pdf and self._state is PrintState.PRINTED:
            self.pass_info.setText(self.tr("Please take your visitor card from the printer."))
        elif result.pass_pdf and self._state is PrintState.FAILED:
            self.pass_info.setText(
                print_problem_text(self._problem) + " "
                + self.tr("Your visit is registered. Touch “Print again”, or collect "
                          "your card at reception with the code above."))
        elif result.pass_pdf:
            # No badge printer here: reception prints the saved card; the visitor needs the
            # number, never a file path.
            self.pass_info.setText(
                self.tr("Please collect your visitor card at reception: show them the code "
                        "above.")
            )
        else:
            self.pass_info.setText(
                self.tr("Your visit is registered, but the card could not be made. "
                        "Please ask the receptionist for a card.")
            )
