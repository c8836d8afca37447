"""The manager's deny list: the table, the form that adds an entry (and refuses bad input
with a translated message, saving nothing), removing, and who sees the tab."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.errors import ErrorCode
from kiosk.models import Role
from kiosk.safety.deny import DenyRequest, DenySummary
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import click, on_worker
from ui.context import AppContext
from ui.reception.deny.dialog import DenyEntryDialog
from ui.reception.deny.models import DenyListModel
from ui.reception.deny.panel import DenyListPanel
from ui.reception.window import ReceptionWindow
from ui.texts import error_text


def entry(name: str, phone: str = "", last_day: date | None = None,
          ended: bool = False) -> DenySummary:
    return DenySummary(uuid.uuid4(), name, phone, "<b>Mengancam</b> petugas", last_day,
                       datetime(2026, 11, 23, 1, 30, tzinfo=UTC), ended)


def test_the_deny_list_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DenyListModel(ZoneInfo("Asia/Jakarta"))
    model.set_rows([entry("Agus Salim", "+6281234567890", date(2026, 12, 31)),
                    entry("", "+6281355556666", date(2026, 11, 1), ended=True),
                    entry("Joko")])
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "Agus Salim", "0812-3456-7890", "<b>Mengancam</b> petugas", "31-12-2026",
        "23-11-2026 08:30"]
    assert model.data(model.index(1, 3)).startswith("01-11-2026")
    assert model.data(model.index(2, 3)) == QCoreApplication.translate("DenyList", "no end")


def open_panel(qtbot, context: AppContext) -> DenyListPanel:  # type: ignore[no-untyped-def]
    panel = DenyListPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    wait_idle(qtbot, context)
    return panel


def entries(qtbot, context: AppContext) -> list[DenySummary]:  # type: ignore[no-untyped-def]
    return on_worker(qtbot, context, lambda ops: ops.deny_list.entries(staff()))  # type: ignore[no-any-return]


def said(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("DenyEntryDialog", text)


def phone_said(code: ErrorCode) -> Callable[[], str]:
    return lambda: error_text("phone", code)


@pytest.mark.parametrize(("name", "phone", "reason", "where", "message"), [
    ("", "", "Mencuri", "name_error", said("Give a name, a phone number or both.")),
    ("   ", "  ", "Mencuri", "name_error", said("Give a name, a phone number or both.")),
    ("", "0812-abc-99", "Mencuri", "phone_error",
     phone_said(ErrorCode.PHONE_INVALID_CHARACTERS)),
    ("", "0812", "Mencuri", "phone_error", phone_said(ErrorCode.PHONE_TOO_SHORT)),
    ("Agus", "", "    ", "reason_error", said("Please give the reason.")),
])
def test_bad_input_is_said_under_its_field_and_nothing_is_saved(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, name: str, phone: str, reason: str, where: str,
        message: Callable[[], str]) -> None:
    panel = open_panel(qtbot, context)
    dialog = panel.add()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.phone_edit, phone)
    qtbot.keyClicks(dialog.reason_edit, reason)
    click(qtbot, dialog.buttons.save_button)
    wait_idle(qtbot, context)
    label = getattr(dialog, where)
    assert label.isVisible() and label.text() == message()
    assert dialog.isVisible()
    assert entries(qtbot, context) == []


def test_a_phone_error_is_said_in_the_interfaces_language(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context).add()
    qtbot.keyClicks(dialog.phone_edit, "0812-abc")
    qtbot.keyClicks(dialog.reason_edit, "Mencuri")
    click(qtbot, dialog.buttons.save_button)
    wait_idle(qtbot, context)
    assert dialog.phone_error.text().endswith("misalnya 081234567890.")


def test_a_manager_adds_and_removes_an_entry(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    dialog: DenyEntryDialog = panel.add()
    wait_idle(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Agus <i>Salim</i>")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Agus Salim")
    qtbot.keyClicks(dialog.phone_edit, "0812 3456 7890")
    qtbot.keyClicks(dialog.reason_edit, "<b>Mengancam</b> petugas")
    dialog.until_check.setChecked(True)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, dialog.buttons.save_button)
    assert panel.model.rowCount() == 1
    [saved] = entries(qtbot, context)
    assert (saved.name, saved.phone_e164, saved.last_day) == ("Agus Salim", "+6281234567890",
                                                              date(2026, 11, 23))
    panel.table.selectRow(0)
    click(qtbot, panel.remove_button)
    assert "Agus Salim" in panel.confirm.text.text()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.confirm.confirm_button)
    assert panel.model.rowCount() == 0
    assert entries(qtbot, context) == []


def test_only_a_manager_has_the_tab(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    assert window.deny_list is not None
    assert window.tabs.tabText(window.tabs.indexOf(window.deny_list)) == \
        QCoreApplication.translate("ReceptionWindow", "Deny list")
    window.enter(staff("Rina", Role.RECEPTIONIST))
    assert window.deny_list is None
    on_worker(qtbot, context, lambda ops: ops.deny_list.add(
        DenyRequest(name="Agus", reason="x"), staff()))
    from kiosk.staff.roles import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        on_worker(qtbot, context, lambda ops: ops.deny_list.entries(staff("Rina",
                                                                          Role.RECEPTIONIST)))
