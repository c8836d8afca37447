"""Printing: PDFs to a CUPS queue at 100% scale on the layout's own media, each job followed to
the end; or, with no printer configured, the PDF saved to a folder.

Talks to CUPS through its command-line tools (``lp`` to submit, ``lpstat`` to watch the queue and
the job, ``cancel`` to withdraw a job that cannot print), so it works with whatever server the
machine's CUPS client is set up for, and through libcups for one thing ``lpstat`` cannot tell:
whether a job that left the queue was completed, or cancelled or aborted (``lpstat -l`` shows the
same "Alerts: processing-to-stop-point" for all three on CUPS 2.4).

Every call blocks (a job is followed until it completes): call from a background worker, never
from the UI thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import enum
import logging
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.paths import write_atomically

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Media:
    """A sheet or label size the printer holds, in millimetres (portrait)."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def cups_size(self) -> str:
        """The size as CUPS names it: ISO names where they exist (every driver knows "A4"),
        else a custom size, ``Custom.62x100mm``."""
        iso = _ISO_SIZES.get((self.width_mm, self.height_mm))
        return iso or f"Custom.{self.width_mm:g}x{self.height_mm:g}mm"


LABEL_62x100 = Media("62x100mm", 62, 100)  # Brother QL visitor labels
CARD_CR80 = Media("54x86mm", 54, 86)  # ID cards
A6 = Media("A6", 105, 148)
A4 = Media("A4", 210, 297)
A3 = Media("A3", 297, 420)  # floor grids for the wall

_ISO_SIZES = {(105.0, 148.0): "A6", (210.0, 297.0): "A4", (297.0, 420.0): "A3"}


class PrintProblem(enum.StrEnum):
    #: Not an error: the PDF is saved to the folder instead.
    NO_PRINTER_CONFIGURED = "no_printer_configured"
    #: The configured queue is unknown to CUPS.
    PRINTER_MISSING = "printer_missing"
    #: The queue is disabled, paused or not accepting jobs, or the printer reports an error
    #: that stops it (out of paper, jammed, cover open).
    PRINTER_STOPPED = "printer_stopped"
    #: The CUPS scheduler is not running, or its tools are not installed.
    CUPS_UNAVAILABLE = "cups_unavailable"
    #: The job was cancelled or aborted, or CUPS refused it.
    JOB_FAILED = "job_failed"
    #: The job did not complete within the wait.
    TIMED_OUT = "timed_out"


class PrintError(KioskError):
    """A print that did not happen, why (``problem``) and CUPS's own words (``detail``: the
    printer's state message, the tool's error)."""

    def __init__(self, problem: PrintProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    #: The copy kept in the folder, so reception can reprint it; with no printer configured,
    #: the only result.
    saved_to: Path | None
    job_id: str | None
    queue: str | None


@dataclass(frozen=True)
class _PrinterStatus:
    """What ``lpstat -l -p QUEUE`` says about one queue."""

    enabled: bool
    #: The printer-state-message, e.g. "Paused", "Media tray empty".
    message: str
    #: printer-state-reasons, e.g. ("media-empty-error",).
    reasons: tuple[str, ...]

    @property
    def stopping_reasons(self) -> tuple[str, ...]:
        # IPP: a reason ending in "-error" means the printer is stopped by that condition.
        return tuple(r for r in self.reasons if r.endswith("-error") or r == "hold-new-jobs")

    def describe(self) -> str:
        return self.message or " ".join(self.stopping_reasons) or "stopped"


@dataclass(frozen=True)
class _QueueStatus:
    printer: _PrinterStatus | None
    accepting: bool | None = None
    not_accepting_reason: str = ""
    #: Job id -> its status line ("Status: ..."), for the jobs not completed yet.
    jobs: dict[str, str] = field(default_factory=dict)


class CupsPrinter:
    """Sends PDFs to CUPS queues and follows the jobs.

    ``lp``, ``lpstat`` and ``cancel`` are the tools' names or paths; ``timeout`` bounds
    :meth:`wait` (and each tool call); ``server`` ("host:port" or a socket path) picks a CUPS
    server other than the client's default, as ``lp -h`` and ``CUPS_SERVER`` do.
    """

    #: Pause between two looks at a job.
    poll_interval = 0.05

    def __init__(self, lp: str = "lp", lpstat: str = "lpstat", timeout: float = 30.0,
                 server: str | None = None, cancel: str = "cancel") -> None:
        self.lp = lp
        self.lpstat = lpstat
        self.cancel_tool = cancel
        self.timeout = timeout
        self.server = server
        env = dict(os.environ)
        env["LC_ALL"] = "C"  # the tools' messages in English, as parsed here
        env.pop("LANGUAGE", None)
        if server:
            env["CUPS_SERVER"] = server
        self._env = env
        self._tool_timeout = max(2.0, min(10.0, timeout))

    # --- the steps --------------------------------------------------------------------------

    def check(self, queue: str) -> None:
        """Raise :class:`PrintError` unless ``queue`` exists, is enabled and accepts jobs."""
        if not _QUEUE_NAME.fullmatch(queue):
            # A name starting with "-" would be read by lpstat/lp as an option.
            raise PrintError(PrintProblem.PRINTER_MISSING, f"not a printer name: {queue!r}")
        result = self._run(self.lpstat, "-r", "-a", queue, "-l", "-p", queue)
        if "scheduler is not running" in result.stdout:
            raise PrintError(PrintProblem.CUPS_UNAVAILABLE, "scheduler is not running")
        status = _parse_status(result.stdout, queue)
        if result.returncode != 0 or status.printer is None:
            if not self._scheduler_running():
                raise PrintError(PrintProblem.CUPS_UNAVAILABLE, "scheduler is not running")
            raise PrintError(PrintProblem.PRINTER_MISSING,
                             _first_line(result.stderr) or f"no queue {queue}")
        printer = status.printer
        if not printer.enabled or printer.stopping_reasons:
            raise PrintError(PrintProblem.PRINTER_STOPPED, printer.describe())
        if status.accepting is False:
            raise PrintError(PrintProblem.PRINTER_STOPPED,
                             status.not_accepting_reason or "not accepting jobs")

    def submit(self, pdf: Path, queue: str, media: Media, copies: int = 1) -> str:
        """Queue ``pdf`` on ``queue`` at 100% scale on ``media``; return the job id
        ("badge-12") once CUPS has accepted the job."""
        if copies < 1:
            raise ValueError(f"copies must be at least 1, got {copies}")
        size = media.cups_size
        result = self._run(
            self.lp, "-d", queue, "-n", str(copies),
            # The size for IPP (driverless) queues and for PPD queues: with only media=, a PPD
            # queue rounds a custom size to whole points (62 x 100 mm -> 175 x 283 pt).
            "-o", f"media={size}", "-o", f"PageSize={size}",
            # No shrinking to fit: pdftopdf's default (print-scaling=auto) shrinks an A4 page
            # onto a label; "none" keeps 100%, fit-to-page=false for filters that read that.
            "-o", "print-scaling=none", "-o", "fit-to-page=false",
            "--", str(pdf),
        )
        found = re.search(rf"request id is ({re.escape(queue)}-\d+) \(", result.stdout)
        if result.returncode == 0 and found:
            log.info("print job %s: %s on %s (%s, %d copies)", found[1], pdf.name, queue, size,
                     copies)
            return found[1]
        detail = _first_line(result.stderr) or _first_line(result.stdout) or "lp failed"
        if not self._scheduler_running():
            raise PrintError(PrintProblem.CUPS_UNAVAILABLE, detail)
        if "does not exist" in detail:
            raise PrintError(PrintProblem.PRINTER_MISSING, detail)
        if "not accepting" in detail:
            raise PrintError(PrintProblem.PRINTER_STOPPED, detail)
        raise PrintError(PrintProblem.JOB_FAILED, detail)

    def wait(self, job_id: str, queue: str) -> None:
        """Return once the job has completed; raise :class:`PrintError` if it was cancelled or
        aborted (JOB_FAILED), if the printer stopped (PRINTER_STOPPED), or if it has not
        completed within ``timeout`` (TIMED_OUT). A job that cannot print is cancelled, so
        that it does not come out later, after the visitor has gone or a reprint has."""
        try:
            self._follow(job_id, queue)
        except BaseException:
            # Whatever went wrong while watching (a hung lpstat, CUPS gone), the job must not
            # print later as a stray valid card; a reprint makes a fresh one.
            self._cancel(job_id)
            raise

    def _follow(self, job_id: str, queue: str) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            result = self._run(self.lpstat, "-l", "-p", queue, "-o", queue)
            status = _parse_status(result.stdout, queue)
            if job_id not in status.jobs:
                if result.returncode != 0 and status.printer is None:
                    if not self._scheduler_running():
                        raise PrintError(PrintProblem.CUPS_UNAVAILABLE,
                                         "scheduler is not running")
                    raise PrintError(PrintProblem.PRINTER_MISSING, _first_line(result.stderr))
                self._check_finished(job_id, queue)
                return
            printer = status.printer
            if printer is not None and (not printer.enabled or printer.stopping_reasons):
                raise PrintError(PrintProblem.PRINTER_STOPPED, printer.describe())
            if time.monotonic() >= deadline:
                detail = status.jobs[job_id] or (printer.message if printer else "")
                raise PrintError(PrintProblem.TIMED_OUT,
                                 detail or f"not printed within {self.timeout:g} s")
            time.sleep(self.poll_interval)

    def print_pdf(self, pdf: Path, queue: str, media: Media, copies: int = 1,
                  wait: bool = True) -> PrintOutcome:
        """Check the queue, submit, and (``wait``) follow the job until it has printed."""
        self.check(queue)
        job_id = self.submit(pdf, queue, media, copies)
        if wait:
            self.wait(job_id, queue)
        return PrintOutcome(printed=True, saved_to=None, job_id=job_id, queue=queue)

    # --- helpers ----------------------------------------------------------------------------

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [tool, *(["-h", self.server] if self.server else []), *args]
        try:
            return subprocess.run(command, capture_output=True, text=True, check=False,
                                  timeout=self._tool_timeout, env=self._env)
        except FileNotFoundError as exc:
            raise PrintError(PrintProblem.CUPS_UNAVAILABLE, f"{tool} is not installed") from exc
        except OSError as exc:
            raise PrintError(PrintProblem.CUPS_UNAVAILABLE, f"{tool}: {exc}") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError(PrintProblem.CUPS_UNAVAILABLE,
                             f"{tool} got no answer within {self._tool_timeout:g} s") from exc

    def _scheduler_running(self) -> bool:
        try:
            result = self._run(self.lpstat, "-r")
        except PrintError:
            return False
        return "scheduler is running" in result.stdout

    def _cancel(self, job_id: str) -> None:
        try:
            result = self._run(self.cancel_tool, job_id)
        except PrintError as exc:
            log.warning("could not cancel print job %s: %s", job_id, exc)
            return
        if result.returncode != 0:
            log.warning("could not cancel print job %s: %s", job_id,
                        _first_line(result.stderr))
        else:
            log.info("print job %s cancelled", job_id)

    def _check_finished(self, job_id: str, queue: str) -> None:
        """The job has left the queue: completed, or cancelled or aborted?"""
        state = _finished_job_state(job_id, queue, self.server)
        if state is None or state == _JobState.COMPLETED:
            # None: CUPS keeps no history of it (PreserveJobHistory No); it left the queue
            # without an error we could see.
            log.info("print job %s completed", job_id)
            return
        raise PrintError(PrintProblem.JOB_FAILED, f"job {job_id} {state.name.lower()}")


_QUEUE_NAME = re.compile(r"[A-Za-z0-9_.@][A-Za-z0-9_.@-]*")


def print_or_save(pdf_bytes: bytes, name: str, queue: str, media: Media, folder: Path,
                  printer: CupsPrinter) -> PrintOutcome:
    """Print the PDF on ``queue`` and keep a copy in ``folder`` (for reprints); with no queue
    configured, only save it there (``printed=False``). ``name`` is the file name
    ("pass-K7Q2M9.pdf"); it is also the job's title in CUPS. The copy is written before printing,
    so it is there even when the print fails with :class:`PrintError`."""
    if not name or Path(name).name != name:
        raise ValueError(f"not a plain file name: {name!r}")
    saved = write_atomically(pdf_bytes, folder / name)
    if not queue:
        log.info("no printer configured: %s saved to %s", name, saved)
        return PrintOutcome(printed=False, saved_to=saved, job_id=None, queue=None)
    outcome = printer.print_pdf(saved, queue, media)
    return PrintOutcome(printed=outcome.printed, saved_to=saved, job_id=outcome.job_id,
                        queue=queue)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


# --- lpstat's output -------------------------------------------------------------------------

# Lines of `lpstat -l -p` after the printer's message; the message is the tab-indented text
# between the "printer ..." line and the first of these.
_LONG_KEYS = ("Form mounted:", "Content types:", "Printer types:", "Description:", "Alerts:",
              "Location:", "Connection:", "Interface:")


def _parse_status(text: str, queue: str) -> _QueueStatus:
    """Read ``lpstat [-r] [-a Q] [-l] [-p Q] [-o Q]``: the printer block, the accepting line and
    the jobs not completed yet."""
    printer: _PrinterStatus | None = None
    accepting: bool | None = None
    not_accepting_reason = ""
    jobs: dict[str, str] = {}
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        indented: list[str] = []
        while index < len(lines) and lines[index].startswith("\t"):
            indented.append(lines[index].strip())
            index += 1
        if line.startswith(f"printer {queue} "):
            rest = line[len(f"printer {queue} "):]
            enabled = not rest.startswith("disabled") and "holding new jobs" not in rest
            message_lines: list[str] = []
            for entry in indented:
                if entry.startswith(_LONG_KEYS):
                    break
                message_lines.append(entry)
            reasons: tuple[str, ...] = ()
            for entry in indented:
                if entry.startswith("Alerts:"):
                    reasons = tuple(r for r in entry[len("Alerts:"):].split() if r != "none")
            message = " ".join(message_lines)
            if message == "reason unknown":
                message = ""
            printer = _PrinterStatus(enabled, message, reasons)
        elif line.startswith(f"{queue} accepting requests"):
            accepting = True
        elif line.startswith(f"{queue} not accepting requests"):
            accepting = False
            not_accepting_reason = " ".join(indented)
        elif re.match(rf"{re.escape(queue)}-\d+\s", line):
            job = line.split()[0]
            status = next((e[len("Status:"):].strip() for e in indented
                           if e.startswith("Status:")), "")
            jobs[job] = status
    return _QueueStatus(printer, accepting, not_accepting_reason, jobs)


# --- libcups, for the final state of a job ---------------------------------------------------


class _JobState(enum.IntEnum):
    """IPP job-state (RFC 8011 5.3.7)."""

    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELLED = 7
    ABORTED = 8
    COMPLETED = 9


class _CupsJob(ctypes.Structure):
    """libcups's ``cups_job_t`` (cups.h, unchanged since CUPS 1.1; time_t is a C long on
    Linux)."""

    _fields_ = (
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    )


_WHICHJOBS_COMPLETED = 1
_libcups_lock = threading.Lock()
_libcups: ctypes.CDLL | None = None


def _load_libcups() -> ctypes.CDLL:
    global _libcups
    with _libcups_lock:
        if _libcups is None:
            try:
                lib = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
            except OSError as exc:
                raise PrintError(PrintProblem.CUPS_UNAVAILABLE,
                                 f"libcups not found: {exc}") from exc
            lib.cupsGetJobs2.argtypes = (ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_CupsJob)),
                                         ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
            lib.cupsGetJobs2.restype = ctypes.c_int
            lib.cupsFreeJobs.argtypes = (ctypes.c_int, ctypes.POINTER(_CupsJob))
            lib.cupsFreeJobs.restype = None
            lib.cupsSetServer.argtypes = (ctypes.c_char_p,)
            lib.cupsSetServer.restype = None
            lib.cupsLastErrorString.argtypes = ()
            lib.cupsLastErrorString.restype = ctypes.c_char_p
            _libcups = lib
        return _libcups


def _finished_job_state(job_id: str, queue: str, server: str | None) -> _JobState | None:
    """The state of a job among the queue's finished ones; None when CUPS has no record."""
    number = int(job_id.rsplit("-", 1)[1])
    lib = _load_libcups()
    # cupsSetServer and the default connection are per thread in libcups.
    lib.cupsSetServer(server.encode() if server else None)
    jobs = ctypes.POINTER(_CupsJob)()
    count = lib.cupsGetJobs2(None, ctypes.byref(jobs), queue.encode(), 0, _WHICHJOBS_COMPLETED)
    if count < 0:
        error = (lib.cupsLastErrorString() or b"").decode(errors="replace")
        raise PrintError(PrintProblem.CUPS_UNAVAILABLE, error or "cannot list jobs")
    try:
        for i in range(count):
            if jobs[i].id == number:
                return _JobState(jobs[i].state)
    finally:
        lib.cupsFreeJobs(count, jobs)
    return None
