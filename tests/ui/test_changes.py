"""The change broadcast in the reception console: a commit here or a row pulled by sync
reaches the views that show it, on the UI thread, with no view polling on a timer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from kiosk.bookings.booking import BookingRequest
from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.db.changes import Change, Changes
from kiosk.models import ClosureScope, Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import MORNING, staff
from tests.kiosk.sync.conftest import open_desk
from tests.kiosk.sync.test_sync import ROOM, TEN
from tests.ui.conftest import wait_idle
from tests.ui.test_calendar import at, book, column, on_worker, shown
from tests.ui.test_sync_indicator import finish, reception_with_central
from ui.context import OUTSIDE_LOOK_SECONDS, AppContext
from ui.reception.calendar.day_panel import NOW_LINE_SECONDS, DayGridPanel
from ui.reception.window import ReceptionWindow


def floor_four(qtbot, context: AppContext) -> DayGridPanel:  # type: ignore[no-untyped-def]
    panel = DayGridPanel(context)
    shown(qtbot, panel)
    wait_idle(qtbot, context)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_floor(4)
    return panel


def test_changed_is_emitted_on_the_ui_thread_with_what_changed(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    heard: list[tuple[Changes, bool]] = []
    ui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    context.changed.connect(lambda changes: heard.append(
        (changes, QThread.currentThread() is ui_thread)))
    wait_idle(qtbot, context)
    heard.clear()  # opening the database registered this device and the building
    with qtbot.waitSignal(context.changed, timeout=10_000):
        book(qtbot, context, "4.02", "Pelatihan", at(9), at(12))
    assert len(heard) == 1
    changes, on_ui_thread = heard[0]
    assert on_ui_thread
    assert changes.touches({Change.BOOKINGS}) and not changes.touches({Change.VISITS})
    on_worker(qtbot, context, lambda ops: ops.bookings.day_grid(4, at(9).date()))  # a read
    qtbot.wait(50)
    assert len(heard) == 1


def test_a_booking_made_through_the_operations_shows_in_the_open_day_grid(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    """No timer reloads the grid: only the change broadcast can bring the booking in (the
    bench's wait is far shorter than any polling interval the grid ever had)."""
    panel = floor_four(qtbot, context)
    active = [t for t in panel.findChildren(QTimer) if t.isActive()]
    assert [t.interval() for t in active] == [NOW_LINE_SECONDS * 1000]  # the red line only
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        book(qtbot, context, "4.03", "Rapat Koperasi", at(13), at(15))
    model = panel.model
    row = model.room_row(room_id("4.03"))
    assert model.data(model.index(row, column(14))) == "Rapat Koperasi"


def test_a_closure_and_a_check_in_reach_the_views_that_show_them(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    window = ReceptionWindow(context)
    shown(qtbot, window)
    wait_idle(qtbot, context)
    window.tabs.setCurrentWidget(window.calendar)
    with qtbot.waitSignal(window.calendar.loaded, timeout=10_000):
        window.calendar.set_floor(4)
    visitors = window.visitors
    with qtbot.assertNotEmitted(window.calendar.loaded, wait=300):
        on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
            name="Budi Santoso", phone="081234567890", purpose=Purpose.MEETING, consent=True)))
    # The visitors tab was hidden: it reads the building again when shown.
    assert visitors.model.people == 0
    window.tabs.setCurrentWidget(visitors)
    qtbot.waitUntil(lambda: visitors.model.people == 1, timeout=10_000)
    window.tabs.setCurrentWidget(window.calendar)
    with qtbot.waitSignal(window.calendar.loaded, timeout=10_000):
        on_worker(qtbot, context, lambda ops: ops.bookings.close(
            ClosureScope.FLOOR, at(14), at(18), "Fumigasi", staff(), floor_number=4))
    model = window.calendar.model
    assert not model.is_free(model.room_row(room_id("4.05")), column(15))


def test_hidden_calendar_tabs_read_nothing_until_shown(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    window = ReceptionWindow(context)
    shown(qtbot, window)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: window.overview.model.building is not None, timeout=10_000)
    wait_idle(qtbot, context)
    assert window.tabs.currentWidget() is window.visitors
    with qtbot.assertNotEmitted(window.overview.loaded, wait=300), \
            qtbot.assertNotEmitted(window.week.loaded, wait=300):
        book(qtbot, context, "4.02", "Pelatihan", at(9), at(12))
    with qtbot.waitSignal(window.week.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(window.week)
    with qtbot.assertNotEmitted(window.week.loaded, wait=300):
        window.tabs.setCurrentWidget(window.visitors)
        window.tabs.setCurrentWidget(window.week)  # nothing changed meanwhile: no reload


@pytest.mark.postgres
def test_a_booking_pulled_by_sync_reaches_the_day_grid(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, central: Engine, tmp_path: Path) -> None:
    context = reception_with_central(qapp, tmp_path / "reception-1",
                                     central.url.render_as_string(hide_password=False))
    assert context.sync is not None
    window = ReceptionWindow(context)
    shown(qtbot, window)
    calendar = window.calendar
    window.tabs.setCurrentWidget(calendar)
    wait_idle(qtbot, context)
    tuesday: date = TEN.astimezone(context.settings.zone).date()
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_day(tuesday)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_floor(4)
    context.sync.start()
    with qtbot.waitSignal(context.sync.finished, timeout=20_000):
        context.sync.sync_now()  # this desk's building goes up first

    other = open_desk(tmp_path / "reception-2", "reception-2", central)
    try:
        other.ops.bookings.book(BookingRequest(
            room_id=ROOM, title="Pelatihan Ekspor", starts_at=TEN,
            ends_at=TEN + timedelta(hours=2), attendees=10), actor=staff("reception-2"))
        other.round()
    finally:
        other.ops.close()
    with qtbot.waitSignal(calendar.loaded, timeout=20_000):
        context.sync.sync_now()
    model = calendar.model
    assert model.data(model.index(model.room_row(ROOM), column(10))) == "Pelatihan Ekspor"
    finish(qtbot, qapp, context)


def test_a_check_out_by_another_process_reaches_the_open_visitors_list(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, settings: Settings) -> None:
    """``close-day`` from cron checks everyone out while the console is open: the context's
    one look at the database (every OUTSIDE_LOOK_SECONDS) tells the visitors list."""
    window = ReceptionWindow(context)
    shown(qtbot, window)
    visit = on_worker(qtbot, context, lambda ops: ops.check_in(CheckInRequest(
        name="Budi Santoso", phone="081234567890", purpose=Purpose.MEETING, consent=True)))
    visitors = window.visitors
    qtbot.waitUntil(lambda: visitors.model.people == 1, timeout=10_000)
    assert context.outside_look.isActive()
    assert context.outside_look.interval() == OUTSIDE_LOOK_SECONDS * 1000
    context.look_outside()  # the baseline
    wait_idle(qtbot, context)
    other = Operations.open(settings, clock=lambda: MORNING)  # another process's engine
    try:
        other.check_out(visit_id=visit.visit.visit_id)
    finally:
        other.close()
    assert visitors.model.people == 1
    context.look_outside()  # what the timer does
    qtbot.waitUntil(lambda: visitors.model.people == 0, timeout=10_000)
