"""A manager keeps the rooms: a new room added (after a mistake is shown), a room that still
holds a booking is not retired and the booking in the way is named, and a receptionist has no
rooms tab at all."""

from __future__ import annotations

from datetime import timedelta

from kiosk.bookings.booking import BookingRequest, Scope
from kiosk.building.catalogue import room_id
from kiosk.models import Role, RoomKind
from tests.conftest import MORNING, staff
from tests.ui.test_booking_dialog import click, on_worker
from ui.context import AppContext
from ui.reception.rooms.models import RoomsModel
from ui.reception.window import ReceptionWindow


def open_rooms(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.rooms is not None
    window.tabs.setCurrentWidget(window.rooms)
    qtbot.waitUntil(lambda: window.rooms is not None and window.rooms.model.rowCount() > 40,
                    timeout=10_000)
    return window


def codes(model: RoomsModel) -> set[str]:
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def row_of(model: RoomsModel, code: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)


def test_a_manager_adds_a_room_and_cannot_retire_one_that_is_booked(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    window = open_rooms(qtbot, context)
    panel = window.rooms
    assert panel is not None
    dialog = panel.add()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.code_edit, "4.7")
    qtbot.keyClicks(dialog.name_id_edit, "Ruang Rapat Kenanga")
    qtbot.keyClicks(dialog.name_en_edit, "Kenanga Meeting Room")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RoomKind.MEETING.value))
    assert (dialog.setup_spin.value(), dialog.cleanup_spin.value()) == (0, 10)  # its kind's
    dialog.capacity_spin.setValue(12)
    dialog.amenity_boxes["tv"].setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.messages["code"].isVisible, timeout=10_000)
    assert dialog.messages["code"].text() == "Lantai, titik, dan dua angka, misalnya 4.07."
    dialog.code_edit.setText("4.07")
    click(qtbot, dialog.save_button)
    model = panel.model
    qtbot.waitUntil(lambda: "4.07" in codes(model), timeout=10_000)
    row = row_of(model, "4.07")
    assert model.index(row, 1).data() == "Ruang Rapat Kenanga"
    assert model.index(row, 3).data() == "12"
    added = on_worker(qtbot, context, lambda ops: ops.rooms.get(room_id("4.07")))
    assert added.amenities == ("tv",)

    # A booking holds 4.03 tomorrow: retiring it is refused, the booking named.
    start = MORNING + timedelta(days=1)
    booked = on_worker(qtbot, context, lambda ops: ops.bookings.book(BookingRequest(
        room_id("4.03"), "Rapat Koperasi", start, start + timedelta(hours=1), 6), staff()))
    panel.table.selectRow(row_of(model, "4.03"))
    click(qtbot, panel.retire_button)
    assert "4.03" in panel.confirm.text.text()
    click(qtbot, panel.confirm.confirm_button)
    qtbot.waitUntil(panel.error.isVisible, timeout=10_000)
    assert "Rapat Koperasi" in panel.error.text()
    assert model.index(row_of(model, "4.03"), 6).data() == "aktif"
    # Cancelled, the booking no longer holds it.
    on_worker(qtbot, context, lambda ops: ops.bookings.cancel(
        booked.booking_ids[0], Scope.ONE, staff()))
    panel.table.selectRow(row_of(model, "4.03"))
    click(qtbot, panel.retire_button)
    click(qtbot, panel.confirm.confirm_button)
    qtbot.waitUntil(lambda: "4.03" not in codes(model), timeout=10_000)


def test_a_receptionist_has_no_rooms_tab(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(staff("Siti", Role.RECEPTIONIST))
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    assert window.rooms is None
    assert "Ruang" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = RoomsModel(context.settings.zone)
    model.set_rows(on_worker(qtbot, context, lambda ops: ops.rooms.list()))
    assert model.rowCount() > 40
    qtmodeltester.check(model)
