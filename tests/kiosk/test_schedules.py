"""The day's room schedules: what is read from the database and what reaches the paper."""

from __future__ import annotations

import io
import logging
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

import main
from kiosk.building import catalogue
from kiosk.db.unit_of_work import Database
from kiosk.models import Booking, BookingStatus, Organization, OrganizationKind
from kiosk.operations import Operations
from kiosk.schedules.day import ScheduleDay, ScheduleInputError, schedule_day
from kiosk.schedules.door import render_room_door
from kiosk.schedules.floor import render_floor
from kiosk.schedules.lobby import NO_BOOKINGS, render_lobby
from kiosk.schedules.render import ScheduleKind, render_schedule
from kiosk.visits.names import name_key

JAKARTA = ZoneInfo("Asia/Jakarta")
DAY = date(2026, 11, 30)  # a Monday
A4_PORTRAIT = (595, 842)
A4_LANDSCAPE = (842, 595)
A3_LANDSCAPE = (1191, 842)
BUILDING_NAME = catalogue.read_catalogue().building_name


def at(clock: str, day: date = DAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), JAKARTA).astimezone(UTC)


def add_organization(session: Session, name: str) -> uuid.UUID:
    organization = Organization(id=uuid.uuid4(), name=name, name_key=name_key(name),
                                kind=OrganizationKind.TENANT)
    session.add(organization)
    session.flush()  # before the bookings that point at it
    return organization.id


def book(session: Session, code: str, start: str, end: str, title: str,
         organization: uuid.UUID | None = None, *, day: date = DAY,
         status: BookingStatus = BookingStatus.CONFIRMED, deleted: bool = False) -> Booking:
    starts_at, ends_at = at(start, day), at(end, day)
    booking = Booking(id=uuid.uuid4(), room_id=catalogue.room_id(code),
                      organization_id=organization, title=title, contact_name="Bu Ratna",
                      starts_at=starts_at, ends_at=ends_at, blocked_from=starts_at,
                      blocked_until=ends_at, attendees=12, status=status)
    if deleted:
        booking.deleted_at = starts_at - timedelta(days=1)
    session.add(booking)
    return booking


def read(database: Database, **filters: object) -> ScheduleDay:
    with database.reading() as session:
        return schedule_day(session, DAY, JAKARTA, **filters,  # type: ignore[arg-type]
                            building_name=BUILDING_NAME)


def text_of(pdf: bytes) -> str:
    """The PDF's text without any whitespace: wrapped lines join up again."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in reader.pages]


@pytest.fixture
def day(ops: Operations) -> Database:
    """Floor 3's Monday: confirmed, pending, a Chinese title, and bookings that must not show."""
    with ops.database.unit_of_work() as session:
        keripik = add_organization(session, "Keripik Tempe Bu Sri")
        dinas = add_organization(session, "Dinas Koperasi dan UKM")
        beijing = add_organization(session, "北京科技有限公司")
        book(session, "3.01", "08:00", "11:00", "Pelatihan Keripik", dinas)
        book(session, "3.02", "09:00", "11:00", "Uji Kadar Air", keripik)
        book(session, "3.02", "13:00", "15:00", "食品安全会议", beijing)
        book(session, "3.03", "14:00", "16:30", "Konsultasi Halal", keripik,
             status=BookingStatus.PENDING)
        book(session, "4.01", "10:00", "12:00", "Kelas Digital", dinas)
        book(session, "3.04", "08:00", "10:00", "Dibatalkan Saja", keripik,
             status=BookingStatus.CANCELLED)
        book(session, "3.04", "10:00", "12:00", "Ditolak Pusat", keripik,
             status=BookingStatus.REJECTED)
        book(session, "3.05", "10:00", "12:00", "Terhapus", keripik, deleted=True)
        book(session, "3.05", "10:00", "12:00", "Besok Saja", keripik, day=DAY + timedelta(1))
        book(session, "3.05", "22:00", "23:59", "Kemarin Malam", keripik,
             day=DAY - timedelta(1))
    return ops.database


SHOWN = ("Pelatihan Keripik", "Uji Kadar Air", "食品安全会议", "Konsultasi Halal",
         "Kelas Digital")
HIDDEN = ("Dibatalkan Saja", "Ditolak Pusat", "Terhapus", "Besok Saja", "Kemarin Malam")
ORGANIZATIONS = ("Keripik Tempe Bu Sri", "Dinas Koperasi dan UKM", "北京科技有限公司")


# --- reading the day ---------------------------------------------------------------------------


def test_the_day_holds_confirmed_and_pending_bookings_in_local_time(day: Database) -> None:
    building = read(day)
    assert [f.number for f in building.floors] == list(range(1, 11))
    titles = {b.title: (room.code, b) for room, b in building.bookings()}
    assert set(titles) == set(SHOWN)
    code, uji = titles["Uji Kadar Air"]
    assert code == "3.02"
    assert uji.organization == "Keripik Tempe Bu Sri"
    assert uji.contact_name == "Bu Ratna"
    assert (uji.starts_at.hour, uji.ends_at.hour) == (9, 11)  # WIB, not UTC
    assert uji.starts_at.utcoffset() == timedelta(hours=7)
    assert titles["Konsultasi Halal"][1].pending
    assert not uji.pending
    # Rooms in the order of their codes, bookable ones only (1.05 is an office).
    assert [r.code for r in building.floors[0].rooms] == ["1.01", "1.02", "1.03", "1.04"]
    assert building.floors[9].rooms[0].code == "10.01"


def test_a_floor_or_a_room_alone(day: Database) -> None:
    floor = read(day, floor=3)
    assert [f.number for f in floor.floors] == [3]
    assert {b.title for _, b in floor.bookings()} == set(SHOWN) - {"Kelas Digital"}
    room = read(day, room_code="3.02")
    assert [r.code for r in room.rooms] == ["3.02"]
    assert [b.title for _, b in room.bookings()] == ["Uji Kadar Air", "食品安全会议"]


@pytest.mark.parametrize(("filters", "message"), [
    ({"floor": 11}, "floor 11 does not exist (floors 1 to 10)"),
    ({"room_code": "9.99"}, "unknown room '9.99'"),
    ({"room_code": "1.05"}, "room 1.05 cannot be booked"),
    ({"floor": 4, "room_code": "3.02"}, "room 3.02 is on floor 3, not floor 4"),
])
def test_an_unknown_floor_or_room_is_refused(day: Database, filters: dict[str, object],
                                             message: str) -> None:
    with pytest.raises(ScheduleInputError, match=re.escape(message)):
        read(day, **filters)


# --- the PDFs ----------------------------------------------------------------------------------


def test_every_kind_shows_every_booking_of_the_day_and_nothing_else(day: Database) -> None:
    building = read(day)
    floor_3 = read(day, floor=3)
    pdfs = {
        "lobby": render_lobby(building),
        "floor": render_floor(building),
        "floor 3": render_floor(floor_3, 3),
        "doors": render_schedule(ScheduleKind.ROOM, floor_3),
    }
    for kind, pdf in pdfs.items():
        text = text_of(pdf)
        expected = SHOWN if kind in ("lobby", "floor") else SHOWN[:-1]
        for title in expected:
            assert squeezed(title) in text, (kind, title)
        for organization in ORGANIZATIONS:
            assert squeezed(organization) in text, (kind, organization)
        for title in HIDDEN:
            assert squeezed(title) not in text, (kind, title)


def test_pending_bookings_are_marked_in_words(day: Database) -> None:
    building = read(day, floor=3)
    assert "menunggupersetujuan/pending" in text_of(render_lobby(building))
    assert "MENUNGGU·PENDING" in text_of(render_floor(building, 3))
    assert "MENUNGGUPERSETUJUAN" in text_of(render_room_door(building, "3.03"))
    assert "MENUNGGU" not in text_of(render_room_door(building, "3.02"))


def test_lobby_list_is_titled_in_both_languages_with_the_date_in_indonesian(
        day: Database) -> None:
    text = text_of(render_lobby(read(day)))
    for words in ("Jadwal Hari Ini", "Today's Schedule", "Senin, 30 November 2026",
                  "Waktu", "Time", "Lantai", "Floor", "Penyelenggara", "Organiser",
                  "Halaman 1 dari 1"):
        assert squeezed(words) in text


def test_every_kind_names_the_building_its_caller_read_the_day_for(day: Database) -> None:
    with day.reading() as session:
        elsewhere = schedule_day(session, DAY, JAKARTA, floor=3,
                                 building_name="Menara Kreatif Bandung")
    for kind in ScheduleKind:
        pdf = render_schedule(kind, elsewhere)
        metadata = PdfReader(io.BytesIO(pdf)).metadata
        assert metadata is not None and metadata.author == "Menara Kreatif Bandung", kind
        text = text_of(pdf).upper()
        assert squeezed(BUILDING_NAME.upper()) not in text, kind
        if kind is not ScheduleKind.FLOOR:  # the grid's heading is the floor's alone
            assert squeezed("MENARA KREATIF BANDUNG") in text, kind


def test_a_door_sheet_without_bookings_says_so(day: Database) -> None:
    text = text_of(render_room_door(read(day, floor=3), "3.05"))
    assert "3.05" in text and squeezed("Kelas Keamanan Pangan") in text
    assert squeezed("Tidak ada pemesanan hari ini") in text
    assert squeezed("No bookings today") in text
    assert squeezed(NO_BOOKINGS.split(" / ")[0]) in text


def test_page_sizes(day: Database) -> None:
    building = read(day)
    assert set(page_sizes(render_lobby(building))) == {A4_PORTRAIT}
    assert set(page_sizes(render_floor(building, 3))) == {A4_LANDSCAPE}
    assert set(page_sizes(render_floor(building, 3, page="A3"))) == {A3_LANDSCAPE}
    assert set(page_sizes(render_room_door(building, "3.02"))) == {A4_PORTRAIT}
    assert len(page_sizes(render_floor(building))) == 10  # a page per floor at least


def test_a_busy_building_renders_every_kind_in_sane_pages(ops: Operations) -> None:
    rooms = [r.code for r in catalogue.read_catalogue().rooms if r.bookable]
    titles = []
    with ops.database.unit_of_work() as session:
        organization = add_organization(session, "Koperasi Maju Bersama")
        for index in range(400):
            code = rooms[index % len(rooms)]
            slot = index // len(rooms)  # eight slots of 90 minutes from 07:00
            start = datetime.combine(DAY, time(7)) + timedelta(minutes=90 * slot)
            titles.append(f"Acara {index:03d}")
            book(session, code, f"{start:%H:%M}", f"{start + timedelta(minutes=80):%H:%M}",
                 titles[-1], organization,
                 status=BookingStatus.PENDING if index % 7 == 0 else BookingStatus.CONFIRMED)
    building = read(ops.database)
    assert sum(len(r.bookings) for r in building.rooms) == 400

    lobby = render_lobby(building)
    lobby_pages = len(page_sizes(lobby))
    assert 10 <= lobby_pages <= 40
    text = text_of(lobby)
    assert all(squeezed(title) in text for title in titles)
    assert f"Halaman{lobby_pages}dari{lobby_pages}" in text

    grid = render_schedule(ScheduleKind.FLOOR, building)
    assert 10 <= len(page_sizes(grid)) <= 20
    assert set(page_sizes(render_schedule(ScheduleKind.FLOOR, building, paper="A3"))) == {
        A3_LANDSCAPE}

    doors = render_schedule(ScheduleKind.ROOM, building)
    assert len(rooms) <= len(page_sizes(doors)) <= 2 * len(rooms)
    door_text = text_of(doors)
    assert all(squeezed(title) in door_text for title in titles)


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\ndevice_name = "schedule-test"\n', encoding="utf-8")
    # main() configures logging for the process: put the test run's logging back afterwards.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_command_writes_a_floor_grid(config: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lantai-3.pdf"
    code = main.main(["--config", str(config), "schedule", "--date", "2026-11-30",
                      "--floor", "3", "--out", str(out)])
    assert code == 0
    assert str(out) in capsys.readouterr().out
    pdf = out.read_bytes()
    assert set(page_sizes(pdf)) == {A4_LANDSCAPE}
    assert "Lantai3" in text_of(pdf)


def test_the_command_saves_to_the_pdf_folder_without_a_printer(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(["--config", str(config), "schedule", "--date", "2026-11-30",
                      "--room", "3.02", "--print"])
    assert code == 0
    saved = config.parent / "data" / "pdf" / "2026-11-30" / "jadwal-2026-11-30-pintu-3.02.pdf"
    assert "No A4 printer configured" in capsys.readouterr().out
    assert set(page_sizes(saved.read_bytes())) == {A4_PORTRAIT}


@pytest.mark.parametrize(("arguments", "message"), [
    (["--date", "2026-13-01"], "--date: expected a date like 2026-11-30, got '2026-13-01'"),
    (["--date", "30/11/2026"], "--date: expected a date like 2026-11-30"),
    (["--floor", "11"], "floor 11 does not exist (floors 1 to 10)"),
    (["--floor", "0"], "floor 0 does not exist"),
    (["--room", "9.99"], "unknown room '9.99'"),
])
def test_the_command_refuses_bad_input_with_exit_2_and_writes_nothing(
        config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        arguments: list[str], message: str) -> None:
    out = tmp_path / "jadwal.pdf"
    code = main.main(["--config", str(config), "schedule", *arguments, "--out", str(out)])
    assert code == 2
    errors = [line for line in capsys.readouterr().err.splitlines()
              if line.startswith("gic-kiosk:")]
    assert len(errors) == 1 and message in errors[0]
    assert not out.exists()


def test_an_overnight_booking_shows_on_the_morning_it_reaches(ops: Operations) -> None:
    with ops.database.unit_of_work() as session:
        starts_at, ends_at = at("22:00", DAY - timedelta(days=1)), at("08:00")
        session.add(Booking(id=uuid.uuid4(), room_id=catalogue.room_id("10.01"),
                            title="Malam Inovasi", starts_at=starts_at, ends_at=ends_at,
                            blocked_from=starts_at, blocked_until=ends_at,
                            status=BookingStatus.CONFIRMED))
    building = read(ops.database)
    [(room, booking)] = building.bookings()
    assert (room.code, booking.starts_at.hour, booking.ends_at.hour) == ("10.01", 22, 8)
    assert "22:00(29/11)–08:00" in text_of(render_lobby(building))
    assert set(page_sizes(render_floor(building, 10))) == {A4_LANDSCAPE}


def test_the_morning_print_saves_lobby_and_floors_when_there_is_no_printer(ops) -> None:  # type: ignore[no-untyped-def]
    from datetime import date as _date

    outcomes = ops.bookings.print_daily_schedules(_date(2026, 11, 24))
    assert [o.printed for o in outcomes] == [False, False]
    names = sorted(o.saved_to.name for o in outcomes)
    assert all(o.saved_to.exists() and o.saved_to.read_bytes().startswith(b"%PDF")
               for o in outcomes)
    assert len(names) == 2 and names[0] != names[1]


def test_a3_goes_only_to_an_a3_printer(settings) -> None:  # type: ignore[no-untyped-def]
    """An A4 printer would hold an A3 job waiting for A3 sheets, or crop it."""
    import dataclasses

    from kiosk.schedules.service import printer_queue

    desk = dataclasses.replace(settings, printers=dataclasses.replace(
        settings.printers, a4="lobby-a4"))
    assert printer_queue("A4", desk) == "lobby-a4"
    assert printer_queue("A3", desk) == ""  # saved, not sent to the A4 printer
    both = dataclasses.replace(desk, printers=dataclasses.replace(desk.printers, a3="plotter"))
    assert printer_queue("A3", both) == "plotter"


def test_a_folder_as_target_leaves_nothing_behind(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from kiosk.paths import write_atomically

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(b"%PDF", folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    written = write_atomically(b"%PDF", tmp_path / "jadwal.pdf")
    assert written.read_bytes() == b"%PDF"
    assert not (tmp_path / "jadwal.pdf.part").exists()
