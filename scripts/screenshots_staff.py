"""Render the console's people and places: a fresh install's first administrator, the sign-in
with a refusal, the lock of an idle console, the staff accounts with the add form's
mistakes, the activity record, the rooms (a retirement refused, the room form's mistakes),
the invitations, a receptionist told she may not approve, and a desk check-in; in Bahasa
Indonesia and English, at the receptionist's 1280×800 desk size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_staff.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.bookings.booking import BookingRequest  # noqa: E402
from kiosk.building.catalogue import room_id  # noqa: E402
from kiosk.config import Settings, load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from kiosk.models import Purpose, Role  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.organizations.directory import OrganizationFields  # noqa: E402
from kiosk.staff.roles import Actor  # noqa: E402
from kiosk.visits.invitations import InvitationRequest  # noqa: E402
from scripts.screenshots import close, idle  # noqa: E402
from scripts.screenshots_organizations import save  # noqa: E402
from scripts.screenshots_reception import NOW, open_reception  # noqa: E402
from ui.app import application  # noqa: E402

PASSWORD = "kopi-tubruk-pagi"


def people(settings: Settings) -> tuple[Actor, Actor, Actor, str]:
    """The administrator, a manager and a receptionist, some of their work, and a booking
    of the hall waiting for approval (its id)."""
    with Operations.open(settings, clock=lambda: NOW) as ops:
        admin = ops.staff.create_first_admin("ayu", "Ayu Lestari", PASSWORD, "2468")
        for login, name, role in (("budi", "Budi Santoso", Role.MANAGER),
                                  ("siti", "Siti Aminah", Role.RECEPTIONIST),
                                  ("joko", "Joko Susilo", Role.RECEPTIONIST)):
            ops.staff.add(admin, login, name, role, PASSWORD)
        budi = ops.staff.sign_in("budi", PASSWORD).actor
        siti = ops.staff.sign_in("siti", PASSWORD).actor
        assert budi is not None and siti is not None
        joko = ops.staff.find(admin, "joko")
        ops.staff.disable(admin, joko.id)
        ops.organizations.add(OrganizationFields("Sambal Roa Bu Rudy", "tenant", floor="8"),
                              budi)
        start = NOW + timedelta(days=1, hours=4)
        hall = ops.bookings.book(BookingRequest(room_id("10.01"), "Pameran Produk Tenan",
                                                start, start + timedelta(hours=4), 80),
                                 siti).booking_ids[0]
        guests = [("Ratna Sari", "CV Batik Ciputat", 1, 1, "5.02"),
                  ("Delegasi UMKM Kabupaten Lebak", "Dinas Koperasi Kab. Lebak", 12, 2, "4.01"),
                  ("Andi Pratama", "", 1, 3, "3.02"),
                  ("Hendra Gunawan", "Bank BJB", 1, 26, "10.01")]
        for name, organization, people_count, hours, code in guests:
            start = NOW + timedelta(hours=hours)
            invited = ops.create_invitation(InvitationRequest(
                guest_name=name, organization=organization, group_size=people_count,
                purpose=Purpose.MEETING, room_id=room_id(code), expected_from=start,
                expected_until=start + timedelta(hours=2)), siti)
            if name.startswith("Andi"):
                ops.cancel_invitation(invited.invitation_id, siti)
        for _ in range(3):
            ops.staff.sign_in("siti", "salah-ketik")
        return admin, budi, siti, str(hall)


def shoot(settings: Settings, fresh: Settings, language: str, out: Path,
          actors: tuple[Actor, Actor, Actor, str]) -> None:
    admin, _manager, siti, hall = actors
    window, context = open_reception(fresh, language, None)
    idle(context)
    page = window.first_admin_page
    page.name_edit.setText("Ayu Lestari")
    page.login_edit.setText("ayu")
    page.password_edit.setText(PASSWORD)
    page.again_edit.setText(PASSWORD + "!")
    page.submit()
    idle(context)
    save(window.grab(), out / f"reception-first-admin-{language}.png")
    close(window, context)

    window, context = open_reception(settings, language, None)
    idle(context)
    window.sign_in_page.login_edit.setText("siti")
    window.sign_in_page.password_edit.setText("salah-ketik")
    window.sign_in_page.submit()
    idle(context)
    save(window.grab(), out / f"reception-sign-in-refused-{language}.png")
    window.enter(admin)
    idle(context)
    assert window.staff is not None and window.activity is not None
    window.tabs.setCurrentWidget(window.staff)
    idle(context)
    window.staff.table.selectRow(1)
    save(window.grab(), out / f"reception-staff-{language}.png")
    dialog = window.staff.add()
    idle(context)
    dialog.name_edit.setText("Rina")
    dialog.login_edit.setText("siti")
    dialog.password_edit.setText("password123")
    dialog.again_edit.setText("password123")
    dialog.save()
    idle(context)
    QApplication.processEvents()
    save(dialog.grab(), out / f"reception-staff-form-errors-{language}.png")
    dialog.close()
    window.tabs.setCurrentWidget(window.activity)
    idle(context)
    save(window.grab(), out / f"reception-activity-{language}.png")
    assert window.rooms is not None
    window.tabs.setCurrentWidget(window.rooms)
    idle(context)
    rooms = window.rooms
    rooms.table.selectRow(next(r for r in range(rooms.model.rowCount())
                               if rooms.model.index(r, 0).data() == "10.01"))
    rooms.retire_or_bring_back()
    rooms.confirm.confirm_button.click()  # the hall holds a booking: refused, the booking named
    idle(context)
    save(window.grab(), out / f"reception-rooms-retire-refused-{language}.png")
    room_form = rooms.add()
    idle(context)
    room_form.code_edit.setText("4.7")
    room_form.name_id_edit.setText("Ruang Rapat Kenanga")
    room_form.kind_combo.setCurrentIndex(room_form.kind_combo.findData("meeting"))
    room_form.amenity_boxes["tv"].setChecked(True)
    room_form.save()
    idle(context)
    QApplication.processEvents()
    save(room_form.grab(), out / f"reception-room-form-errors-{language}.png")
    room_form.close()
    window.tabs.setCurrentWidget(window.invitations)
    idle(context)
    window.invitations.table.selectRow(0)
    save(window.grab(), out / f"reception-invitations-{language}.png")
    window.lock()
    idle(context)
    save(window.grab(), out / f"reception-locked-{language}.png")
    window.enter(siti)
    idle(context)
    booking = window.open_booking(uuid.UUID(hall))
    idle(context)
    booking.approve()
    idle(context)
    QApplication.processEvents()
    save(booking.grab(), out / f"reception-approve-refused-{language}.png")
    booking.close()
    desk = window.visitors.check_in_at_desk()
    idle(context)
    desk.phone_edit.setText("0813-1111-2222")
    desk.name_edit.setText("Wahyu Hidayat")
    desk.organization_edit.setText("UD Sumber Rejeki")
    desk.purpose_combo.setCurrentIndex(desk.purpose_combo.findData("consultation"))
    desk.destination_combo.setCurrentIndex(3)
    desk.group_spin.setValue(2)
    QApplication.processEvents()
    save(desk.grab(), out / f"reception-desk-check-in-{language}.png")
    desk.submit()
    idle(context)
    QApplication.processEvents()
    save(desk.grab(), out / f"reception-desk-check-in-consent-missing-{language}.png")
    desk.consent_box.setChecked(True)
    desk.submit()
    idle(context)
    QApplication.processEvents()
    save(desk.grab(), out / f"reception-desk-checked-in-{language}.png")
    desk.close()
    close(window, context)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as tmp:
        configs = []
        for name in ("demo", "fresh"):
            folder = Path(tmp) / name
            folder.mkdir()
            config = folder / "config.toml"
            config.write_text('data_dir = "data"\n', encoding="utf-8")
            configs.append(config)
        print(seed_demo(load_settings(configs[0], environ={}), days=1, now=NOW))
        actors = people(load_settings(configs[0], environ={}))
        for language in ("id", "en"):
            environ = {"KIOSK_LANGUAGE": language}
            shoot(load_settings(configs[0], environ=environ),
                  load_settings(configs[1], environ=environ), language, out, actors)


if __name__ == "__main__":
    main()
