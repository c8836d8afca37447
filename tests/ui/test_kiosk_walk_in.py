"""A visitor checks in by touch at the kiosk and gets a pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kiosk.models import Purpose, Visit
from kiosk.operations import CheckInResult, Operations
from kiosk.passes import visit_id_from_qr
from tests.pdf_tools import decode_qr, page_sizes_mm, render
from tests.ui.conftest import wait_idle
from ui.app import build_window, crash_recovery
from ui.context import AppContext
from ui.kiosk.window import KioskWindow


def open_kiosk(qtbot, context: AppContext) -> KioskWindow:  # type: ignore[no-untyped-def]
    window = KioskWindow(context)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    wait_idle(qtbot, context)
    return window


def choose_destination(window: KioskWindow, text: str) -> None:
    combo = window.walk_in.destination_combo
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index > 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def visits_saved(context: AppContext) -> int:
    ops = Operations.open(context.settings)
    try:
        with ops.database.reading() as session:
            return session.scalar(select(func.count()).select_from(Visit)) or 0
    finally:
        ops.close()


def test_walk_in_visitor_gets_a_pass_whose_qr_reads_back(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    qtbot.mouseClick(window.welcome.check_in_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.walk_in

    form = window.walk_in
    qtbot.keyClicks(form.name_edit, "Budi Santoso")
    qtbot.keyClicks(form.phone_edit, "0812-3456-7890")
    qtbot.keyClicks(form.organization_edit, "CV Maju Jaya")
    qtbot.mouseClick(form.purpose_buttons[Purpose.TRAINING], Qt.MouseButton.LeftButton)
    choose_destination(window, "4.02")
    qtbot.mouseClick(form.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.consent_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)

    result: CheckInResult = signal.args[0]
    assert window.stack.currentWidget() is window.pass_ready
    assert window.pass_ready.where.text() == "Silakan ke lantai 4"
    assert "4.02" in window.pass_ready.room.text()
    assert result.visit.group_size == 2
    assert result.pass_pdf is not None
    pdf = Path(result.pass_pdf).read_bytes()
    assert page_sizes_mm(pdf) == [(62.0, 100.0)]
    assert [visit_id_from_qr(t) for t in decode_qr(render(pdf)[0])] == [result.visit.visit_id]

    qtbot.mouseClick(window.pass_ready.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.welcome
    assert form.name_edit.text() == ""  # nothing of this visitor is left for the next


def test_bad_input_is_explained_per_field_in_indonesian_and_nothing_saved(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    window = open_kiosk(qtbot, context)
    window.start_walk_in()
    form = window.walk_in
    qtbot.keyClicks(form.name_edit, "Budi ")
    form.name_edit.insert("😀")  # QTest.keyClicks aborts on characters outside the BMP
    qtbot.keyClicks(form.phone_edit, "0812-ABCD")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.fields["name"].error.isVisible(), timeout=10_000)

    assert "emoji" in form.fields["name"].error.text()
    assert form.fields["name"].error.text().startswith("Gunakan huruf saja")
    assert form.fields["phone"].error.text().startswith("Nomor telepon hanya berisi angka")
    assert form.fields["purpose"].error.text() == "Silakan pilih keperluan kunjungan Anda."
    assert not form.fields["organization"].error.isVisible()
    assert window.stack.currentWidget() is form
    assert form.submit_button.isEnabled()
    assert visits_saved(context) == 0


def test_language_switch_translates_every_screen(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    assert window.welcome.check_in_button.text() == "Daftar masuk"
    qtbot.mouseClick(window.welcome.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.welcome.check_in_button.text() == "Check in")
    assert window.welcome.language_button.text() == "Bahasa Indonesia"
    assert window.walk_in.fields["name"].caption.text() == "Your name"
    assert window.walk_in.destination_combo.itemText(0).startswith("I don't know")
    qtbot.mouseClick(window.welcome.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.walk_in.fields["name"].caption.text() == "Nama Anda")


def test_an_unexpected_error_returns_the_visitor_to_welcome(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    window.start_walk_in()
    qtbot.keyClicks(window.walk_in.name_edit, "Rahasia")
    window.recover(RuntimeError("printer caught fire"))
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.notice.isVisible()
    assert "resepsionis" in window.welcome.notice.text()
    assert window.walk_in.name_edit.text() == ""


def test_the_form_fits_portrait_and_landscape(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    window.start_walk_in()
    form = window.walk_in
    for width, height, columns in ((1080, 1920, 1), (1920, 1080, 2)):
        window.resize(width, height)
        qtbot.waitUntil(lambda c=columns: form._columns == c)
        for button in (form.submit_button, form.cancel_button, *form.purpose_buttons.values()):
            assert button.height() >= 64  # touch target
        assert form.submit_button.geometry().bottom() <= form.height()


def test_the_visit_is_saved_even_when_its_pass_cannot_be_written(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    # The PDF folder's place is taken by a file: the pass cannot be saved.
    pdf_dir = context.settings.pdf_path
    pdf_dir.parent.mkdir(parents=True, exist_ok=True)
    pdf_dir.write_text("not a folder", encoding="utf-8")
    window = open_kiosk(qtbot, context)
    window.start_walk_in()
    form = window.walk_in
    qtbot.keyClicks(form.name_edit, "Sukarni")
    qtbot.keyClicks(form.phone_edit, "081311112222")
    qtbot.mouseClick(form.purpose_buttons[Purpose.DELIVERY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.consent_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].pass_pdf is None
    assert "resepsionis" in window.pass_ready.pass_info.text()
    assert visits_saved(context) == 1


@pytest.mark.qt_no_exception_capture
def test_a_screen_that_raises_sends_the_kiosk_back_to_welcome(  # type: ignore[no-untyped-def]
    qtbot, qapp, settings, monkeypatch
) -> None:
    window, context = build_window(settings, qapp)
    qtbot.addWidget(window)
    assert isinstance(window, KioskWindow)
    window.show()
    wait_idle(qtbot, context)
    window.start_walk_in()
    qtbot.keyClicks(window.walk_in.name_edit, "Budi")

    def broken() -> None:
        raise RuntimeError("a bug in a screen")

    monkeypatch.setattr(window.walk_in, "request", broken)
    with crash_recovery(window):
        qtbot.mouseClick(window.walk_in.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    assert window.welcome.notice.isVisible()
    assert window.walk_in.name_edit.text() == ""
    context.close()
