"""Every kiosk flow, driven by touches and scans as a visitor would, in both orientations."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from kiosk.building.catalogue import room_id
from kiosk.building.name import read_building_name
from kiosk.models import Booking, BookingStatus, Purpose, Visit, Visitor
from kiosk.operations import Operations
from kiosk.passes import tokens
from kiosk.visits.check_in import CheckInRequest
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.pdf_tools import decode_qr, page_sizes_mm, render, scanned_token
from tests.ui.kiosk_driver import (
    ORIENTATIONS,
    Guest,
    new_visitor_until_destination,
    open_kiosk,
)
from tests.ui.kiosk_scenes import book_today
from ui.app import build_window, crash_recovery
from ui.context import AppContext

JAKARTA = ZoneInfo("Asia/Jakarta")
BOTH = pytest.mark.parametrize("orientation", list(ORIENTATIONS))


def on_worker(qtbot: Any, context: AppContext, job: Any) -> Any:
    """Run something against the database on the worker, as the app does, and wait."""
    box: list[Any] = []
    context.run(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def rows(qtbot: Any, context: AppContext, model: type) -> int:
    def job(ops: Operations) -> int:
        with ops.database.reading() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0

    return int(on_worker(qtbot, context, job))


def budi_came_before(ops: Operations) -> uuid.UUID:
    visit = ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                        organization="PT Majubersama",
                                        purpose=Purpose.TRAINING, consent=True)).visit
    ops.check_out(visit_id=visit.visit_id)
    return visit.visit_id


def check_in_sari(ops: Operations) -> uuid.UUID:
    return ops.check_in(CheckInRequest(name="Sari", phone="081311112222",
                                       purpose=Purpose.MEETING, consent=True)).visit.visit_id


def sari_with_her_card(ops: Operations) -> str:
    """Sari checks in; returns what the scanner reads from her printed card."""
    return scanned_token(ops.check_in(CheckInRequest(
        name="Sari", phone="081311112222", purpose=Purpose.MEETING, consent=True)).pass_pdf)


@BOTH
def test_a_new_walk_in_visitor_checks_in_and_gets_a_card(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.sees(s.privacy)  # before anything is asked
    guest.touch(s.privacy.agree)
    guest.sees(s.phone)
    guest.dial(s.phone.pad, "081298765432")
    guest.sees(s.details)
    guest.spell(s.details.keyboard, "ayu lestari")
    assert s.details.name_edit.text() == "Ayu Lestari"
    guest.touch(s.details.next_button)
    guest.sees(s.purpose)
    guest.touch(s.purpose.buttons[Purpose.MEETING])
    guest.sees(s.destination)
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        guest.touch_row(s.destination.list, s.destination.row_for("Lantai 5"))
    guest.sees(s.pass_ready)
    result = signal.args[0]
    assert (result.visit.visitor_name, result.visit.floor_number) == ("Ayu Lestari", 5)
    assert s.pass_ready.where.text() == "Silakan ke Lantai 5"
    assert s.pass_ready.pass_number.text() == (
        f"Kode kartu: {result.visit.pass_number[:4]} {result.visit.pass_number[4:]}")
    pdf = Path(result.pass_pdf).read_bytes()
    assert page_sizes_mm(pdf) == [(62.0, 100.0)]
    token = on_worker(qtbot, context, lambda ops: ops.verify_token(decode_qr(render(pdf)[0])[0]))
    assert token.subject_id == result.visit.visit_id
    guest.touch(s.pass_ready.done_button)
    guest.sees(window.welcome)


@BOTH
def test_a_returning_visitor_needs_five_touches_and_the_phone_number(  # type: ignore[no-untyped-def]
    qtbot, context, orientation
) -> None:
    """One touch more than before the privacy notice came first: the kiosk cannot know a
    visitor has agreed before it looks their number up, and looking it up is already
    processing their data (UU 27/2022), so everyone agrees first."""
    on_worker(qtbot, context, budi_came_before)
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, "081234567890")
    guest.sees(s.identity)
    [yes] = s.identity.match_buttons
    assert "Budi S•••••" in yes.label_text() and "PT Maj•••" in yes.label_text()
    assert "Santoso" not in yes.label_text() and "Majubersama" not in yes.label_text()
    assert yes.accessibleName() == yes.label_text()
    guest.touch(yes)
    guest.sees(s.purpose)
    guest.touch(s.purpose.buttons[Purpose.TRAINING])
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        guest.touch_row(s.destination.list, s.destination.row_for("Lantai 4"))
    guest.sees(s.pass_ready)
    assert guest.touches <= 5
    assert signal.args[0].visit.visitor_name == "Budi Santoso"
    assert rows(qtbot, context, Visitor) == 1


def test_not_me_on_a_shared_phone_registers_a_new_visitor(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    on_worker(qtbot, context, budi_came_before)
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, "081234567890")
    guest.sees(s.identity)
    guest.touch(s.identity.not_me)
    guest.sees(s.details)


@BOTH
def test_a_group_leader_checks_in_a_delegation_of_25(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    s = window.screens
    new_visitor_until_destination(guest, "pak joko", Purpose.TRAINING)
    guest.touch(s.destination.group_button)
    guest.sees(s.group)
    for delta in (10, 10, 1, 1, 1):
        guest.touch(s.group.steppers[delta])
    assert s.group.count.text() == "25"
    guest.touch(s.group.per_person)
    s.group.names.setFocus()
    guest.spell(s.group.keyboard, "ani")
    qtbot.mouseClick(s.group.keyboard.key(","), Qt.MouseButton.LeftButton)
    guest.spell(s.group.keyboard, " wati")
    guest.touch(s.group.next_button)
    guest.sees(s.destination)
    assert "25" in s.destination.group_summary.text()
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        guest.touch_row(s.destination.list, s.destination.row_for("Lantai 4"))
    visit = signal.args[0].visit
    assert (visit.group_size, visit.member_names) == (25, ("Ani", "Wati"))
    pdf = Path(signal.args[0].pass_pdf).read_bytes()
    assert len(page_sizes_mm(pdf)) == 25


@BOTH
def test_an_invited_guest_needs_one_scan_and_one_touch(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", phone="081355556666", room_id=room_id("5.02"),
        expected_from=MORNING, expected_until=MORNING + timedelta(hours=2)), staff()))
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    guest.scan(f"GIC:I:{invitation.code}")
    guest.sees(window.screens.invitation)
    assert "Ratna Sari" in window.screens.invitation.guest.text()
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        guest.touch(window.screens.invitation.confirm)
    assert (guest.scans, guest.touches) == (1, 1)
    assert signal.args[0].visit.room_code == "5.02"


@pytest.mark.parametrize("screen", ["phone", "destination"])
def test_an_invitation_scanned_mid_walk_in_is_still_a_scan(qtbot, context, screen) -> None:  # type: ignore[no-untyped-def]
    """A guest who touched "Daftar masuk" first: the scan must reach the scanner, not a field."""
    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), staff()))
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.check_in_button)
    guest.touch(window.screens.privacy.agree)
    if screen == "destination":
        window._show(window.screens.destination)
    guest.scan(f"GIC:I:{invitation.code}")
    guest.sees(window.screens.invitation)


def test_an_invitation_code_can_be_typed_too(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), staff()))
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.invitation_button)
    entry = window.screens.code_entry
    guest.sees(entry)
    guest.spell(entry.keyboard, invitation.code.lower())
    guest.touch(entry.submit)
    guest.sees(window.screens.invitation)


@BOTH
def test_check_out_is_one_scan(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    card = on_worker(qtbot, context, sari_with_her_card)
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    with qtbot.waitSignal(window.checked_out, timeout=10_000):
        guest.scan(card)
    guest.sees(window.screens.message)
    assert window.screens.message.headline.text() == "Sampai jumpa, Sari!"
    # The building's name comes from the catalogue, as on the welcome screen.
    assert window.screens.message.text.text().endswith(
        f"berkunjung ke {read_building_name()}.")
    assert (guest.scans, guest.touches) == (1, 0)
    assert on_worker(qtbot, context, lambda ops: ops.visitors_in_building()) == []


def test_a_card_number_can_be_typed_to_check_out(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    visit_id = on_worker(qtbot, context, check_in_sari)
    number = on_worker(qtbot, context, lambda ops: ops.check_out(visit_id=visit_id)).pass_number
    on_worker(qtbot, context, check_in_sari)  # a second visit, still open
    open_visit = on_worker(qtbot, context, lambda ops: ops.visitors_in_building())[0].visits[0]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.check_out_button)
    entry = window.screens.code_entry
    guest.spell(entry.keyboard, open_visit.pass_number.lower())
    with qtbot.waitSignal(window.checked_out, timeout=10_000):
        guest.touch(entry.submit)
    # The old card again: already used, said plainly on the same screen.
    window.start_check_out()
    guest.spell(entry.keyboard, number.lower())
    guest.touch(entry.submit)
    qtbot.waitUntil(lambda: entry.error.isVisible(), timeout=10_000)
    assert "sudah tercatat keluar" in entry.error.text()


@pytest.mark.parametrize(
    ("code", "message"),
    [("GIC:V:1234", "tidak terbaca"), ("x" * 1000, "tidak terbaca"),
     ("GIC:I:ZZZZZZ", "Kode undangan ini tidak dikenali"),
     (f"GIC:V:{uuid.UUID(int=7)}", "tidak terbaca"),  # the old unsigned format
     (tokens.sign(tokens.Keyring("gedung-inovasi-tangsel",  # this site, someone else's key
                                 (tokens.SiteKey(1, b"x" * 32, MORNING),)),
                  tokens.TokenKind.VISIT_PASS, uuid.uuid4(), MORNING + timedelta(days=1)),
      "bukan kartu tamu gedung ini"),
     ("ZZZZZZZZ", "tidak dikenali di sini")],
)
def test_unknown_and_garbled_codes_are_explained(qtbot, context, code, message) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan(code)
    guest.sees(window.screens.message)
    assert message in window.screens.message.text.text()
    # Every refusal says where to go next.
    assert window.screens.message.where.text() == (
        "Meja resepsionis ada di lobi ini, di lantai dasar.")
    assert rows(qtbot, context, Visit) == 0


def test_an_expired_invitation_is_refused(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna", expected_from=MORNING - timedelta(hours=5),
        expected_until=MORNING - timedelta(hours=3)), staff()))
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan(invitation.code)
    guest.sees(window.screens.message)
    assert "sudah tidak berlaku" in window.screens.message.text.text()
    # ... and the way on: registering without the invitation.
    guest.touch(window.screens.message.walk_in)
    guest.sees(window.screens.privacy)


def test_a_pass_refusal_offers_no_walk_in(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan("GIC:I:ZZZZZZ")  # an invitation refused first: its way on is offered ...
    guest.sees(window.screens.message)
    assert window.screens.message.walk_in.isVisible()
    guest.touch(window.screens.message.ok)
    guest.sees(window.welcome)
    guest.scan("ZZZZZZZZ")  # ... and gone for a card nobody knows
    guest.sees(window.screens.message)
    assert not window.screens.message.walk_in.isVisible()


def test_a_message_s_timer_never_ends_the_next_screen(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), staff()))
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan("ZZZZZZZZ")
    guest.sees(window.screens.message)
    timer = window.screens.message._timer
    assert timer.isActive()
    guest.scan(f"GIC:I:{invitation.code}")  # the guest tries their invitation at once
    guest.sees(window.screens.invitation)
    window.go_welcome()
    assert not timer.isActive()
    assert window.screens.message.headline.text() == ""
    assert window.screens.invitation.guest.text() == ""


def test_scanner_noise_does_nothing_harmful(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # a lone Enter
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.current() is window.welcome
    guest.scan("GIC:V:4c2d")  # half a code
    guest.sees(window.screens.message)
    assert rows(qtbot, context, Visit) == 0


def test_letters_in_the_phone_pad_are_explained(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.check_in_button)
    guest.touch(window.screens.privacy.agree)
    phone = window.screens.phone
    phone.field.setFocus()
    qtbot.keyClicks(phone.field, "0812abc")  # a scanner or a physical keyboard
    guest.touch(phone.pad.action)
    qtbot.waitUntil(lambda: phone.error.isVisible(), timeout=10_000)
    assert phone.error.text().startswith("Nomor HP hanya berisi angka")
    assert rows(qtbot, context, Visitor) == 0


@BOTH
def test_declining_the_privacy_notice_is_one_touch_before_any_data(  # type: ignore[no-untyped-def]
    qtbot, context, orientation
) -> None:
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.sees(s.privacy)
    assert "365 hari" in s.privacy.summary.text()
    guest.touch(s.privacy.decline)
    guest.sees(s.message)
    assert "resepsionis" in s.message.headline.text()
    assert s.message.where.isVisible()
    assert guest.touches == 2
    assert rows(qtbot, context, Visitor) == 0


def test_the_full_notice_can_be_read_and_agreed_to(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.full_text)
    guest.sees(s.consent)
    assert "UU No. 27 Tahun 2022" in s.consent.notice.text()
    guest.touch(s.consent.back_button)
    guest.sees(s.privacy)
    guest.touch(s.privacy.full_text)
    guest.touch(s.consent.agree)
    guest.sees(s.phone)
    guest.dial(s.phone.pad, "081298765432")
    guest.sees(s.details)
    assert rows(qtbot, context, Visit) == 0


@BOTH
def test_idle_mid_flow_clears_everything_and_returns_to_welcome(  # type: ignore[no-untyped-def]
    qtbot, context, orientation
) -> None:
    window = open_kiosk(qtbot, context, orientation)
    window.idle.timeout_seconds = 1
    window.idle.countdown_seconds = 1
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, "081298765432")
    guest.sees(s.details)
    guest.spell(s.details.keyboard, "rahasia")
    qtbot.waitUntil(lambda: window._overlay.isVisible(), timeout=5_000)
    guest.sees(window.welcome, timeout=5_000)
    assert s.details.name_edit.text() == ""
    assert s.phone.field.text() == ""
    assert not window._overlay.isVisible()


def test_touching_during_the_countdown_keeps_the_visitor_where_they_were(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    window.idle.timeout_seconds = 1
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.check_in_button)
    qtbot.waitUntil(lambda: window._overlay.isVisible(), timeout=5_000)
    guest.touch(window._overlay_button)
    assert not window._overlay.isVisible()
    assert window.current() is window.screens.privacy


@BOTH
def test_switching_language_mid_flow_keeps_what_was_typed(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context, orientation)
    guest = Guest(qtbot, window)
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, "081298765432")
    guest.sees(s.details)
    guest.spell(s.details.keyboard, "ayu")
    assert s.details.title.text() == "Tentang Anda"
    guest.touch(s.details.language_button)
    qtbot.waitUntil(lambda: s.details.title.text() == "About you")
    assert s.details.name_edit.text() == "Ayu"
    assert s.details.language_button.text() == "Bahasa Indonesia"


def test_today_in_the_building_lists_and_searches_events(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    def book(ops: Operations) -> None:
        day = MORNING.astimezone(JAKARTA).date()
        with ops.database.unit_of_work() as session:
            for code, title, hour in (("4.02", "Pelatihan Digital Marketing", 9),
                                      ("5.02", "Klinik Sertifikasi Halal", 13)):
                start = datetime.combine(day, datetime.min.time(), JAKARTA) + timedelta(hours=hour)
                session.add(Booking(room_id=room_id(code), title=title, starts_at=start,
                                    ends_at=start + timedelta(hours=2),
                                    status=BookingStatus.CONFIRMED))

    on_worker(qtbot, context, book)
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.today_button)
    today = window.screens.today
    guest.sees(today)
    assert today.proxy.rowCount() == 2
    first = today.proxy.index(0, 0).data()
    assert first.startswith("09:00–11:00  Pelatihan Digital Marketing") and "Lantai 4" in first
    guest.spell(today.keyboard, "halal")
    assert today.proxy.rowCount() == 1


@BOTH
@pytest.mark.qt_no_exception_capture
def test_a_screen_that_raises_sends_the_kiosk_back_to_welcome(  # type: ignore[no-untyped-def]
    qtbot, qapp, settings, monkeypatch, orientation
) -> None:
    window, context = build_window(settings, qapp)
    qtbot.addWidget(window)
    window.resize(*ORIENTATIONS[orientation])
    window.show()
    guest = Guest(qtbot, window)  # type: ignore[arg-type]
    guest.touch(window.welcome.check_in_button)  # type: ignore[attr-defined]
    guest.touch(window.screens.privacy.agree)  # type: ignore[attr-defined]

    def broken(*args: object) -> None:
        raise RuntimeError("a bug in a screen")

    monkeypatch.setattr(window, "_recall", broken)
    window.screens.phone.submitted.disconnect()  # type: ignore[attr-defined]
    window.screens.phone.submitted.connect(window._recall)  # type: ignore[attr-defined]
    with crash_recovery(window):  # type: ignore[arg-type]
        guest.dial(window.screens.phone.pad, "081298765432")  # type: ignore[attr-defined]
        guest.sees(window.welcome)  # type: ignore[attr-defined]
    assert window.welcome.notice.isVisible()  # type: ignore[attr-defined]
    assert window.screens.phone.field.text() == ""  # type: ignore[attr-defined]
    context.close()


def test_leaving_kiosk_mode_needs_the_staff_pin(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    context.settings = dataclasses.replace(context.settings, fullscreen=True)
    on_worker(qtbot, context, lambda ops: ops.set_staff_pin("246810"))
    window = open_kiosk(qtbot, context)
    window.close()
    assert window.isVisible()  # no way out without the PIN
    window.welcome._hold.setInterval(10)
    qtbot.mousePress(window.welcome.building, Qt.MouseButton.LeftButton)
    staff = window.screens.staff
    Guest(qtbot, window).sees(staff)
    guest = Guest(qtbot, window)
    guest.dial(staff.pad, "1111")
    qtbot.waitUntil(lambda: "4" in staff.message.text(), timeout=10_000)
    guest.dial(staff.pad, "246810")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def test_a_managers_own_pin_leaves_kiosk_mode_and_a_receptionists_does_not(  # type: ignore[no-untyped-def]
        qtbot, context) -> None:
    import dataclasses

    from kiosk.models import Role
    from kiosk.staff.activity import ActivityQuery

    context.settings = dataclasses.replace(context.settings, fullscreen=True)

    def people(ops):  # type: ignore[no-untyped-def]
        admin = ops.staff.create_first_admin("ayu", "Ayu Lestari", "kopi-tubruk-pagi")
        budi = ops.staff.add(admin, "budi", "Budi Santoso", Role.MANAGER, "teh-manis-hangat",
                             "135790")
        ops.staff.add(admin, "siti", "Siti Aminah", Role.RECEPTIONIST, "melati-putih-77",
                      "112233")
        return admin, budi

    admin, budi = on_worker(qtbot, context, people)  # no device PIN set on this kiosk
    window = open_kiosk(qtbot, context)
    window.welcome._hold.setInterval(10)
    qtbot.mousePress(window.welcome.building, Qt.MouseButton.LeftButton)
    staff = window.screens.staff
    Guest(qtbot, window).sees(staff)
    guest = Guest(qtbot, window)
    guest.dial(staff.pad, "112233")  # the receptionist's PIN opens her console, not the kiosk
    qtbot.waitUntil(lambda: "4" in staff.message.text(), timeout=10_000)
    assert window.isVisible()
    guest.dial(staff.pad, "135790")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    left = on_worker(qtbot, context, lambda ops: ops.staff.activity(
        admin, ActivityQuery(staff_id=budi.id)))
    assert [e.action for e in left] == ["leave_kiosk"]


@BOTH
def test_every_button_on_every_screen_is_a_real_touch_target(qtbot, context, orientation) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context, orientation)
    for screen in [window.welcome, *window.screens.all()]:
        window.stack.setCurrentWidget(screen)
        qtbot.wait(10)
        for button in screen.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 64, f"{screen.objectName()}: {button.text()!r}"
                assert button.width() >= 64, f"{screen.objectName()}: {button.text()!r}"


def the_building_s_organizations(ops: Operations) -> None:
    from kiosk.organizations.directory import OrganizationFields

    for name, kind, floor in (("Dinas Koperasi dan UKM", "agency", 3),
                              ("Batik Ciputat", "tenant", 6), ("Bank BJB", "partner", 2)):
        ops.organizations.add(OrganizationFields(name, kind, floor), staff())


@BOTH
def test_the_destination_is_found_by_typing_on_the_screen_keyboard(  # type: ignore[no-untyped-def]
    qtbot, context, orientation
) -> None:
    on_worker(qtbot, context, the_building_s_organizations)
    window = open_kiosk(qtbot, context, orientation)
    window.load_destinations()
    guest = Guest(qtbot, window)
    s = window.screens
    new_visitor_until_destination(guest, "ayu", Purpose.MEETING)
    qtbot.waitUntil(lambda: "Batik Ciputat" in s.destination.shown(), timeout=10_000)
    # Sections, "I don't know yet" first, government offices apart from businesses.
    shown = s.destination.shown()
    assert shown[0] == "Belum tahu"
    assert shown.index("Kantor pemerintah") < shown.index("Dinas Koperasi dan UKM")
    assert shown.index("Usaha dan mitra") < shown.index("Bank BJB")
    assert shown.index("Dinas Koperasi dan UKM") < shown.index("Usaha dan mitra")
    guest.spell(s.destination.keyboard, "dinas")
    assert s.destination.search.text() == "dinas"
    # The office, and the floor whose name says it houses the city's offices ("Dinas ...").
    assert s.destination.shown() == ["Belum tahu", "Kantor pemerintah", "Dinas Koperasi dan UKM",
                                     "Lantai", "Lantai 9"]
    with qtbot.waitSignal(window.checked_in, timeout=10_000) as signal:
        guest.touch_row(s.destination.list, s.destination.row_for("Dinas Koperasi"))
    assert signal.args[0].visit.floor_number == 3
    window.go_welcome()
    assert s.destination.search.text() == ""  # the next visitor starts with the whole list


def test_a_floor_is_found_by_a_room_code_and_not_by_a_time(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    on_worker(qtbot, context, book_today)  # events at 13:00–15:00 and 15:00–20:00
    window = open_kiosk(qtbot, context)
    s = window.screens
    window.start_walk_in()
    window._show(s.destination)
    qtbot.waitUntil(lambda: "Klinik Sertifikasi Halal" in s.destination.shown(), timeout=10_000)
    s.destination.search.setText("5.02")
    assert s.destination.shown() == ["Belum tahu", "Acara hari ini", "Rapat Koordinasi Inkubator",
                                     "Lantai", "Lantai 5"]
    s.destination.search.setText("5")  # "Lantai 5", never "15:00"
    shown = s.destination.shown()
    assert "Lantai 5" in shown and "Rapat Koordinasi Inkubator" in shown  # in room 5.02
    assert "Lantai 1" not in shown
    assert "Klinik Sertifikasi Halal" not in shown  # 10:00–12:00 in 2.03
    assert "Pameran Produk Unggulan Tangsel" not in shown  # 15:00–20:00 in 10.01


def test_big_page_buttons_move_the_destination_list(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context, "landscape")
    guest = Guest(qtbot, window)
    s = window.screens
    new_visitor_until_destination(guest, "ayu", Purpose.MEETING)
    bar = s.destination.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    assert not s.destination.page_up.isEnabled()  # already at the top
    guest.touch(s.destination.page_down)
    assert bar.value() > 0
    assert s.destination.page_up.isEnabled()
    guest.touch(s.destination.page_up)
    assert bar.value() == 0


def test_the_purpose_pictures_follow_the_high_contrast_theme(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    tile = window.screens.purpose.buttons[Purpose.TRAINING]
    window._show(window.screens.purpose)

    def colours() -> set[str]:
        assert tile._picture is not None
        image = tile._picture.pixmap().toImage()
        return {image.pixelColor(x, y).name() for x in range(image.width())
                for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}

    assert colours() == {"#1b1f23"}  # the words' colour
    window._toggle_high_contrast()
    qtbot.waitUntil(lambda: colours() == {"#ffffff"}, timeout=5_000)  # white on black
    window.go_welcome()  # the next visitor gets the default theme back
    qtbot.waitUntil(lambda: colours() == {"#1b1f23"}, timeout=5_000)


def test_a_floor_is_found_by_its_word_in_either_language(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    context.translations.install("en")
    window = open_kiosk(qtbot, context)
    s = window.screens
    window._show(s.destination)
    s.destination.search.setText("lantai 5")  # an Indonesian word in the English interface
    assert s.destination.shown() == ["I don't know yet", "Floors", "Floor 5"]


def test_no_welcome_button_looks_switched_on_by_a_focus_frame(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.touch(window.welcome.larger_text)  # a touch gives a button the focus ...
    window.go_welcome()  # ... the next visitor's welcome has none
    focused = QApplication.focusWidget()
    assert focused is None or not window.welcome.isAncestorOf(focused)


def test_an_expired_card_says_when_it_expired(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    result = on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Budi", phone="081234567890", purpose=Purpose.MEETING, consent=True)))
    # Valid until yesterday 17:00 WIB: the token carries the moment, the kiosk says it.
    until = (MORNING - timedelta(days=1)).replace(hour=10, minute=0)
    card = on_worker(qtbot, context, lambda ops: tokens.sign(
        ops.keyring, tokens.TokenKind.VISIT_PASS, result.visit.visit_id, until))
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan(card)
    guest.sees(window.screens.message)
    assert window.screens.message.text.text() == (
        "Kartu tamu ini sudah tidak berlaku sejak Minggu, 22 November 2026 pukul 17.00 WIB. "
        "Silakan serahkan ke resepsionis.")
    assert rows(qtbot, context, Visit) == 1
