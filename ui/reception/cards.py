"""A visitor card sent to the desk's badge printer, followed to the paper: what reception is
told while it prints, once it has printed, or why it did not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kiosk.operations import CheckInResult
from kiosk.paper.printing import PrintError
from ui.context import AppContext
from ui.texts import print_problem_text


def follow_card(context: AppContext, result: CheckInResult, say: Callable[[str], None]) -> None:
    """Say how the card of ``result`` is printing, and later whether it printed."""
    number = result.visit.pass_number

    def printed(_: object) -> None:
        say(QCoreApplication.translate("Cards", "Card %1 printed.").replace("%1", number))

    def not_printed(error: BaseException) -> None:
        problem = error.problem if isinstance(error, PrintError) else None
        detail = f" ({error.detail})" if isinstance(error, PrintError) and error.detail else ""
        say(QCoreApplication.translate("Cards", "Card %1 not printed: %2").replace("%1", number)
            .replace("%2", print_problem_text(problem) + detail))

    if result.print_job is not None:
        say(QCoreApplication.translate("Cards", "Printing card %1…").replace("%1", number))
        job = result.print_job
        context.run_printing(lambda ops: ops.follow_print(job), printed, not_printed)
    elif result.print_problem is not None:
        not_printed(PrintError(result.print_problem, result.print_detail))
    else:
        say(QCoreApplication.translate(
            "Cards", "No badge printer is set up: card %1 saved as %2")
            .replace("%1", number).replace("%2", result.pass_pdf or "?"))
