"""Reception books a room: one-off and repeating, conflicts skipped or moved, edits,
cancellations, approvals, bad input, calendar export and history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QFileDialog, QPushButton

from kiosk.bookings.booking import Booked, BookingRequest, Scope
from kiosk.bookings.recurrence import Frequency, Recurrence
from kiosk.building.catalogue import room_id
from kiosk.errors import ErrorCode
from kiosk.models import BookingStatus, Organization, OrganizationKind
from kiosk.operations import Operations
from kiosk.visits.names import name_key
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.booking.dialog import BookingDialog
from ui.reception.booking.texts import booking_error_text, status_label

MONDAY = QDate(2026, 11, 23)


def on_worker(qtbot, context: AppContext, job: Callable[[Operations], Any]) -> Any:  # type: ignore[no-untyped-def]
    box: list[Any] = []
    errors: list[BaseException] = []
    context.run(job, box.append, errors.append)
    qtbot.waitUntil(lambda: bool(box or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return box[0]


def at(context: AppContext, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026 in the building, as aware UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=context.settings.zone).astimezone(UTC)


def seed_tenant(qtbot, context: AppContext, name: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    tenant = uuid.uuid4()

    def seed(ops: Operations) -> None:
        with ops.database.unit_of_work() as session:
            session.add(Organization(id=tenant, name=name, name_key=name_key(name),
                                     kind=OrganizationKind.TENANT))

    on_worker(qtbot, context, seed)
    return tenant


def book(qtbot, context: AppContext, code: str, title: str, start: datetime,  # type: ignore[no-untyped-def]
         end: datetime, *, organization: uuid.UUID | None = None,
         recurrence: Recurrence | None = None, attendees: int = 10) -> Booked:
    request = BookingRequest(room_id(code), title, start, end, attendees, organization,
                             recurrence=recurrence)
    result: Booked = on_worker(qtbot, context,
                               lambda ops: ops.bookings.book(request, staff("someone-else")))
    return result


def open_dialog(qtbot, context: AppContext, **kwargs: Any) -> BookingDialog:  # type: ignore[no-untyped-def]
    dialog = BookingDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.room_combo.count() > 1)
    return dialog


def choose_room(dialog: BookingDialog, code: str) -> None:
    combo = dialog.form.room_combo
    for index in range(combo.count()):
        if combo.itemText(index).startswith(f"{code} · "):
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"no room {code}")


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, dialog: BookingDialog, title: str, code: str, start: QTime, end: QTime,  # type: ignore[no-untyped-def]
         people: int = 10, day: QDate = MONDAY) -> None:
    qtbot.keyClicks(dialog.form.title_edit, title)
    choose_room(dialog, code)
    dialog.form.attendees_spin.setValue(people)
    dialog.form.date_edit.setDate(day)
    dialog.form.start_edit.setTime(start)
    dialog.form.end_edit.setTime(end)


def check(qtbot, context: AppContext, dialog: BookingDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.action_bar.check_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.plan is not None
                    and all(row.isVisible() for row in dialog.dates.rows), timeout=10_000)


def search(qtbot, context: AppContext, text: str = "") -> list[Any]:  # type: ignore[no-untyped-def]
    first = datetime(2026, 11, 1).date()
    return list(on_worker(qtbot, context, lambda ops: ops.bookings.search(
        text, first, first + timedelta(days=120))))


def test_a_one_off_booking_is_checked_and_saved(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tenant = seed_tenant(qtbot, context, "CV Batik Ratna")
    dialog = open_dialog(qtbot, context)
    assert not dialog.action_bar.book_button.isEnabled()
    assert not dialog.form.repeat.isHidden() and dialog.history_view.isHidden()
    fill(qtbot, dialog, "Pelatihan Sertifikasi Halal", "4.02", QTime(10, 0), QTime(12, 0), 25)
    assert "50" in dialog.form.capacity_label.text()
    dialog.form.organization_combo.setEditText("cv batik ratna")  # typing pops the completer up
    qtbot.keyClicks(dialog.form.contact_name_edit, "Ratna")
    qtbot.keyClicks(dialog.form.contact_phone_edit, "0812-3456-7890")
    request = dialog.request()
    assert request.organization_id == tenant
    assert request.starts_at == at(context, 23, 10) and request.ends_at == at(context, 23, 12)
    assert request.recurrence is None

    check(qtbot, context, dialog)
    assert len(dialog.dates.rows) == 1
    assert dialog.dates.rows[0].skip_button is None  # nothing to resolve
    assert dialog.action_bar.book_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.book_button)
    ids = saved.args[0]
    assert len(ids) == 1
    assert dialog.result_page.isVisible()
    assert dialog.result_page.title.text() == dialog.tr("Booked")

    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(ids[0]))
    assert found.title == "Pelatihan Sertifikasi Halal"
    assert found.room_code == "4.02"
    assert found.organization == "CV Batik Ratna"
    assert found.attendees == 25
    assert found.status is BookingStatus.CONFIRMED
    assert found.created_by == context.acting().name  # the person, not the desk
    assert (found.starts_at, found.ends_at) == (at(context, 23, 10), at(context, 23, 12))


def test_prefilled_room_and_times(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, room_id=room_id("5.02"),
                         starts_at=at(context, 24, 13), ends_at=at(context, 24, 14, 30))
    assert dialog.form.room_combo.currentData() == room_id("5.02")
    assert dialog.form.date_edit.date() == QDate(2026, 11, 24)
    assert dialog.form.start_edit.time() == QTime(13, 0)
    assert dialog.form.end_edit.time() == QTime(14, 30)


def start_weekly_series(qtbot, context: AppContext) -> tuple[BookingDialog, Booked]:  # type: ignore[no-untyped-def]
    tenant = seed_tenant(qtbot, context, "PT Kopi Nusantara")
    taken = book(qtbot, context, "4.02", "Rapat Tahunan", at(context, 30, 9),
                 at(context, 30, 11), organization=tenant)
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Kelas Ekspor Mingguan", "4.02", QTime(10, 0), QTime(12, 0))
    dialog.form.repeat.combo.setCurrentIndex(dialog.form.repeat.combo.findData(Frequency.WEEKLY))
    assert dialog.form.repeat.weekdays_row.isVisible()
    monday = dialog.form.repeat.weekday_boxes[0]
    assert monday.isChecked() and not monday.isEnabled()
    dialog.form.repeat.count_spin.setValue(4)
    check(qtbot, context, dialog)
    return dialog, taken


def test_a_weekly_series_with_a_conflict_is_booked_with_a_skip(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog, taken = start_weekly_series(qtbot, context)
    assert len(dialog.dates.rows) == 4
    blocked = [row for row in dialog.dates.rows if row.occurrence.blocked]
    assert len(blocked) == 1
    row = blocked[0]
    assert row.original == at(context, 30, 10)
    assert "PT Kopi Nusantara" in row.state_label.text()
    assert "09:00–11:00" in row.state_label.text()
    assert row.skip_button is not None and row.skip_button.isVisible()
    assert not dialog.action_bar.book_button.isEnabled()
    assert "1" in dialog.dates.summary.text()

    click(qtbot, row.skip_button)
    assert not dialog.action_bar.book_button.isEnabled()  # until checked again
    qtbot.waitUntil(dialog.action_bar.book_button.isEnabled, timeout=10_000)
    assert row.occurrence.skipped
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.book_button)
    assert len(saved.args[0]) == 3

    series = search(qtbot, context, "Kelas Ekspor")
    first = at(context, 23, 10)
    assert [b.starts_at for b in series] == [first, first + timedelta(days=14),
                                             first + timedelta(days=21)]
    assert len({b.series_id for b in series}) == 1 and series[0].series_id is not None
    other = on_worker(qtbot, context, lambda ops: ops.bookings.booking(taken.booking_ids[0]))
    assert other.status is BookingStatus.CONFIRMED


def test_a_conflicting_date_is_moved_to_a_free_time(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = start_weekly_series(qtbot, context)
    row = next(r for r in dialog.dates.rows if r.occurrence.blocked)
    assert row.move_button is not None
    click(qtbot, row.move_button)
    assert row.move_panel is not None and row.move_panel.isVisible()
    wait_idle(qtbot, context)
    assert not dialog.action_bar.book_button.isEnabled()  # moved to the same time: still taken
    row.move_end.setTime(QTime(15, 0))
    row.move_start.setTime(QTime(13, 0))
    qtbot.waitUntil(dialog.action_bar.book_button.isEnabled, timeout=10_000)
    assert not row.occurrence.conflicts
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.book_button)
    assert len(saved.args[0]) == 4
    starts = sorted(b.starts_at for b in search(qtbot, context, "Kelas Ekspor"))
    assert at(context, 30, 13) in starts and at(context, 30, 10) not in starts


def test_a_move_into_a_too_small_room_is_explained(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = start_weekly_series(qtbot, context)
    row = next(r for r in dialog.dates.rows if r.occurrence.blocked)
    assert row.move_button is not None
    click(qtbot, row.move_button)
    index = next(i for i in range(row.move_room.count())
                 if row.move_room.itemText(i).startswith("2.03 · "))  # 4 seats for 10
    row.move_room.setCurrentIndex(index)
    qtbot.waitUntil(dialog.status.isVisible, timeout=10_000)
    assert booking_error_text("attendees", ErrorCode.TOO_MANY_ATTENDEES) in dialog.status.text()
    assert not dialog.form.attendees_error.isVisible()  # the form is fine: the move is not
    assert not dialog.action_bar.book_button.isEnabled()


def test_someone_quicker_shows_the_plan_again(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Rapat Koperasi", "4.06", QTime(9, 0), QTime(10, 0), 6)
    check(qtbot, context, dialog)
    assert dialog.action_bar.book_button.isEnabled()
    book(qtbot, context, "4.06", "Rapat Lain", at(context, 23, 9), at(context, 23, 10),
         attendees=4)
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        click(qtbot, dialog.action_bar.book_button)
        wait_idle(qtbot, context)
        qtbot.waitUntil(lambda: dialog.plan is not None and bool(dialog.plan.conflicting),
                        timeout=10_000)
    assert dialog.status.isVisible()
    assert not dialog.action_bar.book_button.isEnabled()
    assert "Rapat Lain" in dialog.dates.rows[0].state_label.text()


def test_a_room_needing_approval_is_booked_waiting_for_approval(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Pameran Produk", "10.01", QTime(13, 0), QTime(17, 0), 100)
    check(qtbot, context, dialog)
    assert dialog.notice.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.book_button)
    assert dialog.result_page.title.text() == dialog.tr("Booked, waiting for approval")
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(saved.args[0][0]))
    assert found.status is BookingStatus.PENDING


def test_end_before_start_is_shown_and_nothing_is_saved(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Rapat", "4.06", QTime(12, 0), QTime(10, 0), 4)
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        click(qtbot, dialog.action_bar.check_button)
        qtbot.waitUntil(dialog.form.times_error.isVisible, timeout=10_000)
    assert dialog.form.times_error.text() == booking_error_text("ends_at",
                                                           ErrorCode.END_BEFORE_START)
    assert dialog.form.end_edit.property("invalid") is True
    assert dialog.plan is None and not dialog.action_bar.book_button.isEnabled()
    assert search(qtbot, context) == []
    dialog.form.end_edit.setTime(QTime(13, 0))  # editing the time clears the message
    assert not dialog.form.times_error.isVisible()


def test_more_people_than_seats_is_shown_and_nothing_is_saved(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Rapat Besar", "4.06", QTime(10, 0), QTime(12, 0), 20)
    assert "8" in dialog.form.capacity_label.text()
    click(qtbot, dialog.action_bar.check_button)
    qtbot.waitUntil(dialog.form.attendees_error.isVisible, timeout=10_000)
    assert dialog.form.attendees_error.text() == booking_error_text(
        "attendees", ErrorCode.TOO_MANY_ATTENDEES)
    assert not dialog.action_bar.book_button.isEnabled()
    assert search(qtbot, context) == []


def test_an_empty_title_and_an_unknown_organisation(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    choose_room(dialog, "4.06")
    dialog.form.date_edit.setDate(MONDAY)
    click(qtbot, dialog.action_bar.check_button)
    qtbot.waitUntil(dialog.form.title_error.isVisible, timeout=10_000)
    assert dialog.form.title_error.text() == booking_error_text("title", ErrorCode.REQUIRED)
    qtbot.keyClicks(dialog.form.title_edit, "Rapat")
    assert not dialog.form.title_error.isVisible()
    dialog.form.organization_combo.setEditText("Nobody Inc")
    click(qtbot, dialog.action_bar.check_button)
    assert dialog.form.organization_error.isVisible()
    assert dialog.form.organization_error.text() == booking_error_text(
        "organization", ErrorCode.UNKNOWN_ORGANIZATION)


def test_a_series_that_overlaps_itself_is_explained(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Maraton", "4.02", QTime(7, 0), QTime(21, 0), 4)  # 15 min buffers
    dialog.form.end_edit.setTime(QTime(23, 45))
    dialog.form.start_edit.setTime(QTime(0, 0))
    dialog.form.repeat.combo.setCurrentIndex(dialog.form.repeat.combo.findData(Frequency.DAILY))
    click(qtbot, dialog.action_bar.check_button)
    qtbot.waitUntil(dialog.form.repeat.error.isVisible, timeout=10_000)
    assert dialog.form.repeat.error.text() == booking_error_text(
        "recurrence", ErrorCode.SERIES_OVERLAPS_ITSELF)


def test_editing_a_booking_saves_title_and_time(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "5.02", "Rapat Inkubator", at(context, 24, 9),
                  at(context, 24, 10))
    booking_id = booked.booking_ids[0]
    dialog = open_dialog(qtbot, context, booking_id=booking_id)
    qtbot.waitUntil(lambda: dialog.form.title_edit.text() == "Rapat Inkubator")
    assert dialog.form.repeat.isHidden() and dialog.action_bar.check_button.isHidden()
    assert dialog.scope_box.isHidden()  # not a series
    assert (dialog.action_bar.save_button.isVisible()
            and dialog.action_bar.cancel_booking_button.isVisible())
    assert (dialog.action_bar.approve_button.isHidden()
            and dialog.action_bar.reject_button.isHidden())
    assert dialog.history_model.rowCount() == 1
    assert dialog.history_model.data(dialog.history_model.index(0, 1)) == "someone-else"
    assert dialog.form.date_edit.date() == QDate(2026, 11, 24)
    assert dialog.form.start_edit.time() == QTime(9, 0)

    dialog.form.title_edit.selectAll()
    qtbot.keyClicks(dialog.form.title_edit, "Rapat Inkubator Batch 3")
    dialog.form.start_edit.setTime(QTime(14, 0))
    dialog.form.end_edit.setTime(QTime(15, 30))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.save_button)
    assert saved.args[0] == (booking_id,)
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booking_id))
    assert found.title == "Rapat Inkubator Batch 3"
    assert (found.starts_at, found.ends_at) == (at(context, 24, 14), at(context, 24, 15, 30))
    history = on_worker(qtbot, context, lambda ops: ops.bookings.history(booking_id))
    assert [h.action for h in history] == ["create", "edit"]
    assert history[-1].actor == context.acting().name


def test_a_booking_in_a_room_no_longer_bookable_is_never_moved_silently(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    """The form shows the booking's own room even when it left the bookable list, so saving
    a new title is refused for the room instead of moving the booking to the first room."""
    booked = book(qtbot, context, "5.02", "Rapat Inkubator", at(context, 24, 9),
                  at(context, 24, 10))
    booking_id = booked.booking_ids[0]

    def retire(ops: Operations) -> None:
        from kiosk.models import Room

        with ops.database.unit_of_work() as session:
            room = session.get(Room, room_id("5.02"))
            assert room is not None
            room.bookable = False

    on_worker(qtbot, context, retire)
    dialog = open_dialog(qtbot, context, booking_id=booking_id)
    qtbot.waitUntil(lambda: dialog.form.title_edit.text() == "Rapat Inkubator")
    assert dialog.form.room_combo.currentData() == room_id("5.02")
    assert dialog.form.room_combo.currentText().startswith("5.02")
    qtbot.keyClicks(dialog.form.title_edit, " (baru)")
    click(qtbot, dialog.action_bar.save_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.form.room_error.isVisible(), timeout=10_000)
    assert dialog.form.room_error.text() == booking_error_text("room", ErrorCode.ROOM_NOT_BOOKABLE)
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booking_id))
    assert (found.room_code, found.title) == ("5.02", "Rapat Inkubator")


def test_an_edit_into_a_taken_time_shows_the_conflict(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    book(qtbot, context, "5.02", "Kelas Pagi", at(context, 24, 13), at(context, 24, 15))
    booked = book(qtbot, context, "5.02", "Rapat Inkubator", at(context, 24, 9),
                  at(context, 24, 10))
    dialog = open_dialog(qtbot, context, booking_id=booked.booking_ids[0])
    qtbot.waitUntil(lambda: dialog.form.title_edit.text() == "Rapat Inkubator")
    dialog.form.start_edit.setTime(QTime(14, 0))
    dialog.form.end_edit.setTime(QTime(15, 0))
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        click(qtbot, dialog.action_bar.save_button)
        qtbot.waitUntil(dialog.status.isVisible, timeout=10_000)
    assert len(dialog.dates.rows) == 1 and "Kelas Pagi" in dialog.dates.rows[0].state_label.text()
    assert dialog.dates.rows[0].skip_button is None


def test_a_conflict_from_the_clean_up_says_so(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    # 4.06 is a meeting room: held 10 minutes after each booking to clear it.
    book(qtbot, context, "4.06", "Rapat pagi", at(context, 24, 9), at(context, 24, 10),
         attendees=5)
    dialog = open_dialog(qtbot, context)
    fill(qtbot, dialog, "Rapat siang", "4.06", QTime(10, 0), QTime(11, 0), people=5,
         day=MONDAY.addDays(1))
    check(qtbot, context, dialog)
    assert dialog.dates.rows[0].state_label.text() == (
        "Sudah dipesan: Rapat pagi, 09:00–10:00, ditambah 10 menit untuk membersihkan ruang")


def test_cancelling_one_date_of_a_series_keeps_the_others(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "4.03", "Kelas Mingguan", at(context, 24, 9),
                  at(context, 24, 11), recurrence=Recurrence(Frequency.WEEKLY, count=3))
    second = booked.booking_ids[1]
    dialog = open_dialog(qtbot, context, booking_id=second)
    qtbot.waitUntil(dialog.scope_box.isVisible)
    assert dialog.scope_box.buttons[Scope.ONE].isChecked()
    click(qtbot, dialog.action_bar.cancel_booking_button)
    assert dialog.reason_box.isVisible()
    qtbot.keyClicks(dialog.reason_box.edit, "Narasumber berhalangan")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.reason_box.confirm_button)
    assert saved.args[0] == (second,)
    statuses = {b: on_worker(qtbot, context, lambda ops, b=b: ops.bookings.booking(b))
                for b in booked.booking_ids}
    assert statuses[second].status is BookingStatus.CANCELLED
    assert statuses[second].status_reason == "Narasumber berhalangan"
    assert [statuses[b].status for b in booked.booking_ids if b != second] == [
        BookingStatus.CONFIRMED, BookingStatus.CONFIRMED]


def test_changing_this_and_the_following_dates(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "4.03", "Kelas Mingguan", at(context, 24, 9),
                  at(context, 24, 11), recurrence=Recurrence(Frequency.WEEKLY, count=3))
    dialog = open_dialog(qtbot, context, booking_id=booked.booking_ids[1])
    qtbot.waitUntil(dialog.scope_box.isVisible)
    following = dialog.scope_box.buttons[Scope.FOLLOWING]
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton, pos=QPoint(12, following.height() // 2))
    assert following.isChecked()
    dialog.form.start_edit.setTime(QTime(10, 0))
    dialog.form.end_edit.setTime(QTime(12, 0))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.action_bar.save_button)
    assert len(saved.args[0]) == 2
    starts = sorted(b.starts_at for b in search(qtbot, context, "Kelas Mingguan"))
    assert starts == [at(context, 24, 9), at(context, 24, 10) + timedelta(days=7),
                      at(context, 24, 10) + timedelta(days=14)]


def test_approving_a_pending_booking(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "10.01", "Pameran UMKM", at(context, 25, 13),
                  at(context, 25, 17), attendees=100)
    assert booked.status is BookingStatus.PENDING
    dialog = open_dialog(qtbot, context, booking_id=booked.booking_ids[0])
    qtbot.waitUntil(dialog.action_bar.approve_button.isVisible)
    assert dialog.action_bar.reject_button.isVisible()
    assert dialog.booking_state.text().startswith(status_label(BookingStatus.PENDING))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.action_bar.approve_button)
    assert dialog.result_page.title.text() == dialog.tr("Approved")
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booked.booking_ids[0]))
    assert found.status is BookingStatus.CONFIRMED


def test_rejecting_needs_a_reason(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    booked = book(qtbot, context, "3.01", "Uji Resep", at(context, 26, 9),
                  at(context, 26, 12))
    booking_id = booked.booking_ids[0]
    dialog = open_dialog(qtbot, context, booking_id=booking_id)
    qtbot.waitUntil(dialog.action_bar.reject_button.isVisible)
    click(qtbot, dialog.action_bar.reject_button)
    assert dialog.reason_box.isVisible()
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        click(qtbot, dialog.reason_box.confirm_button)
        qtbot.waitUntil(dialog.reason_box.error.isVisible, timeout=10_000)
    assert dialog.reason_box.error.text() == booking_error_text("reason", ErrorCode.REASON_REQUIRED)
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booking_id))
    assert found.status is BookingStatus.PENDING

    qtbot.keyClicks(dialog.reason_box.edit, "Lab sedang dikalibrasi")
    assert not dialog.reason_box.error.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.reason_box.confirm_button)
    found = on_worker(qtbot, context, lambda ops: ops.bookings.booking(booking_id))
    assert found.status is BookingStatus.REJECTED
    assert found.status_reason == "Lab sedang dikalibrasi"


def test_export_to_calendar(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                            monkeypatch: pytest.MonkeyPatch) -> None:
    booked = book(qtbot, context, "5.02", "Rapat Inkubator", at(context, 24, 9),
                  at(context, 24, 10))
    target = tmp_path / "rapat.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    dialog = open_dialog(qtbot, context, booking_id=booked.booking_ids[0])
    qtbot.waitUntil(lambda: dialog.booking is not None)
    assert dialog.action_bar.export_button.isVisible()
    click(qtbot, dialog.action_bar.export_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(dialog.notice.isVisible, timeout=10_000)
    exported = target.read_bytes()
    assert exported.startswith(b"BEGIN:VCALENDAR") and b"SUMMARY:Rapat Inkubator" in exported


def test_closing_while_booking_is_safe(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = BookingDialog(context)  # deleted on close: not for qtbot to close
    dialog.show()
    wait_idle(qtbot, context)
    fill(qtbot, dialog, "Rapat", "4.06", QTime(10, 0), QTime(11, 0), 4)
    check(qtbot, context, dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    click(qtbot, dialog.action_bar.book_button)
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    wait_idle(qtbot, context)
    assert len(search(qtbot, context, "Rapat")) == 1
