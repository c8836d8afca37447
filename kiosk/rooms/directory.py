"""What a room may be: the fields a manager types, checked into the values that are stored,
every unusable field reported at once.

The rules are the building file's (:mod:`kiosk.building.catalogue`: the code's shape, the
limits, the amenities, each kind's usual buffers), so a room typed here and a room read from
the file obey the same ones.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.building import catalogue
from kiosk.errors import ErrorCode, FieldError, ValidationError
from kiosk.models import Floor, Room, RoomKind
from kiosk.visits.names import clean_text


@dataclass(frozen=True)
class RoomFields:
    """A room as the form holds it. ``code`` is "<floor>.<two digits>" and names the floor;
    ``kind`` a :class:`RoomKind` or its value; ``amenities`` from
    :data:`~kiosk.building.catalogue.AMENITIES`. A buffer left None is the kind's usual one
    (:data:`~kiosk.building.catalogue.DEFAULT_BUFFERS`)."""

    code: str
    name_id: str
    name_en: str
    kind: RoomKind | str
    capacity: int
    amenities: Collection[str] = ()
    bookable: bool = True
    needs_approval: bool = False
    setup_minutes: int | None = None
    cleanup_minutes: int | None = None


@dataclass(frozen=True)
class CleanRoom:
    """The column values of a room, checked."""

    code: str
    floor_id: uuid.UUID
    name_id: str
    name_en: str
    kind: RoomKind
    capacity: int
    amenities: tuple[str, ...]
    bookable: bool
    needs_approval: bool
    setup_minutes: int
    cleanup_minutes: int

    def columns(self) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        values["amenities"] = list(self.amenities)
        return values


def clean_room(session: Session, fields: RoomFields, editing: Room | None = None) -> CleanRoom:
    """The values to store for a new room, or for ``editing``. Raises
    :class:`ValidationError` naming every unusable field; a new room's code must be free
    (``ROOM_EXISTS``, or ``ROOM_RETIRED``: bring that one back), an edited room's code is the
    one it has (``ROOM_CODE_FIXED``)."""
    errors: list[FieldError] = []
    code = clean_text(fields.code)
    if editing is not None:
        floor_id: uuid.UUID | None = editing.floor_id
        if code != editing.code:
            errors.append(FieldError("code", ErrorCode.ROOM_CODE_FIXED))
    else:
        floor_id = _new_code(session, code, errors)
    name_id = _name(fields.name_id, "name_id", errors)
    name_en = _name(fields.name_en, "name_en", errors)
    kind = _kind(fields.kind, errors)
    capacity = _number(fields.capacity, "capacity", 1, catalogue.CAPACITY_LIMIT,
                       ErrorCode.CAPACITY_RANGE, errors)
    unknown = [a for a in fields.amenities if a not in catalogue.AMENITIES]
    if unknown:
        errors.append(FieldError("amenities", ErrorCode.UNKNOWN_AMENITY))
    setup, cleanup = catalogue.DEFAULT_BUFFERS[kind] if kind is not None else (0, 0)
    if fields.setup_minutes is not None:
        setup = _number(fields.setup_minutes, "setup_minutes", 0, catalogue.BUFFER_LIMIT,
                        ErrorCode.BUFFER_RANGE, errors)
    if fields.cleanup_minutes is not None:
        cleanup = _number(fields.cleanup_minutes, "cleanup_minutes", 0,
                          catalogue.BUFFER_LIMIT, ErrorCode.BUFFER_RANGE, errors)
    if errors:
        raise ValidationError(errors)
    assert floor_id is not None and kind is not None
    return CleanRoom(code, floor_id, name_id, name_en, kind, capacity,
                     tuple(dict.fromkeys(fields.amenities)), bool(fields.bookable),
                     bool(fields.needs_approval), setup, cleanup)


def _new_code(session: Session, code: str, errors: list[FieldError]) -> uuid.UUID | None:
    """The floor a new room's code names, when the code is free and the floor is there."""
    if not code:
        errors.append(FieldError("code", ErrorCode.REQUIRED))
        return None
    number = catalogue.floor_of(code)
    if number is None:
        errors.append(FieldError("code", ErrorCode.ROOM_CODE_INVALID))
        return None
    # Retired rooms keep their code (their row is tombstoned, not removed), and a room's id
    # is made from its code: a code is never given to a second room.
    taken = session.scalars(select(Room.deleted_at).where(
        or_(Room.code == code, Room.id == catalogue.room_id(code)))).all()
    if taken:
        retired = all(deleted_at is not None for deleted_at in taken)
        errors.append(FieldError("code", ErrorCode.ROOM_RETIRED if retired
                                 else ErrorCode.ROOM_EXISTS))
        return None
    floor_id = session.scalar(select(Floor.id).where(Floor.number == number,
                                                     Floor.deleted_at.is_(None)))
    if floor_id is None:
        errors.append(FieldError("code", ErrorCode.UNKNOWN_FLOOR))
    return floor_id


def _name(raw: str, field: str, errors: list[FieldError]) -> str:
    name = clean_text(raw)
    if not name:
        errors.append(FieldError(field, ErrorCode.REQUIRED))
    elif len(name) > catalogue.NAME_LIMIT:
        errors.append(FieldError(field, ErrorCode.TOO_LONG))
    elif not name.isprintable():
        errors.append(FieldError(field, ErrorCode.NAME_INVALID_CHARACTERS))
    return name


def _kind(raw: RoomKind | str, errors: list[FieldError]) -> RoomKind | None:
    try:
        return RoomKind(clean_text(raw).casefold())
    except ValueError:
        errors.append(FieldError("kind", ErrorCode.UNKNOWN_KIND if clean_text(raw)
                                 else ErrorCode.REQUIRED))
        return None


def _number(value: int, field: str, low: int, high: int, code: ErrorCode,
            errors: list[FieldError]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(FieldError(field, ErrorCode.NOT_A_NUMBER))
        return 0
    if not low <= value <= high:
        errors.append(FieldError(field, code))
    return value
