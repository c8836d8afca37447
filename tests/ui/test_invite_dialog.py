"""Reception invites a guest: the form, the code and QR code it gives, and its errors."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime

import shiboken6
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QTime
from PySide6.QtGui import QGuiApplication, QImage
from sqlalchemy import func, select

from kiosk.building.catalogue import floor_id, room_id
from kiosk.errors import ErrorCode
from kiosk.models import Invitation, Organization, OrganizationKind, Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import Destination, DestinationKind
from kiosk.visits.invitations import InvitationSummary
from kiosk.visits.names import name_key
from tests.conftest import MORNING
from tests.pdf_tools import decode_qr
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.invite_dialog import InviteDialog
from ui.reception.window import ReceptionWindow
from ui.texts import error_text
from ui.widgets.times import QuarterHourEdit, default_window

MONDAY = QDate(2026, 11, 23)


def open_dialog(qtbot, context: AppContext) -> InviteDialog:  # type: ignore[no-untyped-def]
    dialog = InviteDialog(context, clock=lambda: MORNING)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.destination_combo.count() > 1)
    dialog.date_edit.setDate(MONDAY)
    return dialog


def choose_destination(dialog: InviteDialog, starts_with: str) -> None:
    combo = dialog.destination_combo
    for index in range(combo.count()):
        if combo.itemText(index).startswith(starts_with):
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"no destination {starts_with!r}")


def to_pil(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(data.data()))


def count_invitations(qtbot, context: AppContext) -> int:  # type: ignore[no-untyped-def]
    counted: list[int] = []

    def count(ops: Operations) -> int:
        with ops.database.reading() as session:
            return session.scalar(select(func.count()).select_from(Invitation)) or 0

    context.run(count, counted.append)
    qtbot.waitUntil(lambda: bool(counted))
    return counted[0]


def test_defaults_today_from_the_next_full_hour_for_two_hours(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = InviteDialog(context, clock=lambda: MORNING)  # 08:30 WIB
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == MONDAY
    assert dialog.date_edit.calendarPopup()
    assert dialog.from_edit.time() == QTime(9, 0)
    assert dialog.until_edit.time() == QTime(11, 0)
    assert dialog.zone_label.text() == "WIB"
    assert Purpose(dialog.purpose_combo.currentData()) is Purpose.MEETING
    assert dialog.purpose_combo.currentText() == "Pertemuan"
    assert dialog.destination_combo.currentText() == "—"
    wait_idle(qtbot, context)


def test_default_window_stays_within_the_day(context: AppContext) -> None:
    zone = context.settings.zone
    start, end = default_window(datetime(2026, 11, 23, 15, 10, tzinfo=UTC), zone)  # 22:10 WIB
    assert (start.hour, end.hour, end.minute) == (23, 23, 45)
    assert start.date() == end.date()


def test_time_steps_by_quarter_hours(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QuarterHourEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(9, 50))
    edit.setCurrentSection(QuarterHourEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.time() == QTime(10, 0)
    edit.stepBy(-1)
    assert edit.time() == QTime(9, 45)
    edit.setCurrentSection(QuarterHourEdit.Section.HourSection)
    edit.stepBy(1)
    assert edit.time() == QTime(10, 45)


def test_reception_invites_a_guest_to_a_room(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Ratna Sari")
    qtbot.keyClicks(dialog.phone_edit, "0812-3456-7890")
    qtbot.keyClicks(dialog.organization_edit, "CV Batik Ratna")
    dialog.from_edit.setTime(QTime(10, 0))
    dialog.until_edit.setTime(QTime(12, 0))
    choose_destination(dialog, "5.02 · ")
    request = dialog.request()
    assert request.room_id == room_id("5.02")
    assert request.host_organization_id is None
    assert request.expected_from == datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 WIB
    assert request.expected_until == datetime(2026, 11, 23, 5, 0, tzinfo=UTC)

    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        dialog.create_button.click()
    summary = created.args[0]
    assert isinstance(summary, InvitationSummary)
    assert dialog.result_page.isVisible() and not dialog.form_page.isVisible()
    assert len(summary.code) == 6
    assert dialog.code_label.text() == summary.code
    assert summary.room_code == "5.02"
    assert "Ratna Sari" in dialog.guest_label.text()
    details = dialog.details_label.text()
    assert "10:00–12:00 WIB" in details
    assert "5.02 Kelas Digital Serpong Utara" in details
    assert "Pertemuan" in details

    pixmap = dialog.qr_pixmap
    assert pixmap is not None and not pixmap.isNull()
    assert dialog.qr_label.pixmap().cacheKey() == pixmap.cacheKey()
    assert decode_qr(to_pil(pixmap.toImage())) == [summary.qr_payload]
    assert summary.qr_payload.startswith("GIC2:")

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == summary.code

    found: list[InvitationSummary] = []
    context.run(lambda ops: ops.find_invitation(summary.code), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert found[0].invitation_id == summary.invitation_id
    assert found[0].guest_name == "Ratna Sari"
    assert found[0].organization == "CV Batik Ratna"

    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_tenant_becomes_the_host_organisation(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tenant = uuid.uuid4()

    def seed(ops: Operations) -> None:
        with ops.database.unit_of_work() as session:
            session.add(Organization(id=tenant, name="PT Kopi Nusantara",
                                     name_key=name_key("PT Kopi Nusantara"),
                                     kind=OrganizationKind.TENANT, floor_id=floor_id(3)))

    context.run(seed)
    dialog = open_dialog(qtbot, context)
    choose_destination(dialog, "PT Kopi Nusantara · ")
    assert dialog.destination_combo.currentData() == Destination(DestinationKind.ORGANIZATION,
                                                                 tenant)
    request = dialog.request()
    assert request.host_organization_id == tenant
    assert request.room_id is None


def test_empty_name_is_shown_under_the_name_nothing_created(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    with qtbot.assertNotEmitted(dialog.created, wait=200):
        dialog.create_button.click()
        qtbot.waitUntil(dialog.name_error.isVisible, timeout=10_000)
    assert dialog.name_error.text() == error_text("guest_name", ErrorCode.REQUIRED)
    assert dialog.name_edit.property("invalid") is True
    assert not dialog.times_error.isVisible()
    assert dialog.create_button.isEnabled()
    assert dialog.form_page.isVisible() and not dialog.result_page.isVisible()
    assert count_invitations(qtbot, context) == 0

    # Typing clears the message; the next try creates the invitation.
    qtbot.keyClicks(dialog.name_edit, "Ratna")
    assert not dialog.name_error.isVisible()
    assert dialog.name_edit.property("invalid") is False
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        dialog.create_button.click()
    assert count_invitations(qtbot, context) == 1


def test_a_bad_phone_is_shown_under_the_phone(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Ratna")
    qtbot.keyClicks(dialog.phone_edit, "0812")
    with qtbot.assertNotEmitted(dialog.created, wait=200):
        dialog.create_button.click()
        qtbot.waitUntil(dialog.phone_error.isVisible, timeout=10_000)
    assert dialog.phone_error.text()
    assert not dialog.name_error.isVisible()


def test_the_end_must_be_after_the_start(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Ratna Sari")
    dialog.from_edit.setTime(QTime(12, 0))
    dialog.until_edit.setTime(QTime(10, 0))
    with qtbot.assertNotEmitted(dialog.created, wait=200):
        dialog.create_button.click()
        qtbot.waitUntil(dialog.times_error.isVisible, timeout=10_000)
    assert dialog.times_error.text() == dialog.tr("The end must be after the start")
    assert not dialog.name_error.isVisible()
    assert count_invitations(qtbot, context) == 0


def test_the_visitors_panel_opens_the_dialog(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.visitors
    assert panel.invite_button.text()
    panel.invite_button.click()
    dialog = panel.invite_dialog
    assert isinstance(dialog, InviteDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.parent() is panel
    wait_idle(qtbot, context)
    dialog.cancel_button.click()
    assert panel.invite_dialog is None


def test_language_change_keeps_the_choices(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    choose_destination(dialog, "5.02 · ")
    dialog.purpose_combo.setCurrentIndex(list(Purpose).index(Purpose.TRAINING))
    assert dialog.purpose_combo.currentText() == "Pelatihan"
    context.translations.install("en")
    try:
        qtbot.waitUntil(lambda: dialog.purpose_combo.currentText() == "Training")
        assert dialog.destination_combo.currentText() == "5.02 · Serpong Utara Digital Classroom"
        assert dialog.request().room_id == room_id("5.02")
        assert dialog.request().purpose is Purpose.TRAINING
    finally:
        context.translations.install("id")
    qtbot.waitUntil(
        lambda: dialog.destination_combo.currentText() == "5.02 · Kelas Digital Serpong Utara")


def test_closing_while_saving_is_safe(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    dialog = window.visitors.invite()
    wait_idle(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Ratna Sari")
    dialog.create_button.click()
    assert dialog.busy and not dialog.create_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    wait_idle(qtbot, context)  # the result arrives for a deleted dialog: ignored, no error
    assert window.visitors.invite_dialog is None
    assert count_invitations(qtbot, context) == 1
