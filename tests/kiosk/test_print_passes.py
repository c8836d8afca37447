"""A visitor's card printed for real: kiosk check-in → CUPS → cups-pdf → a PDF we read back."""

from __future__ import annotations

import dataclasses
import time

import pytest

from kiosk.config import Settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.paper.printing import PrintProblem
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING
from tests.cups import CupsQueue
from tests.cups import cups_queue_fixture as cups_queue_fixture
from tests.cups import stopped_queue_fixture as stopped_queue_fixture
from tests.pdf_tools import decode_qr, page_sizes_mm, render

pytestmark = pytest.mark.printing


def kiosk_with_printer(settings: Settings, queue: str, layout: str) -> Operations:
    printers = dataclasses.replace(settings.printers, badge=queue, badge_layout=layout)
    return Operations.open(dataclasses.replace(settings, printers=printers),
                           clock=lambda: MORNING)


@pytest.fixture
def budi() -> CheckInRequest:
    return CheckInRequest(name="Budi Santoso", phone="081234567890", purpose=Purpose.MEETING,
                          organization="CV Maju Jaya", consent=True)


@pytest.mark.parametrize(("layout", "size"), [("label-62x100", (62.0, 100.0)),
                                              ("card-cr80", (54.0, 86.0)),
                                              ("a4-sheet", (210.0, 297.0))])
def test_the_card_prints_at_its_size_and_its_qr_verifies(
    settings: Settings, cups_queue: CupsQueue, budi: CheckInRequest, layout: str,
    size: tuple[float, float],
) -> None:
    ops = kiosk_with_printer(settings, cups_queue.name, layout)
    try:
        result = ops.check_in(budi)
        assert result.print_job is not None and result.print_problem is None
        ops.follow_print(result.print_job)
        printed = cups_queue.output_of(result.print_job).read_bytes()
        [page] = page_sizes_mm(printed)
        assert abs(page[0] - size[0]) <= 1 and abs(page[1] - size[1]) <= 1
        [scanned] = decode_qr(render(printed)[0])
        assert ops.verify_token(scanned).subject_id == result.visit.visit_id
    finally:
        ops.close()


def test_a_stopped_printer_is_said_plainly_and_the_visit_is_kept(
    settings: Settings, stopped_queue: CupsQueue, budi: CheckInRequest
) -> None:
    ops = kiosk_with_printer(settings, stopped_queue.name, "label-62x100")
    try:
        started = time.monotonic()
        result = ops.check_in(budi)
        assert time.monotonic() - started < 5  # never a frozen screen
        assert result.print_problem is PrintProblem.PRINTER_STOPPED
        assert "Media tray empty" in result.print_detail
        assert result.pass_pdf is not None  # reception can print the saved copy
        assert ops.visitors_in_building()[0].visits[0].visitor_name == "Budi Santoso"
    finally:
        ops.close()


def test_a_missing_printer_is_said_plainly(settings: Settings, cups_queue: CupsQueue,
                                          budi: CheckInRequest) -> None:
    ops = kiosk_with_printer(settings, "no-such-printer", "label-62x100")
    try:
        assert ops.check_in(budi).print_problem is PrintProblem.PRINTER_MISSING
    finally:
        ops.close()


def test_print_again_after_the_printer_is_fixed(settings: Settings, cups_queue: CupsQueue,
                                               budi: CheckInRequest) -> None:
    ops = kiosk_with_printer(settings, "no-such-printer", "label-62x100")
    try:
        visit = ops.check_in(budi).visit
    finally:
        ops.close()
    fixed = kiosk_with_printer(settings, cups_queue.name, "label-62x100")
    try:
        again = fixed.reprint(visit.visit_id)
        assert again.print_job is not None
        fixed.follow_print(again.print_job)
    finally:
        fixed.close()


