"""Floors and rooms of the building, loaded from the catalogue in ``resources/``."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.db.base import Base, Synced, str_enum
from kiosk.db.changes import Change


class RoomKind(enum.StrEnum):
    TRAINING = "training"
    MEETING = "meeting"
    SHOWROOM = "showroom"
    COWORKING = "coworking"
    CONSULTATION = "consultation"
    STUDIO = "studio"
    LAB = "lab"
    OFFICE = "office"
    HALL = "hall"


class Floor(Synced, Base):
    change_kind = Change.CATALOGUE

    __tablename__ = "floor"

    number: Mapped[int] = mapped_column(unique=True)
    name_id: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    directions_id: Mapped[str] = mapped_column(String(300), default="")
    directions_en: Mapped[str] = mapped_column(String(300), default="")

    rooms: Mapped[list[Room]] = relationship(
        back_populates="floor", lazy="raise", order_by="Room.code"
    )

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


class Room(Synced, Base):
    change_kind = Change.CATALOGUE

    __tablename__ = "room"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    floor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("floor.id"), index=True)
    name_id: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    kind: Mapped[RoomKind] = mapped_column(str_enum(RoomKind))
    capacity: Mapped[int]
    amenities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    bookable: Mapped[bool] = mapped_column(default=True)
    needs_approval: Mapped[bool] = mapped_column(default=False)
    #: Minutes the room is held before and after each booking (setting up, cleaning up).
    setup_minutes: Mapped[int] = mapped_column(default=0)
    cleanup_minutes: Mapped[int] = mapped_column(default=0)

    floor: Mapped[Floor] = relationship(back_populates="rooms", lazy="raise")

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en
