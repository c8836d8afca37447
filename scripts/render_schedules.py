"""Render each kind of daily schedule to PNG under docs/schedules/, to look at them.

    .venv/bin/python scripts/render_schedules.py

Builds a realistic Monday (2026-11-30) in a throwaway device database: training, clinics,
studio slots, a hall event, a pending booking, a 15-minute slot, a Chinese title and an Arabic
organisation. Only the first page of each PDF becomes a PNG (pdftoppm, 60 dpi; the A3 grid
and the door sheet at a higher resolution to stay legible). The PNGs are committed as the
documentation of each layout.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.building import catalogue  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.db.unit_of_work import Database  # noqa: E402
from kiosk.models import Booking, BookingStatus, Organization, OrganizationKind  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.schedules.day import schedule_day  # noqa: E402
from kiosk.schedules.render import ScheduleKind, render_schedule  # noqa: E402
from kiosk.visits.names import name_key  # noqa: E402

DAY = date(2026, 11, 30)
JAKARTA = ZoneInfo("Asia/Jakarta")

ORGANIZATIONS = {
    "dinas": ("Dinas Koperasi dan UKM Kota Tangerang Selatan", OrganizationKind.AGENCY),
    "keripik": ("Keripik Tempe Bu Sri", OrganizationKind.TENANT),
    "kopi": ("Kopi Situ Gintung", OrganizationKind.TENANT),
    "bank": ("Bank BJB Cabang Serpong", OrganizationKind.PARTNER),
    "batik": ("Batik Tulis Ciputat Lestari Sejahtera Abadi", OrganizationKind.TENANT),
    "china": ("北京科技有限公司", OrganizationKind.PARTNER),
    "arab": ("مؤسسة النور للتجارة", OrganizationKind.PARTNER),
    "unpam": ("Universitas Pamulang", OrganizationKind.PARTNER),
    "halal": ("LPPOM MUI Banten", OrganizationKind.PARTNER),
}

# room, start, end, title, organisation key, contact, attendees, pending
BOOKINGS: list[tuple[str, str, str, str, str | None, str, int, bool]] = [
    ("3.01", "08:00", "11:30", "Pelatihan Pengolahan Keripik Singkong Angkatan 3", "dinas",
     "Bu Ratna", 25, False),
    ("3.01", "13:00", "16:00", "Praktik Pengemasan Vakum", "keripik", "Sri Wahyuni", 12, False),
    ("3.02", "09:00", "10:00", "Uji Kadar Air Sampel Kopi", "kopi", "Budi", 3, False),
    ("3.02", "10:00", "10:15", "Kalibrasi Timbangan", None, "Teknisi Lab", 1, False),
    ("3.02", "10:30", "12:00", "食品安全检测合作会议", "china", "王小明", 6, False),
    ("3.02", "14:00", "17:30", "Pendampingan Sertifikasi Halal untuk Produk Olahan Daging",
     "halal", "Pak Ahmad", 15, True),
    ("3.03", "07:30", "09:00", "Desain Label Kemasan", "batik", "Dewi", 4, False),
    ("3.03", "09:30", "10:00", "Konsultasi Singkat", "keripik", "Sri", 2, True),
    ("3.03", "13:00", "15:00", "Workshop Foto Kemasan dan Desain Label untuk Marketplace",
     "unpam", "Dr. Hendra", 20, False),
    ("3.04", "08:00", "12:00", "Uji Resep Kue Kering Lebaran", "kopi", "Andi", 8, False),
    ("3.04", "11:00", "12:30", "Uji Resep (bentrok sinkronisasi)", "batik", "Rina", 4, True),
    ("3.04", "16:00", "20:30", "Kelas Malam: Dapur Sehat", "dinas", "Bu Ratna", 18, False),
    ("3.05", "09:00", "15:00", "Kelas Keamanan Pangan (PIRT)", "dinas", "Pak Joko", 30, False),
    ("2.04", "09:00", "10:00", "Klinik Sertifikasi Halal", "halal", "Pak Ahmad", 2, False),
    ("2.02", "10:00", "11:00", "Konsultasi Kredit Usaha Rakyat", "bank", "Bu Lina", 2, False),
    ("2.06", "13:00", "14:30", "استشارة التصدير إلى الشرق الأوسط", "arab", "محمد", 3, True),
    ("4.01", "08:00", "16:00", "Pelatihan Digital Marketing UMKM Kuliner", "dinas", "Pak Joko",
     25, False),
    ("5.03", "09:30", "11:00", "Rapat Koordinasi Inkubator", "unpam", "Dr. Hendra", 10, False),
    ("7.01", "10:00", "12:00", "Sesi Foto Produk Batik", "batik", "Dewi", 3, False),
    ("10.01", "18:30", "21:00", "Malam Apresiasi UMKM Tangsel 2026", "dinas", "Panitia", 250,
     False),
]


def fill_day(database: Database) -> None:
    with database.unit_of_work() as session:
        organizations = {}
        for key, (name, kind) in ORGANIZATIONS.items():
            organization = Organization(id=uuid.uuid4(), name=name, name_key=name_key(name),
                                        kind=kind)
            session.add(organization)
            organizations[key] = organization.id
        session.flush()  # no relationship tells the flush to insert organisations first
        for code, start, end, title, org, contact, attendees, pending in BOOKINGS:
            starts_at = _at(start)
            ends_at = _at(end)
            session.add(Booking(
                id=uuid.uuid4(), room_id=catalogue.room_id(code),
                organization_id=organizations[org] if org else None, title=title,
                contact_name=contact, starts_at=starts_at, ends_at=ends_at,
                blocked_from=starts_at, blocked_until=ends_at, attendees=attendees,
                status=BookingStatus.PENDING if pending else BookingStatus.CONFIRMED))


def _at(clock: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(clock), JAKARTA).astimezone(UTC)


def main() -> None:
    out = ROOT / "docs" / "schedules"
    out.mkdir(parents=True, exist_ok=True)
    name = catalogue.read_catalogue().building_name
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\ndevice_name = "render-schedules"\n',
                          encoding="utf-8")
        operations = Operations.open(load_settings(config, environ={}))
        try:
            fill_day(operations.database)
            with operations.database.reading() as session:
                building = schedule_day(session, DAY, JAKARTA, building_name=name)
        finally:
            operations.close()
        samples = {
            "lobby": (render_schedule(ScheduleKind.LOBBY, building), "60"),
            "floor-3": (render_schedule(ScheduleKind.FLOOR, building, floor=3), "60"),
            "floor-a3": (render_schedule(ScheduleKind.FLOOR, building, floor=3,
                                           paper="A3"), "50"),
            "door-3.02": (render_schedule(ScheduleKind.ROOM, building, room_code="3.02"), "60"),
            "door-2.01": (render_schedule(ScheduleKind.ROOM, building, room_code="2.01"), "60"),
        }
        for name, (pdf, dpi) in samples.items():
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            target = out / name
            subprocess.run(["pdftoppm", "-png", "-r", dpi, "-f", "1", "-l", "1", "-singlefile",
                            str(path), str(target)], check=True)
            png = out / f"{name}.png"
            print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
