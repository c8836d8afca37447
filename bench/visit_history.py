"""Visit history: searches over 1,000,000 visits by 300,000 visitors (a year of the building),
p50 / p95 / max of each kind of search (goal: p95 <= 50 ms).

    .venv/bin/python bench/visit_history.py [--runs N] [--smoke]

Real SQLite file (WAL, synchronous=FULL), opened and migrated by ``Operations.open``; the year
goes in through sqlite3 directly (``bench/_history.py``), then ``ANALYZE``. Searches ask for
visitors that exist, at random, each through ``ops.visit_history`` as reception does.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._history import phone_of, seed_history
from bench._smoke import add_smoke_flag
from kiosk.config import load_settings
from kiosk.operations import Operations
from kiosk.visits.history import VisitQuery

VISITORS = 300_000
VISITS = 1_000_000
RUNS = 200
GOAL_MS = 50.0


def measure(label: str, runs: int, search: Callable[[random.Random], VisitQuery],
            ops: Operations, smoke: bool) -> None:
    rng = random.Random(label)
    for _ in range(min(runs, 10)):
        ops.visit_history(search(rng), ops.command_line)
    samples, found = [], 0
    for _ in range(runs):
        query = search(rng)
        start = time.perf_counter()
        found += len(ops.visit_history(query, ops.command_line))
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    verdict = "" if smoke else f"  goal p95 <= {GOAL_MS:.0f} ms: " + (
        "met" if p95 <= GOAL_MS else "NOT met")
    print(f"{label:46s} p50 {statistics.median(samples):6.2f}  p95 {p95:6.2f}  "
          f"max {samples[-1]:6.2f} ms  ({found / runs:.0f} rows){verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    add_smoke_flag(parser)
    args = parser.parse_args()
    visitors, visits, runs = (50, 200, 3) if args.smoke else (VISITORS, VISITS, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        Operations.open(settings).close()  # created and migrated
        start = time.perf_counter()
        seed_history(settings.database_path, visitors, visits)
        print(f"{visits:,} visits by {visitors:,} visitors over a year, written in "
              f"{time.perf_counter() - start:.0f} s")
        ops = Operations.open(settings)
        try:
            today = ops.clock().astimezone(settings.zone).date()
            month = today - timedelta(days=30)
            newest = ops.visit_history(VisitQuery(limit=50), ops.command_line)

            def visitor(rng: random.Random) -> int:
                return rng.randrange(visitors)

            measure("newest visits, no search", runs, lambda rng: VisitQuery(), ops, args.smoke)
            measure("name, last 30 days", runs, lambda rng: VisitQuery(
                text=f"Pengunjung {visitor(rng)}", first_day=month), ops, args.smoke)
            measure("name, all time", runs, lambda rng: VisitQuery(
                text=f"Pengunjung {visitor(rng)}"), ops, args.smoke)
            measure("phone as typed (0812…), all time", runs, lambda rng: VisitQuery(
                text="0" + phone_of(visitor(rng))[3:]), ops, args.smoke)
            measure("pass number, all time", runs, lambda rng: VisitQuery(
                text=rng.choice(newest).pass_number), ops, args.smoke)
            measure("a name nobody has, all time", runs, lambda rng: VisitQuery(
                text=f"Tamu Tak Dikenal {rng.randrange(1000)}"), ops, args.smoke)
        finally:
            ops.close()


if __name__ == "__main__":
    main()
