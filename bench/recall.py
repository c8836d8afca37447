"""Returning-visitor recall by phone with 100,000 visitors (and 100,000 past visits).

    .venv/bin/python bench/recall.py [--visitors N] [--runs N] [--smoke]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._history import phone_of, seed_history
from bench._smoke import add_smoke_flag
from kiosk.config import load_settings
from kiosk.operations import Operations


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=500)
    add_smoke_flag(parser)
    args = parser.parse_args()
    if args.smoke:
        args.visitors, args.runs = 200, 1
    goal = "" if args.smoke else ", goal <= 10 ms"
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        Operations.open(settings).close()
        started = time.perf_counter()
        seed_history(settings.database_path, args.visitors, args.visitors)
        print(f"seeded {args.visitors:,} visitors and visits in "
              f"{time.perf_counter() - started:.1f} s")
        ops = Operations.open(settings)
        rng = random.Random(1)
        for label, phones in (
            ("known phone", [phone_of(rng.randrange(args.visitors)) for _ in range(args.runs)]),
            ("unknown phone", [f"+62813{rng.randrange(10**8):08d}" for _ in range(args.runs)]),
        ):
            samples = []
            for phone in phones:
                begin = time.perf_counter()
                recall = ops.recall(phone)
                samples.append(time.perf_counter() - begin)
                assert bool(recall.matches) == (label == "known phone")
            samples.sort()
            p50 = statistics.median(samples) * 1000
            p95 = samples[int(0.95 * (len(samples) - 1))] * 1000
            print(f"recall, {label:13}  p50 {p50:5.2f} ms   p95 {p95:5.2f} ms   (n={args.runs}"
                  f"{goal})")
        ops.close()


if __name__ == "__main__":
    main()
