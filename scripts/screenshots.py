"""Render every kiosk screen (both languages, both orientations) and the reception console.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

A throwaway data directory is filled by the demo seeder, so the screens show a living day.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.building.catalogue import room_id  # noqa: E402
from kiosk.config import Mode, load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.errors import ErrorCode  # noqa: E402
from kiosk.models import Booking, BookingStatus, Purpose, Role, Visitor  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.paper.printing import PrintProblem  # noqa: E402
from kiosk.staff.roles import Actor  # noqa: E402
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind  # noqa: E402
from kiosk.visits.invitations import InvitationRequest  # noqa: E402
from tests.conftest import staff  # noqa: E402
from ui.app import application, build_window  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.reception.window import ReceptionWindow  # noqa: E402
from ui.texts import error_text, refusal_text  # noqa: E402
from ui.visitor.pass_ready import PrintState  # noqa: E402
from ui.visitor.window import KioskWindow  # noqa: E402

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


def settle(ms: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle(context: AppContext) -> None:
    for _ in range(300):
        settle(20)
        if not context.worker.busy:
            break
    settle(60)


def on_worker(context: AppContext, job: Callable[[Operations], Any]) -> Any:
    box: list[Any] = []
    context.run(job, box.append)
    for _ in range(500):
        settle(10)
        if box:
            return box[0]
    raise RuntimeError("worker job did not finish")


def returning_phone(ops: Operations) -> str:
    with ops.database.reading() as session:
        return str(session.scalars(select(Visitor.phone_e164).where(
            Visitor.organization_id.is_not(None)).limit(1)).one())


def book_today(ops: Operations) -> None:
    """Today's programme, whatever day the screenshots are taken (the demo skips Sundays)."""
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


def kiosk_shots(window: KioskWindow, context: AppContext) -> Iterator[str]:
    s = window.screens
    window.go_welcome()
    yield "welcome"
    window.start_walk_in()
    s.phone.field.setText("0812 3456 7890")
    yield "phone"
    s.phone.show_error(error_text("phone", ErrorCode.PHONE_INVALID_CHARACTERS))
    yield "phone-error"
    recall = on_worker(context, lambda ops: ops.recall(returning_phone(ops)))
    s.identity.show_recall(recall)
    window.stack.setCurrentWidget(s.identity)
    yield "identity"
    window.stack.setCurrentWidget(s.details)
    s.details.name_edit.setText("Ayu Lestari")
    s.details.organization_edit.setText("Batik Ciputat Collective")
    s.details.name_edit.setFocus()
    yield "details"
    window.stack.setCurrentWidget(s.purpose)
    yield "purpose"
    window.stack.setCurrentWidget(s.destination)
    s.destination.set_group(25, per_person=True)
    yield "destination"
    s.destination.set_group(1, per_person=False)
    window.stack.setCurrentWidget(s.group)
    yield "group"
    window.stack.setCurrentWidget(s.consent)
    yield "consent"
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
        guest_name="Ratna Sari", organization="Bank BJB Cabang Serpong",
        room_id=room_id("5.02"), expected_from=clock,
        expected_until=clock + timedelta(hours=2)), staff()))
    s.invitation.show_invitation(invitation)
    window.stack.setCurrentWidget(s.invitation)
    yield "invitation-confirm"
    window.start_check_out()
    yield "check-out"
    window.say_goodbye("Ayu Lestari")
    yield "goodbye"
    window._message(window.tr("Sorry"), refusal_text(ErrorCode.INVITATION_EXPIRED))
    yield "refused"
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
    window._toggle_high_contrast()
    yield "welcome-high-contrast"
    window._toggle_high_contrast()
    window._toggle_larger_text()
    window.start_walk_in()
    yield "phone-larger-text"
    window.go_welcome()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        print(seed_demo(load_settings(config, environ={}), days=2))
        ops = Operations.open(load_settings(config, environ={}))
        book_today(ops)
        ops.close()
        for mode in (Mode.KIOSK, Mode.RECEPTION):
            for language in ("id", "en"):
                settings = load_settings(config, environ={"KIOSK_MODE": mode.value,
                                                          "KIOSK_LANGUAGE": language})
                window, context = build_window(settings, app)
                if isinstance(window, ReceptionWindow):
                    window.enter(Actor("Rina Wulandari", Role.RECEPTIONIST, None))
                sizes = SIZES if mode is Mode.KIOSK else {"desk": (1280, 800)}
                for orientation, (w, h) in sizes.items():
                    window.resize(w, h)
                    window.show()
                    idle(context)
                    names = (kiosk_shots(window, context) if isinstance(window, KioskWindow)
                             else iter(["visitors"]))
                    for name in names:
                        idle(context)
                        path = out / f"{mode.value}-{name}-{orientation}-{language}.png"
                        window.grab().save(str(path))
                        print(path.relative_to(ROOT))
                close(window, context)


def close(window: QMainWindow, context: AppContext) -> None:
    window.close()
    context.close()
    window.deleteLater()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
