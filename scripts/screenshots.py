"""Render every kiosk and reception screen, both languages and both orientations, to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a throwaway data directory with a few visitors checked in, so the screens show real data.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.catalogue import room_id  # noqa: E402
from kiosk.config import Mode, load_settings  # noqa: E402
from kiosk.models import Purpose  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.visits import CheckInRequest, Destination, DestinationKind  # noqa: E402
from ui.app import application, build_window  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.kiosk.window import KioskWindow  # noqa: E402

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_worker(context: AppContext) -> None:
    for _ in range(100):
        settle(ms=30)
        if not context.worker.busy:
            break
    settle(ms=60)


def seed(data: Path) -> None:
    config = data / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    settings = load_settings(config, environ={})
    ops = Operations.open(settings)
    people = [
        ("Budi Santoso", "0812-3456-7890", "CV Maju Jaya", Purpose.TRAINING, "4.02", 1),
        ("Siti Nurhaliza", "0857-1111-2222", "Keripik Tempe Bu Sri", Purpose.CONSULTATION,
         "2.03", 1),
        ("Delegasi UMKM Ciputat", "0878-2222-3333", "Koperasi Ciputat", Purpose.TRAINING,
         "4.01", 25),
        ("Sukarni", "0813-4444-5555", "", Purpose.DELIVERY, None, 1),
    ]
    for name, phone, organization, purpose, room, size in people:
        destination = (Destination(DestinationKind.ROOM, room_id(room)) if room
                       else Destination())
        ops.check_in(CheckInRequest(name=name, phone=phone, organization=organization,
                                    purpose=purpose, destination=destination, group_size=size,
                                    consent=True))
    ops.close()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        seed(Path(tmp))
        config = Path(tmp) / "config.toml"
        for mode in (Mode.KIOSK, Mode.RECEPTION):
            for language in ("id", "en"):
                settings = load_settings(config, environ={"KIOSK_MODE": mode.value,
                                                          "KIOSK_LANGUAGE": language})
                window, context = build_window(settings, app)
                sizes = SIZES if mode is Mode.KIOSK else {"desk": (1280, 800)}
                for orientation, (w, h) in sizes.items():
                    window.resize(w, h)
                    window.show()
                    wait_for_worker(context)
                    for name in shots(window, context):
                        wait_for_worker(context)
                        path = out / f"{mode.value}-{name}-{orientation}-{language}.png"
                        window.grab().save(str(path))
                        print(path.relative_to(ROOT))
                window.close()
                context.close()
                window.deleteLater()
                QCoreApplication.processEvents()


def shots(window: QWidget, context: AppContext) -> Iterator[str]:
    """Drive the window through its screens, yielding a name at each."""
    if not isinstance(window, KioskWindow):
        yield "visitors"
        return
    window.go_welcome()
    yield "welcome"
    window.start_walk_in()
    yield "walk-in"
    form = window.walk_in
    form.name_edit.setText("Budi 😀")
    form.phone_edit.setText("0812-ABCD")
    form.submit_button.click()
    wait_for_worker(context)
    yield "walk-in-errors"
    form.reset()
    form.name_edit.setText("Ayu Lestari")
    form.phone_edit.setText("0812-9876-5432")
    form.organization_edit.setText("Batik Ciputat Collective")
    form.purpose_buttons[Purpose.MEETING].click()
    combo = form.destination_combo
    combo.setCurrentIndex(combo.findText("5.02", Qt.MatchFlag.MatchContains))
    yield "walk-in-filled"
    form.submit_button.click()
    wait_for_worker(context)
    yield "pass-ready"
    window.go_welcome()


if __name__ == "__main__":
    main()
