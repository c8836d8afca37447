"""Evacuation roll call: 1,000 people in the building (on top of 100,000 past visits), read and
drawn as the A4 sheet (goal: <= 1 s), against an empty building's sheet in the same run.

    .venv/bin/python bench/evacuation.py [--runs N] [--smoke]

Real SQLite file (WAL, synchronous=FULL), opened and migrated by ``Operations.open``; the past
and today's open visits go in through sqlite3 directly (``bench/_history.py``). Each run is what
the "Evacuation" button and ``gic-kiosk evacuation`` do: ``take_roll_call`` (the query, with
phones) and ``render_sheet`` (the PDF), timed together.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._history import seed_history
from bench._smoke import add_smoke_flag
from kiosk.config import Settings, load_settings
from kiosk.operations import Operations
from kiosk.safety.evacuation import day_start, take_roll_call
from kiosk.safety.evacuation_sheet import render_sheet
from kiosk.visits.check_in import pass_number_for

PEOPLE = 1_000
VISITORS = 20_000
PAST_VISITS = 100_000
RUNS = 10
GOAL_S = 1.0


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill_building(path: Path, people: int, now: datetime, settings: Settings) -> None:
    """``people`` open visits checked in since this morning: most to a room, some to a floor,
    a few with no destination (the lobby)."""
    rng = random.Random(15)
    start = max(day_start(now, settings.zone), now - timedelta(hours=6))
    connection = sqlite3.connect(path)
    try:
        visitors = [row[0] for row in connection.execute("SELECT id FROM visitor")]
        rooms = [row[0] for row in connection.execute("SELECT id FROM room")]
        floors = [row[0] for row in connection.execute("SELECT id FROM floor")]
        rows = []
        for visitor in rng.sample(visitors, people):
            visit_id = uuid.UUID(int=rng.getrandbits(128))
            came = start + (now - start) * rng.random()
            where = rng.random()
            room = rng.choice(rooms) if where < 0.8 else None
            floor = rng.choice(floors) if 0.8 <= where < 0.95 else None
            rows.append((visit_id.hex, visitor, "meeting", room, floor, 1, "[]",
                         pass_number_for(visit_id), _stamp(came), _stamp(now), _stamp(now)))
        connection.executemany(
            "INSERT INTO visit (id, visitor_id, purpose, room_id, floor_id, group_size, "
            "member_names, pass_number, checked_in_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
    finally:
        connection.close()


def measure(ops: Operations, runs: int) -> tuple[list[float], int, int]:
    """Seconds per sheet (query + PDF); the people on the last one; its size in bytes."""
    samples: list[float] = []
    total = size = 0
    for _ in range(runs):
        start = time.perf_counter()
        roll_call = take_roll_call(ops.database, ops.settings, ops.clock(), ops.command_line)
        pdf = render_sheet(roll_call)
        samples.append(time.perf_counter() - start)
        total, size = roll_call.total, len(pdf)
    return samples, total, size


def report(label: str, samples: list[float], people: int, size: int) -> None:
    print(f"{label:34s} median {statistics.median(samples) * 1000:7.1f} ms  "
          f"max {max(samples) * 1000:7.1f} ms  ({people:,} people, {size / 1024:,.0f} KiB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    add_smoke_flag(parser)
    args = parser.parse_args()
    people, visitors, past, runs = ((20, 50, 100, 1) if args.smoke
                                    else (PEOPLE, VISITORS, PAST_VISITS, args.runs))
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        now = datetime.now(UTC)
        with Operations.open(settings, clock=lambda: now) as ops:
            render_sheet(take_roll_call(ops.database, settings, now))  # fonts, imports
            empty, _, empty_size = measure(ops, runs)
        start = time.perf_counter()
        seed_history(settings.database_path, visitors, past)
        fill_building(settings.database_path, people, now, settings)
        print(f"{past:,} past visits and {people:,} people inside, written in "
              f"{time.perf_counter() - start:.1f} s")
        with Operations.open(settings, clock=lambda: now) as ops:
            full, total, size = measure(ops, runs)
        report("empty building (baseline)", empty, 0, empty_size)
        report(f"{people:,} people in the building", full, total, size)
        worst = max(full)
        verdict = "" if args.smoke else f"  goal <= {GOAL_S:g} s: " + (
            "met" if worst <= GOAL_S else "NOT met")
        print(f"full / empty: {statistics.median(full) / statistics.median(empty):.1f}x; "
              f"slowest {worst * 1000:.0f} ms{verdict}")


if __name__ == "__main__":
    main()
