"""Sync figures against a real PostgreSQL server (a throwaway database, dropped after).

* push 10,000 operations and pull 10,000 rows, each against a raw psycopg ``executemany``
  upsert of the same rows in the same run (goal: at least a third of its throughput);
* an idle sync round (nothing to push or pull; goal <= 10 ms);
* the longest stall of the Qt event loop while the background worker syncs 10,000
  operations (goal <= 50 ms), measured by a 5 ms timer in an offscreen application.

Run: ``.venv/bin/python bench/sync.py [--smoke]`` (or ``make bench``). KIOSK_TEST_POSTGRES_URL
chooses the server, as for the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from sqlalchemy import Engine, text

from bench._smoke import add_smoke_flag
from kiosk.building import catalogue
from kiosk.central.admin import init_central
from kiosk.db.engine import open_device_database
from kiosk.db.types import utc_now
from kiosk.memory import settle_startup_objects
from kiosk.models import Device, Visitor
from kiosk.sync.device import Synchronizer
from tests.postgres import create_throwaway, drop_throwaway

OPERATIONS = 10_000
IDLE_ROUNDS = 200


def device(folder: Path, name: str, with_visitors: int = 0):  # type: ignore[no-untyped-def]
    database = open_device_database(folder / f"{name}.sqlite3")
    with database.unit_of_work() as session:
        session.add(Device(id=uuid.uuid4(), name=name))
        catalogue.apply_catalogue(session, catalogue.read_catalogue())
    if with_visitors:
        with database.unit_of_work() as session:
            now = utc_now()
            for number in range(with_visitors):
                session.add(Visitor(full_name=f"Pengunjung {number}",
                                    name_key=f"pengunjung {number}",
                                    phone_e164=f"+62812{number:08d}", consent_at=now,
                                    consent_version="2026-1"))
    return database


def raw_upsert_seconds(dsn: str, rows: list[dict[str, object]], table: str) -> float:
    """The same visitor rows, upserted with psycopg's executemany into a copy of the table."""
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns if c != "id")
    with psycopg.connect(dsn) as connection:
        connection.execute(f"CREATE TABLE {table} (LIKE visitor INCLUDING ALL)")
        connection.commit()
        values = [tuple(row[c] for c in columns) for row in rows]
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks}) "
                               f"ON CONFLICT (id) DO UPDATE SET {updates}", values)
        connection.commit()
        return time.perf_counter() - started


def measure_stall(folder: Path, central_url: str, operation_count: int = OPERATIONS
                  ) -> tuple[float, float]:
    """(longest event-loop stall in ms, seconds the worker's sync took)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_settings
    from kiosk.operations import Operations
    from ui.sync_worker import SyncWorker

    app = QApplication.instance() or QApplication([])
    config = folder / "stall" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'data_dir = "data"\ndevice_name = "stall"\n[central]\n'
                      f'url = "{central_url}"\n', encoding="utf-8")
    settings = load_settings(config, environ={})
    operations = Operations.open(settings)
    with operations.database.unit_of_work() as session:
        now = utc_now()
        for number in range(operation_count):
            session.add(Visitor(full_name=f"Tamu {number}", name_key=f"tamu {number}",
                                phone_e164=f"+62813{number:08d}", consent_at=now,
                                consent_version="2026-1"))
    settle_startup_objects()  # as the application does once its database is open (ui/app.py)
    worker = SyncWorker(settings, lambda: operations, interval=3600)
    clock = QElapsedTimer()
    longest = 0.0
    last = 0.0

    def tick() -> None:
        nonlocal longest, last
        now_ms = clock.nsecsElapsed() / 1e6
        longest = max(longest, now_ms - last - 5)
        last = now_ms

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    started: list[float] = []
    done: list[float] = []
    # From the round's start, not from FIRST_ROUND_MS: a coarse timer may fire 5 % early.
    worker.syncing.connect(lambda: started.append(clock.nsecsElapsed() / 1e9))
    worker.finished.connect(lambda *_: done.append(clock.nsecsElapsed() / 1e9))
    clock.start()
    timer.start()
    worker.start()  # the first round starts after FIRST_ROUND_MS, while the timer runs
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    worker.stop()
    operations.close()
    return longest, done[0] - started[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    add_smoke_flag(parser)
    smoke = parser.parse_args().smoke
    operation_count, idle_rounds, raw_runs = (50, 3, 1) if smoke else (OPERATIONS, IDLE_ROUNDS, 3)
    central = create_throwaway("kiosk_bench")
    try:
        init_central(central)
        with tempfile.TemporaryDirectory(prefix="gic-bench-sync-") as tmp:
            measure(central, Path(tmp), operation_count, idle_rounds, raw_runs)
    finally:
        drop_throwaway(central)


def measure(central: Engine, folder: Path, operation_count: int, idle_rounds: int,
            raw_runs: int) -> None:
    """Every figure, printed; the devices' files live in ``folder``."""
    url = central.url
    sender = device(folder, "sender")
    Synchronizer(sender, central).round()  # the building's rooms, before the clock
    sender.dispose()
    sender = device(folder, "sender-2", with_visitors=operation_count)
    sync = Synchronizer(sender, central)
    settle_startup_objects()  # as the sync command and the application do
    report = sync.round()
    push_seconds = report.push_seconds
    receiver = device(folder, "receiver")
    receive = Synchronizer(receiver, central)
    pulled = receive.round()
    pull_seconds = pulled.pull_seconds
    with central.connect() as connection:
        rows = [dict(r) for r in connection.execute(text(
            "SELECT * FROM visitor WHERE full_name LIKE 'Pengunjung %'")).mappings()]
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    # The baseline varies by half from run to run on this machine: the median of three.
    raw_seconds = statistics.median(raw_upsert_seconds(dsn, rows, f"visitor_raw_{n}")
                                    for n in range(raw_runs))
    idle = []
    for _ in range(idle_rounds):
        started = time.perf_counter()
        receive.round()
        idle.append((time.perf_counter() - started) * 1000)
    idle.sort()
    stall, worker_seconds = measure_stall(folder, url.render_as_string(hide_password=False),
                                          operation_count)
    raw_rate = len(rows) / raw_seconds
    print(f"raw psycopg executemany upsert (median of {raw_runs}): {len(rows)} rows in "
          f"{raw_seconds:.2f} s "
          f"({raw_rate:,.0f} rows/s)")
    print(f"push {report.pushed} ops ({report.pulled} pulled back): {push_seconds:.2f} s "
          f"({report.pushed / push_seconds:,.0f} ops/s, "
          f"{report.pushed / push_seconds / raw_rate:.2f}x raw)")
    print(f"pull on a new device ({pulled.pulled} rows): {pull_seconds:.2f} s "
          f"({pulled.pulled / pull_seconds:,.0f} rows/s, "
          f"{pulled.pulled / pull_seconds / raw_rate:.2f}x raw)")
    print(f"idle round: median {statistics.median(idle):.2f} ms, "
          f"p95 {idle[int(len(idle) * 0.95)]:.2f} ms, max {idle[-1]:.2f} ms")
    print(f"UI event loop, worker syncing {operation_count} operations in "
          f"{worker_seconds:.2f} s: longest stall {stall:.1f} ms")
    receiver.dispose()
    sender.dispose()


if __name__ == "__main__":
    main()
