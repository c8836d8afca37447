"""The print pipeline, printing for real: CUPS, a cups-pdf queue, and the PDF it writes read back
(page size, QR code and where the QR code sits, so neither scaling nor shifting goes unseen)."""

from __future__ import annotations

import io
import re
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import zxingcpp
from PIL.Image import Image
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.printing import (
    A4,
    A6,
    CARD_CR80,
    CupsPrinter,
    LABEL_62x100,
    Media,
    PrintError,
    PrintOutcome,
    PrintProblem,
    _parse_status,
    print_or_save,
)
from kiosk.passes.layout import draw_qr
from tests.cups import STOPPED_REASON, CupsQueue
from tests.cups import cups_queue_fixture as cups_queue_fixture  # the fixture cups_queue
from tests.cups import stopped_queue_fixture as stopped_queue_fixture  # and stopped_queue
from tests.pdf_tools import decode_qr, page_sizes_mm, render

pytestmark = pytest.mark.printing

DPI = 200
#: Where nothing listens: a CUPS server that is not running.
NO_SERVER = "127.0.0.1:9"


def _test_pdf(media: Media, payload: str) -> bytes:
    """One page of exactly ``media``'s size: a title, a QR code and a frame 2 mm inside the edge."""
    width, height = media.width_mm * mm, media.height_mm * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 8 * mm, f"Print test {media.name}")
    canvas.rect(2 * mm, 2 * mm, width - 4 * mm, height - 4 * mm)
    size = min(width, height) * 0.6
    draw_qr(canvas, payload, (width - size) / 2, (height - size) / 2, size)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _qr_corners(image: Image) -> list[tuple[int, int]]:
    (found,) = [r for r in zxingcpp.read_barcodes(image)
                if r.format == zxingcpp.BarcodeFormat.QRCode]
    p = found.position
    return [(c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]


def _not_completed(queue: str) -> str:
    return subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True,
                          timeout=10, check=False).stdout


@pytest.fixture
def pass_pdf(tmp_path: Path) -> Path:
    pdf = tmp_path / "pass-K7Q2M9.pdf"
    pdf.write_bytes(_test_pdf(LABEL_62x100, "GIC-PRINT-TEST"))
    return pdf


def test_media_names_for_cups() -> None:
    assert LABEL_62x100.cups_size == "Custom.62x100mm"
    assert CARD_CR80.cups_size == "Custom.54x86mm"
    assert A6.cups_size == "A6"
    assert A4.cups_size == "A4"


@pytest.mark.parametrize("media", [LABEL_62x100, A4], ids=lambda m: m.name)
def test_prints_at_the_exact_size_and_scale(cups_queue: CupsQueue, tmp_path: Path,
                                           media: Media) -> None:
    payload = f"GIC-PRINT-TEST-{uuid.uuid4().hex}"
    original = _test_pdf(media, payload)
    pdf = tmp_path / f"print-test-{media.name}.pdf"
    pdf.write_bytes(original)

    outcome = CupsPrinter().print_pdf(pdf, cups_queue.name, media)

    assert outcome.printed
    assert outcome.queue == cups_queue.name
    assert outcome.job_id is not None and outcome.job_id.startswith(f"{cups_queue.name}-")
    printed = cups_queue.output_of(outcome.job_id).read_bytes()
    ((width, height),) = page_sizes_mm(printed)
    assert width == pytest.approx(media.width_mm, abs=1)
    assert height == pytest.approx(media.height_mm, abs=1)
    (page,) = render(printed, dpi=DPI)
    assert decode_qr(page) == [payload]
    # 100% scale, not moved: the QR code's corners where the original has them, within 1 mm.
    (before,) = render(original, dpi=DPI)
    for (x0, y0), (x1, y1) in zip(_qr_corners(before), _qr_corners(page), strict=True):
        assert abs(x0 - x1) <= DPI / 25.4 and abs(y0 - y1) <= DPI / 25.4


def test_print_or_save_prints_and_keeps_a_copy(cups_queue: CupsQueue, tmp_path: Path) -> None:
    pdf = _test_pdf(LABEL_62x100, "GIC-PRINT-TEST-COPY")
    folder = tmp_path / "pdf"

    outcome = print_or_save(pdf, "pass-K7Q2M9.pdf", cups_queue.name, LABEL_62x100, folder,
                            CupsPrinter())

    assert outcome.printed
    assert outcome.saved_to == folder / "pass-K7Q2M9.pdf"
    assert outcome.saved_to.read_bytes() == pdf
    assert outcome.job_id is not None
    assert cups_queue.output_of(outcome.job_id).name.endswith("-pass-K7Q2M9.pdf")


def test_no_printer_configured_saves_to_the_folder(tmp_path: Path) -> None:
    pdf = _test_pdf(LABEL_62x100, "GIC-PRINT-TEST-SAVE")
    folder = tmp_path / "pdf"
    untouchable = CupsPrinter(lp="/nonexistent/lp", lpstat="/nonexistent/lpstat")

    outcome = print_or_save(pdf, "pass-K7Q2M9.pdf", "", LABEL_62x100, folder, untouchable)

    target = folder / "pass-K7Q2M9.pdf"
    assert outcome == PrintOutcome(printed=False, saved_to=target, job_id=None, queue=None)
    assert target.read_bytes() == pdf
    assert [p.name for p in folder.iterdir()] == ["pass-K7Q2M9.pdf"]  # no .part left over


def test_a_file_name_with_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="plain file name"):
        print_or_save(b"%PDF", "../pass.pdf", "", LABEL_62x100, tmp_path, CupsPrinter())


def test_missing_queue(cups_queue: CupsQueue, pass_pdf: Path) -> None:
    with pytest.raises(PrintError) as caught:
        CupsPrinter().print_pdf(pass_pdf, "gic-test-no-such-queue", LABEL_62x100)
    assert caught.value.problem is PrintProblem.PRINTER_MISSING
    with pytest.raises(PrintError) as caught:
        CupsPrinter().submit(pass_pdf, "gic-test-no-such-queue", LABEL_62x100)
    assert caught.value.problem is PrintProblem.PRINTER_MISSING
    assert "does not exist" in caught.value.detail


def test_stopped_queue_says_why_at_once(stopped_queue: CupsQueue, pass_pdf: Path) -> None:
    start = time.monotonic()
    with pytest.raises(PrintError) as caught:
        CupsPrinter().print_pdf(pass_pdf, stopped_queue.name, LABEL_62x100)
    assert time.monotonic() - start < 5
    assert caught.value.problem is PrintProblem.PRINTER_STOPPED
    assert caught.value.detail == STOPPED_REASON
    assert stopped_queue.name not in _not_completed(stopped_queue.name)  # nothing was queued


def test_a_job_on_a_stopped_printer_is_reported_and_withdrawn(stopped_queue: CupsQueue,
                                                            pass_pdf: Path) -> None:
    printer = CupsPrinter()
    job_id = printer.submit(pass_pdf, stopped_queue.name, LABEL_62x100)  # submit: no check
    assert job_id in _not_completed(stopped_queue.name)

    start = time.monotonic()
    with pytest.raises(PrintError) as caught:
        printer.wait(job_id, stopped_queue.name)

    assert time.monotonic() - start < 5
    assert caught.value.problem is PrintProblem.PRINTER_STOPPED
    assert caught.value.detail == STOPPED_REASON
    # Cancelled: it must not come out later, once paper is loaded, after a reprint.
    assert job_id not in _not_completed(stopped_queue.name)


def test_a_cancelled_job_is_a_failed_print(stopped_queue: CupsQueue, pass_pdf: Path) -> None:
    printer = CupsPrinter()
    job_id = printer.submit(pass_pdf, stopped_queue.name, LABEL_62x100)
    subprocess.run(["cancel", job_id], capture_output=True, timeout=10, check=True)

    with pytest.raises(PrintError) as caught:
        printer.wait(job_id, stopped_queue.name)

    assert caught.value.problem is PrintProblem.JOB_FAILED
    assert "cancelled" in caught.value.detail


def test_a_job_that_does_not_complete_in_time(cups_queue: CupsQueue, pass_pdf: Path) -> None:
    # A held job stays queued on an enabled printer, as one behind a printer that never answers.
    held = subprocess.run(["lp", "-d", cups_queue.name, "-H", "indefinite", str(pass_pdf)],
                          capture_output=True, text=True, timeout=10, check=True).stdout
    found = re.search(r"request id is (\S+) ", held)
    assert found, held
    job_id = found[1]
    printer = CupsPrinter(timeout=0.5)

    start = time.monotonic()
    with pytest.raises(PrintError) as caught:
        printer.wait(job_id, cups_queue.name)

    assert 0.5 <= time.monotonic() - start < 5
    assert caught.value.problem is PrintProblem.TIMED_OUT
    assert job_id not in _not_completed(cups_queue.name)


def test_without_lp_cups_is_unavailable(pass_pdf: Path) -> None:
    with pytest.raises(PrintError) as caught:
        CupsPrinter(lp="/nonexistent/lp").submit(pass_pdf, "gic-test-pdf", LABEL_62x100)
    assert caught.value.problem is PrintProblem.CUPS_UNAVAILABLE
    assert "/nonexistent/lp is not installed" in caught.value.detail
    with pytest.raises(PrintError) as caught:
        CupsPrinter(lpstat="/nonexistent/lpstat").check("gic-test-pdf")
    assert caught.value.problem is PrintProblem.CUPS_UNAVAILABLE


def test_a_scheduler_that_is_not_running(cups_queue: CupsQueue, pass_pdf: Path) -> None:
    printer = CupsPrinter(server=NO_SERVER)
    start = time.monotonic()
    with pytest.raises(PrintError) as caught:
        printer.print_pdf(pass_pdf, cups_queue.name, LABEL_62x100)
    assert caught.value.problem is PrintProblem.CUPS_UNAVAILABLE
    with pytest.raises(PrintError) as caught:
        printer.submit(pass_pdf, cups_queue.name, LABEL_62x100)
    assert caught.value.problem is PrintProblem.CUPS_UNAVAILABLE
    assert time.monotonic() - start < 5


def test_a_printer_reporting_an_error_counts_as_stopped() -> None:
    # What `lpstat -l -p` says of an IPP label printer out of labels: still enabled, but its
    # "-error" reason stops it (cups-pdf cannot be made to say this, hence the text).
    text = (
        "printer badge now printing badge-7.  enabled since Mon 23 Nov 2026 08:30:00 WIB\n"
        "\tMedia tray empty\n"
        "\tForm mounted:\n"
        "\tContent types: any\n"
        "\tAlerts: media-empty-error offline-report\n"
        "\tLocation: Lobby\n"
        "badge-7                 kiosk             2048   Mon 23 Nov 2026 08:30:00 WIB\n"
        "\tStatus: Waiting for printer to become available.\n"
        "\tAlerts: job-printing\n"
        "\tqueued for badge\n"
    )
    status = _parse_status(text, "badge")
    assert status.printer is not None
    assert status.printer.enabled
    assert status.printer.stopping_reasons == ("media-empty-error",)
    assert status.printer.describe() == "Media tray empty"
    assert status.jobs == {"badge-7": "Waiting for printer to become available."}


def test_a_queue_name_that_looks_like_an_option_never_reaches_cups() -> None:
    with pytest.raises(PrintError) as info:
        CupsPrinter(lpstat="/nonexistent/lpstat").check("-hother:631")
    assert info.value.problem is PrintProblem.PRINTER_MISSING
