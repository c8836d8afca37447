"""The checked-in screen follows the real print: printing, printed, or stopped with a retry."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING, staff
from tests.cups import CupsQueue
from tests.cups import cups_queue_fixture as cups_queue_fixture
from tests.cups import stopped_queue_fixture as stopped_queue_fixture
from tests.ui.kiosk_driver import Guest, open_kiosk
from ui.context import AppContext
from ui.i18n import Translations
from ui.theme import apply_theme
from ui.visitor.pass_ready import PrintState

pytestmark = pytest.mark.printing


def printing_context(qapp: QApplication, settings: Settings, queue: str) -> AppContext:
    printers = dataclasses.replace(settings.printers, badge=queue)
    translations = Translations(qapp)
    translations.install("id")
    apply_theme(qapp)
    context = AppContext(dataclasses.replace(settings, printers=printers), translations,
                         open_operations=lambda s: Operations.open(s, clock=lambda: MORNING))
    context.sign_in(staff())
    return context


@pytest.fixture
def returning(qapp: QApplication, settings: Settings) -> Iterator[None]:
    ops = Operations.open(settings, clock=lambda: MORNING)
    ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                purpose=Purpose.MEETING, consent=True))
    ops.close_open_visits()
    ops.close()
    yield


def check_in_budi(qtbot: Any, context: AppContext) -> Any:
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, "081234567890")
    guest.sees(s.identity)
    guest.touch(s.identity.match_buttons[0])
    guest.touch(s.purpose.buttons[Purpose.MEETING])
    guest.touch_row(s.destination.list, s.destination.row_for("Lantai 4"))
    guest.sees(s.pass_ready)
    return window


def test_the_visitor_is_told_to_take_the_card_once_it_has_printed(
    qtbot, qapp, settings, cups_queue: CupsQueue, returning: None  # type: ignore[no-untyped-def]
) -> None:
    context = printing_context(qapp, settings, cups_queue.name)
    try:
        window = check_in_budi(qtbot, context)
        screen = window.screens.pass_ready
        qtbot.waitUntil(lambda: screen.print_state is PrintState.PRINTED, timeout=15_000)
        assert screen.pass_info.text() == "Silakan ambil kartu tamu Anda dari printer."
        assert not screen.again_button.isVisible()
    finally:
        context.close()


def test_a_stopped_printer_offers_to_print_again(
    qtbot, qapp, settings, stopped_queue: CupsQueue, returning: None  # type: ignore[no-untyped-def]
) -> None:
    context = printing_context(qapp, settings, stopped_queue.name)
    try:
        window = check_in_budi(qtbot, context)
        screen = window.screens.pass_ready
        qtbot.waitUntil(lambda: screen.print_state is PrintState.FAILED, timeout=10_000)
        assert "berhenti" in screen.pass_info.text()
        assert screen.again_button.isVisible()
        Guest(qtbot, window).touch(screen.again_button)
        qtbot.waitUntil(lambda: screen.again_button.isEnabled(), timeout=10_000)
        assert screen.print_state is PrintState.FAILED  # still stopped: said again, no freeze
    finally:
        context.close()


def test_reception_reprints_a_card_on_the_printer(
    qtbot, qapp, settings, cups_queue: CupsQueue  # type: ignore[no-untyped-def]
) -> None:
    from ui.reception.window import ReceptionWindow

    context = printing_context(qapp, settings, cups_queue.name)
    try:
        context.run(lambda ops: ops.check_in(CheckInRequest(
            name="Sari", phone="081311112222", purpose=Purpose.MEETING, consent=True)))
        window = ReceptionWindow(context)
        qtbot.addWidget(window)
        window.show()
        panel = window.visitors
        qtbot.waitUntil(lambda: panel.model.people == 1, timeout=10_000)
        panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
        panel.reprint_button.click()
        qtbot.waitUntil(lambda: "sudah dicetak" in panel.print_status.text(), timeout=15_000)
    finally:
        context.close()
