"""Bookings on a device that has kept a million of them: conflicts, free rooms, day grids.

    .venv/bin/python bench/bookings.py [--runs N] [--rebuild] [--smoke]

A real device database (SQLite file, WAL, ``synchronous=FULL``, opened and migrated by
``Operations.open``) holding 1,000,000 past booking occurrences over the catalogue's 51
bookable rooms before "now" (Monday 2026-11-23 08:30 WIB), plus the current week at 400
bookings a weekday (180 on Saturday, 40 on Sunday), the next three weeks booked more lightly,
two closures, and ``ANALYZE``d statistics.

The past is every room filled from opening to closing on weekdays (lighter at weekends, closed
on holidays), one slot in ten cancelled and booked again: about 450 rows a weekday, so a
million reach back 7.6 years. Four years would need about 840 a weekday, more than the rooms
hold without overlapping; the row count and the per-room density are what the indexes see.

The database is built once and kept in ``build/bench-bookings-1m.sqlite3`` (``--rebuild``, or
a new migration, builds it again); each run works on a copy. Timed warm, p50 / p95 / max over
``--runs`` runs after 10 warm-up runs, random rooms and times of the current week from now on:

- the conflict check ``room_conflicts`` (goal <= 1 ms) and the whole ``ops.bookings.plan`` of a
  one-off booking (validation, conflicts, closures, holiday, opening hours);
- ``ops.bookings.free_rooms`` over every room (goal <= 20 ms) when something is free, and on
  its own when nothing fits and the nearest free times are searched;
- ``ops.bookings.day_grid`` of one floor (goal <= 50 ms);
- the building's daily schedule (read + floor grid + lobby list PDFs) on this database;
  ``bench/schedules.py`` measures the 100-room, 400-booking case.

``EXPLAIN QUERY PLAN`` of every statement each read issues is printed.

``--smoke`` builds a small database in a temporary folder (2,000 past occurrences, a quarter of
the current weeks' bookings), leaves the cache alone and times each read once.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, func, select

from bench._smoke import add_smoke_flag
from kiosk.bookings.agenda import RoomSummary
from kiosk.bookings.booking import BookingRequest
from kiosk.bookings.free_rooms import FreeRoomQuery
from kiosk.bookings.rules import holiday_on, room_conflicts
from kiosk.building import catalogue
from kiosk.config import load_settings
from kiosk.db.engine import current_revision, head_revision
from kiosk.models import Booking, BookingStatus, ClosureScope, Organization, OrganizationKind
from kiosk.operations import Operations
from kiosk.schedules.day import ScheduleDay, schedule_day
from kiosk.schedules.floor import render_floor
from kiosk.schedules.lobby import render_lobby
from kiosk.visits.names import name_key

ROOT = Path(__file__).resolve().parent.parent
ZONE = ZoneInfo("Asia/Jakarta")
#: "Now": Monday 2026-11-23, 08:30 in the building (as in tests/conftest.py).
NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
MONDAY = date(2026, 11, 23)
WEEK = [MONDAY + timedelta(days=i) for i in range(7)]
HISTORY = 1_000_000
#: Bookings a day in the current week (Monday..Sunday), then in each following week.
CURRENT_WEEK = (400, 400, 400, 400, 400, 180, 40)
FOLLOWING_WEEKS = (0.6, 0.35, 0.2)
#: Random searches drawn to pick the ones that find a room at once, and the ones that do not.
SEARCHES = 400
CACHE = ROOT / "build" / "bench-bookings-1m.sqlite3"
OPENING, CLOSING = 7 * 60, 21 * 60  # minutes after local midnight (the settings' defaults)
#: Timed runs of each read are preceded by this many untimed ones (statement caches, pages).
WARM_UP = 10


@dataclass(frozen=True)
class Size:
    """How big the database is and how many times each read is timed."""

    history: int = HISTORY
    #: Share of CURRENT_WEEK (and of the following weeks) that is booked.
    week_share: float = 1.0
    searches: int = SEARCHES
    runs: int = 300
    #: Runs of the slow reads (the building's day, the approvals list, the PDFs).
    slow_runs: int = 20
    #: Whether to say if each goal is met (not in the smoke run: its figures mean nothing).
    verdicts: bool = True


SMOKE = Size(history=2_000, week_share=0.25, searches=40, runs=1, slow_runs=1, verdicts=False)

#: Lengths (minutes) a booking of each room kind takes, short ones more often.
LENGTHS = {
    "consultation": (30, 30, 45, 60),
    "meeting": (30, 60, 60, 90, 120),
    "training": (60, 90, 120, 180, 240),
    "lab": (60, 120, 120, 180),
    "studio": (60, 60, 90, 120),
    "showroom": (60, 120, 180, 240),
    "hall": (120, 180, 240, 360),
    "coworking": (60, 120, 180),
}
TITLES = ("Pelatihan Digital Marketing UMKM Kuliner", "Klinik Sertifikasi Halal",
          "Rapat Koordinasi Inkubator", "Sesi Foto Produk", "Uji Resep Kue Kering",
          "Konsultasi Kredit Usaha Rakyat", "Kelas Keamanan Pangan (PIRT)",
          "Workshop Desain Kemasan untuk Marketplace", "Pendampingan Pajak UMKM",
          "Temu Bisnis Eksportir Pemula", "Mentoring Startup Batch 7", "Rapat Tenant Bulanan")
CONTACTS = ("Bu Ratna", "Pak Budi", "Mbak Sari", "Mas Dimas", "Bu Endang", "Pak Hendra")


def text_time(moment: datetime) -> str:
    """A UTC instant as SQLite stores it through UTCDateTime: naive ISO text, microseconds."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


# --- building the database ---------------------------------------------------------------


def day_slots(rng: random.Random, day: date, rooms: list[RoomSummary], gaps: tuple[int, ...]
              ) -> list[tuple[RoomSummary, datetime, datetime]]:
    """Every room of one day filled from opening to closing: bookings of its kind's lengths,
    ``gaps`` minutes apart, each held with the room's buffers without overlapping the next."""
    midnight = datetime.combine(day, clock_time(0), tzinfo=ZONE)
    slots = []
    for room in rooms:
        minute = OPENING + rng.choice(gaps)
        lengths = LENGTHS[str(room.kind)]
        while True:
            length = rng.choice(lengths)
            if minute + length > CLOSING:
                break
            start = midnight + timedelta(minutes=minute)
            slots.append((room, start, start + timedelta(minutes=length)))
            hold = room.cleanup_minutes + room.setup_minutes
            minute += length + hold + rng.choice(gaps)
            minute = -(-minute // 15) * 15  # bookings start on the quarter hour
    return slots


def history_rows(rng: random.Random, rooms: list[RoomSummary], organizations: list[str],
                 total: int = HISTORY) -> Iterator[tuple[Any, ...]]:
    """``total`` past occurrences, day by day backwards from the day before the current week:
    every room filled on weekdays (holidays closed, weekends lighter), one in ten slots
    cancelled and booked again, one in fifty rejected."""
    made = 0
    day = MONDAY
    while True:
        day -= timedelta(days=1)
        if holiday_on(day):
            continue
        slots = day_slots(rng, day, rooms, (0, 0, 0, 15))
        if day.weekday() >= 5:
            slots = rng.sample(slots, len(slots) * (2 if day.weekday() == 5 else 1) // 3)
        for room, start, end in slots:
            held_from = text_time(start - timedelta(minutes=room.setup_minutes))
            held_until = text_time(end + timedelta(minutes=room.cleanup_minutes))
            created = text_time(start - timedelta(days=rng.randint(1, 60),
                                                  minutes=rng.randint(0, 600)))
            roll = rng.random()
            statuses = ["confirmed"]
            if roll < 0.10:
                statuses.insert(0, "cancelled")
            elif roll < 0.12:
                statuses.insert(0, "rejected")
            elif roll < 0.125 and room.needs_approval:
                statuses = ["pending"]  # never decided; it still holds the room
            for status in statuses:
                yield (f"{rng.getrandbits(128):032x}", room.id.hex,
                       rng.choice(organizations) if rng.random() < 0.7 else None,
                       rng.choice(TITLES), rng.choice(CONTACTS), "",
                       text_time(start), text_time(end), held_from, held_until,
                       rng.randint(1, room.capacity), status,
                       "tidak ada petugas" if status == "rejected" else "", 0, "resepsionis",
                       created, created)
                made += 1
                if made == total:
                    print(f"  history from {day} to {MONDAY - timedelta(days=1)} "
                          f"({(MONDAY - day).days / 365.25:.1f} years)")
                    return


def insert_history(ops: Operations, rooms: list[RoomSummary], organizations: list[str],
                   total: int = HISTORY) -> None:
    """The past, written like a history import or a migration would: plain INSERTs on the
    driver's connection, no ORM and so no outbox rows (the ORM refuses bulk inserts on synced
    tables, kiosk/db/outbox.py; a device's past is not something to sync again). Values in the
    ORM's own storage formats: 32-hex UUIDs, naive UTC ISO text, enum values, 0/1."""
    rng = random.Random(5)
    raw = ops.database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous=OFF")  # a build step: a crash just means rebuild
        cursor.execute("PRAGMA cache_size=-1000000")
        rows = history_rows(rng, rooms, organizations, total)
        sql = ("INSERT INTO booking (id, room_id, organization_id, title, contact_name, "
               "contact_phone, starts_at, ends_at, blocked_from, blocked_until, attendees, "
               "status, status_reason, detached, created_by, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        while chunk := list(itertools.islice(rows, 100_000)):
            cursor.execute("BEGIN")
            cursor.executemany(sql, chunk)
            cursor.execute("COMMIT")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA cache_size=-2000")
        cursor.close()
    finally:
        raw.close()


def insert_current(ops: Operations, rooms: list[RoomSummary], organizations: list[str],
                   week_share: float = 1.0) -> int:
    """This week and the next three, through the ORM (outbox rows and all), as made at the
    desk: every room's day filled with gaps, then the day's count drawn from it."""
    rng = random.Random(11)
    org_ids = [uuid.UUID(hex=o) for o in organizations]
    count = 0
    with ops.database.unit_of_work() as session:
        for week, share in enumerate((1.0, *FOLLOWING_WEEKS)):
            for weekday, wanted in enumerate(CURRENT_WEEK):
                day = MONDAY + timedelta(days=7 * week + weekday)
                if holiday_on(day):
                    continue
                slots = day_slots(rng, day, rooms, (0, 0, 0, 15))
                wanted = round(wanted * share * week_share)
                for room, start, end in rng.sample(slots, min(len(slots), wanted)):
                    pending = room.needs_approval and rng.random() < 0.3
                    session.add(Booking(
                        id=uuid.uuid4(), room_id=room.id,
                        organization_id=rng.choice(org_ids) if rng.random() < 0.7 else None,
                        title=rng.choice(TITLES), contact_name=rng.choice(CONTACTS),
                        starts_at=start, ends_at=end,
                        blocked_from=start - timedelta(minutes=room.setup_minutes),
                        blocked_until=end + timedelta(minutes=room.cleanup_minutes),
                        attendees=rng.randint(1, room.capacity),
                        status=BookingStatus.PENDING if pending else BookingStatus.CONFIRMED,
                        created_by="resepsionis"))
                    count += 1
    return count


def build(path: Path, size: Size = Size()) -> None:
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        ops = open_operations(Path(tmp))
        try:
            rooms = ops.bookings.rooms()
            with ops.database.unit_of_work() as session:
                organizations = []
                for index in range(150):
                    kind = (OrganizationKind.TENANT, OrganizationKind.PARTNER,
                            OrganizationKind.AGENCY)[index % 3]
                    name = f"{('UMKM', 'Mitra', 'Dinas')[index % 3]} Serpong {index:03d}"
                    organization = Organization(id=uuid.uuid4(), name=name,
                                                name_key=name_key(name), kind=kind)
                    session.add(organization)
                    organizations.append(organization.id.hex)
            start = time.perf_counter()
            insert_history(ops, rooms, organizations, size.history)
            print(f"  {size.history:,} past occurrences inserted in "
                  f"{time.perf_counter() - start:.1f} s")
            start = time.perf_counter()
            count = insert_current(ops, rooms, organizations, size.week_share)
            print(f"  {count:,} bookings of this week and the next three (ORM, outbox) in "
                  f"{time.perf_counter() - start:.1f} s")
            lab = next(r for r in rooms if r.code == "3.02")
            ops.bookings.close(ClosureScope.ROOM, datetime(2026, 11, 25, 7, tzinfo=ZONE),
                               datetime(2026, 11, 25, 21, tzinfo=ZONE), "Kalibrasi oven",
                               ops.command_line, room_id=lab.id)
            ops.bookings.close(ClosureScope.FLOOR, datetime(2026, 11, 27, 7, tzinfo=ZONE),
                               datetime(2026, 11, 27, 12, tzinfo=ZONE), "Pengecatan koridor",
                               ops.command_line, floor_number=6)
            start = time.perf_counter()
            raw = ops.database.engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("ANALYZE")
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cursor.close()
            finally:
                raw.close()
            print(f"  ANALYZE in {time.perf_counter() - start:.1f} s")
        finally:
            ops.close()
        shutil.move(Path(tmp) / "data" / "kiosk.sqlite3", path)


def open_operations(folder: Path) -> Operations:
    config = folder / "config.toml"
    config.write_text('data_dir = "data"\ndevice_name = "bench"\n', encoding="utf-8")
    return Operations.open(load_settings(config, environ={}), clock=lambda: NOW)


def cache_is_current() -> bool:
    if not CACHE.exists():
        return False
    from kiosk.db.engine import create_device_engine

    engine = create_device_engine(CACHE)
    try:
        return current_revision(engine) == head_revision()
    finally:
        engine.dispose()


# --- measuring ---------------------------------------------------------------------------


def measure(label: str, runs: int, action: Callable[[int], object], goal: float | None = None
            ) -> tuple[float, float, float]:
    for i in range(min(WARM_UP, runs)):  # statement caches, SQLite's page cache
        action(-i - 1)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - start)
    ordered = sorted(samples)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000
    worst = ordered[-1] * 1000
    verdict = ""
    if goal is not None:
        verdict = f"  goal <= {goal:g} ms: {'met' if p95 <= goal else 'NOT met'}"
    print(f"{label:44} p50 {p50:7.2f}  p95 {p95:7.2f}  max {worst:7.2f} ms  (n={runs}){verdict}")
    return p50, p95, worst


class Statements:
    """The SQL statements (and their parameters) an action sends, to EXPLAIN them."""

    def __init__(self, ops: Operations) -> None:
        self.engine = ops.database.engine
        self.seen: list[tuple[str, Any]] = []

    def _record(self, conn: Any, cursor: Any, statement: str, parameters: Any,
                context: Any, executemany: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.seen.append((statement, parameters))

    def explain(self, title: str, action: Callable[[], object]) -> None:
        self.seen = []
        event.listen(self.engine, "before_cursor_execute", self._record)
        try:
            action()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._record)
        print(f"\n{title}: {len(self.seen)} SELECT(s)")
        raw = self.engine.raw_connection()
        try:
            for statement, parameters in self.seen:
                print("  " + " ".join(statement.split())[:150] + " …")
                cursor = raw.cursor()
                cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
                for row in cursor.fetchall():
                    print(f"      {row[3]}")
                cursor.close()
        finally:
            raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    add_smoke_flag(parser)
    arguments = parser.parse_args()
    if arguments.smoke:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "data").mkdir()
            build(Path(tmp) / "data" / "kiosk.sqlite3", SMOKE)
            ops = open_operations(Path(tmp))
            try:
                run(ops, SMOKE)
            finally:
                ops.close()
        return
    size = Size(runs=max(200, arguments.runs))
    CACHE.parent.mkdir(exist_ok=True)
    if arguments.rebuild or not cache_is_current():
        print(f"building {CACHE.relative_to(ROOT)} (once; later runs reuse it):")
        start = time.perf_counter()
        build(CACHE, size)
        print(f"  built in {time.perf_counter() - start:.1f} s, "
              f"{CACHE.stat().st_size / 2**20:.0f} MiB")
    else:
        print(f"reusing {CACHE.relative_to(ROOT)} ({CACHE.stat().st_size / 2**20:.0f} MiB; "
              "--rebuild to build it again)")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "data").mkdir()
        shutil.copyfile(CACHE, Path(tmp) / "data" / "kiosk.sqlite3")
        start = time.perf_counter()
        ops = open_operations(Path(tmp))
        print(f"Operations.open (quick_check, migrations, catalogue): "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        try:
            run(ops, size)
        finally:
            ops.close()


def run(ops: Operations, size: Size) -> None:
    runs = size.runs
    database = ops.database
    week_from = datetime.combine(MONDAY, clock_time(0), tzinfo=ZONE)
    with database.reading() as session:
        counts = dict(session.execute(
            select(Booking.status, func.count()).group_by(Booking.status)).all())
        total = sum(counts.values())
        this_week = session.scalar(select(func.count()).where(
            Booking.starts_at >= week_from, Booking.starts_at < week_from + timedelta(days=7)))
    rooms = ops.bookings.rooms()
    floors = sorted({r.floor_number for r in rooms})
    organizations = [o.id for o in ops.bookings.organizations()]
    print(f"{total:,} bookings ({', '.join(f'{k} {v:,}' for k, v in sorted(counts.items()))}); "
          f"{this_week:,} this week; {len(rooms)} bookable rooms on {len(floors)} floors\n")
    rng = random.Random(1)

    def moment(i: int) -> tuple[RoomSummary, datetime, datetime]:
        """A room and a time of the current week (the same for run i whatever the action)."""
        r = random.Random(i)
        room = r.choice(rooms)
        start = NOW - timedelta(days=1)
        while start < NOW:  # past starts are conflicts on their own: ask for the future
            start = datetime.combine(r.choice(WEEK[:6]), clock_time(7), tzinfo=ZONE) + timedelta(
                minutes=15 * r.randrange(0, 13 * 4))
        day = start.date()
        length = timedelta(minutes=r.choice(LENGTHS[str(room.kind)]))
        return room, start, min(start + length,
                                datetime.combine(day, clock_time(21), tzinfo=ZONE))

    # 1. conflicts
    found = []
    with database.reading() as session:
        def conflicts(i: int) -> None:
            room, start, end = moment(i)
            found.append(len(room_conflicts(
                session, room.id, start - timedelta(minutes=room.setup_minutes),
                end + timedelta(minutes=room.cleanup_minutes))))

        measure("room_conflicts (one reading session)", runs, conflicts,
                goal=1 if size.verdicts else None)
    print(f"{'':44} {sum(1 for f in found if f) / len(found):.0%} of the asked times conflict")

    def plan(i: int) -> None:
        room, start, end = moment(i)
        ops.bookings.plan(BookingRequest(
            room_id=room.id, title="Rapat Evaluasi Program", starts_at=start, ends_at=end,
            attendees=min(room.capacity, 6), organization_id=random.Random(i).choice(organizations),
            contact_name="Bu Ratna"))

    measure("ops.bookings.plan, one-off booking", runs, plan)

    # 2. free rooms
    def query(i: int, attendees: tuple[int, ...]) -> FreeRoomQuery:
        r = random.Random(i)
        return FreeRoomQuery(day=r.choice(WEEK[1:6]), start=clock_time(r.randrange(7, 19),
                                                                        r.choice((0, 30))),
                             duration=timedelta(minutes=r.choice((60, 90, 120))),
                             attendees=r.choice(attendees), preferred_floor=r.choice(floors))

    everyday = (1, 2, 4, 6, 8, 10, 12, 20, 30)
    searches = range(size.searches)
    fitting = [i for i in searches if ops.bookings.free_rooms(query(i, everyday)).offers]
    short = [i for i in searches if not ops.bookings.free_rooms(query(i, (250, 300))).offers]
    print(f"{'':44} ({len(fitting) / size.searches:.0%} of everyday searches find a room at "
          f"once; {len(short) / size.searches:.0%} of hall searches find nothing)")
    # A small database (--smoke) may have no search of one kind: the other kind stands in.
    fitting, short = fitting or short, short or fitting
    measure("free_rooms, something free", runs,
            lambda i: ops.bookings.free_rooms(query(fitting[i % len(fitting)], everyday)),
            goal=20 if size.verdicts else None)
    measure("free_rooms, nothing fits -> nearest times", runs,
            lambda i: ops.bookings.free_rooms(query(short[i % len(short)], (250, 300))))
    nothing = FreeRoomQuery(day=WEEK[1], start=clock_time(7), duration=timedelta(hours=14),
                            attendees=300)
    alternatives = ops.bookings.free_rooms(nothing).alternatives
    days = (alternatives[-1].starts_at.date() - WEEK[1]).days + 1 if alternatives else 8
    measure(f"free_rooms, whole day in a hall ({days} days searched)", runs,
            lambda i: ops.bookings.free_rooms(nothing))

    # 3. a floor's day
    measure("ops.bookings.day_grid, one floor", runs,
            lambda i: ops.bookings.day_grid(rng.choice(floors), rng.choice(WEEK[:5])),
            goal=50 if size.verdicts else None)

    # the other reads of the reception console, for information (the slow ones fewer times)
    measure("  ops.bookings.room_week, one room", runs,
            lambda i: ops.bookings.room_week(rng.choice(rooms).id, rng.choice(WEEK)))
    measure("  ops.bookings.building_day", size.slow_runs,
            lambda i: ops.bookings.building_day(rng.choice(WEEK[:5])))
    measure("  ops.bookings.pending (approvals list)", size.slow_runs,
            lambda i: ops.bookings.pending())

    # 4. the building's daily schedule (PDF) on this database
    measure_schedule(ops, size)

    # query plans
    statements = Statements(ops)
    room, start, end = moment(3)
    with database.reading() as session:
        statements.explain("room_conflicts", lambda: room_conflicts(session, room.id, start, end))
    statements.explain("free_rooms (something free)",
                       lambda: ops.bookings.free_rooms(query(fitting[0], everyday)))
    statements.explain("day_grid", lambda: ops.bookings.day_grid(2, WEEK[1]))
    statements.explain("pending", ops.bookings.pending)



def measure_schedule(ops: Operations, size: Size) -> None:
    """The building's daily schedule: the day's read, then the floor grid and lobby PDFs."""
    building = catalogue.read_catalogue().building_name

    def read() -> ScheduleDay:
        with ops.database.reading() as session:
            return schedule_day(session, WEEK[1], ZONE, building_name=building)

    day = read()
    print(f"\ndaily schedule of {WEEK[1]}: {len(day.rooms)} rooms, "
          f"{sum(len(r.bookings) for r in day.rooms)} bookings")
    measure("  read the day (schedule_day)", size.runs, lambda i: read())
    measure("  read + floor grid + lobby list PDFs", size.slow_runs,
            lambda i: (render_floor(d := read()), render_lobby(d)))


if __name__ == "__main__":
    main()
