"""The demo seeder: a believable building, consistent data, safe to run twice, reproducible."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.config import Settings
from kiosk.demo.seed import seed_demo
from kiosk.models import (
    Booking,
    BookingStatus,
    CheckoutKind,
    Organization,
    OrganizationKind,
    OutboxEntry,
    Visit,
    Visitor,
)
from kiosk.operations import Operations
from tests.conftest import MORNING

#: Monday 13:30 WIB: the morning peak is over and the afternoon one has begun.
NOW = MORNING + timedelta(hours=5)
TABLES = (Organization, Visitor, Visit, Booking, OutboxEntry)


def row_counts(settings: Settings) -> dict[str, int]:
    ops = Operations.open(settings)
    try:
        with ops.database.reading() as session:
            return {
                model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in TABLES
            }
    finally:
        ops.close()


def visitor_names(settings: Settings) -> list[str]:
    ops = Operations.open(settings)
    try:
        with ops.database.reading() as session:
            return sorted(session.scalars(select(Visitor.full_name)))
    finally:
        ops.close()


@pytest.fixture
def seeded(settings: Settings) -> tuple[Settings, str]:
    return settings, seed_demo(settings, days=3, seed=7, now=NOW)


def test_the_building_is_at_work(seeded: tuple[Settings, str]) -> None:
    settings, report = seeded
    assert report.startswith("Seeded ") and str(settings.database_path) in report
    ops = Operations.open(settings)
    try:
        groups = ops.visitors_in_building()
        inside = [v for g in groups for v in g.visits]
        assert 20 <= len(inside) <= 30
        assert any(v.group_size == 25 and v.purpose == "training" for v in inside)
        assert len({g.floor_number for g in groups}) >= 3  # spread over the building
        assert any(g.floor_number is None for g in groups)  # someone waits at reception
        hosts = ops.destinations().hosts
        assert len(hosts) >= 15 and all(h.floor_number is not None for h in hosts)
        with ops.database.reading() as session:
            visits = list(session.scalars(select(Visit)))
            kinds = {o.kind for o in session.scalars(select(Organization))}
    finally:
        ops.close()
    assert {OrganizationKind.TENANT, OrganizationKind.AGENCY,
            OrganizationKind.PARTNER} <= kinds
    assert all(v.checked_in_at.tzinfo is not None and v.checked_in_at < NOW for v in visits)
    closed = [v for v in visits if v.checked_out_at is not None]
    assert all(v.checked_out_at is not None and v.checked_in_at <= v.checked_out_at <= NOW
               and v.checkout_kind is not None for v in closed)
    assert {v.checkout_kind for v in closed} == set(CheckoutKind)
    # Nobody visits on the Sunday before NOW; Friday and Saturday are open.
    assert 120 <= len(visits) <= 380


def test_active_bookings_of_a_room_never_overlap(seeded: tuple[Settings, str]) -> None:
    settings, _ = seeded
    ops = Operations.open(settings)
    try:
        with ops.database.reading() as session:
            bookings = list(session.scalars(select(Booking).order_by(Booking.starts_at)))
    finally:
        ops.close()
    assert len(bookings) > 50
    assert {b.status for b in bookings} >= {BookingStatus.CONFIRMED, BookingStatus.CANCELLED}
    by_room: dict[object, list[Booking]] = {}
    for booking in bookings:
        assert booking.starts_at.tzinfo is not None and booking.ends_at > booking.starts_at
        if booking.status in (BookingStatus.CONFIRMED, BookingStatus.PENDING):
            by_room.setdefault(booking.room_id, []).append(booking)
    for room_bookings in by_room.values():
        for earlier, later in pairwise(room_bookings):
            assert earlier.ends_at <= later.starts_at, (earlier.title, later.title)


def test_every_seeded_row_is_in_the_outbox(seeded: tuple[Settings, str]) -> None:
    counts = row_counts(seeded[0])
    catalogue_rows = counts["OutboxEntry"] - sum(
        counts[m.__name__] for m in (Organization, Visitor, Visit, Booking))
    assert catalogue_rows > 0  # floors and rooms; everything else is one insert per row


def test_seeding_again_changes_nothing(seeded: tuple[Settings, str]) -> None:
    settings, _ = seeded
    before = row_counts(settings)
    report = seed_demo(settings, days=3, seed=8, now=NOW + timedelta(days=1))
    assert report.startswith("Nothing seeded")
    assert row_counts(settings) == before


def test_same_seed_same_people(seeded: tuple[Settings, str], tmp_path: Path) -> None:
    settings, _ = seeded
    other = dataclasses.replace(settings, data_dir=str(tmp_path / "other"))
    seed_demo(other, days=3, seed=7, now=NOW)
    assert visitor_names(other) == visitor_names(settings)
    assert row_counts(other) == row_counts(settings)
