"""Render the reception calendar (a floor's day grid, a room's week, the building overview) in
Bahasa Indonesia and English, at the receptionist's 1280×800 desk size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_reception.py [OUT_DIR]

A throwaway data directory gets the demo's bookings for a fixed Monday, plus a day of our own
on floor 3 (confirmed, pending and a closure), so the pictures are the same on every run.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.bookings.booking import BookingRequest  # noqa: E402
from kiosk.building.catalogue import room_id  # noqa: E402
from kiosk.config import Settings, load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.errors import KioskError  # noqa: E402
from kiosk.models import ClosureScope  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.staff.roles import Actor  # noqa: E402
from scripts.screenshots import close, idle  # noqa: E402
from tests.conftest import staff  # noqa: E402
from ui.app import application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.reception.window import ReceptionWindow  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

#: Monday 23 November 2026, 10:40 WIB: "now" in every picture.
NOW = datetime(2026, 11, 23, 3, 40, tzinfo=UTC)
DAY = date(2026, 11, 23)
FLOOR = 3
WEEK_ROOM = "3.03"
#: When the desk booked our day on floor 3: the Friday before, so the morning's bookings are
#: not refused as starting in the past.
BOOKED_AT = NOW - timedelta(days=3)


#: Who works at the desk in the screenshots.
DESK = staff("Rina")

def seed(config: Path) -> None:
    settings = load_settings(config, environ={})
    print(seed_demo(settings, days=7, now=NOW))
    ops = Operations.open(settings, clock=lambda: BOOKED_AT)
    try:
        organizations = {o.name: o.id for o in ops.bookings.organizations()}
        names = sorted(organizations)

        def at(hour: int, minute: int = 0) -> datetime:
            return datetime.combine(DAY, time(hour, minute), tzinfo=settings.zone)

        ours = [
            ("3.05", "Uji Coba Resep Keripik Tempe", at(14), at(16), 12),
            ("3.01", "Praktik Pengemasan Vakum", at(13, 30), at(16, 30), 16),
            ("3.02", "Uji Laboratorium Sambal Botolan", at(13, 30), at(16), 8),
            ("3.03", "Kelas Roti dan Kue Kering", at(10), at(13), 14),
            ("3.03", "Pelatihan Desain Kemasan", at(14, 30), at(17), 15),
            ("3.04", "Konsultasi Label Gizi", at(9), at(10, 30), 4),
        ]
        for number, (code, title, starts, ends, attendees) in enumerate(ours):
            request = BookingRequest(
                room_id=room_id(code), title=title, starts_at=starts, ends_at=ends,
                attendees=attendees, organization_id=organizations[names[number % len(names)]]
                if names else None, contact_name="Resepsionis")
            try:
                booked = ops.bookings.book(request, actor=staff("screenshots"))
                print(f"{code} {title}: {booked.status}")
            except KioskError as error:
                print(f"{code} {title}: not booked ({error})")
        ops.bookings.close(ClosureScope.ROOM, at(16), at(21), "Perawatan mesin pengering", staff(),
                           room_id=room_id("3.04"))
    finally:
        ops.close()


def open_reception(settings: Settings, language: str, actor: Actor | None = DESK
                   ) -> tuple[ReceptionWindow, AppContext]:
    """The console in ``language`` at the desk's 1280×800, shown, its clock at :data:`NOW`,
    with ``actor`` signed in (None: the sign-in page)."""
    app = application()
    translations = Translations(app)
    translations.install(language)
    apply_theme(app)
    context = AppContext(settings, translations,
                         open_operations=lambda s: Operations.open(s, clock=lambda: NOW))
    if actor is not None:
        context.sign_in(actor)
    window = ReceptionWindow(context)
    window.resize(1280, 800)
    window.show()
    return window, context


def shoot(settings: Settings, language: str, out: Path) -> None:
    window, context = open_reception(settings, language)
    idle(context)
    window.calendar.set_floor(FLOOR)
    window.week.set_room(room_id(WEEK_ROOM))
    idle(context)
    shots = [("day", window.calendar), ("week", window.week), ("overview", window.overview)]
    for name, page in shots:
        window.tabs.setCurrentWidget(page)
        idle(context)
        path = out / f"reception-calendar-{name}-{language}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    close(window, context)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        seed(config)
        for language in ("id", "en"):
            shoot(load_settings(config, environ={"KIOSK_LANGUAGE": language}), language, out)


if __name__ == "__main__":
    main()
