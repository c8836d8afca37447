"""Fixtures for tests that print for real: a running CUPS scheduler with cups-pdf queues.

``scripts/cups-test-printer.sh`` starts the scheduler if needed and makes the queues; cups-pdf
writes each job as ``job_<number>-<title>.pdf`` in the folder the script prints. Where CUPS
cannot be had (not installed, not root), the tests are skipped, except on CI (``CI`` set), where
they fail: CI must print for real.

A test module takes the fixtures, by their names ``cups_queue`` and ``stopped_queue``, with
``from tests.cups import cups_queue_fixture as cups_queue_fixture`` (the same for
``stopped_queue_fixture``; the redundant alias tells linters the import is used).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "cups-test-printer.sh"

TEST_QUEUE = "gic-test-pdf"
STOPPED_QUEUE = "gic-test-pdf-stopped"
#: What a stopped queue says, as a printer out of paper would.
STOPPED_REASON = "Media tray empty (kiosk print test)"

_WHY = {2: "CUPS or cups-pdf is not installed (run scripts/system-packages.sh as root)",
        3: "only root can start CUPS or make the test queue here",
        4: "the CUPS scheduler did not start (see /var/log/cups/error_log)"}


@dataclass(frozen=True)
class CupsQueue:
    name: str
    #: Where cups-pdf writes this queue's jobs.
    folder: Path

    def output_of(self, job_id: str, timeout: float = 10.0) -> Path:
        """The PDF cups-pdf wrote for ``job_id`` ("gic-test-pdf-12" -> job_12-*.pdf)."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while True:
            found = sorted(self.folder.glob(f"job_{number}-*.pdf"))
            if found:
                return found[0]
            if time.monotonic() > deadline:
                listing = sorted(p.name for p in self.folder.iterdir())
                raise AssertionError(f"no output for {job_id} in {self.folder}: {listing}")
            time.sleep(0.05)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CUPS print tests cannot run on CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _make_queue(name: str) -> CupsQueue:
    try:
        result = subprocess.run(["bash", str(SCRIPT), name], capture_output=True, text=True,
                                timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _unavailable(f"{SCRIPT.name} could not run: {exc}")
        raise  # not reached: _unavailable skips or fails
    if result.returncode != 0:
        why = _WHY.get(result.returncode, f"{SCRIPT.name} exited {result.returncode}")
        _unavailable(f"{why}: {result.stderr.strip()}")
    return CupsQueue(name, Path(result.stdout.strip().splitlines()[-1]))


def _admin(tool: str, *args: str) -> None:
    # cupsdisable and lpadmin live in /usr/sbin, which a user's PATH may lack.
    path = shutil.which(tool) or f"/usr/sbin/{tool}"
    subprocess.run([path, *args], capture_output=True, text=True, timeout=30, check=True)


@pytest.fixture(scope="session", name="cups_queue")
def cups_queue_fixture() -> CupsQueue:
    """The cups-pdf queue ``gic-test-pdf``, enabled, and the folder its PDFs land in (emptied
    of earlier sessions' PDFs: job numbers start again on a new CUPS, the folder may not)."""
    queue = _make_queue(TEST_QUEUE)
    for old in queue.folder.glob("job_*.pdf"):
        with contextlib.suppress(OSError):  # another user's: theirs to clear
            old.unlink()
    return queue


@pytest.fixture(name="stopped_queue")
def stopped_queue_fixture(cups_queue: CupsQueue) -> Iterator[CupsQueue]:
    """A second cups-pdf queue, disabled with a reason, as a label printer out of paper is;
    removed afterwards (with any job left on it)."""
    queue = _make_queue(STOPPED_QUEUE)
    _admin("cupsdisable", "-r", STOPPED_REASON, queue.name)
    try:
        yield queue
    finally:
        subprocess.run(["cancel", "-a", queue.name], capture_output=True, timeout=30,
                       check=False)
        _admin("lpadmin", "-x", queue.name)
