"""Render the console's privacy and safety screens: the manager's privacy requests (a person
found, the register with an open and a closed request, the erase question), the deny list,
a kiosk check-in held for reception, the evacuation roll call (one person ticked safe) and the
locked console with its Evacuation button; in Bahasa Indonesia and English, at the
receptionist's 1280×800 desk size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_privacy.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.building.catalogue import room_id  # noqa: E402
from kiosk.config import Settings, load_settings  # noqa: E402
from kiosk.data_requests.people import person  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.errors import CheckInHeldError  # noqa: E402
from kiosk.models import Purpose, RequestKind, Role  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.safety.deny import DenyRequest  # noqa: E402
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind  # noqa: E402
from scripts.screenshots import close, idle  # noqa: E402
from scripts.screenshots_organizations import save  # noqa: E402
from scripts.screenshots_reception import NOW, open_reception  # noqa: E402
from tests.conftest import staff  # noqa: E402
from ui.app import application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.reception.evacuation import EvacuationButton  # noqa: E402

#: The manager at the desk in every picture.
MANAGER = staff("Dewi Lestari", Role.MANAGER)
#: The visitor whose data the privacy pictures look up.
PHONE = "0812-3456-7890"


def seed(settings: Settings) -> None:
    """The demo's day, a visitor seen twice, the privacy register and the deny list."""
    print(seed_demo(settings, days=1, now=NOW))
    with Operations.open(settings, clock=lambda: NOW) as ops:
        for days, purpose, code in ((40, Purpose.TRAINING, "3.01"), (7, Purpose.MEETING, "5.02")):
            ops.clock = fixed(NOW - timedelta(days=days))
            came = ops.check_in(CheckInRequest(
                name="Siti Rahmawati", phone=PHONE, purpose=purpose, consent=True,
                organization="Keripik Tempe Bu Siti",
                destination=Destination(DestinationKind.ROOM, room_id(code))))
            ops.check_out(visit_id=came.visit.visit_id)  # gone home: not in today's pictures
        ops.clock = fixed(NOW - timedelta(days=12))
        came = ops.check_in(CheckInRequest(name="Bambang Sutrisno", phone="0857-2222-3333",
                                           purpose=Purpose.CONSULTATION, consent=True))
        ops.check_out(visit_id=came.visit.visit_id)
        ops.clock = fixed(NOW - timedelta(days=2))
        ops.data_requests.withdraw(person("0857-2222-3333", "Bambang Sutrisno"), MANAGER)
        ops.clock = fixed(NOW)
        ops.data_requests.receive(RequestKind.ERASE, person(PHONE, "Siti Rahmawati"), MANAGER,
                                  received_at=NOW - timedelta(days=1, hours=3))
        today = ops.bookings.today()
        for entry in (
            DenyRequest(name="Agus Salim", reason="Mengancam petugas keamanan pada 3 November; "
                        "hubungi kepala keamanan"),
            DenyRequest(phone="0813-5555-6666", reason="Berulang kali membawa barang dagangan "
                        "ke ruang pamer tanpa izin", last_day=today + timedelta(days=30)),
            DenyRequest(name="Hendra Kurniawan", phone="0821-7777-8888",
                        reason="Larangan masuk dari pengelola gedung"),
        ):
            ops.deny_list.add(entry, MANAGER)


def fixed(moment: datetime) -> Callable[[], datetime]:
    """A clock stopped at ``moment``."""
    return lambda: moment


def hold(settings: Settings) -> None:
    """A kiosk check-in that matches the deny list: held for reception."""
    with Operations.open(settings, clock=lambda: NOW - timedelta(minutes=2)) as ops:
        try:
            ops.check_in(CheckInRequest(
                name="Agus Salim", phone="0812-9999-8888", purpose=Purpose.MEETING,
                consent=True, organization="CV Maju Jaya", group_size=3,
                member_names=("Rudi Hartono", "Tono Wijaya"),
                destination=Destination(DestinationKind.ROOM, room_id("5.02"))))
        except CheckInHeldError:
            return
    raise SystemExit("the check-in was not held: the deny list did not match")


def shoot(settings: Settings, language: str, out: Path) -> None:
    window, context = open_reception(settings, language, MANAGER)
    idle(context)
    panel, deny = window.privacy, window.deny_list
    assert panel is not None and deny is not None
    window.tabs.setCurrentWidget(panel)
    idle(context)
    panel.search_edit.setText(PHONE)
    panel.search()
    idle(context)
    panel.found_table.selectRow(0)
    idle(context)
    save(window.grab(), out / f"reception-privacy-{language}.png")
    panel.ask_erase()
    QApplication.processEvents()
    save(window.grab(), out / f"reception-privacy-erase-{language}.png")
    panel.confirm.hide()
    window.tabs.setCurrentWidget(deny)
    idle(context)
    deny.table.selectRow(0)
    save(window.grab(), out / f"reception-deny-list-{language}.png")
    roll_call(window.evacuation, context, out / f"reception-evacuation-{language}.png")
    window.lock()
    idle(context)
    QApplication.processEvents()
    save(window.grab(), out / f"reception-lock-evacuation-{language}.png")
    close(window, context)


def roll_call(button: EvacuationButton, context: AppContext, path: Path) -> None:
    """Open the roll call, wait for its list to print, tick the first person safe, save."""
    dialog = button.evacuate()
    idle(context)
    while dialog.printing:
        QApplication.processEvents()
        idle(context)
    model = dialog.model
    floor = model.index(0, 0)
    model.setData(model.index(0, model.TICK, floor), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    QApplication.processEvents()
    save(dialog.grab(), path)
    dialog.close()


def shoot_held(settings: Settings, language: str, out: Path) -> None:
    window, context = open_reception(settings, language, MANAGER)
    idle(context)
    QApplication.processEvents()
    save(window.grab(), out / f"reception-held-alert-{language}.png")
    close(window, context)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        seed(load_settings(config, environ={}))
        languages = ("id", "en")
        for language in languages:
            shoot(load_settings(config, environ={"KIOSK_LANGUAGE": language}), language, out)
        hold(load_settings(config, environ={}))  # after the others: the alert tops every tab
        for language in languages:
            shoot_held(load_settings(config, environ={"KIOSK_LANGUAGE": language}), language,
                       out)


if __name__ == "__main__":
    main()
