"""Reception finds past visits again: by name, phone (however written), organisation, host,
room or pass number, within a period, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.history import VisitQuery
from tests.conftest import MORNING, staff

MONDAY = date(2026, 11, 23)


def at(days: int) -> datetime:
    return MORNING + timedelta(days=days)


@pytest.fixture
def history(settings: Settings) -> Iterator[Operations]:
    """Three visits over three days, each checked in at its own 'now'."""
    moments = iter([at(-2), at(-1), at(0)])
    current = [at(0)]
    ops = Operations.open(settings, clock=lambda: current[0])
    visits = [
        CheckInRequest(name="Sari Wulandari", phone="0812-3456-7890",
                       organization="Keripik Tempe Bu Sri", purpose=Purpose.MEETING,
                       consent=True, destination=Destination(DestinationKind.ROOM,
                                                             room_id("4.02"))),
        CheckInRequest(name="Budi Santoso", phone="081398765432", organization="Bank BJB",
                       purpose=Purpose.CONSULTATION, consent=True),
        CheckInRequest(name="Sari Wulandari", phone="+62 812 3456 7890",
                       purpose=Purpose.TRAINING, consent=True,
                       destination=Destination(DestinationKind.ROOM, room_id("5.02"))),
    ]
    for request in visits:
        current[0] = next(moments)
        ops.check_in(request)
    yield ops
    ops.close()


def names(ops: Operations, **query: object) -> list[tuple[str, date]]:
    zone = ops.settings.zone
    return [(v.visitor_name, v.checked_in_at.astimezone(zone).date())
            for v in ops.visit_history(VisitQuery(**query), staff())]  # type: ignore[arg-type]


def test_by_name_phone_organisation_and_room_newest_first(history: Operations) -> None:
    sari = [("Sari Wulandari", MONDAY), ("Sari Wulandari", MONDAY - timedelta(days=2))]
    assert names(history, text="sari") == sari
    assert names(history, text="WULANDARI") == sari
    # However the phone is written, it is the same visitor.
    assert names(history, text="0812 3456 7890") == sari
    assert names(history, text="+6281234567890") == sari
    # Her organisation is remembered for her second visit too.
    assert names(history, text="keripik tempe") == sari
    assert names(history, text="4.02") == [sari[1]]
    assert names(history, text="bjb") == [("Budi Santoso", MONDAY - timedelta(days=1))]
    assert len(names(history)) == 3
    assert names(history, text="nobody") == []


def test_within_a_period(history: Operations) -> None:
    assert names(history, first_day=MONDAY - timedelta(days=1)) == [
        ("Sari Wulandari", MONDAY), ("Budi Santoso", MONDAY - timedelta(days=1))]
    assert names(history, text="sari", last_day=MONDAY - timedelta(days=1)) == [
        ("Sari Wulandari", MONDAY - timedelta(days=2))]


def test_by_pass_number_as_typed(history: Operations) -> None:
    newest = history.visit_history(VisitQuery(), staff())[0]
    typed = newest.pass_number.lower().replace("0", "o")
    found = history.visit_history(VisitQuery(text=f"{typed[:4]}-{typed[4:]}"), staff())
    assert [v.visit_id for v in found] == [newest.visit_id]


def test_text_that_means_nothing_special_is_a_name(history: Operations) -> None:
    # Digits that are no phone number, and symbols a LIKE pattern would misread.
    assert names(history, text="123456") == []
    assert names(history, text="%_") == []
    assert len(names(history, limit=2)) == 2


def test_a_corrected_name_is_found_by_its_new_spelling_only(history: Operations) -> None:
    from sqlalchemy import select

    from kiosk.models import Visitor

    with history.database.unit_of_work() as session:
        budi = session.scalars(select(Visitor).where(Visitor.name_key == "budi santoso")).one()
        budi.full_name, budi.name_key = "Budi Santosa", "budi santosa"
    assert names(history, text="santosa") == [("Budi Santosa", MONDAY - timedelta(days=1))]
    assert names(history, text="santoso") == []
    # Any part of a name, even two letters.
    assert [n for n, _ in names(history, text="sa")] == ["Sari Wulandari", "Budi Santosa",
                                                        "Sari Wulandari"]
