"""The smoke mode of every benchmark script: tiny sizes, one repetition, no goal verdict.

``tests/test_bench_smoke.py`` runs each ``bench/*.py`` script with ``--smoke`` so that a
benchmark can never stop working unnoticed; the figures printed in this mode mean nothing.
"""

from __future__ import annotations

import argparse


def add_smoke_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--smoke", action="store_true",
                        help="tiny sizes, one repetition, no goal verdict: only checks that "
                        "the benchmark still runs (the test command does this)")
