"""A check-in the deny list holds: the visitor is only sent to reception, the kiosk shows
nothing of the list, and reception sees the reason and decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.errors import CheckInHeldError
from kiosk.models import Purpose, Role
from kiosk.safety.deny import DenyRequest
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from tests.ui.kiosk_driver import Guest, new_visitor_until_destination, open_kiosk
from tests.ui.test_booking_dialog import click, on_worker
from ui.context import AppContext
from ui.reception.deny.held_alert import ALERT_MAX_HEIGHT
from ui.reception.window import ReceptionWindow

REASON = "Mengancam petugas keamanan pada 3 November"


def deny(qtbot, context: AppContext, **fields: str) -> None:  # type: ignore[no-untyped-def]
    request = DenyRequest(reason=REASON, **fields)
    on_worker(qtbot, context, lambda ops: ops.deny_list.add(request, staff()))


def every_text(window: QWidget) -> str:
    """Everything a kiosk widget says, shows or tells a screen reader."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
    return "\n".join(texts).casefold()


def test_a_held_visitor_is_only_sent_to_reception(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    deny(qtbot, context, name="Agus Salim")
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    s = window.screens
    new_visitor_until_destination(guest, "agus salim", Purpose.MEETING)
    guest.touch_row(s.destination.list, s.destination.row_for("Lantai 5"))
    guest.sees(s.message)
    headline = QCoreApplication.translate("KioskWindow", "Please see the receptionist")
    assert s.message.headline.text() == headline == "Silakan temui resepsionis"
    assert s.message.where.isVisible()  # where the desk is
    assert on_worker(qtbot, context, lambda ops: ops.visitors_in_building()) == []
    said = every_text(window)
    for word in ("mengancam", "deny", "tolak", "larang", "daftar hitam", "held",
                 "ditahan", "blacklist", "list"):
        assert word not in said, word
    assert not s.pass_ready.isVisible()
    guest.touch(s.message.ok)
    guest.sees(window.welcome)


def test_a_held_invited_guest_is_sent_to_reception_too(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kiosk.visits.invitations import InvitationRequest
    from tests.conftest import MORNING

    invitation = on_worker(qtbot, context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari", phone="081355556666", expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), staff()))
    deny(qtbot, context, phone="0813-5555-6666")
    window = open_kiosk(qtbot, context)
    guest = Guest(qtbot, window)
    guest.scan(f"GIC:I:{invitation.code}")
    guest.sees(window.screens.invitation)
    guest.touch(window.screens.invitation.confirm)
    guest.sees(window.screens.message)
    assert "mengancam" not in every_text(window)
    assert on_worker(qtbot, context, lambda ops: ops.visitors_in_building()) == []


def hold(qtbot, context: AppContext, name: str = "Agus Salim") -> None:  # type: ignore[no-untyped-def]
    """A kiosk check-in held (committed here as the kiosk's would arrive by sync)."""
    def job(ops):  # type: ignore[no-untyped-def]
        try:
            ops.check_in(CheckInRequest(name=name, phone="081234567890", consent=True,
                                        purpose=Purpose.CONSULTATION, group_size=2))
        except CheckInHeldError:
            return True
        return False

    assert on_worker(qtbot, context, job)


def open_console(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_reception_sees_the_reason_and_admits_the_visitor(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(staff("Rina", Role.RECEPTIONIST))
    window = open_console(qtbot, context)
    assert window.deny_list is None  # a receptionist decides, but never sees the list
    assert not window.held_alert.isVisible()
    deny(qtbot, context, name="Agus Salim")
    hold(qtbot, context)
    alert = window.held_alert.alert
    qtbot.waitUntil(window.held_alert.isVisible, timeout=10_000)
    [row] = alert.row_widgets.values()
    assert REASON in row.reason.text()
    assert "Agus Salim" in row.who.text() and "0812-3456-7890" in row.who.text()
    assert "Konsultasi" in row.asked.text()
    click(qtbot, row.admit_button)
    qtbot.waitUntil(lambda: not window.held_alert.isVisible(), timeout=10_000)
    wait_idle(qtbot, context)
    [floor] = on_worker(qtbot, context, lambda ops: ops.visitors_in_building())
    [visit] = floor.visits
    assert (visit.visitor_name, visit.group_size, visit.purpose) == ("Agus Salim", 2,
                                                                     Purpose.CONSULTATION)
    qtbot.waitUntil(lambda: visit.pass_number in alert.status.text(), timeout=10_000)


def test_turning_away_makes_no_visit(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, context)
    deny(qtbot, context, name="Agus Salim")
    hold(qtbot, context)
    qtbot.waitUntil(window.held_alert.isVisible, timeout=10_000)
    [row] = window.held_alert.alert.row_widgets.values()
    click(qtbot, row.turn_away_button)
    qtbot.waitUntil(lambda: not window.held_alert.isVisible(), timeout=10_000)
    assert on_worker(qtbot, context, lambda ops: ops.visitors_in_building()) == []
    assert on_worker(qtbot, context, lambda ops: ops.deny_list.held_check_ins(staff())) == []


def test_the_alert_hides_with_the_locked_console(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, context)
    deny(qtbot, context, name="Agus Salim")
    hold(qtbot, context)
    qtbot.waitUntil(window.held_alert.isVisible, timeout=10_000)
    window.lock()
    assert not window.held_alert.isVisible()  # the reason is not for whoever passes by


def test_held_rows_wear_their_own_warning_frame_and_turning_away_looks_dangerous(
        qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, context)
    deny(qtbot, context, name="Agus Salim")
    hold(qtbot, context)
    hold(qtbot, context, "agus  SALIM")  # a second request: a second row
    qtbot.waitUntil(lambda: len(window.held_alert.alert.row_widgets) == 2, timeout=10_000)
    alert = window.held_alert.alert
    warning = alert.error.palette().color(QPalette.ColorRole.WindowText)  # the theme's red
    for row in alert.row_widgets.values():
        assert row.property("role") is None  # not the booking dialog's conflict frame
        assert row.reason.palette().color(QPalette.ColorRole.WindowText) == warning
        assert row.turn_away_button.palette().color(QPalette.ColorRole.ButtonText) == warning
        assert row.admit_button.palette().color(QPalette.ColorRole.ButtonText) != warning
    # The first row always shows whole; the rest scroll once the alert reaches its limit.
    first = next(iter(alert.row_widgets.values()))
    assert alert._scroll.minimumHeight() >= first.sizeHint().height()
    assert alert._scroll.maximumHeight() <= ALERT_MAX_HEIGHT


def test_the_console_still_fits_a_1280_by_800_desk_with_the_alert_showing(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    context.sign_in(staff("Dewi"))  # a manager: every tab, bookings the tallest
    window = open_console(qtbot, context)
    window.resize(1280, 800)
    deny(qtbot, context, name="Agus Salim")
    hold(qtbot, context)
    qtbot.waitUntil(window.held_alert.isVisible, timeout=10_000)
    assert window.minimumSizeHint().height() <= 800
    assert window.rect().contains(window.held_alert.geometry())
    [row] = window.held_alert.alert.row_widgets.values()
    assert row.admit_button.isVisible() and row.turn_away_button.isVisible()
