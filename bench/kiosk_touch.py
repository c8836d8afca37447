"""Touch to next screen painted, through a returning visitor's whole check-in, with 100,000
past visits in the database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/kiosk_touch.py [--flows N] [--smoke]

Each sample is the time from a simulated touch (QTest mouse click) to the first Paint event of
the screen it leads to, database and PDF work on the worker included.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from bench._history import phone_of, seed_history
from bench._smoke import add_smoke_flag
from kiosk.config import load_settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from ui.app import application, build_window
from ui.visitor.window import KioskWindow


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.target and event.type() == QEvent.Type.Paint
                and self.painted_at is None):
            self.painted_at = time.perf_counter()
        return False


def touch_and_wait(watch: FirstPaint, target: QWidget, touch: object) -> float:
    watch.target, watch.painted_at = target, None
    start = time.perf_counter()
    touch()  # type: ignore[operator]
    deadline = start + 10
    while watch.painted_at is None:
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{target.objectName()} never painted")
    return watch.painted_at - start


def click(widget: QWidget, pos: QPoint | None = None) -> object:
    return lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or QPoint())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flows", type=int, default=40)
    parser.add_argument("--history", type=int, default=100_000)
    parser.add_argument("--printer", default="",
                        help="a CUPS queue for the cards (e.g. gic-test-pdf from "
                        "scripts/cups-test-printer.sh): the confirming touch then includes the "
                        "job being accepted by CUPS")
    add_smoke_flag(parser)
    args = parser.parse_args()
    if args.smoke:
        args.flows, args.history = 1, 200
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(f'data_dir = "data"\n[printers]\nbadge = "{args.printer}"\n',
                          encoding="utf-8")
        settings = load_settings(config, environ={})
        Operations.open(settings).close()
        seed_history(settings.database_path, args.history, args.history)
        window, context = build_window(settings, app)
        assert isinstance(window, KioskWindow)
        window.resize(1080, 1920)
        window.show()
        while context.worker.busy:
            QCoreApplication.processEvents()
        s = window.screens
        watch = FirstPaint()
        for screen in (window.welcome, *s.all()):
            screen.installEventFilter(watch)
        samples: dict[str, list[float]] = defaultdict(list)
        for flow in range(args.flows):
            pad = s.phone.pad
            samples["welcome → your data"].append(
                touch_and_wait(watch, s.privacy, click(window.welcome.check_in_button)))
            samples["your data → phone"].append(
                touch_and_wait(watch, s.phone, click(s.privacy.agree)))
            for digit in phone_of(flow * 997 % args.history).replace("+62", "0"):
                QTest.mouseClick(pad.key(digit), Qt.MouseButton.LeftButton)
            samples["phone → is this you (recall)"].append(
                touch_and_wait(watch, s.identity, click(pad.action)))
            samples["is this you → purpose"].append(
                touch_and_wait(watch, s.purpose, click(s.identity.match_buttons[0])))
            samples["purpose → destination"].append(
                touch_and_wait(watch, s.destination, click(s.purpose.buttons[Purpose.MEETING])))
            row = s.destination.row_for("Lantai 4")
            rect = s.destination.list.visualRect(row)
            label = ("destination → checked in, card PDF, job accepted by CUPS" if args.printer
                     else "destination → checked in (+ card PDF)")
            samples[label].append(
                touch_and_wait(watch, s.pass_ready,
                               click(s.destination.list.viewport(), rect.center())))
            samples["checked in → welcome"].append(
                touch_and_wait(watch, window.welcome, click(s.pass_ready.done_button)))
        context.close()
    every = sorted(t for values in samples.values() for t in values)
    for name, values in samples.items():
        values.sort()
        print(f"{name:40} p50 {statistics.median(values) * 1000:6.1f} ms   "
              f"p95 {values[int(0.95 * (len(values) - 1))] * 1000:6.1f} ms")
    p95 = every[int(0.95 * (len(every) - 1))] * 1000
    goal = "" if args.smoke else "; goal p95 <= 50 ms"
    print(f"{'all touches':40} p50 {statistics.median(every) * 1000:6.1f} ms   p95 {p95:6.1f} ms"
          f"   (n={len(every)}, {args.history:,} past visits{goal})")


if __name__ == "__main__":
    main()
