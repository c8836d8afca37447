"""A manager at reception answers a visitor's request about their data: finds them, saves
their export, records a withdrawal, erases them after being told what goes; the register
shows each request and its deadline. A receptionist never sees the panel."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from kiosk.data_requests.people import person
from kiosk.models import Purpose, RequestKind, Role
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING, staff
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import on_worker
from ui.context import AppContext
from ui.reception.privacy.models import FoundModel, RegisterModel, kind_label
from ui.reception.privacy.panel import PrivacyPanel
from ui.reception.window import ReceptionWindow


def seed(ops: Operations) -> None:
    for name in ("Budi Santoso", "Sari Santoso"):
        ops.check_in(CheckInRequest(name=name, phone="081234567890", purpose=Purpose.TRAINING,
                                    consent=True, member_names=(), group_size=1))


def open_panel(qtbot, context: AppContext) -> PrivacyPanel:  # type: ignore[no-untyped-def]
    on_worker(qtbot, context, seed)
    panel = PrivacyPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    return panel


def search(qtbot, panel: PrivacyPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    panel.search_edit.setText(text)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)


def names(panel: PrivacyPanel) -> list[str]:
    return [panel.found_model.index(r, 0).data() for r in range(panel.found_model.rowCount())]


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_bad_searches_are_told_at_the_box_and_change_nothing(qtbot, context: AppContext  # type: ignore[no-untyped-def]
                                                             ) -> None:
    panel = open_panel(qtbot, context)
    for typed, said in (("", "Mohon diisi."), ("   ", "Mohon diisi."),
                        ("0812", "Nomor HP ini terlalu pendek. Silakan periksa lagi.")):
        panel.search_edit.setText(typed)
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
        assert panel.search_error.isVisible() and panel.search_error.text() == said
        assert panel.search_edit.property("invalid") is True
        assert names(panel) == [] and not panel.erase_button.isEnabled()
        assert not panel.confirm.isVisible()
        click(qtbot, panel.log_button)  # nor is a request logged for it
        assert panel.search_error.text() == said
    assert not context.worker.busy
    assert on_worker(qtbot, context, lambda ops: ops.data_requests.requests(
        staff())) == []
    search(qtbot, panel, "0812-3456-7890")
    assert not panel.search_error.isVisible()
    assert sorted(names(panel)) == ["Budi Santoso", "Sari Santoso"]


def test_export_withdraw_and_erase_one_person_and_the_register_shows_them(
        qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    search(qtbot, panel, "budi santoso")
    assert names(panel) == ["Budi Santoso"]
    assert panel.found_model.index(0, 1).data() == "0812-3456-7890"
    panel.found_table.selectRow(0)
    panel.language_box.setCurrentIndex(1)  # English
    with qtbot.waitSignal(panel.done, timeout=10_000):
        panel.export_to(tmp_path)
    [pdf] = tmp_path.glob("*-en.pdf")
    [exported] = tmp_path.glob("*.json")
    assert [v["name"] for v in json.loads(exported.read_text("utf-8"))["visitors"]] == [
        "Budi Santoso"]
    assert pdf.name in panel.status.text()

    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.withdraw_button)
    given = QCoreApplication.translate("PrivacyModels", "given")
    qtbot.waitUntil(lambda: panel.found_model.index(0, 4).data() != given, timeout=10_000)
    assert not panel.withdraw_button.isEnabled()

    click(qtbot, panel.erase_button)
    question = panel.confirm.text.text()
    assert "Budi Santoso (0812-3456-7890)" in question and "1 kunjungan" in question
    assert "tidak dapat dikembalikan" in question
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.confirm.confirm_button)
    qtbot.waitUntil(lambda: names(panel) == [], timeout=10_000)
    qtbot.waitUntil(lambda: panel.register_model.rowCount() == 3, timeout=10_000)
    register = panel.register_model
    cells = [[register.index(r, c).data() for c in range(6)] for r in range(3)]
    assert {row[0] for row in cells} == {kind_label(kind) for kind in RequestKind}
    assert all(row[3] == "Dewi" and "Budi" not in row[5] and "0812" not in row[5]
               for row in cells)
    search(qtbot, panel, "0812 3456 7890")  # the other person on that phone stays
    assert names(panel) == ["Sari Santoso"]


def test_an_overdue_open_request_is_marked_in_words_and_the_themes_warning_colour(
        qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):  # the change broadcast reloads it
        on_worker(qtbot, context, lambda ops: ops.data_requests.receive(
            RequestKind.ERASE, person("081234567890"), staff(),
            received_at=MORNING - timedelta(days=4)))
    register = panel.register_model
    assert [register.index(0, c).data() for c in (2, 4, 5)] == [
        "22-11-2026 08:30", "terbuka, terlambat", "0812-3456-7890"]
    warning = panel.error.palette().color(QPalette.ColorRole.WindowText)
    for column in (2, 4):
        assert register.index(0, column).data(Qt.ItemDataRole.ForegroundRole) == warning
    assert register.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_tables_pass_the_model_tester(qtmodeltester, qtbot, context: AppContext  # type: ignore[no-untyped-def]
                                          ) -> None:
    panel = open_panel(qtbot, context)
    search(qtbot, panel, "081234567890")
    on_worker(qtbot, context, lambda ops: ops.data_requests.receive(
        RequestKind.EXPORT, person("081234567890"), staff()))
    qtbot.waitUntil(lambda: panel.register_model.rowCount() == 1, timeout=10_000)
    for model in (panel.found_model, panel.register_model):
        assert isinstance(model, FoundModel | RegisterModel)
        qtmodeltester.check(model)


def test_a_receptionist_has_no_privacy_tab(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(staff("Rina", Role.RECEPTIONIST))
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    assert window.privacy is None
    assert window.findChildren(PrivacyPanel) == []
    context.sign_in(staff())
    manager = ReceptionWindow(context)
    qtbot.addWidget(manager)
    manager.show()
    assert manager.privacy is not None
    assert manager.tabs.tabText(manager.tabs.indexOf(manager.privacy))


def test_a_request_received_now_is_logged_open_with_its_deadline(qtbot, context: AppContext  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    panel = open_panel(qtbot, context)
    panel.search_edit.setText("Bambang Sutrisno")  # nothing is held about him: he may ask
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(RequestKind.EXPORT))
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.log_button)
    assert panel.status.text() == "Dicatat: harus dijawab paling lambat 26-11-2026 08:30."
    qtbot.waitUntil(lambda: panel.register_model.rowCount() == 1, timeout=10_000)
    row = [panel.register_model.index(0, c).data() for c in range(6)]
    assert row == [kind_label(RequestKind.EXPORT), "23-11-2026 08:30", "26-11-2026 08:30",
                   "Dewi", QCoreApplication.translate("PrivacyModels", "open"),
                   "Bambang Sutrisno"]


def test_erasing_looks_dangerous_and_its_question_reads_as_text(qtbot, context: AppContext  # type: ignore[no-untyped-def]
                                                                ) -> None:
    panel = open_panel(qtbot, context)
    search(qtbot, panel, "budi santoso")
    panel.found_table.selectRow(0)
    click(qtbot, panel.erase_button)
    warning = panel.error.palette().color(QPalette.ColorRole.WindowText)  # the theme's red
    for button in (panel.erase_button, panel.confirm.confirm_button):
        assert button.palette().color(QPalette.ColorRole.ButtonText) == warning
    for button in (panel.export_button, panel.confirm.keep_button):
        assert button.palette().color(QPalette.ColorRole.ButtonText) != warning
    # The question is body-sized, not a form caption's 28 px.
    assert panel.confirm.text.font().pixelSize() < panel.heading.font().pixelSize() / 1.5
    assert panel.confirm.text.font().pixelSize() <= 20
