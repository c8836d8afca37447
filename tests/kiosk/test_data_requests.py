"""A manager answers a person's request about their data (UU PDP): finds them by phone or name,
gives them everything held about them (a PDF they can read and a JSON file), records that
they withdrew consent, and keeps a register that forgets who asked once a request is closed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from kiosk.central.schema import SYNCED_TABLES
from kiosk.data_requests.export import from_json, to_json
from kiosk.data_requests.people import parse_search, person
from kiosk.errors import ErrorCode, InvalidFieldError, ValidationError
from kiosk.models import Activity, ActivityKind, Purpose, RequestKind, Role, Visitor
from kiosk.operations import Operations
from kiosk.staff.roles import PermissionDeniedError
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.kiosk.sync.conftest import open_desk
from tests.pdf_tools import text_of

BUDI = "081234567890"
MANAGER = staff("Dewi Lestari")


def visit_budi(ops: Operations, days_ago: int = 0, **fields: object) -> None:
    ops.clock = lambda: MORNING - timedelta(days=days_ago)
    room = ops.destinations().floors[3].rooms[0]
    values: dict[str, object] = {
        "name": "Budi Santoso", "phone": BUDI, "purpose": Purpose.TRAINING, "consent": True,
        "organization": "Keripik Tempe Bu Sri",
        "destination": Destination(DestinationKind.ROOM, room.id)}
    values.update(fields)
    ops.check_in(CheckInRequest(**values))  # type: ignore[arg-type]
    ops.clock = lambda: MORNING


def test_a_person_is_found_by_phone_as_typed_or_by_name_in_any_case(ops: Operations) -> None:
    visit_budi(ops)
    ops.check_in(CheckInRequest(name="Sari Santoso", phone=BUDI, purpose=Purpose.MEETING,
                                consent=True))  # the same phone: his wife
    ops.check_in(CheckInRequest(name="BUDI SANTOSO", phone="081399998888",
                                purpose=Purpose.MEETING, consent=True))  # his other phone
    requests = ops.data_requests
    by_phone = requests.find(parse_search("0812-3456-7890"), MANAGER)
    assert {f.name for f in by_phone} == {"Budi Santoso", "Sari Santoso"}
    by_name = requests.find(parse_search("  budi   santoso "), MANAGER)
    assert {f.phone_e164 for f in by_name} == {"+6281234567890", "+6281399998888"}
    both = requests.find(person(BUDI, "budi santoso"), MANAGER)
    assert [(f.name, f.visits) for f in both] == [("Budi Santoso", 1)]


@pytest.mark.parametrize(("typed", "code"), [
    ("", ErrorCode.REQUIRED), ("   ", ErrorCode.REQUIRED),
    ("0812", ErrorCode.PHONE_TOO_SHORT), ("+62 812 3456 7890 1234", ErrorCode.PHONE_TOO_LONG)])
def test_a_search_that_cannot_be_a_person_says_why(typed: str, code: ErrorCode) -> None:
    with pytest.raises(InvalidFieldError) as info:
        parse_search(typed)
    assert info.value.error.code is code


def test_an_export_holds_every_visit_invitation_and_consent_in_either_language(
        ops: Operations, tmp_path: Path) -> None:
    visit_budi(ops, days_ago=30)
    visit_budi(ops, days_ago=2, purpose=Purpose.MEETING, group_size=3,
               member_names=("Andi Wijaya", "Citra Dewi"))
    ops.create_invitation(InvitationRequest(
        "Budi Santoso", MORNING + timedelta(days=3), MORNING + timedelta(days=3, hours=2),
        phone=BUDI, organization="Keripik Tempe Bu Sri"), MANAGER)
    requests = ops.data_requests
    english = requests.export(person(BUDI), tmp_path / "en", MANAGER, language="en")
    indonesian = requests.export(person(BUDI), tmp_path / "id", MANAGER, language="id")

    data = english.data
    assert [v.purpose for v in data.visits] == ["training", "meeting"]
    assert data.visits[1].member_names == ("Andi Wijaya", "Citra Dewi")
    assert data.visits[1].group_size == 3
    assert data.visits[0].place.floor == 4 and data.visits[0].place.room_code.startswith("4.")
    assert data.visitors[0].consent_version and data.visitors[0].consent_at is not None
    assert [i.guest_name for i in data.invitations] == ["Budi Santoso"]
    # The JSON file is the same data, read back.
    written = english.json.read_text(encoding="utf-8")
    assert from_json(written) == data
    assert written == to_json(data)

    en_text = " ".join(text_of(english.pdf.read_bytes()).split())
    id_text = " ".join(text_of(indonesian.pdf.read_bytes()).split())
    for page in (en_text, id_text):
        assert "Budi Santoso" in page and "0812-3456-7890" in page
        assert "Andi Wijaya, Citra Dewi" in page and "Keripik Tempe Bu Sri" in page
        assert data.visits[0].place.room_code in page
    assert "Visits (2)" in en_text and "Training" in en_text and "Saturday, 24 October 2026" \
        in en_text
    assert "Kunjungan (2)" in id_text and "Pelatihan" in id_text and "Undangan (1)" in id_text
    assert "Sabtu, 24 Oktober 2026" in id_text


def test_an_export_leaves_out_no_name_of_a_large_group(ops: Operations, tmp_path: Path) -> None:
    members = tuple(f"Peserta {first} {last}" for first in ("Ayu", "Bagus", "Citra", "Dodi")
                    for last in ("Wijaya", "Lestari", "Saputra", "Rahayu", "Kusuma", "Hidayat"))
    for days in range(8):  # onto a second page
        visit_budi(ops, days_ago=days, group_size=25, member_names=members)
    exported = ops.data_requests.export(person(BUDI), tmp_path, MANAGER)
    shown = " ".join(text_of(exported.pdf.read_bytes()).split())
    assert all(shown.count(name) == 8 for name in members)
    assert "Halaman 2" in shown


def test_the_register_forgets_who_asked_once_a_request_is_closed(
        ops: Operations, tmp_path: Path) -> None:
    visit_budi(ops)
    requests = ops.data_requests
    requests.export(person(BUDI), tmp_path, MANAGER)
    [entry] = requests.requests(MANAGER)
    assert (entry.kind, entry.subject, entry.handled_by) == (RequestKind.EXPORT, "",
                                                             "Dewi Lestari")
    assert (entry.received_at, entry.due_at, entry.closed_at) == (
        MORNING, MORNING + timedelta(hours=72), MORNING)
    assert (entry.visitors, entry.visits) == (1, 1)
    with ops.database.reading() as session:
        recorded = session.scalars(select(Activity)
                                   .where(Activity.action.like("privacy_%"))).all()
        assert [a.action for a in recorded] == ["privacy_export_received", "privacy_export"]
        assert {a.kind for a in recorded} == {ActivityKind.PRIVACY}  # the Activity view's filter
        assert all("Budi" not in a.subject and "812" not in a.subject for a in recorded)


def test_a_request_received_earlier_stays_open_with_its_deadline_until_handled(
        ops: Operations) -> None:
    visit_budi(ops)
    requests = ops.data_requests
    received = MORNING - timedelta(days=4)
    opened = requests.receive(RequestKind.WITHDRAW, person(BUDI), MANAGER, received_at=received)
    [entry] = requests.requests(MANAGER)
    assert entry.open and entry.subject == "+6281234567890"
    assert entry.due_at == received + timedelta(hours=72) and entry.overdue(MORNING)
    handled = requests.withdraw(person(BUDI), MANAGER, request_id=opened.id)
    assert handled.request.id == opened.id and handled.request.subject == ""
    assert (handled.visitors, handled.visits) == (1, 1)
    assert [r.open for r in requests.requests(MANAGER)] == [False]


def test_handling_a_person_closes_the_request_waiting_under_their_phone_or_name(
        ops: Operations, tmp_path: Path) -> None:
    visit_budi(ops)
    requests = ops.data_requests
    requests.receive(RequestKind.ERASE, person(BUDI), MANAGER)
    requests.receive(RequestKind.EXPORT, person(name="BUDI  santoso"), MANAGER)
    requests.export(person(BUDI, "Budi Santoso"), tmp_path, MANAGER)
    requests.erase(person(BUDI), MANAGER)
    register = requests.requests(MANAGER)
    assert sorted(r.kind for r in register) == [RequestKind.ERASE, RequestKind.EXPORT]
    assert all(not r.open and r.subject == "" for r in register)
    with ops.database.reading() as session:  # nor in what waits to be pushed
        pending = session.execute(text(
            "SELECT payload FROM outbox WHERE entity = 'privacy_request'")).scalars().all()
        assert pending and not [p for p in pending if "812" in p or "udi" in p]


def test_after_withdrawal_the_kiosk_forgets_them_and_asks_consent_afresh(
        ops: Operations) -> None:
    visit_budi(ops)
    ops.data_requests.withdraw(person(BUDI), MANAGER)
    assert ops.recall(BUDI).matches == ()
    with pytest.raises(ValidationError) as info:  # a new visitor: agree first
        ops.check_in(CheckInRequest(name="Budi Santoso", phone=BUDI, purpose=Purpose.MEETING))
    assert info.value.codes() == {"consent": ErrorCode.CONSENT_REQUIRED}
    ops.check_in(CheckInRequest(name="Budi Santoso", phone=BUDI, purpose=Purpose.MEETING,
                                consent=True))
    with ops.database.reading() as session:
        rows = session.scalars(select(Visitor).order_by(Visitor.created_at)).all()
        assert [(r.consent_withdrawn_at is not None, bool(r.consent_version)) for r in rows] \
            == [(True, False), (False, True)]
    [match] = ops.recall(BUDI).matches  # the fresh visitor, recalled from now on
    assert match.visitor_id == rows[1].id


def test_a_receptionist_may_not_handle_requests(ops: Operations, tmp_path: Path) -> None:
    visit_budi(ops)
    requests = ops.data_requests
    desk = staff("Rina", Role.RECEPTIONIST)
    for attempt in (lambda: requests.find(person(BUDI), desk),
                    lambda: requests.export(person(BUDI), tmp_path / "out", desk),
                    lambda: requests.withdraw(person(BUDI), desk),
                    lambda: requests.receive(RequestKind.ERASE, person(BUDI), desk),
                    lambda: requests.requests(desk)):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert requests.requests(MANAGER) == []
    assert not (tmp_path / "out").exists()
    assert len(ops.recall(BUDI).matches) == 1


# --- three devices and a central database -------------------------------------------------

def dump(engine: Engine, tables: Iterable[str]) -> str:
    """Every row of ``tables`` as text, for looking for a name or a phone."""
    with engine.connect() as connection:
        return "\n".join(str(tuple(row)) for table in tables
                         for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"'))


def visits_per_day(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {str(day)[:10]: count for day, count in connection.exec_driver_sql(
            "SELECT checked_in_at, count(*) FROM visit GROUP BY checked_in_at")}


@pytest.mark.postgres
def test_a_person_seen_at_three_desks_is_exported_then_erased_everywhere(
        tmp_path: Path, central: Engine) -> None:
    desks = [open_desk(tmp_path / name, name, central,
                       clock=lambda days=days: MORNING - timedelta(days=days))
             for name, days in (("kiosk", 9), ("reception", 5), ("door", 1))]
    try:
        for desk in desks:
            visit = desk.ops.check_in(CheckInRequest(
                name="Budi Santoso", phone=BUDI, purpose=Purpose.TRAINING, consent=True,
                group_size=2, member_names=("Andi Wijaya",))).visit
            assert visit.visitor_name == "Budi Santoso"
            desk.ops.check_in(CheckInRequest(name="Sari Wulandari", phone="081311112222",
                                             purpose=Purpose.MEETING, consent=True))
        for _ in range(2):
            for desk in desks:
                desk.round()
        reception = desks[1]
        reception.ops.clock = lambda: MORNING
        requests = reception.ops.data_requests
        exported = requests.export(person(BUDI), tmp_path / "export", MANAGER, language="en")
        # Three devices made three visitor rows (each knew him first); the export has all.
        assert len(exported.data.visits) == 3 and len(exported.data.visitors) == 3
        shown = " ".join(text_of(exported.pdf.read_bytes()).split())
        for day in ("Saturday, 14 November 2026", "Wednesday, 18 November 2026",
                    "Sunday, 22 November 2026"):
            assert day in shown
        assert shown.count("Group members: Andi Wijaya") == 3
        before = {d.name: visits_per_day(d.ops.database.engine) for d in desks}

        erased = requests.erase(person(BUDI), MANAGER)
        assert (erased.visitors, erased.visits) == (3, 3)
        for _ in range(2):
            for desk in desks:
                desk.round()

        gone = ("Budi Santoso", "budi santoso", "+6281234567890", "Andi Wijaya")
        central_rows = dump(central, SYNCED_TABLES)
        assert "Sari Wulandari" in central_rows  # the dump does see names
        assert not [g for g in gone if g in central_rows]
        for desk in desks:
            rows = dump(desk.ops.database.engine, [*SYNCED_TABLES, "outbox"])
            assert "Sari Wulandari" in rows
            assert not [g for g in gone if g in rows], desk.name
            assert visits_per_day(desk.ops.database.engine) == before[desk.name]
        assert desks[0].ops.data_requests.find(person(BUDI), MANAGER) == []
        # The erasing desk's own files hold none of it, byte for byte.
        path = reception.ops.settings.database_path
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                content = file.read_bytes()
                assert not [g for g in gone if g.encode() in content], file
    finally:
        for desk in desks:
            desk.ops.close()
