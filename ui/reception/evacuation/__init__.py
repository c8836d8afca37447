"""The evacuation at reception: the "Evacuation" button, which prints the roll call and opens
the roll-call screen (:mod:`.dialog`) where marshals tick people safe (:mod:`.model`,
:mod:`.tick`). Every staff role has it in the console's corner, and the lock and sign-in pages
have it too (without phone numbers): the alarm does not wait for someone to sign in. The
domain side is :mod:`kiosk.safety.evacuation`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from ui.context import AppContext
from ui.reception.evacuation.dialog import EvacuationDialog
from ui.reception.evacuation.model import SafeTicks

__all__ = ["EvacuationButton", "EvacuationDialog", "SafeTicks"]


class EvacuationButton(QPushButton):
    """One touch (or Space with the focus on it): the roll call is printed and its screen
    opens. The screen is made once and kept (hidden when closed), so its ticks survive
    closing it by mistake. The theme draws it large and red (``#evacuation-button``).

    ``staff``: the signed-in console's (phone numbers, the print recorded under the person's
    name); False: a page where nobody is known (no phone numbers). ``ticks``: the window's,
    shared by all its roll-call screens."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 staff: bool = True, ticks: SafeTicks | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evacuation-button")
        self.context = context
        self.staff = staff
        self.ticks = ticks if ticks is not None else SafeTicks(self)
        self.dialog: EvacuationDialog | None = None
        self.clicked.connect(self.evacuate)
        self.retranslate()

    def evacuate(self) -> EvacuationDialog:
        """Print the roll call and show the roll-call screen."""
        self.ticks.begin()
        if self.dialog is None:
            self.dialog = EvacuationDialog(self.context, self, staff=self.staff,
                                           ticks=self.ticks)
        self.dialog.start()
        return self.dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Evacuation"))
        self.setToolTip(self.tr("Print who is in the building, by floor, and open the roll "
                                "call") if self.staff else
                        self.tr("Print who is in the building, by floor (without phone "
                                "numbers), and open the roll call"))
