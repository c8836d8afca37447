"""The evacuation roll call: who is read as inside, and what reaches the paper."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

import main
from kiosk.bookings.booking import BookingRequest
from kiosk.config import Settings
from kiosk.models import Floor, Organization, OrganizationKind, Purpose, Role, Room
from kiosk.operations import Operations
from kiosk.safety.evacuation import RollCall, take_roll_call
from kiosk.safety.evacuation_sheet import render_sheet, send_sheet
from kiosk.staff.activity import ActivityQuery, search
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.names import name_key
from tests.conftest import MORNING, staff
from tests.pdf_tools import page_sizes_mm, text_of

A4 = (210.0, 297.0)


def pages_of(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def room_id(ops: Operations, code: str) -> uuid.UUID:
    with ops.database.reading() as session:
        return session.scalars(select(Room.id).where(Room.code == code)).one()


def floor_id(ops: Operations, number: int) -> uuid.UUID:
    with ops.database.reading() as session:
        return session.scalars(select(Floor.id).where(Floor.number == number)).one()


def tenant_on(ops: Operations, name: str, floor: int) -> uuid.UUID:
    organization = Organization(id=uuid.uuid4(), name=name, name_key=name_key(name),
                                kind=OrganizationKind.TENANT, floor_id=floor_id(ops, floor))
    with ops.database.unit_of_work() as session:
        session.add(organization)
    return organization.id


LOBBY = Destination()


def arrive(ops: Operations, name: str, phone: str, destination: Destination = LOBBY,
           group_size: int = 1, organization: str = "") -> uuid.UUID:
    return ops.check_in(CheckInRequest(name=name, phone=phone, purpose=Purpose.MEETING,
                                       destination=destination, group_size=group_size,
                                       organization=organization, consent=True)).visit.visit_id


@pytest.fixture
def building(ops: Operations) -> Operations:
    """08:30 on a Monday: people on floors 3 and 4, one at reception, one who left, and one
    still "open" from yesterday."""
    arrive(ops, "Sri Wahyuni", "081234500001", Destination(DestinationKind.ROOM,
                                                           room_id(ops, "3.05")),
           group_size=25, organization="Dinas Koperasi Kota Bekasi")
    arrive(ops, "Agus Salim", "081234500002", Destination(DestinationKind.FLOOR,
                                                          floor_id(ops, 4)))
    host = tenant_on(ops, "Kopi Situ Gintung", 4)
    arrive(ops, "Ni Luh Putu Ayu", "081234500003",
           Destination(DestinationKind.ORGANIZATION, host))
    arrive(ops, "Yohanes", "081234500004")
    left = arrive(ops, "Bambang Pamungkas", "081234500005",
                  Destination(DestinationKind.ROOM, room_id(ops, "3.05")))
    ops.check_out(visit_id=left)
    yesterday = Operations(ops.settings, ops.database, ops.device_id, ops.keyring,
                           clock=lambda: MORNING - timedelta(days=1))
    arrive(yesterday, "Kemarin Lupa Keluar", "081234500006")
    return ops


def roll_call(ops: Operations, actor: object = None, **options: bool) -> RollCall:
    return take_roll_call(ops.database, ops.settings, ops.clock(),
                          staff() if actor is None else actor, **options)  # type: ignore[arg-type]


def test_everyone_inside_is_on_the_sheet_and_nobody_who_left(building: Operations) -> None:
    pdf = render_sheet(roll_call(building))
    text = text_of(pdf)
    for name in ("Sri Wahyuni", "Agus Salim", "Ni Luh Putu Ayu", "Yohanes"):
        assert name in text
    assert "Bambang Pamungkas" not in text  # checked out
    assert "Kemarin Lupa Keluar" not in text  # yesterday's, never checked out
    assert set(page_sizes_mm(pdf)) == {A4}


def test_people_are_on_their_room_floor_or_hosts_floor_and_the_rest_unknown(
        building: Operations) -> None:
    floors = {floor.number: [p.name for p in floor.people] for floor in roll_call(building).floors}
    assert floors == {3: ["Sri Wahyuni"], 4: ["Agus Salim", "Ni Luh Putu Ayu"],
                      None: ["Yohanes"]}


def test_a_check_in_from_a_device_whose_clock_runs_ahead_is_inside(ops: Operations) -> None:
    ahead = Operations(ops.settings, ops.database, ops.device_id, ops.keyring,
                       clock=lambda: MORNING + timedelta(minutes=3))
    arrive(ahead, "Jam Kiosnya Cepat", "081234500007")
    assert [p.name for f in roll_call(ops).floors for p in f.people] == ["Jam Kiosnya Cepat"]


def test_names_in_any_script_reach_the_paper(ops: Operations) -> None:
    for index, name in enumerate(("王小明", "Nguyễn Thị Hằng", "Đặng Văn Lâm")):
        arrive(ops, name, f"08123450001{index}")
    text = text_of(render_sheet(roll_call(ops)))
    assert all(name in text for name in ("王小明", "Nguyễn Thị Hằng", "Đặng Văn Lâm"))


def test_a_group_of_25_counts_as_25_on_its_floor_and_in_the_total(building: Operations) -> None:
    taken = roll_call(building)
    assert [(floor.number, floor.count) for floor in taken.floors] == [(3, 25), (4, 2),
                                                                       (None, 1)]
    assert taken.total == 28
    assert taken.visits == 4


def test_page_one_has_every_floors_count_and_the_total(building: Operations) -> None:
    first = " ".join(pages_of(render_sheet(roll_call(building)))[0].split())
    assert "Di dalam gedung / In the building 28 orang / people" in first
    assert "Lantai 3 / Floor 3" in first and "Lantai 4 / Floor 4" in first
    assert "Tidak diketahui / lobi" in first
    counts = first[first.index("Lantai 3 / Floor 3"):]
    assert "25" in counts.split("Lantai 4")[0]
    assert "TOTAL 28" in first
    assert "Sri Wahyuni" not in first  # people are on their floors' pages


def test_each_floor_starts_its_own_page_with_its_count(building: Operations) -> None:
    pages = [" ".join(page.split()) for page in pages_of(render_sheet(roll_call(building)))]
    assert len(pages) == 4
    assert "Lantai 3 / Floor 3" in pages[1] and "25 orang / people" in pages[1]
    assert "Sri Wahyuni" in pages[1] and "Agus Salim" not in pages[1]
    assert "Agus Salim" in pages[2] and "Kopi Situ Gintung" in pages[2]
    assert "Yohanes" in pages[3]


def test_phones_are_printed_for_staff_only_and_can_be_left_out(building: Operations) -> None:
    receptionist = staff("Rina", Role.RECEPTIONIST)
    assert "0812-3450-0002" in text_of(render_sheet(roll_call(building, receptionist)))
    nobody = take_roll_call(building.database, building.settings, building.clock(), None)
    left_out = roll_call(building, receptionist, phones=False)
    for taken in (nobody, left_out):
        text = text_of(render_sheet(taken))
        assert not taken.phones_shown
        assert "0812" not in text and text.count("Nomor HP") == 1  # the note, no column
        assert "Phone numbers are not printed" in text
        assert all(person.phone == "" for floor in taken.floors for person in floor.people)


def test_bookings_in_progress_show_per_room_with_their_expected_attendees(
        ops: Operations) -> None:
    earlier = Operations(ops.settings, ops.database, ops.device_id, ops.keyring,
                         clock=lambda: MORNING - timedelta(hours=2))  # booked before they began

    def book(code: str, title: str, start: int, end: int, attendees: int) -> None:
        day = MORNING.replace(hour=0, minute=0)  # 07:00 WIB
        earlier.bookings.book(BookingRequest(room_id(ops, code), title,
                                             day + timedelta(hours=start),
                                             day + timedelta(hours=end), attendees), staff())

    book("3.01", "Pelatihan Kemasan Produk", 1, 3, 18)  # 08:00-10:00: in progress
    book("3.03", "Rapat Sore", 6, 8, 14)  # 13:00-15:00: not yet
    taken = roll_call(ops)
    assert [(f.number, [(b.room_code, b.attendees) for b in f.bookings]) for f in taken.floors] \
        == [(3, [("3.01", 18)])]
    assert taken.total == 0 and taken.expected == 18
    text = " ".join(text_of(render_sheet(taken)).split())
    assert "Pelatihan Kemasan Produk" in text and "Rapat Sore" not in text
    assert "3.01" in text and "18 orang / people" in text
    assert "1 acara / bookings" in text and "18 peserta / expected" in text


def test_an_empty_building_says_so(ops: Operations) -> None:
    text = " ".join(text_of(render_sheet(roll_call(ops))).split())
    assert "Nobody is recorded in the building" in text
    assert "0 orang / people" in text


def test_the_sheet_says_when_the_device_last_synced(building: Operations) -> None:
    taken = roll_call(building)
    assert "Sync: not configured" in text_of(render_sheet(taken))
    never = dataclasses.replace(taken, sync_configured=True, last_synced_at=None)
    text = " ".join(text_of(render_sheet(never)).split())
    assert "Last synced: never" in text and "This list may be incomplete" in text
    recent = dataclasses.replace(never, last_synced_at=MORNING - timedelta(minutes=4))
    text = " ".join(text_of(render_sheet(recent)).split())
    assert "Last synced: 08:26 WIB (4 menit lalu / 4 min ago)" in text
    assert "incomplete" not in text
    old = dataclasses.replace(never, last_synced_at=MORNING - timedelta(hours=3))
    assert "This list may be incomplete" in text_of(render_sheet(old))


def test_the_sheet_says_when_it_was_printed(building: Operations) -> None:
    text = " ".join(text_of(render_sheet(roll_call(building))).split())
    assert "Dicetak / Printed 08:30 WIB" in text
    assert "Senin, 23 November 2026" in text


def test_a_printed_list_is_recorded_with_who_printed_it(building: Operations) -> None:
    roll_call(building, staff("Rina", Role.RECEPTIONIST), printed=True)
    roll_call(building)  # the screen's reload: not a print
    with building.database.reading() as session:
        entries = search(session, ActivityQuery())
    assert [(e.actor, e.action, e.subject) for e in entries
            if e.action == "evacuation_list"] == [("Rina", "evacuation_list",
                                                   "28 people, with phones")]


def test_without_a_printer_the_sheet_is_saved_in_the_pdf_folder(building: Operations) -> None:
    outcome = send_sheet(roll_call(building), building.settings)
    assert not outcome.printed
    assert outcome.saved_to == (building.settings.pdf_path / "2026-11-23"
                                / "evakuasi-2026-11-23-0830.pdf")
    assert "Sri Wahyuni" in text_of(outcome.saved_to.read_bytes())


def test_a_long_floor_continues_on_further_pages_under_its_heading(ops: Operations) -> None:
    room = Destination(DestinationKind.ROOM, room_id(ops, "5.01"))
    names = [f"Peserta {'ABCDEFGHIJ'[index // 10]}{'abcdefghij'[index % 10]}"
             for index in range(70)]
    for index, name in enumerate(names):
        arrive(ops, name, f"0812345{index:05d}", room)
    pages = [" ".join(page.split()) for page in pages_of(render_sheet(roll_call(ops)))]
    assert len(pages) >= 3
    assert all("Lantai 5 / Floor 5" in page for page in pages[1:])
    assert "(lanjutan / continued)" in pages[2]
    text = " ".join(pages)
    assert all(name in text for name in names)


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\ndevice_name = "evacuation-test"\n', encoding="utf-8")
    # main() configures logging for the process: put the test run's logging back afterwards.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_command_writes_the_sheet_with_phones(config: Path, tmp_path: Path,
                                                  settings: Settings,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.config import load_settings

    with Operations.open(load_settings(config, environ={})) as now:
        arrive(now, "Dewi Lestari", "081298765432", group_size=3)
    out = tmp_path / "evakuasi.pdf"
    assert main.main(["--config", str(config), "evacuation", "--out", str(out)]) == 0
    assert "3 people on 1 floors" in capsys.readouterr().out
    text = text_of(out.read_bytes())
    assert "Dewi Lestari" in text and "0812-9876-5432" in text
    assert main.main(["--config", str(config), "evacuation", "--no-phones", "--print"]) == 0
    saved = capsys.readouterr().out.rsplit(" saved to ", 1)[1].strip()
    text = text_of(Path(config.parent, saved).read_bytes())
    assert "Dewi Lestari" in text and "0812" not in text


def test_the_command_needs_print_or_out(config: Path) -> None:
    with pytest.raises(SystemExit):
        main.main(["--config", str(config), "evacuation"])

