"""The reception console and its people, tried as a new user would: a fresh install makes its
first administrator, who imports the tenants and adds the staff; a receptionist books, cannot
approve and is told why; a manager approves; the booking's history and the Activity view name
both. Then the sign-in page's refusals, the idle lock, and the staff screens' models."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.models import BookingStatus, Role
from kiosk.operations import Operations
from kiosk.staff.activity import ActivityQuery
from kiosk.staff.lockout import MAX_ATTEMPTS
from tests.conftest import MORNING
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import check, click, on_worker
from ui.context import AppContext
from ui.i18n import Translations
from ui.reception.booking.dialog import BookingDialog
from ui.reception.staff.accounts import MyAccountDialog
from ui.reception.staff.models import ActivityModel, StaffModel
from ui.reception.window import ReceptionWindow
from ui.theme import apply_theme

PASSWORDS = {"ayu": "kopi-tubruk-pagi", "siti": "melati-putih-77", "budi": "teh-manis-hangat"}
TENANTS = ("Nama;Jenis;Lantai;Nama Kontak;No HP\r\n"
           "Keripik Tempe Bu Sri;tenan;8;Sri Wahyuni;0812-3456-7890\r\n"
           "Kopi Situ Gintung;tenan;8;;\r\n"
           "Batik Ciputat;tenan;7;;\r\n"
           "Dinas Koperasi dan UKM Kota Tangerang Selatan;instansi;9;;\r\n")


@pytest.fixture
def fresh(qapp: QApplication, settings: Settings) -> Iterator[AppContext]:
    """A new install's console: nobody signed in, nobody to sign in, in Indonesian."""
    translations = Translations(qapp)
    translations.install("id")
    apply_theme(qapp)
    context = AppContext(settings, translations,
                         open_operations=lambda s: Operations.open(s, clock=lambda: MORNING))
    yield context
    context.close()


def open_console(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(qtbot, window: ReceptionWindow, login: str, password: str | None = None  # type: ignore[no-untyped-def]
            ) -> None:
    page = window.sign_in_page
    qtbot.waitUntil(page.isVisible)
    qtbot.keyClicks(page.login_edit, login)
    qtbot.keyClicks(page.password_edit, password or PASSWORDS[login])
    click(qtbot, page.sign_in_button)


def add_person(qtbot, window: ReceptionWindow, name: str, login: str, role: Role) -> None:  # type: ignore[no-untyped-def]
    assert window.staff is not None
    dialog = window.staff.add()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.value))
    qtbot.keyClicks(dialog.password_edit, PASSWORDS[login])
    qtbot.keyClicks(dialog.again_edit, PASSWORDS[login])
    click(qtbot, dialog.save_button)
    staff = window.staff
    qtbot.waitUntil(lambda: login in {staff.model.index(r, 1).data()
                                      for r in range(staff.model.rowCount())}, timeout=10_000)


def opened(qtbot, context: AppContext, dialog: BookingDialog) -> BookingDialog:  # type: ignore[no-untyped-def]
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.room_combo.count() > 1, timeout=10_000)
    return dialog


def test_a_fresh_install_tried_as_a_new_user_would(qtbot, fresh: AppContext,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    window = open_console(qtbot, fresh)
    # Nobody can sign in yet: the console asks for its first administrator.
    page = window.first_admin_page
    qtbot.waitUntil(page.isVisible)
    assert page.heading.text() == "Selamat datang: siapa pengelola gedung ini?"
    qtbot.keyClicks(page.name_edit, "Ayu Lestari")
    qtbot.keyClicks(page.login_edit, "ayu")
    qtbot.keyClicks(page.password_edit, PASSWORDS["ayu"])
    qtbot.keyClicks(page.again_edit, PASSWORDS["ayu"] + "x")
    click(qtbot, page.create_button)
    assert page.messages["again"].text() == "Kedua kata sandi tidak sama."
    page.again_edit.setText(PASSWORDS["ayu"])
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert window.session.who.text() == "Masuk sebagai Ayu Lestari (Administrator)"
    assert window.staff is not None and window.activity is not None

    # The tenants and an agency from the office's list.
    sheet = tmp_path / "tenan.csv"
    sheet.write_bytes(TENANTS.encode("cp1252"))
    window.tabs.setCurrentWidget(window.organizations)
    window.organizations.import_file(sheet)
    qtbot.waitUntil(lambda: window.organizations.model.rowCount() == 4, timeout=10_000)

    # A receptionist and a manager.
    window.tabs.setCurrentWidget(window.staff)
    add_person(qtbot, window, "Siti Aminah", "siti", Role.RECEPTIONIST)
    add_person(qtbot, window, "Budi Santoso", "budi", Role.MANAGER)
    assert window.staff.model.rowCount() == 3

    # Siti signs in: no staff accounts, no activity record for her.
    click(qtbot, window.session.sign_out_button)
    sign_in(qtbot, window, "siti")
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert window.staff is None and window.activity is None
    assert window.tabs.count() == 8

    # She books the hall for a tenant (the hall needs a manager's approval).
    start = datetime(2026, 11, 26, 13, tzinfo=fresh.settings.zone).astimezone(UTC)
    dialog = opened(qtbot, fresh, window.create_booking(room_id("10.01"), start,
                                                        start.replace(hour=10)))
    qtbot.keyClicks(dialog.form.title_edit, "Pameran Produk Tenan")
    dialog.form.attendees_spin.setValue(80)
    dialog.form.end_edit.setTime(QTime(17, 0))
    dialog.form.organization_combo.setEditText("Keripik Tempe Bu Sri")
    check(qtbot, fresh, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.book_button)
    booking_id: uuid.UUID = saved.args[0][0]
    dialog.close()

    # She tries to approve it: refused, and told why in her language.
    dialog = opened(qtbot, fresh, window.open_booking(booking_id))
    qtbot.waitUntil(dialog.action_bar.approve_button.isVisible, timeout=10_000)
    click(qtbot, dialog.action_bar.approve_button)
    qtbot.waitUntil(dialog.status.isVisible, timeout=10_000)
    assert dialog.status.text() == ("Peran Anda (Resepsionis) tidak boleh menyetujui atau "
                                    "menolak pemesanan. Silakan minta bantuan manajer.")
    found = on_worker(qtbot, fresh, lambda ops: ops.bookings.booking(booking_id))
    assert found.status is BookingStatus.PENDING
    dialog.close()

    # Budi, the manager, approves it.
    click(qtbot, window.session.sign_out_button)
    sign_in(qtbot, window, "budi")
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    dialog = opened(qtbot, fresh, window.open_booking(booking_id))
    qtbot.waitUntil(dialog.action_bar.approve_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.action_bar.approve_button)
    found = on_worker(qtbot, fresh, lambda ops: ops.bookings.booking(booking_id))
    assert found.status is BookingStatus.CONFIRMED
    dialog.close()

    # The booking's history and the Activity view name both.
    dialog = opened(qtbot, fresh, window.open_booking(booking_id))
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 2, timeout=10_000)
    assert [dialog.history_model.index(r, 1).data() for r in range(2)] == [
        "Siti Aminah", "Budi Santoso"]
    dialog.close()
    assert window.activity is not None
    window.tabs.setCurrentWidget(window.activity)  # read again when shown
    model = window.activity.model

    def done() -> set[tuple[str, str]]:
        return {(model.index(r, 1).data(), model.index(r, 4).data())
                for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: {("Siti Aminah", "Dipesan"), ("Budi Santoso", "Disetujui"),
                             ("Ayu Lestari", "Daftar diimpor"),
                             ("Ayu Lestari", "Akun ditambahkan")} <= done(), timeout=10_000)


def test_wrong_passwords_are_counted_then_the_account_locks(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", PASSWORDS["ayu"]))
    context.sign_in(None)
    window = open_console(qtbot, context)
    status = window.sign_in_page.status
    for _ in range(MAX_ATTEMPTS - 1):
        sign_in(qtbot, window, "ayu", "salah-sandi")
        qtbot.waitUntil(lambda: window.sign_in_page.sign_in_button.isEnabled())
        # The same words for a wrong name: no count that would tell which names exist.
        assert status.text().startswith("Nama pengguna atau kata sandi salah.")
        window.sign_in_page.login_edit.clear()
    sign_in(qtbot, window, "ayu", "salah-sandi")
    qtbot.waitUntil(lambda: "terkunci sampai pukul 08:35" in status.text(), timeout=10_000)
    window.sign_in_page.login_edit.clear()
    sign_in(qtbot, window, "ayu")  # the right one, while locked
    qtbot.waitUntil(lambda: window.sign_in_page.sign_in_button.isEnabled())
    assert "terkunci" in status.text() and not window.signed_in


def test_an_idle_console_locks_and_opens_again_for_the_same_person(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    actor = on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", PASSWORDS["ayu"], "2468"))
    context.sign_in(actor)
    window = open_console(qtbot, context)
    assert window.signed_in
    invite = window.visitors.invite()  # a dialog open when the desk is left
    qtbot.waitUntil(invite.isVisible)
    window.idle.timer.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lock_page, timeout=5_000)
    assert not invite.isVisible()  # the dialog hides with the console
    assert window.lock_page.explanation.text().startswith("Akun Ayu Lestari sedang dipakai")
    qtbot.keyClicks(window.lock_page.secret_edit, "1111")
    click(qtbot, window.lock_page.unlock_button)
    qtbot.waitUntil(window.lock_page.status.isVisible, timeout=10_000)
    qtbot.keyClicks(window.lock_page.secret_edit, "2468")
    click(qtbot, window.lock_page.unlock_button)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert invite.isVisible()  # back as it was
    # Someone else at the desk: the console locks, and they sign in as themselves.
    window.lock()
    click(qtbot, window.lock_page.switch_button)
    assert window.pages.currentWidget() is window.sign_in_page and context.actor is None
    assert not invite.isVisible()


def test_the_staff_models_pass_the_model_tester(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                context: AppContext) -> None:
    admin = on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", PASSWORDS["ayu"]))
    on_worker(qtbot, context, lambda ops: ops.staff.add(admin, "siti", "Siti Aminah",
                                                        Role.RECEPTIONIST, PASSWORDS["siti"]))
    people = StaffModel(context.settings.zone)
    people.set_rows(on_worker(qtbot, context, lambda ops: ops.staff.roster(admin)))
    qtmodeltester.check(people)
    assert people.index(1, 2).data() == "Resepsionis"
    record = ActivityModel(context.settings.zone)
    record.set_rows(on_worker(qtbot, context, lambda ops: ops.staff.activity(
        admin, ActivityQuery())))
    assert record.rowCount() == 2
    qtmodeltester.check(record)


def test_someone_sets_their_own_pin_and_opens_the_locked_console_with_it(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    actor = on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", PASSWORDS["ayu"]))
    context.sign_in(actor)
    window = open_console(qtbot, context)
    click(qtbot, window.session.account_button)
    dialog = window.findChild(MyAccountDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.current_edit, "bukan-sandinya")
    qtbot.keyClicks(dialog.pin_edit, "97531")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.messages["current_password"].isVisible, timeout=10_000)
    assert dialog.messages["current_password"].text() == "Ini bukan kata sandi Anda saat ini."
    qtbot.keyClicks(dialog.current_edit, PASSWORDS["ayu"])
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    window.lock()
    qtbot.keyClicks(window.lock_page.secret_edit, "97531")
    click(qtbot, window.lock_page.unlock_button)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)


def test_an_account_disabled_elsewhere_stops_working_at_once(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    def people(ops):  # type: ignore[no-untyped-def]
        admin = ops.staff.create_first_admin("ayu", "Ayu Lestari", PASSWORDS["ayu"])
        budi = ops.staff.add(admin, "budi", "Budi Santoso", Role.MANAGER, PASSWORDS["budi"])
        return admin, ops.staff.sign_in("budi", PASSWORDS["budi"]).actor, budi

    admin, budi, account = on_worker(qtbot, context, people)
    context.sign_in(budi)
    window = open_console(qtbot, context)
    assert window.signed_in and window.rooms is not None  # a manager keeps the rooms
    # Made a receptionist at another desk (arriving here by sync, or here): the console is
    # built again for the new role.
    on_worker(qtbot, context, lambda ops: ops.staff.set_role(admin, account.id,
                                                             Role.RECEPTIONIST))
    qtbot.waitUntil(lambda: window.rooms is None, timeout=10_000)
    assert context.acting().role is Role.RECEPTIONIST
    # Disabled: signed out, and told why.
    on_worker(qtbot, context, lambda ops: ops.staff.disable(admin, account.id))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in_page,
                    timeout=10_000)
    assert context.actor is None
    assert "dinonaktifkan" in window.sign_in_page.status.text()
