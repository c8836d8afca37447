"""Reception's bookings: the list and its model, approvals, and the free-room finder."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QPushButton

from kiosk.bookings.agenda import AuditEntry
from kiosk.bookings.booking import Scope
from kiosk.bookings.recurrence import Frequency, Recurrence
from kiosk.building.catalogue import room_id
from kiosk.errors import ErrorCode
from kiosk.models import BookingStatus, RoomKind
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import at, book, on_worker, search, seed_tenant
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.booking.models import ID_ROLE, BookingsTableModel, HistoryModel, OffersModel
from ui.reception.booking.panel import BookingsPanel
from ui.reception.booking.texts import booking_error_text, room_kind_label, status_label


def open_panel(qtbot, context: AppContext) -> BookingsPanel:  # type: ignore[no-untyped-def]
    panel = BookingsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    wait_idle(qtbot, context)
    return panel


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def seed_day(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tenant = seed_tenant(qtbot, context, "CV Batik Ratna")
    book(qtbot, context, "4.02", "Pelatihan Digital Marketing", at(context, 23, 9),
         at(context, 23, 12), organization=tenant, attendees=30)
    book(qtbot, context, "2.03", "Klinik Sertifikasi Halal", at(context, 24, 10),
         at(context, 24, 12), attendees=3)
    book(qtbot, context, "10.01", "Pameran Produk Unggulan", at(context, 26, 13),
         at(context, 26, 20), attendees=200)
    book(qtbot, context, "3.01", "Uji Resep Kopi", at(context, 25, 9), at(context, 25, 11),
         recurrence=Recurrence(Frequency.WEEKLY, count=2))


def test_bookings_table_model_passes_the_model_tester(qtmodeltester, qtbot,  # type: ignore[no-untyped-def]
                                                      context: AppContext) -> None:
    seed_day(qtbot, context)
    found = search(qtbot, context)
    model = BookingsTableModel(context.settings.zone)
    model.set_rows(found)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 6
    first = model.index(0, 0)
    assert model.data(model.index(0, 1)) == "09:00–12:00"
    assert model.data(model.index(0, 2)) == "4.02 · Ruang Pelatihan Pondok Aren"
    assert model.data(model.index(0, 3)) == "Pelatihan Digital Marketing"
    assert model.data(model.index(0, 4)) == "CV Batik Ratna"
    assert model.data(model.index(0, 5)) == status_label(BookingStatus.CONFIRMED)
    assert model.data(first, ID_ROLE) == found[0].id
    assert model.booking_at(first) == found[0]
    assert model.data(model.index(4, 3)).endswith("↻")  # a date of a series
    model.set_rows([])
    qtmodeltester.check(model)


def test_history_and_offers_models_pass_the_model_tester(qtmodeltester, qtbot,  # type: ignore[no-untyped-def]
                                                         context: AppContext) -> None:
    from datetime import UTC, datetime

    zone = ZoneInfo("Asia/Jakarta")
    history = HistoryModel(zone)
    history.set_rows([AuditEntry(datetime(2026, 11, 23, 1, 30, tzinfo=UTC), "desk-1", "reject",
                                 None, None, "Lab dikalibrasi")])
    qtmodeltester.check(history)
    assert history.data(history.index(0, 0)).endswith("08:30")
    assert history.data(history.index(0, 2)).endswith(": Lab dikalibrasi")

    from kiosk.bookings.free_rooms import FreeRoomQuery
    found = on_worker(qtbot, context, lambda ops: ops.bookings.free_rooms(FreeRoomQuery(
        date(2026, 11, 24), datetime(2026, 1, 1, 9).time(), timedelta(hours=2), 30)))
    offers = OffersModel(zone)
    offers.set_rows(found.offers)
    qtmodeltester.check(offers)
    assert offers.rowCount() > 0
    assert offers.data(offers.index(0, 1)) == "09:00–11:00"


def test_the_list_searches_and_opens_a_booking(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seed_day(qtbot, context)
    panel = open_panel(qtbot, context)
    assert panel.first_day_edit.date() == QDate(2026, 11, 23)  # the operations' today
    assert panel.last_day_edit.date() == QDate(2026, 12, 23)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    qtbot.keyClicks(panel.search_edit, "halal")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert panel.model.bookings[0].title == "Klinik Sertifikasi Halal"
    assert "1" in panel.results_label.text()

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.booking_id == panel.model.bookings[0].id
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.title_edit.text() == "Klinik Sertifikasi Halal")

    # Saving in the form reloads the list.
    dialog.form.title_edit.setText("Klinik Sertifikasi Halal MUI")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.action_bar.save_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.model.bookings[0].title == "Klinik Sertifikasi Halal MUI")
    click(qtbot, dialog.result_page.close_button)
    assert panel.dialog is None


def test_the_date_range_limits_the_list(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seed_day(qtbot, context)
    panel = open_panel(qtbot, context)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    panel.last_day_edit.setDate(QDate(2026, 11, 24))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5_000)


def test_new_booking_button_opens_an_empty_form(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert isinstance(dialog, BookingDialog) and dialog.booking_id is None
    wait_idle(qtbot, context)
    assert dialog.form.title_edit.text() == ""
    dialog.reject()
    assert panel.dialog is None


def test_approvals_approve_and_reject_with_a_reason(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seed_day(qtbot, context)
    panel = open_panel(qtbot, context)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 3)  # the hall and the lab x2
    assert panel.tabs.tabText(1).endswith("(3)")
    panel.tabs.setCurrentWidget(panel.approvals_page)
    titles = [b.title for b in panel.pending_model.bookings]
    assert titles == ["Uji Resep Kopi", "Pameran Produk Unggulan", "Uji Resep Kopi"]
    assert not panel.approve_button.isEnabled()

    # Approve the hall.
    hall = panel.pending_model.bookings[1]
    panel.pending_table.selectRow(1)
    assert not panel.whole_series_box.isEnabled()
    click(qtbot, panel.approve_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 2)
    assert panel.approvals_status.isVisible()
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(hall.id))
    assert found.status is BookingStatus.CONFIRMED

    # Reject the lab's series: a reason is required.
    lab = panel.pending_model.bookings[0]
    panel.pending_table.selectRow(0)
    assert panel.whole_series_box.isEnabled()
    panel.whole_series_box.setChecked(True)
    panel.pending_table.selectRow(1)  # the other lab date: the same series keeps its tick
    assert panel.whole_series_box.isChecked()
    panel.pending_table.clearSelection()
    panel.pending_table.selectRow(0)
    assert not panel.whole_series_box.isChecked()  # nothing selected between: ticked anew
    panel.whole_series_box.setChecked(True)
    click(qtbot, panel.reject_button)
    assert panel.reject_box.isVisible()
    with qtbot.assertNotEmitted(panel.pending_model.modelReset, wait=100):
        click(qtbot, panel.reason_confirm_button)
        wait_idle(qtbot, context)
        qtbot.waitUntil(panel.reason_error.isVisible)
    assert panel.reason_error.text() == booking_error_text("reason", ErrorCode.REASON_REQUIRED)
    assert on_worker(qtbot, context, lambda ops: ops.bookings.booking(lab.id)).status \
        is BookingStatus.PENDING
    qtbot.keyClicks(panel.reason_edit, "Lab sedang dikalibrasi")
    assert not panel.reason_error.isVisible()
    click(qtbot, panel.reason_confirm_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 0)
    assert not panel.reject_box.isVisible()
    lab_dates = search(qtbot, context, "Uji Resep")
    assert [b.status for b in lab_dates] == [BookingStatus.REJECTED] * 2
    assert lab_dates[0].status_reason == "Lab sedang dikalibrasi"
    assert panel.tabs.tabText(1) == panel.tr("Approvals")


def test_free_room_finder_lists_rooms_and_opens_the_form(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(qtbot, context)
    finder = panel.finder
    panel.tabs.setCurrentWidget(finder)
    assert finder.date_edit.date() == QDate(2026, 11, 23)
    # The preferred floor offers the building's floors, as the database knows them.
    floors = on_worker(qtbot, context, lambda ops: ops.bookings.floors())
    offered = [finder.floor_combo.itemData(i) for i in range(finder.floor_combo.count())]
    assert offered == [None] + [floor.number for floor in floors]
    assert finder.floor_combo.itemText(5) == "Lantai 5"
    finder.date_edit.setDate(QDate(2026, 11, 24))
    finder.start_edit.setTime(QTime(9, 0))
    finder.people_spin.setValue(30)
    finder.amenity_boxes["projector"].setChecked(True)
    finder.floor_combo.setCurrentIndex(finder.floor_combo.findData(5))
    query = finder.query()
    assert query.amenities == frozenset({"projector"}) and query.preferred_floor == 5
    assert query.duration == timedelta(hours=2)
    click(qtbot, finder.search_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: finder.model.rowCount() > 0)
    assert not finder.alternatives
    offers = [finder.model.offer_at(finder.model.index(r, 0))
              for r in range(finder.model.rowCount())]
    assert all(o is not None and o.room.capacity >= 30 and "projector" in o.room.amenities
               for o in offers)
    assert offers[0] is not None and offers[0].room.floor_number == 5  # preferred floor first

    click(qtbot, finder.book_button)
    dialog = panel.dialog
    assert isinstance(dialog, BookingDialog)
    wait_idle(qtbot, context)
    assert dialog.form.room_combo.currentData() == offers[0].room.id
    assert dialog.form.date_edit.date() == QDate(2026, 11, 24)
    assert ((dialog.form.start_edit.time(), dialog.form.end_edit.time())
            == (QTime(9, 0), QTime(11, 0)))
    assert dialog.form.attendees_spin.value() == 30  # the people asked for come along
    dialog.reject()


def test_free_room_finder_offers_the_nearest_free_times(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    for code in ("10.01", "10.02"):
        book(qtbot, context, code, "Festival UMKM", at(context, 24, 8), at(context, 24, 20),
             attendees=250)
    panel = open_panel(qtbot, context)
    finder = panel.finder
    panel.tabs.setCurrentWidget(finder)
    finder.date_edit.setDate(QDate(2026, 11, 24))
    finder.start_edit.setTime(QTime(10, 0))
    finder.people_spin.setValue(250)
    finder.kind_combo.setCurrentIndex(finder.kind_combo.findData(RoomKind.HALL))
    click(qtbot, finder.search_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: finder.model.rowCount() > 0)
    assert finder.alternatives
    assert finder.result_caption.text() == finder.tr(
        "No room is free at that time. The nearest free times:")
    starts = [finder.model.offer_at(finder.model.index(r, 0)).starts_at  # type: ignore[union-attr]
              for r in range(finder.model.rowCount())]
    assert all(s != at(context, 24, 10) for s in starts)
    assert finder.model.data(finder.model.index(0, 3)).startswith(room_kind_label(RoomKind.HALL))

    # Enter on an alternative opens the form for it.
    finder.table.setFocus()
    finder.table.setCurrentIndex(finder.model.index(0, 0))
    qtbot.keyClick(finder.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, BookingDialog)
    wait_idle(qtbot, context)
    offer = finder.model.offer_at(finder.model.index(0, 0))
    assert offer is not None
    assert dialog.form.room_combo.currentData() == offer.room.id
    dialog.reject()


def test_scope_of_a_series_approval(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "3.02", "Kelas Barista", at(context, 24, 9),
                  at(context, 24, 11), recurrence=Recurrence(Frequency.WEEKLY, count=3))
    panel = open_panel(qtbot, context)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 3)
    panel.tabs.setCurrentWidget(panel.approvals_page)
    panel.pending_table.selectRow(0)
    panel.whole_series_box.setChecked(True)
    assert panel._scope(panel.pending_model.bookings[0]) is Scope.ALL
    click(qtbot, panel.approve_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 0)
    for booking_id in booked.booking_ids:
        found = on_worker(qtbot, context, lambda ops, b=booking_id: ops.bookings.booking(b))
        assert found.status is BookingStatus.CONFIRMED
    assert room_id("3.02") == found.room_id
