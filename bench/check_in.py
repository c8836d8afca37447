"""check_in plus the pass PDF, p50 and p95, with the parts measured on their own.

    .venv/bin/python bench/check_in.py [--runs N] [--smoke]

Real SQLite file (WAL, synchronous=FULL), real PDF written to disk, as the kiosk does it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._smoke import add_smoke_flag
from kiosk.building import catalogue
from kiosk.building.catalogue import room_id
from kiosk.config import load_settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.passes.layout import render_pass
from kiosk.passes.tokens import TokenKind, sign
from kiosk.visits.check_in import (
    CheckInRequest,
    Destination,
    DestinationKind,
    check_in,
    pass_valid_until,
)

#: Runs before the timed ones: imports, font loading, statement caches.
WARM_UP = 10


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def measure(label: str, runs: int, action: Callable[[int], object],
            warm_up: int = WARM_UP) -> tuple[float, float]:
    for i in range(warm_up):
        action(-i - 1)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - start)
    p50, p95 = percentiles(samples)
    print(f"{label:34} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   (n={runs})")
    return p50, p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    add_smoke_flag(parser)
    args = parser.parse_args()
    runs, warm_up = (1, 1) if args.smoke else (args.runs, WARM_UP)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        ops = Operations.open(load_settings(config, environ={}))
        destination = Destination(DestinationKind.ROOM, room_id("4.02"))

        def request(i: int) -> CheckInRequest:
            return CheckInRequest(name=f"Pengunjung {chr(65 + i % 26)} Santoso",
                                  phone=f"0812{abs(i) % 100_000_000:08d}",
                                  organization=f"UMKM {abs(i) % 50}",
                                  purpose=Purpose.TRAINING, destination=destination,
                                  consent=True)

        p50, _ = measure("check_in + pass PDF (operation)", runs,
                         lambda i: ops.check_in(request(i)), warm_up)

        def check_in_only(i: int) -> None:
            with ops.database.unit_of_work() as session:
                check_in(session, request(i + 10_000), now=ops.clock())

        measure("  of which: check_in, committed", runs, check_in_only, warm_up)
        summary = ops.check_in(request(99_999)).visit
        zone = ops.settings.zone
        # The pass as the check-in renders it: signed token, valid until closing time, the
        # catalogue's building name, the badge printer's layout.
        valid_until = pass_valid_until(summary.checked_in_at, zone, ops.settings.hours.closing)
        token = sign(ops.keyring, TokenKind.VISIT_PASS, summary.visit_id, valid_until)
        site_name = catalogue.read_catalogue().building_name
        measure("  of which: pass PDF rendered", runs,
                lambda i: render_pass(summary, zone, qr=token, valid_until=valid_until,
                                      layout=ops.badge_layout, site_name=site_name), warm_up)
        ops.close()
    if not args.smoke:
        print(f"goal: check_in + pass PDF p50 <= 20 ms -> {'met' if p50 <= 20 else 'NOT met'}")


if __name__ == "__main__":
    main()
