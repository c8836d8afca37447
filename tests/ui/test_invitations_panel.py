"""Reception's invitations: the guests expected, a delegation invited from the tab, one
cancelled after a confirmation, a slip printed (saved, with no A4 printer here)."""

from __future__ import annotations

from datetime import timedelta

from kiosk.building.catalogue import room_id
from kiosk.models import Purpose
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.ui.test_booking_dialog import click, on_worker
from ui.context import AppContext
from ui.reception.invitations.models import InvitationsModel
from ui.reception.window import ReceptionWindow


def invite(qtbot, context: AppContext, name: str, days: int = 0) -> str:  # type: ignore[no-untyped-def]
    start = MORNING + timedelta(days=days, hours=1)
    return on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name=name, purpose=Purpose.TRAINING, room_id=room_id("4.01"),
        expected_from=start, expected_until=start + timedelta(hours=3)), staff())).code


def open_tab(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.invitations)
    qtbot.waitUntil(lambda: window.invitations.model.rowCount() > 0, timeout=10_000)
    return window


def column(model: InvitationsModel, number: int) -> dict[str, str]:
    """Each code's value in a column, as the table shows it now."""
    return {model.index(r, 6).data(): model.index(r, number).data()
            for r in range(model.rowCount())}


def test_the_expected_guests_a_delegation_a_cancellation_and_a_slip(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    ratna = invite(qtbot, context, "Ratna Sari")
    invite(qtbot, context, "Andi", days=2)
    window = open_tab(qtbot, context)
    panel = window.invitations
    model = panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Ratna Sari", "Andi"]
    assert model.index(0, 6).data() == ratna and model.index(0, 7).data() == "ditunggu"
    assert "4.01" in model.index(0, 5).data()

    # A delegation, invited from the tab.
    dialog = panel.invite()
    qtbot.waitUntil(lambda: dialog.destination_combo.count() > 1, timeout=10_000)
    qtbot.keyClicks(dialog.name_edit, "Delegasi UMKM Kabupaten Lebak")
    dialog.group_spin.setValue(12)
    click(qtbot, dialog.create_button)
    # Waited for as a condition: a list read before the invitation was saved may still come.
    qtbot.waitUntil(lambda: "Delegasi UMKM Kabupaten Lebak" in column(model, 1).values(),
                    timeout=10_000)
    dialog.close()
    people = {model.index(r, 1).data(): model.index(r, 2).data()
              for r in range(model.rowCount())}
    assert people["Delegasi UMKM Kabupaten Lebak"] == "12"

    # Ratna will not come: cancelled, after saying what it means.
    panel.table.selectRow(next(r for r in range(model.rowCount())
                               if model.index(r, 6).data() == ratna))
    click(qtbot, panel.cancel_button)
    assert ratna in panel.confirm.text.text()
    click(qtbot, panel.confirm.confirm_button)
    qtbot.waitUntil(lambda: column(model, 7)[ratna] == "dibatalkan", timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.index(r, 6).data() == ratna)
    panel.table.selectRow(row)
    assert not panel.cancel_button.isEnabled() and not panel.slip_button.isEnabled()

    # Andi's slip: saved as a PDF, said on screen.
    andi = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Andi")
    panel.table.selectRow(andi)
    click(qtbot, panel.slip_button)
    qtbot.waitUntil(lambda: ".pdf" in panel.status.text(), timeout=10_000)


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    invite(qtbot, context, "Ratna Sari")
    model = InvitationsModel(context.settings.zone, MORNING)
    day = MORNING.date()
    model.set_rows(on_worker(qtbot, context, lambda ops: ops.invitations_between(
        staff(), day, day)))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
