"""Reception sees who is in the building, by floor, and can check a visitor out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex

from kiosk.building.catalogue import room_id
from kiosk.models import Purpose
from kiosk.visits.check_in import (
    CheckInRequest,
    Destination,
    DestinationKind,
    FloorGroup,
    VisitSummary,
)
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.visitors_model import VisitorsByFloorModel
from ui.reception.window import ReceptionWindow


def visit(name: str, floor: int | None, size: int = 1) -> VisitSummary:
    return VisitSummary(
        visit_id=uuid.uuid4(), pass_number="7K3QZC4M", visitor_name=name, phone_e164="+62812",
        organization="CV Maju", purpose=Purpose.MEETING, group_size=size, member_names=(),
        organization_kind=None,
        checked_in_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC), checked_out_at=None,
        floor_number=floor, floor_name_id="", floor_name_en="", directions_id="",
        directions_en="", room_code="", room_name_id="", room_name_en="", host="",
    )


def test_visitors_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = VisitorsByFloorModel(ZoneInfo("Asia/Jakarta"))
    model.set_groups([
        FloorGroup(4, "Ruang Pelatihan", "Training Rooms",
                   (visit("Budi", 4), visit("Delegasi", 4, 25))),
        FloorGroup(None, "Di resepsionis", "At reception", (visit("Sukarni", None),)),
    ])
    qtmodeltester.check(model)
    assert model.people == 27
    floor = model.index(0, 0)
    assert model.rowCount(floor) == 2
    assert model.data(model.index(1, 0, floor)) == "Delegasi (+24)"
    assert model.data(model.index(1, 4, floor)) == "08:30"
    assert model.rowCount(model.index(0, 0, floor)) == 0
    assert model.parent(model.index(1, 0, floor)) == floor
    assert model.parent(floor) == QModelIndex()


def test_reception_lists_visitors_by_floor_and_checks_one_out(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    def seed(ops):  # type: ignore[no-untyped-def]
        ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                    purpose=Purpose.TRAINING, consent=True,
                                    destination=Destination(DestinationKind.ROOM,
                                                            room_id("4.02"))))
        ops.check_in(CheckInRequest(name="Sukarni", phone="081311112222",
                                    purpose=Purpose.DELIVERY, consent=True))

    context.run(seed)
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.visitors
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.model.people == 2)
    model = panel.model
    assert model.data(model.index(0, 0)).startswith("Lantai 4")
    assert model.data(model.index(1, 0)).startswith("Di meja resepsionis")
    assert panel.summary.text() == "2 orang di dalam gedung"

    budi = model.index(0, 0, model.index(0, 0))
    panel.tree.setCurrentIndex(budi)
    assert panel.check_out_button.isEnabled()
    panel.check_out_button.click()
    qtbot.waitUntil(lambda: panel.model.people == 1, timeout=10_000)
    assert model.data(model.index(0, 0)).startswith("Di meja resepsionis")


def test_reception_reprints_a_card_without_a_printer_by_saving_it(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    context.run(lambda ops: ops.check_in(CheckInRequest(
        name="Budi Santoso", phone="081234567890", purpose=Purpose.MEETING, consent=True)))
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.visitors
    qtbot.waitUntil(lambda: panel.model.people == 1, timeout=10_000)
    floor = panel.model.index(0, 0)
    panel.tree.setCurrentIndex(panel.model.index(0, 0, floor))
    panel.reprint_button.click()
    qtbot.waitUntil(lambda: panel.print_status.isVisible(), timeout=10_000)
    assert "disimpan" in panel.print_status.text() and ".pdf" in panel.print_status.text()
