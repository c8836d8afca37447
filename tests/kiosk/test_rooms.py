"""Rooms as managers keep them: added, edited, retired (never while bookings still hold the
room) and brought back, on a real device database; what they change survives a restart."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.bookings.booking import BookingRequest, Scope
from kiosk.building.catalogue import DEFAULT_BUFFERS, room_id
from kiosk.config import Settings
from kiosk.errors import ErrorCode, ValidationError
from kiosk.models import ActivityKind, BookingStatus, OutboxEntry, Role, Room, RoomKind
from kiosk.operations import Operations
from kiosk.rooms.directory import RoomFields
from kiosk.rooms.operations import RoomHasBookingsError, RoomOperations
from kiosk.staff.activity import ActivityQuery
from kiosk.staff.roles import PermissionDeniedError
from tests.conftest import MORNING, staff

TEN = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # Tuesday 10:00 WIB
KENARI = RoomFields("4.20", "Ruang Rapat Kenari", "Kenari Meeting Room", RoomKind.MEETING, 12,
                    ("wifi", "tv"))
SERPONG = room_id("4.01")  # a training room of the building file that needs no approval


def book(ops: Operations, room: uuid.UUID, start: datetime = TEN, hours: int = 2
         ) -> list[uuid.UUID]:
    booked = ops.bookings.book(BookingRequest(
        room_id=room, title="Rapat Koperasi", starts_at=start,
        ends_at=start + timedelta(hours=hours), attendees=8), actor=staff())
    return list(booked.booking_ids)


def counts(ops: Operations) -> tuple[int, int]:
    with ops.database.reading() as session:
        return (session.scalar(select(func.count()).select_from(Room)) or 0,
                session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def fields_of(ops: Operations, room: uuid.UUID, **changes: object) -> RoomFields:
    """The form of a room as it is, with ``changes``."""
    r = ops.rooms.get(room)
    return dataclasses.replace(RoomFields(
        r.code, r.name_id, r.name_en, r.kind, r.capacity, r.amenities, r.bookable,
        r.needs_approval, r.setup_minutes, r.cleanup_minutes), **changes)  # type: ignore[arg-type]


def test_a_manager_adds_a_room_and_reception_can_book_it(ops: Operations) -> None:
    added = ops.rooms.add(KENARI, staff())
    assert added.id == room_id("4.20")  # the same row on every desk that adds it
    assert (added.code, added.floor_number, added.kind, added.capacity, added.amenities) == (
        "4.20", 4, RoomKind.MEETING, 12, ("wifi", "tv"))
    # Buffers not given are the kind's usual ones.
    assert (added.setup_minutes, added.cleanup_minutes) == DEFAULT_BUFFERS[RoomKind.MEETING]
    assert not added.retired and added.bookable and not added.needs_approval
    assert added in ops.rooms.list()
    (summary,) = [r for r in ops.bookings.rooms(4) if r.code == "4.20"]
    assert summary.name_en == "Kenari Meeting Room"
    (booking_id,) = book(ops, added.id)
    booking = ops.bookings.booking(booking_id)
    assert booking.status == BookingStatus.CONFIRMED
    assert booking.blocked_until == booking.ends_at + timedelta(minutes=added.cleanup_minutes)


def test_an_edit_changes_the_room_and_new_buffers_hold_for_new_bookings_only(
        ops: Operations) -> None:
    (before,) = book(ops, SERPONG)
    held = ops.bookings.booking(before)
    edited = ops.rooms.edit(SERPONG, fields_of(
        ops, SERPONG, name_en="Serpong Training Hall", kind="hall", capacity=80,
        amenities=("wifi", "stage", "wifi"), needs_approval=True, setup_minutes=45,
        cleanup_minutes=30), staff())
    assert (edited.name_en, edited.kind, edited.capacity, edited.amenities) == (
        "Serpong Training Hall", RoomKind.HALL, 80, ("wifi", "stage"))
    assert (edited.needs_approval, edited.setup_minutes, edited.cleanup_minutes) == (
        True, 45, 30)
    assert ops.rooms.get(SERPONG) == edited
    # The booking already made keeps the time it holds; a new one is held with the new buffers.
    again = ops.bookings.booking(before)
    assert (again.blocked_from, again.blocked_until) == (held.blocked_from, held.blocked_until)
    (after,) = book(ops, SERPONG, start=TEN + timedelta(days=1))
    new = ops.bookings.booking(after)
    assert new.blocked_from == new.starts_at - timedelta(minutes=45)
    assert new.blocked_until == new.ends_at + timedelta(minutes=30)
    assert new.status == BookingStatus.PENDING  # it needs approval now


def test_an_unchanged_form_writes_nothing(ops: Operations) -> None:
    before = counts(ops)
    ops.rooms.edit(SERPONG, fields_of(ops, SERPONG), staff())
    assert counts(ops) == before


def test_every_bad_field_is_reported_at_once_and_nothing_is_saved(ops: Operations) -> None:
    before = counts(ops)
    bad = RoomFields("4.3", " ", "x" * 81, "gym", 0, ("wifi", "jacuzzi"),
                     setup_minutes=-1, cleanup_minutes=241)
    with pytest.raises(ValidationError) as info:
        ops.rooms.add(bad, staff())
    assert info.value.codes() == {
        "code": ErrorCode.ROOM_CODE_INVALID,
        "name_id": ErrorCode.REQUIRED,
        "name_en": ErrorCode.TOO_LONG,
        "kind": ErrorCode.UNKNOWN_KIND,
        "capacity": ErrorCode.CAPACITY_RANGE,
        "amenities": ErrorCode.UNKNOWN_AMENITY,
        "setup_minutes": ErrorCode.BUFFER_RANGE,
        "cleanup_minutes": ErrorCode.BUFFER_RANGE,
    }
    assert counts(ops) == before


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"code": ""}, "code", ErrorCode.REQUIRED),
    ({"code": "4"}, "code", ErrorCode.ROOM_CODE_INVALID),
    ({"code": "04.20"}, "code", ErrorCode.ROOM_CODE_INVALID),
    ({"code": "11.01"}, "code", ErrorCode.UNKNOWN_FLOOR),  # the building has ten floors
    ({"code": "4.01"}, "code", ErrorCode.ROOM_EXISTS),
    ({"kind": ""}, "kind", ErrorCode.REQUIRED),
    ({"name_en": "Ruang\x07"}, "name_en", ErrorCode.NAME_INVALID_CHARACTERS),
    ({"capacity": 5001}, "capacity", ErrorCode.CAPACITY_RANGE),
    ({"capacity": "12"}, "capacity", ErrorCode.NOT_A_NUMBER),
    ({"capacity": True}, "capacity", ErrorCode.NOT_A_NUMBER),
])
def test_a_bad_field_says_which_and_why(ops: Operations, changes: dict[str, object],
                                        field: str, code: ErrorCode) -> None:
    with pytest.raises(ValidationError) as info:
        ops.rooms.add(dataclasses.replace(KENARI, **changes), staff())  # type: ignore[arg-type]
    assert info.value.codes() == {field: code}


def test_a_code_is_never_given_to_a_second_room_and_never_changes(ops: Operations) -> None:
    added = ops.rooms.add(KENARI, staff())
    with pytest.raises(ValidationError) as info:
        ops.rooms.add(dataclasses.replace(KENARI, name_en="Another Room"), staff())
    assert info.value.codes() == {"code": ErrorCode.ROOM_EXISTS}
    ops.rooms.retire(added.id, staff())
    with pytest.raises(ValidationError) as info:
        ops.rooms.add(KENARI, staff())
    assert info.value.codes() == {"code": ErrorCode.ROOM_RETIRED}  # bring it back instead
    before = counts(ops)
    with pytest.raises(ValidationError) as info:
        ops.rooms.edit(SERPONG, fields_of(ops, SERPONG, code="4.21", capacity=0), staff())
    assert info.value.codes() == {"code": ErrorCode.ROOM_CODE_FIXED,
                                  "capacity": ErrorCode.CAPACITY_RANGE}
    assert counts(ops) == before and ops.rooms.get(SERPONG).code == "4.01"


def test_a_room_is_not_retired_while_a_booking_holds_it(ops: Operations) -> None:
    (booking_id,) = book(ops, SERPONG)
    before = counts(ops)
    with pytest.raises(RoomHasBookingsError) as info:
        ops.rooms.retire(SERPONG, staff())
    assert info.value.code is ErrorCode.ROOM_HAS_BOOKINGS
    assert [b.id for b in info.value.bookings] == [booking_id]
    assert info.value.bookings[0].title == "Rapat Koperasi"
    assert counts(ops) == before and not ops.rooms.get(SERPONG).retired
    ops.bookings.cancel(booking_id, Scope.ONE, staff())
    retired = ops.rooms.retire(SERPONG, staff())
    assert retired.retired
    assert SERPONG not in {r.id for r in ops.rooms.list()}
    assert SERPONG in {r.id for r in ops.rooms.list(include_retired=True)}
    assert SERPONG not in {r.id for r in ops.bookings.rooms()}
    assert SERPONG not in {r.id for f in ops.destinations().floors for r in f.rooms}
    with pytest.raises(ValidationError) as refused:
        book(ops, SERPONG, start=TEN + timedelta(days=1))
    assert refused.value.codes() == {"room": ErrorCode.UNKNOWN_ROOM}
    # The cancelled booking still names its room.
    assert ops.bookings.booking(booking_id).room_code == "4.01"
    back = ops.rooms.bring_back(SERPONG, staff())
    assert not back.retired and dataclasses.replace(back, retired=True) == retired
    assert SERPONG in {r.id for r in ops.bookings.rooms()}


def test_a_booking_that_is_waiting_for_approval_holds_the_room_too(ops: Operations) -> None:
    studio = next(r for r in ops.rooms.list() if r.needs_approval and r.bookable)
    (booking_id,) = book(ops, studio.id)
    assert ops.bookings.booking(booking_id).status == BookingStatus.PENDING
    with pytest.raises(RoomHasBookingsError) as info:
        ops.rooms.retire(studio.id, staff())
    assert [b.id for b in info.value.bookings] == [booking_id]


def test_a_booking_that_has_ended_does_not_hold_the_room(ops: Operations) -> None:
    (booking_id,) = book(ops, SERPONG)
    ended = ops.bookings.booking(booking_id).ends_at
    later = RoomOperations(ops.database, lambda: ended + timedelta(minutes=1))
    with pytest.raises(RoomHasBookingsError):
        RoomOperations(ops.database, lambda: ended - timedelta(minutes=1)).retire(
            SERPONG, staff())
    assert later.retire(SERPONG, staff()).retired


def test_a_receptionist_may_not_change_rooms(ops: Operations) -> None:
    desk = staff("Rina", role=Role.RECEPTIONIST)
    before = counts(ops)
    for change in (lambda: ops.rooms.add(KENARI, desk),
                   lambda: ops.rooms.edit(SERPONG, fields_of(ops, SERPONG, capacity=70), desk),
                   lambda: ops.rooms.retire(SERPONG, desk),
                   lambda: ops.rooms.bring_back(SERPONG, desk)):
        with pytest.raises(PermissionDeniedError):
            change()
    assert counts(ops) == before
    # Reading is open to every desk (the booking screens list rooms).
    assert ops.rooms.get(SERPONG).capacity == 60 and ops.rooms.list()


def test_every_change_is_in_the_activity_record(ops: Operations) -> None:
    added = ops.rooms.add(KENARI, staff("Dewi"))
    ops.rooms.edit(added.id, dataclasses.replace(KENARI, capacity=14), staff("Dewi"))
    ops.rooms.retire(added.id, staff("Agus", role=Role.ADMIN))
    ops.rooms.bring_back(added.id, staff("Dewi"))
    entries = ops.staff.activity(staff("Agus", role=Role.ADMIN),
                                 ActivityQuery(kind=ActivityKind.ROOM))
    assert [(e.action, e.actor, e.subject, e.subject_id) for e in reversed(entries)] == [
        ("add", "Dewi", "4.20", added.id), ("edit", "Dewi", "4.20", added.id),
        ("retire", "Agus", "4.20", added.id), ("bring_back", "Dewi", "4.20", added.id)]
    assert {e.at for e in entries} == {MORNING}  # the operations' clock


def test_what_a_manager_changed_survives_a_restart(ops: Operations, settings: Settings) -> None:
    """The building file seeds a fresh install only: a restart does not undo the rooms
    screen (an edited room renamed back, a new room retired, a retired one revived)."""
    edited = ops.rooms.edit(SERPONG, fields_of(ops, SERPONG, name_id="Ruang Garuda",
                                               cleanup_minutes=20), staff())
    added = ops.rooms.add(KENARI, staff())
    retired = ops.rooms.retire(room_id("4.02"), staff())
    ops.close()
    with Operations.open(settings, clock=lambda: MORNING) as again:
        assert again.rooms.get(SERPONG) == edited
        assert again.rooms.get(added.id) == added
        assert again.rooms.get(retired.id).retired
