"""The reception console and its people, tried as a new user would: a fresh install makes its
first administrator, who imports the tenants and adds the staff; a receptionist books, cannot
approve and is told why; a manager approves; the booking's history and the Activity view name
both. Then the sign-in page's refusals, the idle lock, and the staff screens' models."""

from __future__ import annotations

import ast
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.data_requests.people import person
from kiosk.data_requests.register import handled_action, received_action
from kiosk.models import ActivityKind, BookingStatus, RequestKind, Role
from kiosk.operations import Operations
from kiosk.safety.deny import DenyRequest
from kiosk.staff.activity import ActivityQuery
from kiosk.staff.lockout import MAX_ATTEMPTS
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import check, click, on_worker
from ui.context import AppContext
from ui.i18n import Translations
from ui.reception.booking.dialog import BookingDialog
from ui.reception.staff.accounts import MyAccountDialog
from ui.reception.staff.activity import ActivityPanel
from ui.reception.staff.models import ActivityModel, StaffModel
from ui.reception.staff.texts import activity_label, kind_label
from ui.reception.window import ReceptionWindow
from ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]
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


# --- every activity in words -------------------------------------------------------------------

def _recorded_in(tree: ast.Module) -> Iterator[tuple[ast.expr, ast.expr, ast.AST]]:
    """Each ``record(session, actor, at, kind, action, ...)`` call's kind and action, with the
    function it is in (the module for a call outside any)."""
    def walk(node: ast.AST, scope: ast.AST) -> Iterator[tuple[ast.expr, ast.expr, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef) else scope
            if isinstance(child, ast.Call) and len(child.args) >= 5 and (
                    getattr(child.func, "id", None) == "record"
                    or getattr(child.func, "attr", None) == "record"):
                yield child.args[3], child.args[4], scope
            yield from walk(child, inner)
    yield from walk(tree, tree)


def _kind(node: ast.expr, tree: ast.Module) -> ActivityKind:
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "ActivityKind":
        return ActivityKind[node.attr]
    assert isinstance(node, ast.Name), ast.unparse(node)
    [value] = [a.value for a in tree.body if isinstance(a, ast.Assign)  # a module constant
               and [getattr(t, "id", "") for t in a.targets] == [node.id]]
    return _kind(value, tree)


def _actions(node: ast.expr, scope: ast.AST, tree: ast.Module) -> set[str]:
    """The words an action argument can be: a literal, either side of ``a if c else b``, every
    request kind's action, a loop's literal values or what the function is called with."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _actions(node.body, scope, tree) | _actions(node.orelse, scope, tree)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
            "received_action", "handled_action"):
        made = received_action if node.func.id == "received_action" else handled_action  # type: ignore[attr-defined]
        return {made(kind) for kind in RequestKind}
    assert isinstance(node, ast.Name) and isinstance(scope, ast.FunctionDef), ast.unparse(node)
    found: set[str] = set()
    for loop in ast.walk(scope):
        if isinstance(loop, ast.For) and isinstance(loop.target, ast.Tuple) and isinstance(
                loop.iter, ast.Tuple):
            names = [getattr(t, "id", "") for t in loop.target.elts]
            if node.id in names:
                place = names.index(node.id)
                for item in loop.iter.elts:
                    assert isinstance(item, ast.Tuple), ast.unparse(item)
                    found |= _actions(item.elts[place], scope, tree)
    parameters = [a.arg for a in scope.args.args]
    if node.id in parameters:  # a method's parameter: what its callers in the module pass
        place = parameters.index(node.id) - (parameters[:1] == ["self"])
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and getattr(call.func, "attr", None) == scope.name:
                found |= _actions(call.args[place], scope, tree)
    assert found, f"{scope.name}: cannot tell what {node.id} records"
    return found


def recorded_actions() -> set[tuple[ActivityKind, str]]:
    """Every (kind, action) the domain writes to the activity record, read from its code."""
    found = set()
    for path in (ROOT / "kiosk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for kind, action, scope in _recorded_in(tree):
            found |= {(_kind(kind, tree), each) for each in _actions(action, scope, tree)}
    return found


def test_every_kind_and_action_the_domain_records_has_words(qapp: QApplication) -> None:
    recorded = recorded_actions()
    # The reader finds what it must (a new way of naming an action fails above instead).
    assert {(ActivityKind.PRIVACY, "deny_add"), (ActivityKind.PRIVACY, "privacy_erase"),
            (ActivityKind.PRIVACY, "privacy_withdraw_received"), (ActivityKind.STAFF, "pin"),
            (ActivityKind.STAFF, "disable"), (ActivityKind.EXPORT, "ics_series")} <= recorded
    assert [(kind, action) for kind, action in sorted(recorded)
            if activity_label(kind, action) == action] == []
    assert all(kind_label(kind) for kind in ActivityKind)


def test_privacy_work_shows_in_words_under_its_own_kind(qtbot, context: AppContext  # type: ignore[no-untyped-def]
                                                        ) -> None:
    manager = context.acting()
    on_worker(qtbot, context, lambda ops: ops.deny_list.add(
        DenyRequest(name="Agus Salim", reason="Mengancam petugas"), manager))
    on_worker(qtbot, context, lambda ops: ops.data_requests.receive(
        RequestKind.ERASE, person("081234567890"), manager))
    on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", phone="081355556666", expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), manager))
    panel = ActivityPanel(context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    assert panel.model.rowCount() == 3
    privacy = panel.kind_combo.findData(ActivityKind.PRIVACY.value)
    assert panel.kind_combo.itemText(privacy) == kind_label(ActivityKind.PRIVACY)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.kind_combo.setCurrentIndex(privacy)
    model = panel.model
    rows = [[model.index(r, c).data() for c in (3, 4, 5)] for r in range(model.rowCount())]
    assert sorted(rows) == sorted([
        [kind_label(ActivityKind.PRIVACY),
         activity_label(ActivityKind.PRIVACY, "deny_add"), ""],
        [kind_label(ActivityKind.PRIVACY),
         activity_label(ActivityKind.PRIVACY, "privacy_erase_received"), ""]])
    assert not any(code in cell for row in rows for cell in row
                   for code in ("deny_add", "privacy_", "Agus", "0812"))
