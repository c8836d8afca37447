from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.building.catalogue import room_id
from kiosk.db.unit_of_work import Database
from kiosk.errors import AlreadyCheckedOutError, ErrorCode, NotFoundError, ValidationError
from kiosk.models import CheckoutKind, Organization, OutboxEntry, Purpose, Visit, Visitor
from kiosk.operations import Operations
from kiosk.visits.check_in import (
    CheckInRequest,
    Destination,
    DestinationKind,
    check_in,
    pass_number_for,
    visitors_in_building,
)
from tests.conftest import MORNING

TRAINING_ROOM = Destination(DestinationKind.ROOM, room_id("4.02"))


def request(**changes: object) -> CheckInRequest:
    values: dict[str, object] = {
        "name": "Budi Santoso", "phone": "0812-3456-7890", "purpose": Purpose.TRAINING,
        "organization": "CV Maju Jaya", "destination": TRAINING_ROOM, "group_size": 1,
        "consent": True,
    }
    values.update(changes)
    return CheckInRequest(**values)  # type: ignore[arg-type]


def row_counts(database: Database) -> dict[str, int]:
    with database.reading() as session:
        return {
            m.__name__: session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Visit, Visitor, Organization, OutboxEntry)
        }


def test_check_in_saves_the_visit_and_makes_a_pass(ops: Operations) -> None:
    result = ops.check_in(request())
    visit = result.visit
    assert visit.visitor_name == "Budi Santoso"
    assert visit.phone_e164 == "+6281234567890"
    assert (visit.floor_number, visit.room_code) == (4, "4.02")
    assert visit.directions_id and visit.directions_en
    assert visit.pass_number == pass_number_for(visit.visit_id)
    assert result.pass_pdf is not None and result.pass_pdf.endswith(".pdf")
    with open(result.pass_pdf, "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_returning_visitor_is_the_same_person(ops: Operations) -> None:
    first = ops.check_in(request())
    second = ops.check_in(request(phone="+62 812 3456 7890", name="budi  santoso"))
    with ops.database.reading() as session:
        visitors = list(session.scalars(select(Visitor)))
    assert len(visitors) == 1
    assert visitors[0].full_name == "budi santoso"  # the spelling of the latest visit
    assert first.visit.visit_id != second.visit.visit_id


def test_a_shared_phone_with_another_name_is_another_visitor(ops: Operations) -> None:
    ops.check_in(request())
    ops.check_in(request(name="Sari Santoso"))
    assert row_counts(ops.database)["Visitor"] == 2


@pytest.mark.parametrize(
    "name",
    ["Sukarno", "ꦧꦸꦢꦶ ꦱꦤ꧀ꦠꦺꦴꦱ", "王小明", "محمد عبد الله", "Nguyễn Thị Minh Khai",
     "I Gusti Ngurah Rai", "Hj. Siti Nurhaliza, S.E.", "O'Neil-Wijaya", "श्री कृष्ण"],
)
def test_names_in_any_script_are_welcome(ops: Operations, name: str) -> None:
    assert ops.check_in(request(name=name)).visit.visitor_name == name


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": ""}, {"name": ErrorCode.REQUIRED}),
        ({"name": "   "}, {"name": ErrorCode.REQUIRED}),
        ({"name": "B" * 500}, {"name": ErrorCode.TOO_LONG}),
        ({"name": "Budi 😀"}, {"name": ErrorCode.NAME_INVALID_CHARACTERS}),
        ({"name": "Budi2"}, {"name": ErrorCode.NAME_INVALID_CHARACTERS}),
        ({"name": "..."}, {"name": ErrorCode.NAME_NEEDS_LETTERS}),
        ({"phone": ""}, {"phone": ErrorCode.REQUIRED}),
        ({"phone": "0812"}, {"phone": ErrorCode.PHONE_TOO_SHORT}),
        ({"phone": "0812-abcd-7890"}, {"phone": ErrorCode.PHONE_INVALID_CHARACTERS}),
        ({"organization": "x" * 121}, {"organization": ErrorCode.TOO_LONG}),
        ({"purpose": "sightseeing"}, {"purpose": ErrorCode.UNKNOWN_PURPOSE}),
        ({"group_size": 0}, {"group_size": ErrorCode.GROUP_SIZE_RANGE}),
        ({"group_size": 501}, {"group_size": ErrorCode.GROUP_SIZE_RANGE}),
        ({"destination": Destination(DestinationKind.ROOM, room_id("99.99"))},
         {"destination": ErrorCode.UNKNOWN_DESTINATION}),
        ({"name": "", "phone": "12", "group_size": -3},
         {"name": ErrorCode.REQUIRED, "phone": ErrorCode.PHONE_TOO_SHORT,
          "group_size": ErrorCode.GROUP_SIZE_RANGE}),
    ],
)
def test_bad_input_names_each_field_and_saves_nothing(
    ops: Operations, changes: dict[str, object], expected: dict[str, ErrorCode]
) -> None:
    before = row_counts(ops.database)
    with pytest.raises(ValidationError) as info:
        ops.check_in(request(**changes))
    assert info.value.codes() == expected
    assert row_counts(ops.database) == before
    assert not list(ops.settings.pdf_path.rglob("*.pdf"))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(st.text(max_size=200), st.sampled_from(["Budi", "Sukarni", "王小明"])),
       phone=st.one_of(st.text(max_size=40), st.from_regex(r"08[1-9][0-9]{8,10}", fullmatch=True)),
       organization=st.text(max_size=150), group_size=st.integers(-5, 1000))
def test_any_input_either_checks_in_fully_or_saves_nothing(
    database: Database, name: str, phone: str, organization: str, group_size: int
) -> None:
    before = row_counts(database)
    with database.unit_of_work() as session:
        try:
            check_in(session, request(name=name, phone=phone, organization=organization,
                                      group_size=group_size, destination=Destination()),
                     now=MORNING)
        except ValidationError:
            saved = False
        else:
            saved = True
    after = row_counts(database)
    if saved:
        assert after["Visit"] == before["Visit"] + 1
        assert after["OutboxEntry"] > before["OutboxEntry"]
    else:
        assert after == before


def test_check_out_by_pass_number_forgives_o_for_zero(ops: Operations) -> None:
    visit = ops.check_in(request()).visit
    typed = visit.pass_number.lower().replace("0", "o").replace("1", "l")
    out = ops.check_out(pass_number=typed)
    assert out.checked_out_at == MORNING
    with pytest.raises(AlreadyCheckedOutError):
        ops.check_out(visit_id=visit.visit_id)
    with pytest.raises(NotFoundError):
        ops.check_out(pass_number="ZZZZZZZZ")


def test_who_is_in_the_building_by_floor(ops: Operations) -> None:
    ops.check_in(request())
    ops.check_in(request(name="Sari", phone="081298765432", group_size=25))
    ops.check_in(request(name="Andi", phone="081311112222", destination=Destination()))
    seventh = Destination(DestinationKind.FLOOR, ops.destinations().floors[6].id)
    leaving = ops.check_in(request(name="Rina", phone="081355556666", destination=seventh))
    ops.check_out(visit_id=leaving.visit.visit_id, kind=CheckoutKind.RECEPTION)

    groups = ops.visitors_in_building()
    assert [g.floor_number for g in groups] == [4, None]
    assert groups[0].people == 26
    assert [v.visitor_name for v in groups[0].visits] == ["Budi Santoso", "Sari"]
    assert groups[1].floor_name_en == "At reception"


def test_visitors_in_building_sorted_by_floor(database: Database) -> None:
    with database.reading() as session:
        assert visitors_in_building(session) == []


def test_check_in_time_is_stored_in_utc(ops: Operations) -> None:
    visit = ops.check_in(request()).visit
    with ops.database.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT checked_in_at FROM visit WHERE id = ?", (visit.visit_id.hex,)).scalar()
    assert stored.startswith("2026-11-23 01:30:00")  # 08:30 WIB, kept as UTC
    with ops.database.reading() as session:
        assert session.get_one(Visit, visit.visit_id).checked_in_at.utcoffset() == timedelta(0)
