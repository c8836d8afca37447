"""A check-in held for reception (it matched the deny list): the visitor is only sent to the
desk. Nothing says why, or that any list exists; reception sees that on its own screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.visitor.message import MessageScreen


def held_for_reception(error: BaseException, message: MessageScreen) -> bool:
    """Fill ``message`` with "please see the receptionist" when ``error`` says the check-in
    is held for reception; False (and ``message`` untouched) for any other error."""
    from kiosk.errors import CheckInHeldError
    from ui.texts import reception_hint

    if not isinstance(error, CheckInHeldError):
        return False
    message.show_message(
        QCoreApplication.translate("KioskWindow", "Please see the receptionist"),
        QCoreApplication.translate("KioskWindow", "The receptionist will finish your check-in."),
        where=reception_hint())
    return True
