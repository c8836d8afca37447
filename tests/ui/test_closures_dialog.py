"""Reception closes a room, a floor or the building to bookings, sees the bookings that still
stand inside a new closure, lifts a closure, and is told about bad input; the day grid opens
the closures and reloads when they change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QPushButton

from kiosk.bookings.agenda import ClosureSummary
from kiosk.bookings.booking import Booked, BookingRequest
from kiosk.bookings.rules import BookingConflictError, ConflictKind
from kiosk.building.catalogue import room_id
from kiosk.errors import ErrorCode
from kiosk.models import BookingStatus, ClosureScope
from kiosk.operations import Operations
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.booking.texts import booking_error_text
from ui.reception.calendar.day_panel import DayGridPanel
from ui.reception.calendar.models import CLOSED_ROLE
from ui.reception.closures.dialog import ClosuresDialog
from ui.reception.closures.models import ClosuresModel, Places, StandingBookingsModel
from ui.table_model import ROW_ROLE

MONDAY = date(2026, 11, 23)  # the context fixture's "today" (08:30 WIB)


def on_worker(qtbot, context: AppContext, job: Callable[[Operations], Any]) -> Any:  # type: ignore[no-untyped-def]
    box: list[Any] = []
    errors: list[BaseException] = []
    context.run(job, box.append, errors.append)
    qtbot.waitUntil(lambda: bool(box or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return box[0]


def at(context: AppContext, hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    """A moment in the building, as aware UTC."""
    return datetime.combine(day, time(hour, minute), context.settings.zone).astimezone(UTC)


def book(qtbot, context: AppContext, code: str, title: str, starts: datetime,  # type: ignore[no-untyped-def]
         ends: datetime, **details: Any) -> Booked:
    request = BookingRequest(room_id=room_id(code), title=title, starts_at=starts,
                             ends_at=ends, **details)
    return on_worker(qtbot, context, lambda ops: ops.bookings.book(request, actor=staff("test")))


def refused_because_closed(qtbot, context: AppContext, code: str, starts: datetime,  # type: ignore[no-untyped-def]
                           ends: datetime) -> bool:
    """Whether booking ``code`` then is refused for a closure."""
    try:
        book(qtbot, context, code, "Rapat", starts, ends)
    except BookingConflictError as error:
        kinds = {c.kind for o in error.occurrences for c in o.conflicts}
        return ConflictKind.CLOSED in kinds
    return False


def closures(qtbot, context: AppContext) -> list[ClosureSummary]:  # type: ignore[no-untyped-def]
    return list(on_worker(qtbot, context, lambda ops: ops.bookings.closures(
        MONDAY, MONDAY + timedelta(days=60))))


def open_dialog(qtbot, context: AppContext, **kwargs: Any) -> ClosuresDialog:  # type: ignore[no-untyped-def]
    dialog = ClosuresDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.room_combo.count() > 1
                    and dialog.form.add_button.isEnabled())
    return dialog


def choose(combo: Any, starts: str) -> None:
    for index in range(combo.count()):
        if combo.itemText(index).startswith(starts) and combo.itemData(index) is not None:
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"nothing starting with {starts!r}")


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add(qtbot, dialog: ClosuresDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, dialog.form.add_button)
    assert not dialog.busy


# --- adding ------------------------------------------------------------------------------


def test_a_room_closure_over_a_booking_lists_it_as_still_standing(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    booked = book(qtbot, context, "4.03", "Pelatihan Digital Marketing", at(context, 10),
                  at(context, 12), attendees=20, contact_name="Bu Ratna")
    dialog = open_dialog(qtbot, context, floor_number=4, day=MONDAY)
    # The day given, the building's opening hours, a room to choose.
    assert dialog.form.from_date.date() == QDate(2026, 11, 23)
    assert dialog.form.until_date.date() == QDate(2026, 11, 23)
    assert dialog.form.from_time.time() == QTime(7, 0)
    assert dialog.form.until_time.time() == QTime(21, 0)
    assert dialog.form.scope() is ClosureScope.ROOM
    assert dialog.form.floor_combo.currentData() == 4
    assert dialog.form.room_combo.currentData() is None
    assert dialog.closure_list.model.rowCount() == 0 and dialog.closure_list.empty_label.isVisible()
    assert dialog.standing_box.isHidden()

    choose(dialog.form.room_combo, "4.03 · ")
    qtbot.keyClicks(dialog.form.reason_edit, "Perbaikan AC")
    add(qtbot, dialog)

    # The booking still stands, and is listed to move or cancel.
    assert dialog.standing_box.isVisible() and dialog.standing_view.isVisible()
    assert [b.id for b in dialog.standing_model.bookings] == list(booked.booking_ids)
    assert dialog.standing_label.text() == dialog.tr(
        "These %n booking(s) still stand: move or cancel them", "", 1)
    assert "1 pemesanan" in dialog.standing_label.text()  # the context is in Indonesian
    cells = [dialog.standing_model.index(0, c).data() for c in range(5)]
    assert cells[1] == "10:00–12:00"
    assert cells[2] == "4.03 · Ruang Pelatihan Pamulang"
    assert cells[3:] == ["Pelatihan Digital Marketing", "Bu Ratna"]
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booked.booking_ids[0]))
    assert found.status == BookingStatus.CONFIRMED  # not cancelled

    # The closure is listed, and selected; the room cannot be booked in it.
    assert dialog.closure_list.model.rowCount() == 1
    row = [dialog.closure_list.model.index(0, c).data() for c in range(4)]
    assert row[0].endswith("07:00") and row[1].endswith("21:00")
    assert row[2:] == ["4.03 · Ruang Pelatihan Pamulang", "Perbaikan AC"]
    assert dialog.closure_list.selected() == dialog.closure_list.model.closures[0]
    assert dialog.form.reason_edit.text() == ""
    [saved] = closures(qtbot, context)
    assert saved.scope == ClosureScope.ROOM and saved.room_id == room_id("4.03")
    assert (saved.starts_at, saved.ends_at) == (at(context, 7), at(context, 21))
    assert refused_because_closed(qtbot, context, "4.03", at(context, 14), at(context, 15))
    book(qtbot, context, "4.04", "Rapat", at(context, 14), at(context, 15))  # next door: open


def test_a_floor_closure_closes_every_room_of_the_floor(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    assert dialog.form.floor_combo.currentData() is None  # no floor given: none chosen
    dialog.form.scope_buttons[ClosureScope.FLOOR].click()
    assert dialog.form.floor_combo.isEnabled() and not dialog.form.room_combo.isEnabled()
    choose(dialog.form.floor_combo, "Lantai 5")
    dialog.form.from_date.setDate(QDate(2026, 11, 24))
    dialog.form.from_time.setTime(QTime(13, 0))
    dialog.form.until_date.setDate(QDate(2026, 11, 25))
    dialog.form.until_time.setTime(QTime(12, 0))
    qtbot.keyClicks(dialog.form.reason_edit, "Fumigasi")
    add(qtbot, dialog)

    assert dialog.standing_view.isHidden() and dialog.standing_model.rowCount() == 0
    assert dialog.standing_label.text() == dialog.tr(
        "Closed. No booking falls inside the closure.")
    assert dialog.closure_list.model.index(0, 2).data() == "Lantai 5"
    [saved] = closures(qtbot, context)
    assert saved.scope == ClosureScope.FLOOR
    assert saved.starts_at == at(context, 13, day=MONDAY + timedelta(days=1))
    assert saved.ends_at == at(context, 12, day=MONDAY + timedelta(days=2))
    tuesday = MONDAY + timedelta(days=1)
    rooms = on_worker(qtbot, context, lambda ops: ops.bookings.rooms(5))
    for room in rooms[:2]:
        assert refused_because_closed(qtbot, context, room.code, at(context, 15, day=tuesday),
                                      at(context, 16, day=tuesday))
    book(qtbot, context, "4.03", "Rapat", at(context, 15, day=tuesday),
         at(context, 16, day=tuesday))


def test_a_building_closure_needs_no_floor_or_room(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, floor_number=2, day=MONDAY + timedelta(days=3))
    dialog.form.scope_buttons[ClosureScope.BUILDING].click()
    assert not dialog.form.floor_combo.isEnabled() and not dialog.form.room_combo.isEnabled()
    qtbot.keyClicks(dialog.form.reason_edit, "Acara Pemkot Tangsel")
    add(qtbot, dialog)
    assert dialog.closure_list.model.index(0, 2).data() == "Seluruh gedung"
    [saved] = closures(qtbot, context)
    assert saved.scope == ClosureScope.BUILDING
    assert saved.floor_id is None and saved.room_id is None
    thursday = MONDAY + timedelta(days=3)
    assert refused_because_closed(qtbot, context, "2.01", at(context, 9, day=thursday),
                                  at(context, 10, day=thursday))


# --- lifting -----------------------------------------------------------------------------


def test_lifting_a_closure_asks_first_then_the_room_is_bookable_again(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.ROOM, at(context, 7), at(context, 21), "Perbaikan AC", staff(),
        room_id=room_id("4.03")))
    on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.FLOOR, at(context, 7, day=MONDAY + timedelta(days=7)),
        at(context, 21, day=MONDAY + timedelta(days=7)), "Fumigasi", staff(), floor_number=6))
    assert refused_because_closed(qtbot, context, "4.03", at(context, 14), at(context, 15))
    dialog = open_dialog(qtbot, context)
    assert dialog.closure_list.model.rowCount() == 2
    assert not dialog.closure_list.lift_button.isEnabled()  # nothing selected
    dialog.closure_list.view.selectRow(0)
    selected = dialog.closure_list.selected()
    assert selected is not None and selected.reason == "Perbaikan AC"

    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.closure_list.lift_button)
        assert dialog.closure_list.confirm_box.isVisible()
        assert "4.03 · Ruang Pelatihan Pamulang" in dialog.closure_list.confirm_label.text()
        click(qtbot, dialog.closure_list.keep_button)  # changed her mind
        assert dialog.closure_list.confirm_box.isHidden()
    assert len(closures(qtbot, context)) == 2

    click(qtbot, dialog.closure_list.lift_button)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, dialog.closure_list.confirm_lift_button)
    assert dialog.closure_list.confirm_box.isHidden()
    assert [c.reason for c in dialog.closure_list.model.closures] == ["Fumigasi"]
    assert dialog.closure_list.status.isVisible() and "4.03" in dialog.closure_list.status.text()
    assert [c.reason for c in closures(qtbot, context)] == ["Fumigasi"]
    book(qtbot, context, "4.03", "Rapat", at(context, 14), at(context, 15))


def test_a_closure_lifted_elsewhere_meanwhile_is_said_and_the_list_reloads(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    closure_id, _ = on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.ROOM, at(context, 7), at(context, 21), "Perbaikan AC", staff(),
        room_id=room_id("4.03")))
    dialog = open_dialog(qtbot, context)
    dialog.closure_list.view.selectRow(0)
    click(qtbot, dialog.closure_list.lift_button)
    on_worker(qtbot, context, lambda ops: ops.bookings.reopen(closure_id, staff()))  # another desk
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.closure_list.confirm_lift_button)
        wait_idle(qtbot, context)
        qtbot.waitUntil(lambda: dialog.closure_list.model.rowCount() == 0)
    assert dialog.closure_list.lift_error.text() == dialog.tr("This closure was already lifted.")


# --- bad input ---------------------------------------------------------------------------


def test_bad_input_is_said_next_to_its_field_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context, floor_number=4, day=MONDAY)
    # No room chosen, no reason, and the end before the start: all said at once.
    dialog.form.until_time.setTime(QTime(6, 0))
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.form.add_button)
        wait_idle(qtbot, context)
    assert dialog.form.room_error.isVisible()
    assert dialog.form.room_error.text() == dialog.tr("Choose the room to close.")
    assert dialog.form.room_combo.property("invalid") is True
    assert dialog.form.times_error.isVisible()
    assert dialog.form.times_error.text() == booking_error_text("ends_at",
                                                           ErrorCode.END_BEFORE_START)
    assert dialog.form.reason_error.isVisible()
    assert dialog.form.reason_error.text() == dialog.tr(
        "Please give a reason: it is shown in the calendar.")
    assert not dialog.standing_box.isVisible()

    # Fixing a field takes its message away.
    choose(dialog.form.room_combo, "4.03 · ")
    assert dialog.form.room_error.isHidden()
    dialog.form.until_time.setTime(QTime(7, 0))  # now as long as nothing
    assert dialog.form.times_error.isHidden()
    qtbot.keyClicks(dialog.form.reason_edit, "   ")  # blanks are no reason
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.form.add_button)
        wait_idle(qtbot, context)
    assert dialog.form.times_error.text() == booking_error_text("ends_at", ErrorCode.ZERO_LENGTH)
    assert dialog.form.reason_error.isVisible() and dialog.form.room_error.isHidden()

    # A floor closure with no floor chosen.
    dialog.form.scope_buttons[ClosureScope.FLOOR].click()
    dialog.form.floor_combo.setCurrentIndex(0)
    dialog.form.until_time.setTime(QTime(21, 0))
    dialog.form.reason_edit.setText("Renovasi")
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.form.add_button)
        wait_idle(qtbot, context)
    assert dialog.form.floor_error.text() == dialog.tr("Choose the floor to close.")
    assert dialog.form.times_error.isHidden() and dialog.form.reason_error.isHidden()
    assert closures(qtbot, context) == []


def test_the_domains_refusal_of_the_times_is_said_under_them(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext
) -> None:
    """The domain checks the times again when it saves; its error lands in the same place."""
    from kiosk.errors import InvalidFieldError

    dialog = open_dialog(qtbot, context)
    dialog._failed(InvalidFieldError("ends_at", ErrorCode.ZERO_LENGTH))
    assert dialog.form.times_error.isVisible()
    assert dialog.form.times_error.text() == booking_error_text("ends_at", ErrorCode.ZERO_LENGTH)
    assert dialog.form.until_date.property("invalid") is True
    assert dialog.form.add_button.isEnabled()


# --- models ------------------------------------------------------------------------------


def test_the_closures_models_pass_the_model_tester(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                  context: AppContext) -> None:
    booked = book(qtbot, context, "4.03", "Pelatihan", at(context, 10), at(context, 12))
    _, inside = on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.ROOM, at(context, 7), at(context, 21), "Perbaikan AC", staff(),
        room_id=room_id("4.03")))
    on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.FLOOR, at(context, 7), at(context, 21), "Fumigasi", staff(), floor_number=5))
    on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.BUILDING, at(context, 7, day=MONDAY + timedelta(days=2)),
        at(context, 7, day=MONDAY + timedelta(days=3)), "Acara Pemkot", staff()))
    places = on_worker(qtbot, context, lambda ops: Places(tuple(ops.bookings.floors()),
                                                          tuple(ops.bookings.rooms())))
    zone = context.settings.zone
    model = ClosuresModel(zone)
    model.set_closures(closures(qtbot, context), places)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert {model.index(r, 2).data() for r in range(3)} == {
        "4.03 · Ruang Pelatihan Pamulang", "Lantai 5", "Seluruh gedung"}
    assert model.index(0, 0).data(ROW_ROLE).reason in ("Perbaikan AC", "Fumigasi")
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Alasan"
    model.set_closures([], places)
    qtmodeltester.check(model)

    standing = StandingBookingsModel(zone)
    standing.set_rows(inside)
    qtmodeltester.check(standing)
    assert standing.rowCount() == 1 and standing.columnCount() == 5
    assert standing.index(0, 0).data(ROW_ROLE).id == booked.booking_ids[0]


# --- the day grid ------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, context: AppContext) -> DayGridPanel:  # type: ignore[no-untyped-def]
    grid = DayGridPanel(context)
    qtbot.addWidget(grid)
    grid.resize(1280, 800)
    grid.show()
    qtbot.waitExposed(grid)
    wait_idle(qtbot, context)
    with qtbot.waitSignal(grid.loaded, timeout=10_000):
        grid.set_floor(4)
    return grid


def test_the_day_grids_closures_button_opens_them_and_a_change_reloads_the_grid(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, panel: DayGridPanel
) -> None:
    assert panel.closures_button.text() == panel.tr("Closures…")
    click(qtbot, panel.closures_button)
    dialog = panel.closures_dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.add_button.isEnabled())
    assert dialog.form.floor_combo.currentData() == 4  # the floor and the day shown
    assert dialog.form.from_date.date() == QDate(2026, 11, 23)

    dialog.form.scope_buttons[ClosureScope.FLOOR].click()
    dialog.form.from_time.setTime(QTime(14, 0))
    dialog.form.until_time.setTime(QTime(18, 0))
    qtbot.keyClicks(dialog.form.reason_edit, "Fumigasi")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, dialog.form.add_button)
    model = panel.model
    row = model.room_row(room_id("4.05"))
    column = (15 - 7) * 4  # 15:00
    assert model.data(model.index(row, column), CLOSED_ROLE) == "Fumigasi"

    dialog.closure_list.view.selectRow(0)
    click(qtbot, dialog.closure_list.lift_button)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, dialog.closure_list.confirm_lift_button)
    assert model.data(model.index(row, column), CLOSED_ROLE) is None

    click(qtbot, dialog.close_button)
    assert panel.closures_dialog is None
