"""The application's threads: database work never waits behind a printer."""

from __future__ import annotations

import threading
import time
from typing import Any

from ui.context import AppContext


def test_a_slow_printer_never_holds_up_the_database(qtbot: Any, context: AppContext) -> None:
    paper = threading.Event()
    context.run_printing(lambda ops: paper.wait(5))  # a printer taking its time
    answered: list[float] = []
    started = time.monotonic()
    context.run(lambda ops: ops.visitors_in_building(),
                lambda _: answered.append(time.monotonic() - started))
    qtbot.waitUntil(lambda: bool(answered), timeout=3_000)
    paper.set()
    assert answered[0] < 2  # opened the database and answered while the printer waited


def test_jobs_on_the_database_worker_run_in_order(qtbot: Any, context: AppContext) -> None:
    seen: list[int] = []
    for number in range(20):
        context.run(lambda ops, n=number: n, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 20, timeout=5_000)
    assert seen == list(range(20))
