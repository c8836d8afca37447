"""The day's room schedules for the whole building.

    .venv/bin/python bench/schedules.py [--smoke]

A temporary device database with the building's catalogue plus extra rooms up to 100 bookable
rooms on 10 floors, and 400 bookings on one day (every seventh pending, one title in Chinese and
one organisation in Arabic, so the embedded fonts are part of the measure). Timed, p50 over 20
runs after 3 warm-up runs:

- reading the day (``schedule_day``: two SELECTs);
- the floor grid of every floor (A4 landscape) and the lobby list (A4 portrait), each, and
  together with the read (goal: grid + list <= 500 ms);
- the door sheets of all 100 rooms, for information;
- the first run, cold (fonts registered, text caches empty): what ``gic-kiosk schedule`` pays.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from bench._smoke import add_smoke_flag
from kiosk.building import catalogue
from kiosk.config import load_settings
from kiosk.models import (
    Booking,
    BookingStatus,
    Floor,
    Organization,
    OrganizationKind,
    Room,
    RoomKind,
)
from kiosk.operations import Operations
from kiosk.schedules.day import ScheduleDay, schedule_day
from kiosk.schedules.door import render_room_doors
from kiosk.schedules.floor import render_floor
from kiosk.schedules.lobby import render_lobby
from kiosk.visits.names import name_key

ZONE = ZoneInfo("Asia/Jakarta")
DAY = date(2026, 11, 30)
ROOMS = 100
BOOKINGS = 400
RUNS = 20
WARM_UP = 3

TITLES = ("Pelatihan Digital Marketing UMKM Kuliner", "Klinik Sertifikasi Halal",
          "Rapat Koordinasi Inkubator", "Sesi Foto Produk", "Uji Resep Kue Kering",
          "Konsultasi Kredit Usaha Rakyat", "Kelas Keamanan Pangan (PIRT)",
          "Workshop Desain Kemasan untuk Marketplace")
ORGANIZATIONS = ("Dinas Koperasi dan UKM Kota Tangerang Selatan", "Keripik Tempe Bu Sri",
                 "Kopi Situ Gintung", "Batik Tulis Ciputat", "Universitas Pamulang",
                 "Bank BJB Cabang Serpong", "مؤسسة النور")


def fill(operations: Operations, room_count: int = ROOMS, booking_count: int = BOOKINGS) -> None:
    """Extra rooms up to ``room_count`` bookable ones, then ``booking_count`` bookings spread
    over them."""
    with operations.database.unit_of_work() as session:
        floors = {f.number: f.id for f in session.scalars(select(Floor))}
        rooms = [r.id for r in session.scalars(select(Room).where(Room.bookable.is_(True)))]
        extra = 0
        while len(rooms) < room_count:
            extra += 1
            number = extra % 10 + 1
            room = Room(id=uuid.uuid4(), code=f"{number}.{50 + extra}", floor_id=floors[number],
                        name_id=f"Ruang Rapat Tambahan {extra}",
                        name_en=f"Extra Meeting Room {extra}", kind=RoomKind.MEETING,
                        capacity=12)
            session.add(room)
            rooms.append(room.id)
        organizations = []
        for name in ORGANIZATIONS:
            organization = Organization(id=uuid.uuid4(), name=name, name_key=name_key(name),
                                        kind=OrganizationKind.TENANT)
            session.add(organization)
            organizations.append(organization.id)
        session.flush()
        opening = datetime(2026, 11, 30, 7, 0, tzinfo=ZONE).astimezone(UTC)
        for index in range(booking_count):
            slot = index // room_count  # four slots a room: 07:00, 10:30, 14:00, 17:30
            starts_at = opening + timedelta(minutes=210 * slot + 15 * (index % 3))
            ends_at = starts_at + timedelta(minutes=60 + 45 * (index % 4))
            title = "食品安全检测合作会议" if index == 7 else TITLES[index % len(TITLES)]
            session.add(Booking(
                id=uuid.uuid4(), room_id=rooms[index % room_count],
                organization_id=organizations[index % len(organizations)], title=title,
                contact_name="Bu Ratna", starts_at=starts_at, ends_at=ends_at,
                blocked_from=starts_at, blocked_until=ends_at, attendees=5 + index % 20,
                status=BookingStatus.PENDING if index % 7 == 0 else BookingStatus.CONFIRMED))


def timed(action: Callable[[], object], runs: int = RUNS, warm_up: int = WARM_UP) -> list[float]:
    for _ in range(warm_up):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return sorted(samples)


def report(label: str, samples: list[float], goal: str = "") -> None:
    p50 = statistics.median(samples) * 1000
    print(f"{label:44s} p50 {p50:7.1f} ms   max {samples[-1] * 1000:7.1f} ms   {goal}")


def main() -> None:
    parser = argparse.ArgumentParser()
    add_smoke_flag(parser)
    smoke = parser.parse_args().smoke
    # The smoke run: one room more than the catalogue's, a Chinese title still among them.
    room_count, booking_count, runs, warm_up = (
        (52, 60, 1, 1) if smoke else (ROOMS, BOOKINGS, RUNS, WARM_UP))

    def time_it(action: Callable[[], object]) -> list[float]:
        return timed(action, runs, warm_up)

    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\ndevice_name = "bench"\n', encoding="utf-8")
        operations = Operations.open(load_settings(config, environ={}))
        try:
            fill(operations, room_count, booking_count)
            database = operations.database

            def read() -> ScheduleDay:
                with database.reading() as session:
                    return schedule_day(session, DAY, ZONE,
                                        building_name=catalogue.read_catalogue().building_name)

            start = time.perf_counter()
            day = read()
            grid, lobby = render_floor(day), render_lobby(day)
            cold = time.perf_counter() - start
            rooms = len(day.rooms)
            count = sum(len(r.bookings) for r in day.rooms)
            print(f"{rooms} rooms on {len(day.floors)} floors, {count} bookings; grid "
                  f"{len(grid) // 1024} KB, lobby {len(lobby) // 1024} KB")
            print(f"{'first read + grid + lobby (cold: fonts, caches)':44s}     "
                  f"{cold * 1000:7.1f} ms   (the command line's case)")
            report("read the day (2 SELECTs)", time_it(read))
            report("floor grid, all floors (A4 landscape)", time_it(lambda: render_floor(day)))
            report("lobby list (A4 portrait)", time_it(lambda: render_lobby(day)))
            report("read + grid + lobby", time_it(
                lambda: (render_floor(d := read()), render_lobby(d))),
                "" if smoke else "(goal <= 500 ms)")
            report(f"door sheets, {rooms} rooms", time_it(lambda: render_room_doors(day)))
        finally:
            operations.close()


if __name__ == "__main__":
    main()
