"""Reception's visit history: "was this person here?" answered from the desk."""

from __future__ import annotations

from PySide6.QtCore import QDate

from kiosk.building.catalogue import room_id
from kiosk.models import Purpose
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from tests.conftest import staff
from tests.ui.test_booking_dialog import on_worker
from ui.context import AppContext
from ui.reception.history.models import VisitHistoryModel
from ui.reception.history.panel import VisitHistoryPanel
from ui.reception.window import ReceptionWindow


def check_in_two(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Sari Wulandari", phone="0812-3456-7890", organization="Keripik Tempe Bu Sri",
        purpose=Purpose.MEETING, consent=True,
        destination=Destination(DestinationKind.ROOM, room_id("4.02")))))
    on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Budi Santoso", phone="081398765432", purpose=Purpose.CONSULTATION,
        consent=True)))


def open_panel(qtbot, context: AppContext) -> VisitHistoryPanel:  # type: ignore[no-untyped-def]
    panel = VisitHistoryPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    return panel


def visitors(panel: VisitHistoryPanel) -> list[str]:
    return [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]


def test_a_name_or_a_phone_finds_the_visit_and_its_details(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    check_in_two(qtbot, context)
    panel = open_panel(qtbot, context)
    assert panel.from_edit.date() == QDate(2026, 11, 10)
    assert panel.until_edit.date() == QDate(2026, 11, 23)
    assert sorted(visitors(panel)) == ["Budi Santoso", "Sari Wulandari"]
    assert panel.count.text() == "2 kunjungan"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.search_edit, "wulan")
    assert visitors(panel) == ["Sari Wulandari"]
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[1:6] == ["masih di dalam", "Sari Wulandari", "0812-3456-7890",
                        "Keripik Tempe Bu Sri", "4.02 Ruang Pelatihan Pondok Aren"]
    assert panel.details.text().startswith("Sari Wulandari (Keripik Tempe Bu Sri) · masuk ")
    assert "masih di gedung" in panel.details.text()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.search_edit.setText("+62 813 9876 5432")
    assert visitors(panel) == ["Budi Santoso"]
    # A period before anyone came finds nobody.
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.until_edit.setDate(QDate(2026, 11, 20))
    assert visitors(panel) == [] and panel.count.text() == "0 kunjungan"


def test_a_new_check_in_appears_without_searching_again(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    assert visitors(panel) == []
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        check_in_two(qtbot, context)
        qtbot.waitUntil(lambda: len(visitors(panel)) == 2, timeout=10_000)


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kiosk.visits.history import VisitQuery

    check_in_two(qtbot, context)
    model = VisitHistoryModel(context.settings.zone)
    model.set_rows(on_worker(qtbot, context, lambda ops: ops.visit_history(VisitQuery(), staff())))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_reception_window_has_the_history_tab(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.indexOf(window.history)) == "Riwayat"
    qtbot.waitUntil(lambda: not context.worker.busy, timeout=10_000)
