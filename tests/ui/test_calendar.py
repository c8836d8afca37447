"""The reception calendar: a floor's day grid, a room's week and the building overview."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from kiosk.bookings.booking import Booked, BookingRequest
from kiosk.building.catalogue import room_id
from kiosk.models import BookingStatus, ClosureScope
from kiosk.operations import Operations
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.calendar.day_panel import DayGridPanel
from ui.reception.calendar.models import (
    BOOKING_ROLE,
    CLOSED_ROLE,
    FLOOR_ROLE,
    FREE_ROLE,
    HOLD_ROLE,
    SLOT_ROLE,
    DayGridModel,
    WeekModel,
)
from ui.reception.calendar.overview import OverviewPanel
from ui.reception.calendar.overview_model import OverviewModel
from ui.reception.calendar.week import WeekPanel
from ui.reception.window import ReceptionWindow

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 11, 23)  # the context fixture's "today" (08:30 WIB)
OPENING = time(7, 0)
CLOSING = time(21, 0)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=WIB)


def column(hour: int, minute: int = 0) -> int:
    """The day grid's column of a slot (07:00 is column 0, one column per 15 minutes)."""
    return (hour - OPENING.hour) * 4 + minute // 15


def on_worker(qtbot, context: AppContext, job: Callable[[Operations], Any]) -> Any:  # type: ignore[no-untyped-def]
    results: list[Any] = []
    errors: list[BaseException] = []
    context.run(job, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return results[0]


def book(qtbot, context: AppContext, code: str, title: str, starts: datetime,  # type: ignore[no-untyped-def]
         ends: datetime, **details: Any) -> Booked:
    request = BookingRequest(room_id=room_id(code), title=title, starts_at=starts, ends_at=ends,
                             **details)
    return on_worker(qtbot, context, lambda ops: ops.bookings.book(request, actor=staff("test")))


def shown(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.fixture
def floor_four(qtbot, context: AppContext) -> Iterator[tuple[DayGridPanel, uuid.UUID]]:  # type: ignore[no-untyped-def]
    """Floor 4's grid for Monday, with a training in 4.02 from 09:00 to 12:00."""
    booked = book(qtbot, context, "4.02", "Pelatihan Digital Marketing", at(9), at(12),
                  attendees=30, contact_name="Bu Ratna")
    panel = DayGridPanel(context)
    shown(qtbot, panel)
    wait_idle(qtbot, context)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_floor(4)
    yield panel, booked.booking_ids[0]


def cell_center(panel: DayGridPanel, code: str, slot: int) -> QPoint:
    row = panel.model.room_row(room_id(code))
    assert row is not None
    return panel.view.visualRect(panel.model.index(row, slot)).center()


# --- the day grid --------------------------------------------------------------------------


def test_dragging_across_free_slots_asks_for_a_booking_of_that_room_and_time(  # type: ignore[no-untyped-def]
    qtbot, floor_four
) -> None:
    panel, _ = floor_four
    viewport = panel.view.viewport()
    with qtbot.waitSignal(panel.create_requested) as request, \
            qtbot.assertNotEmitted(panel.booking_activated):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton,
                         pos=cell_center(panel, "4.03", column(13)))
        qtbot.mouseMove(viewport, cell_center(panel, "4.03", column(13, 30)))
        qtbot.mouseMove(viewport, cell_center(panel, "4.03", column(14, 45)))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           pos=cell_center(panel, "4.03", column(14, 45)))
    room, starts, ends = request.args
    assert room == room_id("4.03")
    assert (starts, ends) == (at(13), at(15))
    assert starts.utcoffset() == timedelta(hours=7)  # shown and asked for in WIB
    assert starts.minute % 15 == 0 and ends.minute % 15 == 0
    selected = panel.view.selectionModel().selectedIndexes()
    assert {i.column() for i in selected} == set(range(column(13), column(15)))


def test_a_drag_stops_where_a_booking_holds_the_room(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, _ = floor_four
    viewport = panel.view.viewport()
    # 4.02 is a training room: its 09:00 training holds it from 08:45 (15 minutes of set-up).
    with qtbot.waitSignal(panel.create_requested) as request:
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton,
                         pos=cell_center(panel, "4.02", column(8)))
        qtbot.mouseMove(viewport, cell_center(panel, "4.02", column(10)))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           pos=cell_center(panel, "4.02", column(10)))
    assert request.args == [room_id("4.02"), at(8), at(8, 45)]


def test_a_drag_starting_on_set_up_time_asks_for_nothing(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, _ = floor_four
    viewport = panel.view.viewport()
    with qtbot.assertNotEmitted(panel.create_requested), \
            qtbot.assertNotEmitted(panel.booking_activated):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton,
                         pos=cell_center(panel, "4.02", column(8, 45)))
        qtbot.mouseMove(viewport, cell_center(panel, "4.02", column(8, 15)))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           pos=cell_center(panel, "4.02", column(8, 15)))


def test_clicking_a_booking_opens_it(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, booking_id = floor_four
    with qtbot.waitSignal(panel.booking_activated) as activated, \
            qtbot.assertNotEmitted(panel.create_requested):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=cell_center(panel, "4.02", column(10, 30)))
    assert activated.args == [booking_id]


def test_shift_arrows_and_enter_ask_for_a_booking(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, _ = floor_four
    view = panel.view
    row = panel.model.room_row(room_id("4.04"))
    view.setFocus()
    view.setCurrentIndex(panel.model.index(row, column(16)))
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(panel.create_requested) as request:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert request.args == [room_id("4.04"), at(16), at(17)]


def test_enter_on_a_booking_opens_it(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, booking_id = floor_four
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(panel.model.room_row(room_id("4.02")), column(11)))
    with qtbot.waitSignal(panel.booking_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert activated.args == [booking_id]


def test_the_grid_shows_bookings_their_buffers_and_the_rooms(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, booking_id = floor_four
    model = panel.model
    row = model.room_row(room_id("4.02"))
    assert model.columnCount() == 14 * 4  # 07:00 to 21:00
    assert model.headerData(0, Qt.Orientation.Horizontal) == "07:00"
    assert model.headerData(column(9, 15), Qt.Orientation.Horizontal) == "09:15"
    header = model.headerData(row, Qt.Orientation.Vertical)
    assert header.startswith("4.02 · ") and "50" in header
    inside = model.index(row, column(9))
    assert model.data(inside) == "Pelatihan Digital Marketing"
    assert model.data(inside, BOOKING_ROLE).id == booking_id
    assert "09:00–12:00" in model.data(inside, Qt.ItemDataRole.ToolTipRole)
    assert model.data(inside, SLOT_ROLE) == (at(9), at(9, 15))
    set_up = model.index(row, column(8, 45))
    assert model.data(set_up, BOOKING_ROLE) is None
    assert model.data(set_up, HOLD_ROLE).id == booking_id
    assert model.data(set_up, FREE_ROLE) is False
    assert model.data(model.index(row, column(12)), FREE_ROLE) is False  # clean-up
    assert model.data(model.index(row, column(12, 15)), FREE_ROLE) is True
    assert model.data(model.index(row, column(12, 15))) == ""


def test_pending_bookings_are_marked_in_the_grid(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    # The showroom (1.01) needs approval: its bookings wait, pending.
    booked = book(qtbot, context, "1.01", "Pameran Batik Tangsel", at(13), at(16))
    assert booked.status == BookingStatus.PENDING
    panel = DayGridPanel(context)
    shown(qtbot, panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        pass  # floor 1 on today is the first thing it shows
    model = panel.model
    index = model.index(model.room_row(room_id("1.01")), column(14))
    assert model.data(index, BOOKING_ROLE).status == BookingStatus.PENDING
    assert "Menunggu persetujuan" in model.data(index, Qt.ItemDataRole.ToolTipRole) or \
        "Pending approval" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    panel.view.grab()  # paints the hatched block without a warning


def test_a_closed_floor_is_greyed_with_its_reason_and_cannot_be_dragged(  # type: ignore[no-untyped-def]
    qtbot, floor_four, context: AppContext
) -> None:
    panel, _ = floor_four
    on_worker(qtbot, context, lambda ops: ops.bookings.close(
        ClosureScope.FLOOR, at(14), at(18), "Fumigasi", staff(), floor_number=4))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    model = panel.model
    row = model.room_row(room_id("4.05"))
    assert model.data(model.index(row, column(15)), CLOSED_ROLE) == "Fumigasi"
    assert model.data(model.index(row, column(15))) == "Fumigasi"
    assert not model.is_free(row, column(15))
    with qtbot.assertNotEmitted(panel.create_requested):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=cell_center(panel, "4.05", column(15)))
    panel.view.grab()


def test_the_floor_selector_and_the_day_buttons_load_the_grid(qtbot, floor_four) -> None:  # type: ignore[no-untyped-def]
    panel, _ = floor_four
    combo = panel.floor_combo
    assert combo.count() == 10
    assert combo.currentData() == 4
    assert combo.currentText().startswith("Lantai 4 · ") or combo.currentText().startswith(
        "Floor 4 · ")
    combo.setFocus()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert panel.floor == 5 and panel.model.grid.floor.number == 5
    assert all(room.floor_number == 5 for room in panel.model.grid.rooms)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.date_bar.next_button.click()
    assert panel.model.day == MONDAY + timedelta(days=1)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.date_bar.today_button.click()
    assert panel.model.day == MONDAY


def test_the_day_grid_model_passes_the_model_tester(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                    context: AppContext) -> None:
    book(qtbot, context, "4.02", "Pelatihan", at(9), at(12))
    grid = on_worker(qtbot, context, lambda ops: ops.bookings.day_grid(4, MONDAY))
    model = DayGridModel(WIB, OPENING, CLOSING)
    qtmodeltester.check(model)
    model.set_grid(grid)
    qtmodeltester.check(model)
    assert model.rowCount() == len(grid.rooms) > 0


# --- a room's week -------------------------------------------------------------------------


def test_the_week_view_shows_a_rooms_week_and_opens_a_booking(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    wednesday = book(qtbot, context, "5.02", "Rapat Inkubator", at(13, day=MONDAY + timedelta(2)),
                     at(15, day=MONDAY + timedelta(2)))
    book(qtbot, context, "5.02", "Klinik Ekspor", at(9), at(10, 30))
    panel = WeekPanel(context)
    shown(qtbot, panel)
    wait_idle(qtbot, context)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_room(room_id("5.02"))
    model = panel.model
    assert model.monday == MONDAY
    assert model.rowCount() == 14 and model.columnCount() == 7
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Rab 25/11"
    assert model.headerData(0, Qt.Orientation.Vertical) == "07:00"
    assert model.data(model.index(13 - 7, 2)) == "Rapat Inkubator"
    assert model.data(model.index(10 - 7, 0)) == "Klinik Ekspor"  # 10:00–10:30
    assert model.data(model.index(11 - 7, 0)) == ""
    center = panel.view.block_rect(2, model.data(model.index(13 - 7, 2), BOOKING_ROLE)).center()
    with qtbot.waitSignal(panel.booking_activated) as activated:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=center.toPoint())
    assert activated.args == [wednesday.booking_ids[0]]
    with qtbot.assertNotEmitted(panel.booking_activated):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.view.visualRect(model.index(18 - 7, 4)).center())
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.date_bar.next_button.click()
    assert model.monday == MONDAY + timedelta(days=7)
    assert model.bookings == ()


def test_the_week_model_passes_the_model_tester(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                context: AppContext) -> None:
    book(qtbot, context, "5.02", "Rapat", at(9), at(10))
    room, monday, bookings = on_worker(
        qtbot, context, lambda ops: ops.bookings.room_week(room_id("5.02"), MONDAY))
    model = WeekModel(WIB, OPENING, CLOSING)
    qtmodeltester.check(model)
    model.set_week(room, monday, bookings)
    qtmodeltester.check(model)


# --- the building overview -----------------------------------------------------------------


def test_the_overview_shows_each_floors_occupancy_hour_by_hour(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    book(qtbot, context, "4.02", "Pelatihan", at(9), at(12))
    book(qtbot, context, "4.03", "Rapat", at(9), at(9, 30))
    book(qtbot, context, "1.01", "Pameran", at(13), at(14))  # needs approval: pending
    rooms = on_worker(qtbot, context, lambda ops: len(ops.bookings.rooms(4)))
    panel = OverviewPanel(context)
    shown(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10, timeout=10_000)
    model = panel.model
    four = next(r for r in range(10) if model.data(model.index(r, 0), FLOOR_ROLE) == 4)
    one = next(r for r in range(10) if model.data(model.index(r, 0), FLOOR_ROLE) == 1)
    hour = OverviewModel.FIXED - 7  # column of the hour starting at ``h`` is h + hour
    assert model.data(model.index(four, OverviewModel.BOOKINGS)) == "2"
    assert model.data(model.index(four, OverviewModel.PENDING)) == "0"
    assert model.data(model.index(one, OverviewModel.PENDING)) == "1"
    assert model.data(model.index(four, 9 + hour)) == f"{round(1.5 / rooms * 100)}%"
    assert model.data(model.index(four, 10 + hour)) == f"{round(1 / rooms * 100)}%"
    assert model.data(model.index(four, 12 + hour)) == "0%"
    assert model.data(model.index(four, 9 + hour), BOOKING_ROLE) == pytest.approx(1.5 / rooms)
    assert model.headerData(9 + hour, Qt.Orientation.Horizontal) == "09"
    assert panel.summary.text().startswith("3 ") and " 1 " in panel.summary.text()
    panel.view.grab()


def test_the_overview_model_passes_the_model_tester(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                    context: AppContext) -> None:
    book(qtbot, context, "4.02", "Pelatihan", at(9), at(12))
    building = on_worker(qtbot, context, lambda ops: ops.bookings.building_day(MONDAY))
    model = OverviewModel()
    qtmodeltester.check(model)
    model.set_day(building)
    qtmodeltester.check(model)
    assert model.columnCount() == OverviewModel.FIXED + 14


# --- the reception window ------------------------------------------------------------------


@pytest.fixture
def window(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    reception = ReceptionWindow(context)
    shown(qtbot, reception)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: reception.calendar.model.grid is not None, timeout=10_000)
    qtbot.waitUntil(lambda: reception.overview.model.building is not None, timeout=10_000)
    return reception


def test_clicking_a_floor_in_the_overview_shows_its_day_grid(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tabs = window.tabs
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.overview
    view = window.overview.view
    row = next(r for r in range(10)
               if view.model().data(view.model().index(r, 0), FLOOR_ROLE) == 7)
    with qtbot.waitSignal(window.calendar.loaded, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(view.model().index(row, 0)).center())
    assert tabs.currentWidget() is window.calendar
    assert window.calendar.floor == 7
    assert window.calendar.model.grid.floor.number == 7
    assert window.calendar.floor_combo.currentData() == 7


def test_keyboard_shortcuts_switch_tabs_and_days(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(4)] == ["Tamu", "Kalender", "Minggu per ruang",
                                                    "Gedung"] or \
        [tabs.tabText(i) for i in range(4)] == ["Visitors", "Calendar", "Week per room",
                                                "Building"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.calendar
    calendar = window.calendar
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert calendar.model.day == MONDAY + timedelta(days=1)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert calendar.model.day == MONDAY - timedelta(days=1)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert calendar.model.day == MONDAY
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.week
    qtbot.waitUntil(lambda: window.week.model.monday is not None, timeout=10_000)
    with qtbot.waitSignal(window.week.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.week.model.monday == MONDAY + timedelta(days=7)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.visitors


def test_a_booking_made_by_dragging_in_the_calendar_is_saved_and_shown(  # type: ignore[no-untyped-def]
    qtbot, window, context: AppContext
) -> None:
    """The receptionist's way: drag across free slots, name the booking, check, book; the
    grid and the overview show it, and clicking it opens it again."""
    window.tabs.setCurrentWidget(window.calendar)
    calendar = window.calendar
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_floor(4)
    viewport = calendar.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=cell_center(calendar, "4.01",
                                                                          column(10)))
    qtbot.mouseMove(viewport, cell_center(calendar, "4.01", column(11, 45)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                       pos=cell_center(calendar, "4.01", column(11, 45)))
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.room_combo.count() > 1)
    request_before_title = dialog.request()
    assert request_before_title.room_id == room_id("4.01")
    assert (request_before_title.starts_at, request_before_title.ends_at) == (at(10), at(12))
    qtbot.keyClicks(dialog.form.title_edit, "Seminar Ekspor")
    qtbot.mouseClick(dialog.action_bar.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.action_bar.book_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000), \
            qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.action_bar.book_button, Qt.MouseButton.LeftButton)
    row = calendar.model.room_row(room_id("4.01"))
    assert calendar.model.data(calendar.model.index(row, column(10))) == "Seminar Ekspor"
    dialog.accept()
    qtbot.waitUntil(lambda: window.booking_dialog is None)

    # The overview, hidden meanwhile, reloads as soon as it is shown.
    overview = window.overview.model
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(window.overview)
    four = next(r for r in range(overview.rowCount())
                if overview.data(overview.index(r, 0), FLOOR_ROLE) == 4)
    assert overview.data(overview.index(four, OverviewModel.BOOKINGS)) == "1"
    window.tabs.setCurrentWidget(calendar)

    with qtbot.waitSignal(calendar.booking_activated) as activated:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                         pos=cell_center(calendar, "4.01", column(11)))
    assert activated.args == [saved.args[0][0]]
    opened = window.booking_dialog
    assert isinstance(opened, BookingDialog) and opened.isVisible()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: opened.form.title_edit.text() == "Seminar Ekspor", timeout=10_000)
    opened.reject()


# --- printing the day's schedules -------------------------------------------------------------


def test_print_schedules_without_a_printer_saves_them_and_says_where(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, floor_four: tuple[DayGridPanel, uuid.UUID]) -> None:
    from pypdf import PdfReader

    panel, _ = floor_four
    with qtbot.waitSignal(panel.printing.finished, timeout=20_000) as said:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    folder = context.settings.pdf_path / "2026-11-23"
    assert str(folder) in said.args[0]
    assert panel.print_status.text() == said.args[0] and not panel.print_status.isHidden()
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 2  # the lobby list and the floors' grids
    text = "".join(page.extract_text() for pdf in pdfs for page in PdfReader(pdf).pages)
    assert "Pelatihan Digital Marketing" in text


def test_the_morning_print_waits_for_the_next_opening_time() -> None:
    from ui.reception.schedule_printing import next_opening

    wib = ZoneInfo("Asia/Jakarta")
    before = datetime(2026, 11, 23, 6, 30, tzinfo=wib)
    assert next_opening(before, wib, time(7)) == datetime(2026, 11, 23, 7, tzinfo=wib)
    at_opening = datetime(2026, 11, 23, 7, tzinfo=wib)
    assert next_opening(at_opening, wib, time(7)) == datetime(2026, 11, 24, 7, tzinfo=wib)
    utc_evening = datetime(2026, 11, 23, 20, 0, tzinfo=ZoneInfo("UTC"))  # 03:00 WIB on the 24th
    assert next_opening(utc_evening, wib, time(7)) == datetime(2026, 11, 24, 7, tzinfo=wib)


def test_auto_print_arms_a_timer_only_when_configured(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from ui.reception.schedule_printing import SchedulePrinting

    assert not SchedulePrinting(context).timer.isActive()
    context.settings = dataclasses.replace(context.settings, bookings=dataclasses.replace(
        context.settings.bookings, auto_print_schedules=True))
    armed = SchedulePrinting(context)
    assert armed.timer.isActive()
    assert 0 < armed.timer.remainingTime() <= 24 * 3600 * 1000
