"""Every kiosk screen in a realistic state, one after another: the screenshot script renders
them and the fit test measures them, so both see the same screens with the same content.

Each scene leaves the window on a screen and yields its name. The waits are on conditions (a
worker job's answer, an idle worker), then a few turns of the event loop for what they
changed to be laid out and painted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from sqlalchemy import select

from kiosk.building.catalogue import room_id
from kiosk.errors import CheckInHeldError, CodeRefusedError, ErrorCode
from kiosk.models import Booking, BookingStatus, Purpose, Visitor
from kiosk.operations import Operations
from kiosk.paper.printing import PrintProblem
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import staff
from ui.context import AppContext
from ui.texts import error_text
from ui.visitor.pass_ready import PrintState
from ui.visitor.window import KioskWindow


def settle(ms: int = 20) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle(context: AppContext) -> None:
    """Until the worker has answered everything asked of it (and the answers are shown)."""
    for _ in range(1000):
        settle(10)
        if not context.worker.busy:
            settle(30)
            return
    raise RuntimeError("the worker is still busy after 10 s")


def on_worker(context: AppContext, job: Callable[[Operations], Any]) -> Any:
    """``job``'s answer on the worker, or its error raised here."""
    box: list[Any] = []
    context.run(job, box.append, box.append)
    for _ in range(1000):
        settle(10)
        if box:
            if isinstance(box[0], BaseException):
                raise box[0]
            return box[0]
    raise RuntimeError("worker job did not finish")


def returning_phone(ops: Operations) -> str:
    """A visitor who came before with an organisation (made if the database has none)."""
    with ops.database.reading() as session:
        phone = session.scalars(select(Visitor.phone_e164).where(
            Visitor.organization_id.is_not(None)).limit(1)).first()
    if phone is None:
        visit = ops.check_in(CheckInRequest(
            name="Budi Santoso Wicaksono", phone="081234567890",
            organization="Koperasi Produsen Tahu Tempe Pamulang", purpose=Purpose.TRAINING,
            consent=True)).visit
        ops.check_out(visit_id=visit.visit_id)
        return "081234567890"
    return str(phone)


def book_today(ops: Operations) -> None:
    """Today's programme, whatever day it is (the demo skips Sundays)."""
    zone = ops.settings.zone
    day = ops.clock().astimezone(zone).date()
    programme = [("4.02", "Pelatihan Digital Marketing untuk UMKM", 9, 12),
                 ("2.03", "Klinik Sertifikasi Halal", 10, 12),
                 ("5.02", "Rapat Koordinasi Inkubator", 13, 15),
                 ("10.01", "Pameran Produk Unggulan Tangsel", 15, 20)]
    with ops.database.unit_of_work() as session:
        for code, title, start, end in programme:
            session.add(Booking(room_id=room_id(code), title=title,
                                starts_at=datetime.combine(day, time(start), zone),
                                ends_at=datetime.combine(day, time(end), zone),
                                status=BookingStatus.CONFIRMED, attendees=30))


def kiosk_scenes(window: KioskWindow, context: AppContext) -> Iterator[str]:
    """Every screen a visitor can meet, with long real-world content where it varies."""
    s = window.screens
    window.go_welcome()
    yield "welcome"
    window.start_walk_in()
    yield "privacy"
    window._show(s.consent)
    yield "privacy-full"
    window._privacy_accepted()
    s.phone.field.setText("0812 3456 7890")
    yield "phone"
    s.phone.show_error(error_text("phone", ErrorCode.PHONE_INVALID_CHARACTERS))
    yield "phone-error"
    recall = on_worker(context, lambda ops: ops.recall(returning_phone(ops)))
    s.identity.show_recall(recall)
    window._show(s.identity)
    yield "identity"
    window._show(s.details)
    s.details.name_edit.setText("Ayu Lestari")
    s.details.organization_edit.setText("Batik Ciputat Collective")
    yield "details"
    window._show(s.purpose)
    yield "purpose"
    window._show(s.destination)
    s.destination.set_group(25, per_person=True)
    yield "destination"
    s.destination.search.setText("lantai 5")
    yield "destination-search"
    s.destination.reset()
    window._show(s.group)
    yield "group"
    result = on_worker(context, lambda ops: ops.check_in(CheckInRequest(
        name="Ayu Lestari", phone="081298765432", organization="Batik Ciputat Collective",
        purpose=Purpose.MEETING, consent=True,
        destination=Destination(DestinationKind.ROOM, room_id("5.02")))))
    window._checked_in(result)
    yield "checked-in"
    s.pass_ready.set_print_state(PrintState.PRINTING)
    yield "card-printing"
    s.pass_ready.set_print_state(PrintState.PRINTED)
    yield "card-printed"
    s.pass_ready.set_print_state(PrintState.FAILED, PrintProblem.PRINTER_STOPPED)
    yield "card-print-failed"
    window.start_invitation()
    yield "invitation-code"
    clock = on_worker(context, lambda ops: ops.clock())
    invitation = on_worker(context, lambda ops: ops.create_invitation(InvitationRequest(
        guest_name="Ratna Sari Dewi Kusumawardhani", organization="Bank BJB Cabang Serpong",
        room_id=room_id("5.02"), expected_from=clock,
        expected_until=clock + timedelta(hours=2)), staff()))
    s.invitation.show_invitation(invitation)
    window._show(s.invitation)
    yield "invitation-confirm"
    window.start_check_out()
    yield "check-out"
    window.say_goodbye("Ayu Lestari")
    yield "goodbye"
    window._refuse(CodeRefusedError(ErrorCode.INVITATION_EXPIRED))
    yield "refused"
    window._refuse(CodeRefusedError(ErrorCode.PASS_EXPIRED,
                                    expired_at=clock - timedelta(hours=16)))
    yield "card-expired"
    window.recover(CheckInHeldError(uuid.uuid4()))  # the deny list held it: see reception
    yield "held"
    window._consent_declined()
    yield "privacy-declined"
    window.show_today()
    idle(context)
    yield "today"
    window.start_staff()
    yield "staff"
    window.go_welcome()
    window.start_walk_in()
    window._show_countdown(7)
    yield "idle-countdown"
    window.go_welcome()
