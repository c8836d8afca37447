"""How a command words a PDF sent to a printer (or saved when none is configured): one
wording for every command that prints (the schedule, the evacuation list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.paper.printing import PrintOutcome


def report_print(send: Callable[[], PrintOutcome], *, what: str, detail: str, paper: str,
                 kept: Path, out: TextIO, err: TextIO) -> int:
    """Run ``send`` and say what became of ``what`` ("schedule", "evacuation list") and its
    ``detail`` ("3 pages"); ``kept`` is where the PDF stays when the printer refuses it."""
    from kiosk.paper.printing import PrintError

    try:
        outcome = send()
    except PrintError as exc:
        err.write(f"gic-kiosk: the {what} did not print ({exc}); the PDF is in {kept}\n")
        return 1
    except OSError as exc:
        err.write(f"gic-kiosk: the {what} could not be saved: {exc}\n")
        return 1
    if outcome.printed:
        out.write(f"{what.capitalize()} ({detail}) printed on {outcome.queue} (job "
                  f"{outcome.job_id}); a copy is in {outcome.saved_to}\n")
    else:
        out.write(f"No {paper} printer configured ([printers] {paper.lower()}): {what} "
                  f"({detail}) saved to {outcome.saved_to}\n")
    return 0
