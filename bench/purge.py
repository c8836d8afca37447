"""The retention purge of the personal data behind 1,000,000 visits (300,000 visitors), run the
way the application runs it, and what it costs the kiosk:

* total time, batches, visits anonymised per second;
* the longest stall of the Qt event loop while the purge runs on the database worker, one
  batch per job (``ui.app.DailyPurge``), measured by a 5 ms timer on the main thread, against
  the same timer's longest gap while the application is idle, in the same run (goal: <= 50 ms);
* the longest batch: how long a kiosk check-in may wait for the writer lock;
* what ``secure_delete`` costs a check-in (committed), on and off in alternate rounds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/purge.py [--visits N] [--smoke]

Real SQLite file (WAL, synchronous=FULL); the history goes in through sqlite3 directly
(``bench/_history.py``, visits within the last year), and the purge runs 800 days later, so
every visitor is past retention.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from bench._history import seed_history
from bench._smoke import add_smoke_flag
from kiosk.config import Settings, load_settings
from kiosk.db.engine import backup_database
from kiosk.db.types import utc_now
from kiosk.memory import settle_startup_objects
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.privacy import retention
from kiosk.visits.check_in import CheckInRequest, check_in
from ui.app import DailyPurge
from ui.context import AppContext
from ui.i18n import Translations

VISITS = 1_000_000
VISITORS_PER_VISIT = 0.3
GOAL_MS = 50.0
IDLE_SECONDS = 3.0
TICK_MS = 5
CHECK_INS = 300


class GapMeter:
    """The longest time between two ticks of a 5 ms timer on the main thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def wait_for(app: QCoreApplication, done: Any, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def settings_in(folder: Path) -> Settings:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    return load_settings(config, environ={})


def timed(name: str, durations: list[float]) -> None:
    """Time every call of ``Purge.<name>`` without changing what it does."""
    method = getattr(retention.Purge, name)

    def timed(self: retention.Purge) -> Any:
        start = time.perf_counter()
        try:
            return method(self)
        finally:
            durations.append(time.perf_counter() - start)

    timed.__wrapped__ = method  # type: ignore[attr-defined]
    setattr(retention.Purge, name, timed)


def untimed(*names: str) -> None:
    for name in names:
        setattr(retention.Purge, name, getattr(retention.Purge, name).__wrapped__)


def measure_purge(app: QApplication, folder: Path, visits: int, smoke: bool) -> None:
    settings = settings_in(folder)
    Operations.open(settings).close()
    visitors = max(1, int(visits * VISITORS_PER_VISIT))
    start = time.perf_counter()
    seed_history(settings.database_path, visitors, visits)
    moment = [utc_now() + timedelta(days=800)]
    # A migration's backup of it, made within the retention period (the purge wipes it too:
    # the first time with a rebuild).
    backup = backup_database(settings.database_path, "before-0009")
    made = (moment[0] - timedelta(days=10)).timestamp()
    os.utime(backup, (made, made))
    print(f"seeded {visits:,} visits of {visitors:,} visitors (and a backup) in "
          f"{time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    db = sqlite3.connect(settings.database_path)
    db.execute("VACUUM")  # what the migration to 0008 does once (kiosk.db.engine.migrate)
    db.close()
    size = settings.database_path.stat().st_size / 1e6
    print(f"one-time VACUUM of the {size:,.0f} MB file: {time.perf_counter() - start:.1f} s")

    def open_operations(s: Settings) -> Operations:  # as ui.app.FirstFrame does
        operations = Operations.open(s, clock=lambda: moment[0])
        settle_startup_objects()
        return operations

    context = AppContext(settings, Translations(app), open_operations=open_operations)
    opened: list[object] = []
    context.run(lambda ops: None, opened.append)
    wait_for(app, lambda: bool(opened), 120)

    meter = GapMeter()
    meter.start()
    wait_for(app, lambda: False, 0.3 if smoke else IDLE_SECONDS)
    idle = meter.stop()
    run_purge(app, context, meter, idle, "first purge", smoke)
    moment[0] += timedelta(days=1)
    run_purge(app, context, meter, idle, "next day's purge", smoke)
    context.close()


def run_purge(app: QApplication, context: AppContext, meter: GapMeter, idle: float,
              label: str, smoke: bool) -> None:
    steps: list[float] = []
    backups: list[float] = []
    finish: list[float] = []
    timed("step", steps)
    timed("wipe_backups", backups)
    timed("finish", finish)
    daily = DailyPurge(context)
    reports: list[retention.PurgeReport] = []
    daily.finished.connect(reports.append)
    meter.start()
    start = time.perf_counter()
    daily.run()
    wait_for(app, lambda: bool(reports), 3 * 3600)
    total = time.perf_counter() - start
    stall = meter.stop()
    report = reports[0]
    steps.pop()  # the call that found nothing left
    ordered = sorted(steps)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label}: {report.visitors:,} visitors, {report.visits:,} visits in {total:.1f} s, "
          f"{report.batches:,} steps ({report.visits / total:,.0f} visits/s)")
    print(f"  step (one worker job; a batch holds the writer lock) p50 "
          f"{statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
          f"max {ordered[-1] * 1000:.1f} ms (step {steps.index(ordered[-1]) + 1}); "
          f"old files {steps[-1] * 1000:.1f} ms; the WAL {finish[0] * 1000:.1f} ms; "
          f"the backup (its own thread) {backups[0]:.1f} s")
    verdict = "" if smoke else "  goal <= 50 ms: " + ("met" if stall <= GOAL_MS else "NOT met")
    print(f"  event loop: longest stall {stall:.1f} ms during the purge, "
          f"{idle:.1f} ms idle ({stall / idle:.1f} x){verdict}")
    untimed("step", "wipe_backups", "finish")
    daily.stop()


def measure_secure_delete(folder: Path, check_ins: int, rounds_of: int) -> None:
    """Check-ins (committed) with ``secure_delete`` on and off, in alternating rounds."""
    settings = settings_in(folder)
    ops = Operations.open(settings)
    secure = ["ON"]

    @event.listens_for(ops.database.engine, "checkout")
    def _pragma(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(f"PRAGMA secure_delete={secure[0]}")

    samples: dict[str, list[float]] = {"ON": [], "OFF": []}
    for i in range(-20, check_ins * 2):
        secure[0] = "ON" if (i // rounds_of) % 2 == 0 else "OFF"
        request = CheckInRequest(name=f"Pengunjung {chr(65 + i % 26)} Santoso",
                                 phone=f"0812{i % 100_000_000:08d}", purpose=Purpose.TRAINING,
                                 organization=f"UMKM {i % 50}", consent=True)
        start = time.perf_counter()
        with ops.database.unit_of_work() as session:
            check_in(session, request, now=ops.clock())
        if i >= 0:
            samples[secure[0]].append(time.perf_counter() - start)
    ops.close()
    on, off = (statistics.median(samples[k]) * 1000 for k in ("ON", "OFF"))
    print(f"check-in committed p50: secure_delete on {on:.2f} ms, off {off:.2f} ms "
          f"({(on / off - 1) * 100:+.1f} %, n={len(samples['ON'])} each)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=VISITS)
    add_smoke_flag(parser)
    args = parser.parse_args()
    visits = 300 if args.smoke else args.visits
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        measure_purge(app, Path(tmp) / "purge", visits, args.smoke)
        measure_secure_delete(Path(tmp) / "check-in", *((10, 5) if args.smoke else (CHECK_INS, 25)))


if __name__ == "__main__":
    main()
