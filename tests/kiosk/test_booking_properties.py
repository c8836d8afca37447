"""Properties of the booking rules under any sequence of receptionists' actions."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from kiosk.bookings.booking import BookingRequest, Scope, Skip
from kiosk.bookings.recurrence import Frequency, Recurrence, expand
from kiosk.bookings.rules import BookingConflictError
from kiosk.building.catalogue import room_id
from kiosk.config import load_settings
from kiosk.errors import KioskError
from kiosk.models import HOLDING, Booking, BookingSeries, OutboxEntry
from kiosk.operations import Operations
from tests.conftest import MORNING, staff

WIB = ZoneInfo("Asia/Jakarta")
FIRST_DAY = date(2026, 11, 24)
# A training room (15-minute buffers), a meeting room (10 minutes after) and a hall that needs
# approval (an hour either side).
ROOMS = ("4.03", "4.06", "10.01")

_template: Path | None = None


def fresh_operations() -> tuple[Operations, Path]:
    """A new device database per example: a copy of one migrated, catalogued file."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="gic-template-"))
        (folder / "config.toml").write_text('data_dir = "data"\n', encoding="utf-8")
        ops = Operations.open(load_settings(folder / "config.toml", environ={}),
                              clock=lambda: MORNING)
        ops.close()
        _template = folder
    folder = Path(tempfile.mkdtemp(prefix="gic-example-"))
    shutil.copytree(_template, folder, dirs_exist_ok=True)
    settings = load_settings(folder / "config.toml", environ={})
    return Operations.open(settings, clock=lambda: MORNING), folder


# Two days of 15-minute steps from 08:00: crowded enough that bookings meet at their buffers.
starts = st.builds(
    lambda day, slot: datetime.combine(FIRST_DAY + timedelta(days=day), time(8), tzinfo=WIB)
    + timedelta(minutes=15 * slot),
    st.integers(0, 1), st.integers(0, 24))
lengths = st.integers(1, 8).map(lambda quarters: timedelta(minutes=15 * quarters))
recurrences = st.one_of(
    st.none(),
    st.builds(Recurrence, st.just(Frequency.DAILY), count=st.integers(1, 3)),
    st.builds(Recurrence, st.just(Frequency.WEEKLY), interval=st.integers(1, 2),
              weekdays=st.sets(st.integers(0, 6), max_size=3).map(tuple),
              count=st.integers(1, 5)),
    st.builds(Recurrence, st.sampled_from([Frequency.MONTHLY_BY_DATE,
                                           Frequency.MONTHLY_BY_WEEKDAY]),
              count=st.integers(1, 3)),
)


class Reception(RuleBasedStateMachine):
    """Receptionists book, edit, cancel and approve in any order; the building's rooms are
    never double-booked, failures leave no trace and exceptions survive series edits."""

    @initialize()
    def open(self) -> None:
        self.ops, self.folder = fresh_operations()
        self.made: list[uuid.UUID] = []

    def teardown(self) -> None:
        self.ops.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _counts(self) -> tuple[int, int]:
        with self.ops.database.reading() as session:
            return (session.scalar(select(func.count()).select_from(Booking)) or 0,
                    session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def _attempt(self, action: object) -> object:
        before = self._counts()
        try:
            return action()  # type: ignore[operator]
        except (BookingConflictError, KioskError):
            assert self._counts() == before, "a refused action left rows behind"
            return None

    @rule(code=st.sampled_from(ROOMS), start=starts, length=lengths, repeat=recurrences)
    def book(self, code: str, start: datetime, length: timedelta,
             repeat: Recurrence | None) -> None:
        request = BookingRequest(room_id(code), "Acara", start, start + length, attendees=5,
                                 recurrence=repeat)
        booked = self._attempt(lambda: self.ops.bookings.book(request, actor=staff("desk")))
        if booked is not None:
            self.made.extend(booked.booking_ids)  # type: ignore[attr-defined]

    @rule(code=st.sampled_from(ROOMS), start=starts, length=lengths, repeat=recurrences)
    def book_skipping_conflicts(self, code: str, start: datetime, length: timedelta,
                                repeat: Recurrence | None) -> None:
        """What a receptionist does with a series that meets other bookings: skip those."""
        request = BookingRequest(room_id(code), "Seri", start, start + length, attendees=5,
                                 recurrence=repeat)
        plan = self._attempt(lambda: self.ops.bookings.plan(request))
        if plan is None:
            return
        skips = {o.original_starts_at: Skip() for o in plan.conflicting}  # type: ignore[attr-defined]
        booked = self._attempt(lambda: self.ops.bookings.book(request, actor=staff("desk"),
                                                              resolutions=skips))
        if booked is not None:
            self.made.extend(booked.booking_ids)  # type: ignore[attr-defined]

    @rule(data=st.data(), scope=st.sampled_from(Scope), shift=st.integers(-8, 8),
          length=lengths, code=st.sampled_from(ROOMS))
    def edit(self, data: st.DataObject, scope: Scope, shift: int, length: timedelta,
             code: str) -> None:
        if not self.made:
            return
        target = self.ops.bookings.booking(data.draw(st.sampled_from(self.made)))
        detached = self._detached_others(target.series_id, target.id)
        start = target.starts_at + timedelta(minutes=15 * shift)
        request = BookingRequest(room_id(code), "Diubah", start, start + length, attendees=5)
        self._attempt(lambda: self.ops.bookings.edit(target.id, request, scope,
                                                     actor=staff("desk")))
        # Occurrences edited on their own before are exceptions: a series edit leaves them.
        for booking_id, state in detached.items():
            assert self._state(booking_id) == state

    @rule(data=st.data(), scope=st.sampled_from(Scope))
    def cancel(self, data: st.DataObject, scope: Scope) -> None:
        if self.made:
            target = data.draw(st.sampled_from(self.made))
            self._attempt(lambda: self.ops.bookings.cancel(target, scope, actor=staff("desk")))

    @rule(data=st.data(), scope=st.sampled_from(Scope))
    def reject(self, data: st.DataObject, scope: Scope) -> None:
        if self.made:
            target = data.draw(st.sampled_from(self.made))
            self._attempt(lambda: self.ops.bookings.reject(target, scope, "Penuh",
                                                           actor=staff("manager")))

    @rule(data=st.data(), scope=st.sampled_from(Scope))
    def approve(self, data: st.DataObject, scope: Scope) -> None:
        if self.made:
            target = data.draw(st.sampled_from(self.made))
            self._attempt(lambda: self.ops.bookings.approve(target, scope, actor=staff("manager")))

    def _detached_others(self, series_id: uuid.UUID | None, own: uuid.UUID
                         ) -> dict[uuid.UUID, tuple[object, ...]]:
        if series_id is None:
            return {}
        with self.ops.database.reading() as session:
            ids = session.scalars(select(Booking.id).where(
                Booking.series_id == series_id, Booking.detached.is_(True),
                Booking.id != own)).all()
        return {i: self._state(i) for i in ids}

    def _state(self, booking_id: uuid.UUID) -> tuple[object, ...]:
        b = self.ops.bookings.booking(booking_id)
        return (b.title, b.starts_at, b.ends_at, b.room_id, b.status)

    @invariant()
    def no_room_is_double_booked(self) -> None:
        if not hasattr(self, "ops"):
            return
        with self.ops.database.reading() as session:
            held = session.execute(
                select(Booking.room_id, Booking.blocked_from, Booking.blocked_until)
                .where(Booking.status.in_(HOLDING), Booking.deleted_at.is_(None))
                .order_by(Booking.room_id, Booking.blocked_from)).all()
        latest: dict[uuid.UUID, datetime] = {}
        for room, blocked_from, blocked_until in held:
            assert blocked_from >= latest.get(room, blocked_from), "two bookings hold one room"
            latest[room] = max(blocked_until, latest.get(room, blocked_until))

    @invariant()
    def every_series_rule_gives_exactly_its_occurrences(self) -> None:
        """Skips, moves, splits and whole-series edits keep the rule, its skipped dates and
        the occurrences' keys in agreement (what the ICS export and later edits rely on)."""
        if not hasattr(self, "ops"):
            return
        with self.ops.database.reading() as session:
            for series in session.scalars(select(BookingSeries)):
                keys = sorted(session.scalars(select(Booking.original_starts_at).where(
                    Booking.series_id == series.id)))
                skipped = {datetime.fromisoformat(s) for s in series.skipped}
                expanded = expand(series.rule, series.first_starts_at, WIB)
                assert keys == [s for s in expanded if s not in skipped]

    @invariant()
    def times_are_utc_and_buffers_surround_the_booking(self) -> None:
        if not hasattr(self, "ops"):
            return
        with self.ops.database.reading() as session:
            for b in session.scalars(select(Booking)):
                assert b.starts_at.tzinfo is UTC
                assert b.blocked_from <= b.starts_at < b.ends_at <= b.blocked_until


Reception.TestCase.settings = settings(
    max_examples=50, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestReception = Reception.TestCase


any_time = st.builds(
    lambda day, minutes: datetime.combine(FIRST_DAY + timedelta(days=day), time(0), tzinfo=WIB)
    + timedelta(minutes=minutes),
    st.integers(0, 400), st.integers(0, 24 * 60 - 1))


@given(start=any_time, length=lengths)
@settings(max_examples=30, deadline=None)
def test_wib_wall_time_survives_the_round_trip(start: datetime, length: timedelta) -> None:
    ops, folder = fresh_operations()
    try:
        request = BookingRequest(room_id("4.03"), "Rapat", start, start + length)
        booked = ops.bookings.book(request, actor=staff("desk"))
        shown = ops.bookings.booking(booked.booking_ids[0])
        assert shown.starts_at.astimezone(WIB) == start
        assert shown.starts_at.utcoffset() == timedelta(0)
        assert shown.starts_at == start.replace(tzinfo=None).replace(tzinfo=UTC) - \
            timedelta(hours=7)  # WIB is UTC+7, all year
        with ops.database.reading() as session:
            stored = session.connection().exec_driver_sql(
                "SELECT starts_at FROM booking").scalar_one()
        assert stored.startswith(f"{shown.starts_at:%Y-%m-%d %H:%M:%S}")
    except BookingConflictError as refused:
        # Only opening hours (07:00-21:00 WIB) and holidays stand in an empty building's way.
        kinds = {c.kind.value for o in refused.occurrences for c in o.conflicts}
        assert kinds <= {"outside_hours", "holiday"}
        local = start.astimezone(WIB)
        outside = local.time() < time(7) or (local + length).time() > time(21) \
            or (local + length).date() != local.date()
        assert ("outside_hours" in kinds) == outside
    finally:
        ops.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("repeat", [Recurrence(Frequency.DAILY, count=4)])
def test_a_series_is_one_transaction(repeat: Recurrence) -> None:
    """A series whose last occurrence collides saves none of its occurrences."""
    ops, folder = fresh_operations()
    try:
        start = datetime.combine(FIRST_DAY + timedelta(days=3), time(9), tzinfo=WIB)
        ops.bookings.book(BookingRequest(room_id("4.03"), "Lebih dulu", start,
                                         start + timedelta(hours=1)), actor=staff("desk"))
        series = dataclasses.replace(
            BookingRequest(room_id("4.03"), "Seri", start - timedelta(days=3),
                           start - timedelta(days=3) + timedelta(hours=1)), recurrence=repeat)
        with pytest.raises(BookingConflictError):
            ops.bookings.book(series, actor=staff("desk"))
        with ops.database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Booking)) == 1
    finally:
        ops.close()
        shutil.rmtree(folder, ignore_errors=True)
