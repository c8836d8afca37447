"""Render every kiosk screen (both languages, both orientations, at exactly the display's size)
and the reception console.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

A throwaway data directory is filled by the demo seeder, so the screens show a living day.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.config import Mode, load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.models import Role  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.staff.roles import Actor  # noqa: E402
from tests.ui.kiosk_scenes import book_today, idle, kiosk_scenes  # noqa: E402
from ui.app import application, build_window  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.reception.window import ReceptionWindow  # noqa: E402
from ui.visitor.window import KioskWindow  # noqa: E402

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


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
                    # Exactly the display: a screen that needed more would be cut off here,
                    # as on the real one (tests/ui/test_kiosk_fit.py keeps that from happening).
                    window.setFixedSize(w, h)
                    window.show()
                    idle(context)
                    names = (kiosk_shots(window, context) if isinstance(window, KioskWindow)
                             else iter(["visitors"]))
                    for name in names:
                        idle(context)
                        path = out / f"{mode.value}-{name}-{orientation}-{language}.png"
                        window.grab().save(str(path))
                        print(path)
                close(window, context)


def kiosk_shots(window: KioskWindow, context: AppContext) -> Iterator[str]:
    """Every kiosk screen (the scenes the fit test measures), then the accessibility looks."""
    yield from kiosk_scenes(window, context)
    window._toggle_high_contrast()
    yield "welcome-high-contrast"
    window._toggle_high_contrast()
    window._toggle_larger_text()
    yield "welcome-larger-text"
    window.start_walk_in()
    window._privacy_accepted()
    yield "phone-larger-text"
    window._show(window.screens.purpose)
    yield "purpose-larger-text"
    window.go_welcome()


def close(window: QMainWindow, context: AppContext) -> None:
    window.close()
    context.close()
    window.deleteLater()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
