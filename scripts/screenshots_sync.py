"""Screenshots of reception's sync indicator and notices, in Indonesian and English, against
a throwaway central database (KIOSK_TEST_POSTGRES_URL, as for the tests).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_sync.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.bookings.booking import BookingRequest  # noqa: E402
from kiosk.central.admin import init_central  # noqa: E402
from tests.conftest import staff  # noqa: E402
from tests.kiosk.sync.conftest import open_desk  # noqa: E402
from tests.kiosk.sync.test_sync import ROOM, TEN  # noqa: E402
from tests.postgres import create_throwaway, drop_throwaway  # noqa: E402
from tests.ui.test_sync_indicator import reception_with_central  # noqa: E402
from ui.reception.sync_indicator import NoticesDialog  # noqa: E402
from ui.reception.window import ReceptionWindow  # noqa: E402


def settle(app: QApplication, until: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "screenshots"
    central = create_throwaway("kiosk_shots")
    try:
        init_central(central)
        folder = Path(tempfile.mkdtemp())
        other = open_desk(folder / "other", "reception-2", central)
        other.ops.bookings.book(BookingRequest(
            room_id=ROOM, title="Pelatihan Ekspor", starts_at=TEN,
            ends_at=TEN + timedelta(hours=2), attendees=10), actor=staff("reception-2"))
        other.round()
        context = reception_with_central(app, folder / "desk",
                                         central.url.render_as_string(hide_password=False))
        assert context.sync is not None
        window = ReceptionWindow(context)
        window.resize(1280, 800)
        window.show()
        booked: list[object] = []
        context.run(lambda ops: ops.bookings.book(BookingRequest(
            room_id=ROOM, title="Rapat Koperasi", starts_at=TEN,
            ends_at=TEN + timedelta(hours=1), attendees=5), actor=staff("reception-1")),
            booked.append)
        settle(app, lambda: booked)
        context.sync.start()
        indicator = window.sync_indicator
        assert indicator is not None
        settle(app, lambda: indicator.notices_button.isVisible())
        notices: list[object] = []
        context.run(lambda ops: ops.unseen_notices(), notices.append)
        settle(app, lambda: notices)
        for language in ("id", "en"):
            context.translations.install(language)
            app.processEvents()
            window.grab().save(str(out / f"reception-sync-{language}.png"))
            dialog = NoticesDialog(notices[0], window)  # type: ignore[arg-type]
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"reception-sync-notices-{language}.png"))
            dialog.close()
        context.close()
        other.ops.close()
    finally:
        drop_throwaway(central)

if __name__ == "__main__":
    main()
