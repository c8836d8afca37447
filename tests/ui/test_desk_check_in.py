"""Reception checks in a visitor at the desk: a new visitor with the notice read out, a
returning one recalled by phone, and what the form says when something is missing."""

from __future__ import annotations

from kiosk.models import ActivityKind, Purpose, Role
from kiosk.staff.activity import ActivityQuery
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import click, on_worker
from ui.context import AppContext
from ui.reception.desk_check_in import DeskCheckInDialog
from ui.reception.window import ReceptionWindow


def open_form(qtbot, context: AppContext) -> DeskCheckInDialog:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    dialog = window.visitors.check_in_at_desk()
    qtbot.waitUntil(lambda: dialog.destination_combo.count() > 1, timeout=10_000)
    return dialog


def test_a_new_visitor_is_checked_in_at_the_desk_with_the_notice_read_out(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    context.sign_in(staff("Siti Aminah", Role.RECEPTIONIST))
    dialog = open_form(qtbot, context)
    assert "365 hari" in dialog.notice.text()  # the kiosk's notice, in the visitor's language
    qtbot.keyClicks(dialog.phone_edit, "0813-1111-2222")
    click(qtbot, dialog.find_button)
    wait_idle(qtbot, context)
    assert dialog.visitor_combo.isHidden()  # nobody known under this number
    qtbot.keyClicks(dialog.name_edit, "Wahyu")
    click(qtbot, dialog.check_in_button)
    wait_idle(qtbot, context)
    # Nothing saved: the purpose and the agreement are missing, each said where it belongs.
    assert dialog.messages["purpose"].text() == "Silakan pilih keperluan kunjungan Anda."
    assert dialog.consent_error.isVisible()
    assert on_worker(qtbot, context, lambda ops: ops.visitors_in_building()) == []
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData(Purpose.MEETING.value))
    dialog.destination_combo.setCurrentIndex(3)  # the first room of the first floor
    dialog.group_spin.setValue(3)
    dialog.consent_box.setChecked(True)
    with qtbot.waitSignal(dialog.checked_in, timeout=10_000) as done:
        click(qtbot, dialog.check_in_button)
    result = done.args[0]
    assert dialog.result_page.isVisible() and dialog.pass_label.text() == result.visit.pass_number
    assert result.pass_pdf is not None  # no badge printer here: the card is saved
    qtbot.waitUntil(lambda: "disimpan" in dialog.print_status.text(), timeout=10_000)
    inside = on_worker(qtbot, context, lambda ops: ops.visitors_in_building())
    assert [v.visitor_name for group in inside for v in group.visits] == ["Wahyu"]
    assert inside[0].visits[0].group_size == 3
    record = on_worker(qtbot, context, lambda ops: ops.staff.activity(
        staff(), ActivityQuery(kind=ActivityKind.VISIT)))
    assert [(e.actor, e.action, e.subject) for e in record] == [
        ("Siti Aminah", "check_in", result.visit.pass_number)]
    # The visit history says who served the visitor.
    dialog.close()
    window = dialog.parent().window()
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: "didaftarkan masuk di meja oleh Siti Aminah"
                    in window.history.details.text(), timeout=10_000)


def test_a_returning_visitor_is_recalled_by_phone_and_needs_no_new_agreement(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Budi Hartono", phone="081234567890", purpose=Purpose.TRAINING,
        organization="CV Maju", consent=True)))
    dialog = open_form(qtbot, context)
    qtbot.keyClicks(dialog.phone_edit, "0812 3456 7890")
    click(qtbot, dialog.find_button)
    qtbot.waitUntil(dialog.visitor_combo.isVisible, timeout=10_000)
    assert dialog.visitor_combo.currentText().startswith("B")
    assert "Budi Hartono" not in dialog.visitor_combo.currentText()  # masked, as at the kiosk
    assert not dialog.name_edit.isEnabled() and dialog.consent_box.isChecked()
    assert dialog.purpose_combo.currentData() == Purpose.TRAINING.value
    with qtbot.waitSignal(dialog.checked_in, timeout=10_000) as done:
        click(qtbot, dialog.check_in_button)
    assert done.args[0].visit.visitor_name == "Budi Hartono"


def test_enter_in_the_phone_field_looks_up_and_checks_in_nobody(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    from PySide6.QtCore import Qt

    on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Budi Hartono", phone="081234567890", purpose=Purpose.TRAINING, consent=True)))
    dialog = open_form(qtbot, context)
    dialog.phone_edit.setFocus()
    qtbot.keyClicks(dialog.phone_edit, "081234567890")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.visitor_combo.isVisible, timeout=10_000)
    wait_idle(qtbot, context)
    assert dialog.form_page.isVisible()  # not submitted: no check-in, no refusal shown
    assert not dialog.messages["name"].isVisible()


def test_a_number_that_cannot_be_looked_up_is_said_under_the_field(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    dialog = open_form(qtbot, context)
    qtbot.keyClicks(dialog.phone_edit, "0812abc")
    click(qtbot, dialog.find_button)
    qtbot.waitUntil(dialog.messages["phone"].isVisible, timeout=10_000)
    assert dialog.messages["phone"].text().startswith("Nomor HP hanya berisi angka")
    assert dialog.check_in_button.isEnabled()
