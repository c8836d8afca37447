"""Today in the building: the trainings, meetings and events visitors come for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.bookings.rules import overlapping
from kiosk.models import Booking, BookingStatus, Floor, Organization, Room


@dataclass(frozen=True)
class EventSummary:
    booking_id: uuid.UUID
    title: str
    organization: str
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus
    room_code: str
    room_name_id: str
    room_name_en: str
    floor_number: int
    floor_name_id: str
    floor_name_en: str
    directions_id: str
    directions_en: str


def events_between(session: Session, start: datetime, end: datetime) -> list[EventSummary]:
    """Confirmed and pending bookings overlapping ``[start, end)``, by start time then floor."""
    rows = session.execute(
        select(Booking, Room, Floor, Organization)
        .join(Room, Room.id == Booking.room_id)
        .join(Floor, Floor.id == Room.floor_id)
        .outerjoin(Organization, Organization.id == Booking.organization_id)
        .where(
            overlapping(start, end),
            Booking.deleted_at.is_(None),
            Booking.status.in_([BookingStatus.CONFIRMED, BookingStatus.PENDING]),
        )
        .order_by(Booking.starts_at, Floor.number, Room.code)
    ).all()
    return [
        EventSummary(
            booking_id=booking.id,
            title=booking.title,
            organization=organization.name if organization else "",
            starts_at=booking.starts_at,
            ends_at=booking.ends_at,
            status=booking.status,
            room_code=room.code,
            room_name_id=room.name_id,
            room_name_en=room.name_en,
            floor_number=floor.number,
            floor_name_id=floor.name_id,
            floor_name_en=floor.name_en,
            directions_id=floor.directions_id,
            directions_en=floor.directions_en,
        )
        for booking, room, floor, organization in rows
    ]
