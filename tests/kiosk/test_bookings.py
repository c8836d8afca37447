"""Booking rooms: what a receptionist can and cannot book, and what is saved when they do."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import MO, TH, TU, WEEKLY, rrule
from sqlalchemy import func, select

from kiosk.bookings.agenda import RoomSummary
from kiosk.bookings.booking import BookingRequest, Move, Scope, Skip
from kiosk.bookings.free_rooms import FreeRoomQuery
from kiosk.bookings.recurrence import Frequency, Recurrence, expand
from kiosk.bookings.rules import BookingConflictError, ConflictKind
from kiosk.building.catalogue import room_id
from kiosk.errors import ErrorCode, InvalidFieldError, ValidationError
from kiosk.models import (
    Booking,
    BookingAudit,
    BookingSeries,
    BookingStatus,
    ClosureScope,
    Organization,
    OrganizationKind,
    OutboxEntry,
)
from kiosk.operations import Operations
from tests.conftest import MORNING, staff

WIB = ZoneInfo("Asia/Jakarta")
TUESDAY = date(2026, 11, 24)  # the day after the tests' "now" (Monday 08:30 WIB)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=WIB)


def request(code: str = "4.03", day: date = TUESDAY, start: tuple[int, int] = (9, 0),
            hours: float = 2, **changes: object) -> BookingRequest:
    starts = at(day, *start)
    base = BookingRequest(room_id=room_id(code), title="Pelatihan Ekspor UMKM", starts_at=starts,
                          ends_at=starts + timedelta(hours=hours), attendees=20)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def rows(ops: Operations) -> int:
    with ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Booking)) or 0


def outbox(ops: Operations) -> int:
    with ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_a_one_off_booking_is_confirmed_stored_in_utc_and_shown_in_wib(ops: Operations) -> None:
    booked = ops.bookings.book(request(), actor=staff("resepsionis"))
    assert booked.status == BookingStatus.CONFIRMED
    with ops.database.reading() as session:
        raw = session.execute(select(Booking.starts_at).where(
            Booking.id == booked.booking_ids[0])).scalar_one()
        stored = session.connection().exec_driver_sql(
            "SELECT starts_at, blocked_from, blocked_until FROM booking").one()
    assert raw == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 09:00 WIB
    assert stored[0].startswith("2026-11-24 02:00:00")
    # Training rooms are held 15 minutes either side for set-up and clean-up.
    assert stored[1].startswith("2026-11-24 01:45:00")
    assert stored[2].startswith("2026-11-24 04:15:00")
    summary = ops.bookings.booking(booked.booking_ids[0])
    assert summary.starts_at.astimezone(WIB).time() == time(9, 0)
    assert summary.room_code == "4.03" and summary.floor_number == 4


def test_the_buffers_keep_the_next_booking_away(ops: Operations) -> None:
    ops.bookings.book(request(), actor=staff("desk"))  # 09:00-11:00, held 08:45-11:15
    with pytest.raises(BookingConflictError) as refused:
        ops.bookings.book(request(start=(11, 0), hours=1, title="Rapat"), actor=staff("desk"))
    conflict = refused.value.occurrences[0].conflicts[0]
    assert conflict.kind == ConflictKind.BOOKED
    assert conflict.what == "Pelatihan Ekspor UMKM"
    # The times do not overlap: the room needs its 15 minutes of clean-up and 15 of set-up.
    assert (conflict.clear_after_minutes, conflict.prepare_before_minutes) == (30, 0)
    # Far enough to set up and clean up (11:15 + 15 minutes) is fine.
    ops.bookings.book(request(start=(11, 30), hours=1, title="Rapat"), actor=staff("desk"))
    # Another room at the same time is fine too.
    ops.bookings.book(request(code="4.04"), actor=staff("desk"))
    assert rows(ops) == 3


@pytest.mark.parametrize(
    ("start", "hours", "clear", "prepare"),
    [
        ((10, 0), 1, 10, 0),  # right after: the meeting room's 10 minutes of clean-up
        ((10, 5), 1, 10, 0),  # inside the clean-up: still the whole 10 minutes needed
        ((8, 0), 0.95, 0, 10),  # ends 08:57, three minutes before: its own clean-up
        ((9, 30), 1, 0, 0),  # the times themselves overlap: nothing about buffers
        ((8, 30), 3, 0, 0),  # around it
    ],
)
def test_a_conflict_from_the_buffers_alone_says_how_long_the_room_needs(
        ops: Operations, start: tuple[int, int], hours: float, clear: int,
        prepare: int) -> None:
    # A meeting room: no set-up, 10 minutes of clean-up.
    ops.bookings.book(request("4.06", hours=1, title="Rapat pagi", attendees=5),
                      actor=staff("desk"))
    with pytest.raises(BookingConflictError) as refused:
        ops.bookings.book(request("4.06", start=start, hours=hours, title="Rapat",
                                  attendees=5), actor=staff("desk"))
    (conflict,) = refused.value.occurrences[0].conflicts
    assert conflict.what == "Rapat pagi"
    assert (conflict.clear_after_minutes, conflict.prepare_before_minutes) == (clear, prepare)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"ends_at": at(TUESDAY, 8)}, "ends_at", ErrorCode.END_BEFORE_START),
        ({"ends_at": at(TUESDAY, 9)}, "ends_at", ErrorCode.ZERO_LENGTH),
        ({"ends_at": at(TUESDAY, 9) + timedelta(hours=25)}, "ends_at",
         ErrorCode.BOOKING_TOO_LONG),
        ({"attendees": 41}, "attendees", ErrorCode.TOO_MANY_ATTENDEES),
        ({"attendees": 0}, "attendees", ErrorCode.ATTENDEES_RANGE),
        ({"title": "   "}, "title", ErrorCode.REQUIRED),
        ({"title": "x" * 201}, "title", ErrorCode.TOO_LONG),
        ({"room_id": room_id("8.01")}, "room", ErrorCode.ROOM_NOT_BOOKABLE),
        ({"room_id": room_id("99.99")}, "room", ErrorCode.UNKNOWN_ROOM),
    ],
)
def test_bad_requests_are_refused_field_by_field_and_nothing_is_saved(
        ops: Operations, changes: dict[str, object], field: str, code: ErrorCode) -> None:
    before = outbox(ops)
    with pytest.raises(ValidationError) as refused:
        ops.bookings.book(request(**changes), actor=staff("desk"))
    assert refused.value.codes()[field] == code
    assert rows(ops) == 0
    assert outbox(ops) == before


@pytest.mark.parametrize(
    ("recurrence", "code"),
    [
        (Recurrence(Frequency.DAILY, until=TUESDAY + timedelta(days=3650)),
         ErrorCode.SERIES_TOO_LONG),
        (Recurrence(Frequency.DAILY, count=3650), ErrorCode.SERIES_TOO_LONG),
        # A count reaches as far as an end date does: every twelfth month, 60 times.
        (Recurrence(Frequency.MONTHLY_BY_DATE, interval=12, count=60),
         ErrorCode.SERIES_TOO_LONG),
        (Recurrence(Frequency.WEEKLY, count=750), ErrorCode.SERIES_TOO_LONG),
        (Recurrence(Frequency.DAILY), ErrorCode.SERIES_NEEDS_END),
        (Recurrence(Frequency.DAILY, count=3, until=TUESDAY), ErrorCode.SERIES_NEEDS_END),
        (Recurrence(Frequency.WEEKLY, until=TUESDAY - timedelta(days=1)),
         ErrorCode.SERIES_ENDS_BEFORE_START),
    ],
)
def test_series_that_cannot_be_made_are_refused(ops: Operations, recurrence: Recurrence,
                                                code: ErrorCode) -> None:
    with pytest.raises(InvalidFieldError) as refused:
        ops.bookings.book(request(recurrence=recurrence), actor=staff("desk"))
    assert refused.value.error.code == code
    assert rows(ops) == 0


def test_a_series_overlapping_itself_is_refused(ops: Operations) -> None:
    """A 23¾-hour daily booking plus its buffers runs into the next day's occurrence."""
    with pytest.raises(InvalidFieldError) as refused:
        ops.bookings.book(request(start=(1, 0), hours=23.75,
                                  recurrence=Recurrence(Frequency.DAILY, count=3)),
                          actor=staff("d"))
    assert refused.value.error.code == ErrorCode.SERIES_OVERLAPS_ITSELF
    assert rows(ops) == 0


def test_closed_periods_holidays_and_opening_hours_are_conflicts(ops: Operations) -> None:
    ops.bookings.close(ClosureScope.FLOOR, at(TUESDAY, 0), at(TUESDAY, 23, 59),
                       "Renovasi lantai 4", staff(), floor_number=4)
    with pytest.raises(BookingConflictError) as closed:
        ops.bookings.book(request(), actor=staff("desk"))
    assert [c.kind for c in closed.value.occurrences[0].conflicts] == [ConflictKind.CLOSED]
    assert closed.value.occurrences[0].conflicts[0].what == "Renovasi lantai 4"
    ops.bookings.book(request(code="5.01"), actor=staff("desk"))  # floor 5 is open

    with pytest.raises(BookingConflictError) as holiday:
        ops.bookings.book(request(day=date(2026, 12, 25)), actor=staff("desk"))
    assert holiday.value.occurrences[0].conflicts[0].kind == ConflictKind.HOLIDAY
    assert "Natal" in holiday.value.occurrences[0].conflicts[0].what
    # Cuti bersama (the joint leave day before Christmas) closes the building too.
    with pytest.raises(BookingConflictError):
        ops.bookings.book(request(day=date(2026, 12, 24)), actor=staff("desk"))

    with pytest.raises(BookingConflictError) as late:
        ops.bookings.book(request(code="5.02", start=(20, 0), hours=2), actor=staff("desk"))
    assert late.value.occurrences[0].conflicts[0].kind == ConflictKind.OUTSIDE_HOURS
    assert rows(ops) == 1


def test_a_weekly_series_reports_each_conflict_and_keeps_skips_and_moves(
        ops: Operations) -> None:
    weekly = request(recurrence=Recurrence(Frequency.WEEKLY, weekdays=(1, 3), count=8))
    # Someone already has the room on the third occurrence (Tuesday 1 December).
    ops.bookings.book(request(day=date(2026, 12, 1), title="Rapat Koperasi"), actor=staff("desk"))
    plan = ops.bookings.plan(weekly)
    assert len(plan.occurrences) == 8
    assert [o.starts_at.astimezone(WIB).date() for o in plan.conflicting] == [date(2026, 12, 1)]
    with pytest.raises(BookingConflictError):
        ops.bookings.book(weekly, actor=staff("desk"))
    assert rows(ops) == 1  # nothing of the series was saved

    clash = plan.conflicting[0].original_starts_at
    booked = ops.bookings.book(weekly, actor=staff("desk"), resolutions={clash: Skip()})
    assert len(booked.booking_ids) == 7 and booked.skipped == (clash,)
    with ops.database.reading() as session:
        series = session.get(BookingSeries, booked.series_id)
        assert series is not None and series.skipped == [clash.isoformat()]

    # The same series again, moving the clashing occurrence to the afternoon instead.
    moved = Move(at(date(2026, 12, 1), 13), at(date(2026, 12, 1), 15))
    other = dataclasses.replace(weekly, room_id=room_id("4.04"))
    plan = ops.bookings.plan(other)
    assert not plan.conflicting
    again = ops.bookings.book(dataclasses.replace(weekly, room_id=room_id("4.05"),
                                                  attendees=10), actor=staff("desk"),
                              resolutions={clash: moved})
    assert len(again.booking_ids) == 8
    moved_row = ops.bookings.booking(again.booking_ids[2])
    assert moved_row.starts_at == moved.starts_at and moved_row.detached


def test_a_moved_occurrence_that_lands_on_its_own_series_is_a_conflict(ops: Operations) -> None:
    weekly = request(recurrence=Recurrence(Frequency.DAILY, count=3))
    plan = ops.bookings.plan(weekly)
    second = plan.occurrences[1]
    third = plan.occurrences[2]
    onto_third = Move(third.starts_at, third.ends_at)
    plan = ops.bookings.plan(weekly, {second.original_starts_at: onto_third})
    assert [c.kind for c in plan.conflicting[0].conflicts] == [ConflictKind.SAME_SERIES]


def test_series_expansion_matches_dateutil(ops: Operations) -> None:
    weekly = request(recurrence=Recurrence(Frequency.WEEKLY, weekdays=(0, 3), count=12))
    plan = ops.bookings.plan(weekly)
    expected = rrule(WEEKLY, byweekday=(MO, TU, TH), count=12,
                     dtstart=datetime(2026, 11, 24, 9, 0))
    assert [o.starts_at.astimezone(WIB).replace(tzinfo=None) for o in plan.occurrences] == \
        list(expected)


def test_monthly_by_nth_weekday_and_by_date() -> None:
    first = at(date(2026, 11, 24), 9)  # the fourth Tuesday of November, also its last
    rule = Recurrence(Frequency.MONTHLY_BY_WEEKDAY, count=4).rule(
        first.replace(tzinfo=None))
    assert rule == "FREQ=MONTHLY;BYDAY=4TU;COUNT=4"  # the fourth stays the fourth
    starts = [s.astimezone(WIB).date() for s in expand(rule, first, WIB)]
    assert starts == [date(2026, 11, 24), date(2026, 12, 22), date(2027, 1, 26),
                      date(2027, 2, 23)]
    fifth = at(date(2026, 12, 29), 9)  # a fifth Tuesday: not every month has one
    rule = Recurrence(Frequency.MONTHLY_BY_WEEKDAY, count=2).rule(fifth.replace(tzinfo=None))
    assert rule == "FREQ=MONTHLY;BYDAY=-1TU;COUNT=2"
    assert [s.astimezone(WIB).date() for s in expand(rule, fifth, WIB)] == \
        [date(2026, 12, 29), date(2027, 1, 26)]
    second_tuesday = at(date(2026, 11, 10), 9)
    rule = Recurrence(Frequency.MONTHLY_BY_WEEKDAY, count=3).rule(
        second_tuesday.replace(tzinfo=None))
    assert [s.astimezone(WIB).date() for s in expand(rule, second_tuesday, WIB)] == \
        [date(2026, 11, 10), date(2026, 12, 8), date(2027, 1, 12)]
    by_date = Recurrence(Frequency.MONTHLY_BY_DATE, until=date(2027, 2, 28)).rule(
        second_tuesday.replace(tzinfo=None))
    assert len(expand(by_date, second_tuesday, WIB)) == 4


def test_editing_all_leaves_exceptions_alone(ops: Operations) -> None:
    booked = ops.bookings.book(request(recurrence=Recurrence(Frequency.DAILY, count=5)),
                               actor=staff("desk"))
    ids = booked.booking_ids
    # The third day is moved on its own: an exception.
    ops.bookings.edit(ids[2], request(day=TUESDAY + timedelta(days=2), start=(14, 0),
                                      title="Sesi khusus"), Scope.ONE, actor=staff("desk"))
    # Then the whole series moves an hour later and is renamed.
    ops.bookings.edit(ids[0], request(start=(10, 0), title="Pelatihan Ekspor (baru)"),
                      Scope.ALL, actor=staff("desk"))
    summaries = [ops.bookings.booking(i) for i in ids]
    assert [s.title for s in summaries] == ["Pelatihan Ekspor (baru)"] * 2 + ["Sesi khusus"] + \
        ["Pelatihan Ekspor (baru)"] * 2
    assert [s.starts_at.astimezone(WIB).hour for s in summaries] == [10, 10, 14, 10, 10]


def test_editing_this_and_following_splits_the_series(ops: Operations) -> None:
    booked = ops.bookings.book(request(recurrence=Recurrence(Frequency.DAILY, count=4)),
                               actor=staff("desk"))
    ids = booked.booking_ids
    ops.bookings.edit(ids[2], request(day=TUESDAY + timedelta(days=2), start=(13, 0)),
                      Scope.FOLLOWING, actor=staff("desk"))
    summaries = [ops.bookings.booking(i) for i in ids]
    assert [s.starts_at.astimezone(WIB).hour for s in summaries] == [9, 9, 13, 13]
    assert summaries[0].series_id == summaries[1].series_id != summaries[2].series_id
    assert summaries[2].series_id == summaries[3].series_id
    with ops.database.reading() as session:
        old = session.get(BookingSeries, summaries[0].series_id)
        new = session.get(BookingSeries, summaries[2].series_id)
        assert old is not None and new is not None
        assert "UNTIL=20261126T085959" in old.rule and "COUNT=2" in new.rule
        assert len(expand(old.rule, old.first_starts_at, WIB)) == 2
        assert [s.astimezone(WIB).hour for s in expand(new.rule, new.first_starts_at, WIB)] \
            == [13, 13]


def test_an_edit_that_conflicts_changes_nothing(ops: Operations) -> None:
    ops.bookings.book(request(start=(13, 0), title="Rapat siang"), actor=staff("desk"))
    first = ops.bookings.book(request(), actor=staff("desk")).booking_ids[0]
    with pytest.raises(BookingConflictError):
        ops.bookings.edit(first, request(start=(12, 0)), Scope.ONE, actor=staff("desk"))
    assert ops.bookings.booking(first).starts_at == at(TUESDAY, 9)


def test_cancel_one_following_or_all(ops: Operations) -> None:
    ids = ops.bookings.book(request(recurrence=Recurrence(Frequency.DAILY, count=5)),
                            actor=staff("desk")).booking_ids
    ops.bookings.cancel(ids[1], Scope.ONE, actor=staff("desk"), reason="Pemateri sakit")
    ops.bookings.cancel(ids[3], Scope.FOLLOWING, actor=staff("desk"))
    statuses = [ops.bookings.booking(i).status for i in ids]
    assert statuses == [BookingStatus.CONFIRMED, BookingStatus.CANCELLED,
                        BookingStatus.CONFIRMED, BookingStatus.CANCELLED,
                        BookingStatus.CANCELLED]
    ops.bookings.cancel(ids[0], Scope.ALL, actor=staff("desk"))
    assert all(ops.bookings.booking(i).status == BookingStatus.CANCELLED for i in ids)
    # The room is free again.
    ops.bookings.book(request(), actor=staff("desk"))
    with pytest.raises(InvalidFieldError) as again:
        ops.bookings.cancel(ids[0], Scope.ONE, actor=staff("desk"))
    assert again.value.error.code == ErrorCode.BOOKING_NOT_ACTIVE


def test_rooms_that_need_approval_wait_then_are_approved_or_rejected(ops: Operations) -> None:
    hall = request(code="10.01", attendees=200, hours=3)
    booked = ops.bookings.book(hall, actor=staff("desk"))
    assert booked.status == BookingStatus.PENDING
    assert [p.id for p in ops.bookings.pending()] == list(booked.booking_ids)
    # A pending booking holds the room: nobody else gets it meanwhile.
    with pytest.raises(BookingConflictError):
        ops.bookings.book(dataclasses.replace(hall, title="Other"), actor=staff("desk"))
    ops.bookings.approve(booked.booking_ids[0], Scope.ONE, actor=staff("manager"))
    assert ops.bookings.booking(booked.booking_ids[0]).status == BookingStatus.CONFIRMED

    second = ops.bookings.book(request(code="10.02", attendees=100), actor=staff("desk"))
    with pytest.raises(InvalidFieldError) as no_reason:
        ops.bookings.reject(second.booking_ids[0], Scope.ONE, "  ", actor=staff("manager"))
    assert no_reason.value.error.code == ErrorCode.REASON_REQUIRED
    assert ops.bookings.booking(second.booking_ids[0]).status == BookingStatus.PENDING
    ops.bookings.reject(second.booking_ids[0], Scope.ONE, "Aula dipakai acara walikota",
                        actor=staff("manager"))
    rejected = ops.bookings.booking(second.booking_ids[0])
    assert rejected.status == BookingStatus.REJECTED
    assert rejected.status_reason == "Aula dipakai acara walikota"
    with pytest.raises(InvalidFieldError) as not_pending:
        ops.bookings.approve(booked.booking_ids[0], Scope.ONE, actor=staff("manager"))
    assert not_pending.value.error.code == ErrorCode.BOOKING_NOT_PENDING


def test_every_change_is_audited_with_before_and_after(ops: Operations) -> None:
    booking_id = ops.bookings.book(request(), actor=staff("Sari (resepsionis)")).booking_ids[0]
    ops.bookings.edit(booking_id, request(attendees=30), Scope.ONE, actor=staff("Budi"))
    ops.bookings.cancel(booking_id, Scope.ONE, actor=staff("Sari (resepsionis)"), reason="Batal")
    entries = ops.bookings.history(booking_id)
    assert [(e.actor, e.action) for e in entries] == [
        ("Sari (resepsionis)", "create"), ("Budi", "edit"), ("Sari (resepsionis)", "cancel")]
    assert entries[1].before is not None and entries[1].after is not None
    assert (entries[1].before["attendees"], entries[1].after["attendees"]) == (20, 30)
    assert entries[2].note == "Batal"
    with ops.database.reading() as session:
        lanes = set(session.scalars(select(OutboxEntry.lane).where(
            OutboxEntry.entity.in_(["booking", "booking_audit"]))))
        assert session.scalar(select(func.count()).select_from(BookingAudit)) == 3
    assert lanes == {"bookings"}


def test_weekly_quota_per_organisation(ops: Operations, settings: object) -> None:
    quota = dataclasses.replace(ops.settings, bookings=dataclasses.replace(
        ops.settings.bookings, quota_hours_per_week=5))
    ops.bookings.settings = quota
    with ops.database.unit_of_work() as session:
        tenant = Organization(name="Kopi Nusantara", name_key="kopi nusantara",
                              kind=OrganizationKind.TENANT)
        agency = Organization(name="Dinas Koperasi", name_key="dinas koperasi",
                              kind=OrganizationKind.AGENCY)
        session.add_all([tenant, agency])
    ops.bookings.book(request(hours=4, organization_id=tenant.id), actor=staff("desk"))
    with pytest.raises(BookingConflictError) as over:
        ops.bookings.book(request(code="4.04", hours=2, organization_id=tenant.id),
                          actor=staff("desk"))
    assert over.value.occurrences[0].conflicts[0].kind == ConflictKind.QUOTA
    ops.bookings.book(request(code="4.04", hours=1, organization_id=tenant.id), actor=staff("desk"))
    # Next week is a new week; agencies of the city are never limited.
    ops.bookings.book(request(day=TUESDAY + timedelta(days=7), hours=4,
                              organization_id=tenant.id), actor=staff("desk"))
    ops.bookings.book(request(code="4.05", hours=8, attendees=10,
                              organization_id=agency.id), actor=staff("desk"))


def test_an_organisations_own_quota_overrides_the_default(ops: Operations) -> None:
    ops.bookings.settings = dataclasses.replace(ops.settings, bookings=dataclasses.replace(
        ops.settings.bookings, quota_hours_per_week=5))
    with ops.database.unit_of_work() as session:
        generous = Organization(name="Kopi Nusantara", name_key="kopi nusantara",
                                kind=OrganizationKind.TENANT, quota_hours=10)
        # An agency is exempt from the default, not from a quota set for it.
        agency = Organization(name="Dinas Koperasi", name_key="dinas koperasi",
                              kind=OrganizationKind.AGENCY, quota_hours=2)
        session.add_all([generous, agency])
    ops.bookings.book(request(hours=8, attendees=10, organization_id=generous.id),
                      actor=staff("desk"))
    with pytest.raises(BookingConflictError) as over:
        ops.bookings.book(request(code="4.04", hours=3, organization_id=generous.id),
                          actor=staff("desk"))
    (conflict,) = over.value.occurrences[0].conflicts
    assert (conflict.kind, conflict.what) == (ConflictKind.QUOTA, "10")
    with pytest.raises(BookingConflictError):
        ops.bookings.book(request(code="4.05", hours=3, organization_id=agency.id),
                          actor=staff("desk"))


def test_free_room_search_ranks_and_offers_nearest_times(ops: Operations) -> None:
    query = FreeRoomQuery(TUESDAY, time(9), timedelta(hours=2), attendees=30,
                          amenities=frozenset({"projector"}), preferred_floor=4)
    offers = ops.bookings.free_rooms(query).offers
    assert offers and all(o.room.capacity >= 30 and "projector" in o.room.amenities
                          for o in offers)
    # 30 seats wanted: the 30-seat room on floor 4 comes before the 60-seat hall-sized room.
    assert offers[0].room.code in {"3.05", "4.05", "5.01", "5.02"}
    assert [o.room.code for o in offers].index("4.01") > 0
    # Take every suitable room at 09:00: nothing fits, so the nearest free times are offered.
    for offer in offers:
        ops.bookings.book(request(code=offer.room.code, attendees=30), actor=staff("desk"))
    result = ops.bookings.free_rooms(query)
    assert result.offers == ()
    assert result.alternatives
    nearest = min(abs(a.starts_at - at(TUESDAY, 9)) for a in result.alternatives)
    assert nearest <= timedelta(hours=3)


def test_day_grid_and_overview(ops: Operations) -> None:
    ops.bookings.book(request(), actor=staff("desk"))
    ops.bookings.book(request(code="4.04", start=(13, 0)), actor=staff("desk"))
    grid = ops.bookings.day_grid(4, TUESDAY)
    assert [r.code for r in grid.rooms][:3] == ["4.01", "4.02", "4.03"]
    assert {b.room_code for b in grid.bookings} == {"4.03", "4.04"}
    day = ops.bookings.building_day(TUESDAY)
    floor4 = day.floors[3]
    assert floor4.bookings == 2
    # 09:00-10:00 WIB: one of floor 4's six bookable rooms is in use.
    assert floor4.hours[9 - day.first_hour] == pytest.approx(1 / 6)
    assert ops.bookings.search("ekspor", TUESDAY, TUESDAY)


def test_room_summaries_are_typed(ops: Operations) -> None:
    room = ops.bookings.rooms(4)[0]
    assert isinstance(room, RoomSummary) and room.floor_number == 4


def rule_agrees_with_rows(ops: Operations, series_id: object) -> None:
    """The series' rule gives exactly its occurrences' keys, and undetached occurrences are
    where the rule puts them."""
    with ops.database.reading() as session:
        series = session.get(BookingSeries, series_id)
        assert series is not None
        occurrences = session.scalars(select(Booking).where(
            Booking.series_id == series_id)).all()
        expanded = expand(series.rule, series.first_starts_at, WIB)
        skipped = {datetime.fromisoformat(s) for s in series.skipped}
        assert sorted(o.original_starts_at for o in occurrences) == \
            [s for s in expanded if s not in skipped]
        for o in occurrences:
            if not o.detached:
                assert o.starts_at == o.original_starts_at


def test_moving_a_whole_series_to_another_day_moves_its_rule(ops: Operations) -> None:
    weekly = request(recurrence=Recurrence(Frequency.WEEKLY, weekdays=(1, 3),
                                           until=date(2026, 12, 17)))
    ids = ops.bookings.book(weekly, actor=staff("desk")).booking_ids
    # Tuesdays and Thursdays become Wednesdays and Fridays, an hour later.
    ops.bookings.edit(ids[0], request(day=TUESDAY + timedelta(days=1), start=(10, 0)),
                      Scope.ALL, actor=staff("desk"))
    series_id = ops.bookings.booking(ids[0]).series_id
    rule_agrees_with_rows(ops, series_id)
    days = [ops.bookings.booking(i).starts_at.astimezone(WIB).strftime("%a %H") for i in ids]
    assert set(days) == {"Wed 10", "Fri 10"}
    # Then this and the following move once more: both halves still agree with their rules.
    ops.bookings.edit(ids[2], request(day=date(2026, 12, 2), start=(13, 0)),
                      Scope.FOLLOWING, actor=staff("desk"))
    head = ops.bookings.booking(ids[0]).series_id
    tail = ops.bookings.booking(ids[2]).series_id
    assert head != tail
    rule_agrees_with_rows(ops, head)
    rule_agrees_with_rows(ops, tail)
    assert ops.bookings.booking(ids[3]).starts_at.astimezone(WIB).strftime("%a %H") == "Fri 13"


def test_a_monthly_series_moved_by_days_is_refused_not_garbled(ops: Operations) -> None:
    """The 28th moved two days on is the 30th, which February lacks: such a series cannot
    move as a whole (its dates would leave the rule); nothing changes."""
    monthly = request(day=date(2026, 12, 28), recurrence=Recurrence(
        Frequency.MONTHLY_BY_DATE, count=3))
    ids = ops.bookings.book(monthly, actor=staff("desk")).booking_ids
    with pytest.raises(InvalidFieldError) as refused:
        ops.bookings.edit(ids[0], request(day=date(2026, 12, 30)), Scope.ALL, actor=staff("desk"))
    assert refused.value.error.code == ErrorCode.SERIES_CANNOT_MOVE
    assert ops.bookings.booking(ids[2]).starts_at.astimezone(WIB).date() == date(2027, 2, 28)
    # An hour later on the same dates is fine.
    ops.bookings.edit(ids[0], request(day=date(2026, 12, 28), start=(10, 0)), Scope.ALL,
                      actor=staff("desk"))
    rule_agrees_with_rows(ops, ops.bookings.booking(ids[0]).series_id)


def test_editing_all_from_an_exception_moves_the_others_by_what_was_asked(
        ops: Operations) -> None:
    ids = ops.bookings.book(request(recurrence=Recurrence(Frequency.DAILY, count=3)),
                            actor=staff("desk")).booking_ids
    third_day = TUESDAY + timedelta(days=2)
    ops.bookings.edit(ids[2], request(day=third_day, start=(14, 0)), Scope.ONE, actor=staff("desk"))
    # From the exception, "all" to 15:00: every day at 15:00 (not 09:00 + one hour).
    ops.bookings.edit(ids[2], request(day=third_day, start=(15, 0)), Scope.ALL, actor=staff("desk"))
    assert [ops.bookings.booking(i).starts_at.astimezone(WIB).hour for i in ids] == \
        [15, 15, 15]
    rule_agrees_with_rows(ops, ops.bookings.booking(ids[0]).series_id)


def test_the_past_cannot_be_booked_and_is_not_offered(ops: Operations) -> None:
    # Now is Monday 08:30: an hour ago is gone.
    with pytest.raises(BookingConflictError) as late:
        ops.bookings.book(request(day=date(2026, 11, 23), start=(7, 30)), actor=staff("desk"))
    assert late.value.occurrences[0].conflicts[0].kind == ConflictKind.PAST
    # A series entered late skips its past dates explicitly.
    series = request(day=date(2026, 11, 20), recurrence=Recurrence(Frequency.DAILY, count=5))
    plan = ops.bookings.plan(series)
    past = [o.original_starts_at for o in plan.conflicting]
    assert len(past) == 3  # 20, 21 and 22 November
    booked = ops.bookings.book(series, actor=staff("desk"), resolutions=dict.fromkeys(past, Skip()))
    assert len(booked.booking_ids) == 2
    result = ops.bookings.free_rooms(FreeRoomQuery(date(2026, 11, 23), time(7), timedelta(
        hours=1), attendees=10))
    assert result.offers == ()
    assert all(a.starts_at >= MORNING for a in result.alternatives)


def test_a_closure_after_booking_still_lets_the_booking_be_renamed(ops: Operations) -> None:
    booking_id = ops.bookings.book(request(), actor=staff("desk")).booking_ids[0]
    ops.bookings.close(ClosureScope.ROOM, at(TUESDAY, 8), at(TUESDAY, 12), "Pengecatan", staff(),
                       room_id=room_id("4.03"))
    ops.bookings.edit(booking_id, request(title="Pelatihan Ekspor (ruang dicat)"), Scope.ONE,
                      actor=staff("desk"))
    with pytest.raises(BookingConflictError) as moved:
        ops.bookings.edit(booking_id, request(start=(10, 0)), Scope.ONE, actor=staff("desk"))
    assert moved.value.occurrences[0].conflicts[0].kind == ConflictKind.CLOSED


def test_changing_an_approved_booking_asks_for_approval_again(ops: Operations) -> None:
    hall = request(code="10.01", attendees=100, hours=2)
    booking_id = ops.bookings.book(hall, actor=staff("desk")).booking_ids[0]
    ops.bookings.approve(booking_id, Scope.ONE, actor=staff("manager"))
    ops.bookings.edit(booking_id, dataclasses.replace(hall, title="Seminar Ekspor"), Scope.ONE,
                      actor=staff("desk"))
    assert ops.bookings.booking(booking_id).status == BookingStatus.CONFIRMED  # a new name
    ops.bookings.edit(booking_id, dataclasses.replace(hall, attendees=300), Scope.ONE,
                      actor=staff("desk"))
    assert ops.bookings.booking(booking_id).status == BookingStatus.PENDING  # more people


def test_an_occurrences_history_is_its_own(ops: Operations) -> None:
    ids = ops.bookings.book(request(recurrence=Recurrence(Frequency.DAILY, count=3)),
                            actor=staff("desk")).booking_ids
    ops.bookings.cancel(ids[2], Scope.ONE, actor=staff("desk"))
    actions = [e.action for e in ops.bookings.history(ids[0])]
    assert actions == ["create_series", "create"]
