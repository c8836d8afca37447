"""Every benchmark script still runs: each ``bench/*.py`` (helpers named ``_*`` aside) in its
smoke mode (``--smoke``: tiny sizes, one repetition, no verdict), as a process of its own.

The figures themselves live in ``docs/BENCHMARKS.md``; here only the start-up ratio has a
bound, a loose one that a shared machine's noise cannot reach but a start-up that imports the
domain before its first paint again would.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p.name for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_"))
#: A smoke run takes a few seconds; this only stops a hung one.
TIMEOUT_SECONDS = 180
#: Start-up to the welcome screen against a bare PySide6 window (the goal is 1.7 x).
STARTUP_RATIO_BOUND = 3.0


@functools.cache
def smoke_run(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "bench" / script), "--smoke"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)


def test_every_script_is_found() -> None:
    assert {"startup.py", "check_in.py", "sync.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_benchmark_runs_in_smoke_mode(script: str, request: pytest.FixtureRequest) -> None:
    if "tests.postgres" in (ROOT / "bench" / script).read_text(encoding="utf-8"):
        request.getfixturevalue("postgres_engine")  # skips off CI when there is no server
    result = smoke_run(script)
    assert result.returncode == 0, (
        f"bench/{script} --smoke failed ({result.returncode}):\n"
        f"{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    assert result.stdout.strip(), f"bench/{script} --smoke printed no figures"


def test_start_up_stays_within_a_loose_bound_of_a_bare_window() -> None:
    result = smoke_run("startup.py")
    assert result.returncode == 0, result.stderr[-6000:]
    found = re.search(r"ratio kiosk / bare\s+([\d.]+)x", result.stdout)
    assert found is not None, result.stdout
    assert float(found[1]) <= STARTUP_RATIO_BOUND, result.stdout
