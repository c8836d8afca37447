"""Render the reception's room-booking screens in Bahasa Indonesia: the booking form with a
conflicting weekly series (before and after resolving), an existing booking waiting for
approval, the bookings list, the approvals and the free-room finder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_bookings.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.bookings.booking import BookingRequest  # noqa: E402
from kiosk.bookings.recurrence import Frequency, Recurrence  # noqa: E402
from kiosk.bookings.rules import BookingConflictError  # noqa: E402
from kiosk.building.catalogue import room_id  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from tests.conftest import staff  # noqa: E402
from tests.ui.kiosk_scenes import idle, on_worker, settle  # noqa: E402
from ui.app import application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.reception.booking.dialog import BookingDialog  # noqa: E402
from ui.reception.booking.panel import BookingsPanel  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from ui.widgets import is_indonesian  # noqa: E402

#: Monday 23 November 2026, 08:30 WIB: the same morning as the tests.
NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
ZONE = ZoneInfo("Asia/Jakarta")  # the settings' default, as the seeded config uses


def wib(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE).astimezone(UTC)


def seed(ops: Operations) -> None:
    """A conflict for the weekly series, and bookings waiting for approval."""
    organizations = ops.bookings.organizations()
    tenant = organizations[0].id if organizations else None
    monday = date(2026, 11, 23)
    thursday = monday + timedelta(days=3)
    bookings = [
        BookingRequest(room_id("4.02"), "Rapat Tahunan Koperasi", wib(thursday + timedelta(7), 9),
                       wib(thursday + timedelta(7), 11), 40, tenant),
        BookingRequest(room_id("10.01"), "Pameran Produk Unggulan Tangsel",
                       wib(monday + timedelta(4), 13), wib(monday + timedelta(4), 20), 250,
                       tenant, "Dewi Lestari", "0812-7788-9900"),
        BookingRequest(room_id("3.01"), "Kelas Uji Resep Kopi", wib(monday + timedelta(1), 9),
                       wib(monday + timedelta(1), 12), 15, None, "Andi", "0813-1122-3344",
                       Recurrence(Frequency.WEEKLY, count=4)),
        BookingRequest(room_id("10.02"), "Festival Kuliner Tangsel",
                       wib(monday + timedelta(4), 8), wib(monday + timedelta(4), 20), 280,
                       tenant),
        BookingRequest(room_id("1.03"), "Bazar Batik Nusantara", wib(monday + timedelta(9), 9),
                       wib(monday + timedelta(9), 17), 40, tenant),
    ]
    for request in bookings:
        try:
            ops.bookings.book(request, staff("Rina"))
        except BookingConflictError:
            print("already taken by the demo:", request.title)


def shoot(widget: QWidget, context: AppContext, out: Path, name: str) -> None:
    idle(context)
    widget.repaint()
    language = "id" if is_indonesian() else "en"
    path = out / f"reception-booking-{name}-{language}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def series_dialog(context: AppContext, out: Path) -> None:
    dialog = BookingDialog(context)
    dialog.resize(1240, 780)
    dialog.show()
    idle(context)
    dialog.form.title_edit.setText("Kelas Ekspor untuk UMKM Kuliner")
    combo = dialog.form.organization_combo
    if combo.count() > 1:
        combo.setCurrentIndex(1)
    dialog.form.contact_name_edit.setText("Ratna Sari")
    dialog.form.contact_phone_edit.setText("0812-3456-7890")
    room = next(i for i in range(dialog.form.room_combo.count())
                if dialog.form.room_combo.itemText(i).startswith("4.02 · "))
    dialog.form.room_combo.setCurrentIndex(room)
    dialog.form.attendees_spin.setValue(35)
    dialog.form.date_edit.setDate(QDate(2026, 11, 26))
    dialog.form.start_edit.setTime(QTime(10, 0))
    dialog.form.end_edit.setTime(QTime(12, 0))
    dialog.form.repeat.combo.setCurrentIndex(dialog.form.repeat.combo.findData(Frequency.WEEKLY))
    dialog.form.repeat.count_spin.setValue(5)
    dialog.check()
    idle(context)
    shoot(dialog, context, out, "new-series-conflicts")
    blocked = [row for row in dialog.dates.rows if row.occurrence.blocked]
    for row in blocked:
        if row.occurrence.conflicts[0].kind.value == "holiday" and row.skip_button:
            row.skip_button.click()
        elif row.move_button is not None:
            row.move_button.click()
            row.move_start.setTime(QTime(13, 0))
            row.move_end.setTime(QTime(15, 0))
    settle(400)
    idle(context)
    shoot(dialog, context, out, "new-series-resolved")
    dialog.close()
    dialog.deleteLater()


def edit_dialog(context: AppContext, out: Path) -> None:
    pending = on_worker(context, lambda ops: ops.bookings.pending())
    series = next(b for b in pending if b.repeating)
    dialog = BookingDialog(context, booking_id=series.id)
    dialog.resize(1240, 780)
    dialog.show()
    idle(context)
    dialog.action_bar.reject_button.click()
    shoot(dialog, context, out, "edit-pending")
    dialog.close()
    dialog.deleteLater()


def panel_shots(context: AppContext, out: Path) -> None:
    panel = BookingsPanel(context)
    panel.resize(1280, 800)
    panel.show()
    idle(context)
    shoot(panel, context, out, "list")
    panel.tabs.setCurrentWidget(panel.approvals_page)
    panel.pending_table.selectRow(0)
    shoot(panel, context, out, "approvals")
    finder = panel.finder
    panel.tabs.setCurrentWidget(finder)
    finder.date_edit.setDate(QDate(2026, 11, 24))
    finder.start_edit.setTime(QTime(9, 0))
    finder.people_spin.setValue(30)
    finder.amenity_boxes["projector"].setChecked(True)
    finder.floor_combo.setCurrentIndex(finder.floor_combo.findData(4))
    finder.search()
    shoot(panel, context, out, "free-rooms")
    finder.date_edit.setDate(QDate(2026, 11, 27))
    finder.start_edit.setTime(QTime(14, 0))
    finder.people_spin.setValue(250)
    finder.amenity_boxes["projector"].setChecked(False)
    finder.floor_combo.setCurrentIndex(0)
    finder.kind_combo.setCurrentIndex(finder.kind_combo.findData("hall"))
    finder.search()
    shoot(panel, context, out, "free-rooms-nearest")
    panel.close()
    panel.deleteLater()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\ndevice_name = "resepsionis-1"\n'
                          'language = "id"\nmode = "reception"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        print(seed_demo(settings, days=1, now=NOW))
        translations = Translations(app)
        translations.install("id")
        apply_theme(app)
        context = AppContext(settings, translations,
                             open_operations=lambda s: Operations.open(s, clock=lambda: NOW))
        context.sign_in(staff("Rina"))
        on_worker(context, seed)
        for language in ("id", "en"):
            translations.install(language)
            series_dialog(context, out)
            edit_dialog(context, out)
            panel_shots(context, out)
        context.close()


if __name__ == "__main__":
    main()
