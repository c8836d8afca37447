"""The building catalogue: floors and rooms from ``resources/building.toml`` into the database.

A device loads it once, to seed a fresh install (after that, managers keep the rooms in the
app, :mod:`kiosk.rooms`); ``gic-kiosk central catalogue`` publishes a file to the central
database with the same rules.

Room and floor ids are UUIDv5 of their code, so every device that loads the same file gives
the same rows the same ids and sync never duplicates them. Loading is idempotent: unchanged
rows are not touched (no outbox noise); a room that left the file is retired with a
tombstone, and comes back to life if its code returns.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.building.name import CATALOGUE_FILE
from kiosk.db.types import utc_now
from kiosk.models import Floor, Room, RoomKind

_NAMESPACE = uuid.UUID("6d1f3f4e-2b8a-5c1e-9a57-0c6e4a1b7f21")

#: Set-up and clean-up minutes a room is held around each booking, when the catalogue does not
#: say: a hall needs chairs and sound set up, a meeting room only a quick tidy.
DEFAULT_BUFFERS = {
    RoomKind.HALL: (60, 60),
    RoomKind.SHOWROOM: (30, 30),
    RoomKind.STUDIO: (15, 15),
    RoomKind.LAB: (30, 30),
    RoomKind.TRAINING: (15, 15),
    RoomKind.MEETING: (0, 10),
    RoomKind.CONSULTATION: (0, 5),
    RoomKind.COWORKING: (0, 0),
    RoomKind.OFFICE: (0, 0),
}
#: Room keys the catalogue may leave out.
OPTIONAL_ROOM_KEYS = {"setup_minutes", "cleanup_minutes"}

#: A room's code: its floor, a dot, two digits ("4.03", "10.01").
ROOM_CODE = re.compile(r"([1-9][0-9]?)\.[0-9]{2}")
#: Widths of a room's names (``room.name_id``, ``room.name_en``).
NAME_LIMIT = 80
#: The most people a room may be said to hold.
CAPACITY_LIMIT = 5000
#: The longest set-up or clean-up around a booking, in minutes.
BUFFER_LIMIT = 240

AMENITIES = frozenset(
    {
        "projector", "screen", "tv", "whiteboard", "sound_system", "microphone",
        "video_conference", "wifi", "ac", "kitchen", "sink", "lighting_kit", "green_screen",
        "camera", "computer", "stage", "display_shelves", "wheelchair_access",
    }
)


class CatalogueError(ValueError):
    """The catalogue file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class FloorSpec:
    number: int
    name_id: str
    name_en: str
    directions_id: str
    directions_en: str

    @property
    def id(self) -> uuid.UUID:
        return floor_id(self.number)


@dataclass(frozen=True)
class RoomSpec:
    code: str
    floor: int
    name_id: str
    name_en: str
    kind: RoomKind
    capacity: int
    amenities: tuple[str, ...]
    bookable: bool
    needs_approval: bool
    setup_minutes: int = 0
    cleanup_minutes: int = 0

    @property
    def id(self) -> uuid.UUID:
        return room_id(self.code)


@dataclass(frozen=True)
class Catalogue:
    building_name: str
    city: str
    floors: tuple[FloorSpec, ...]
    rooms: tuple[RoomSpec, ...]


@dataclass
class CatalogueChanges:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.updated or self.retired)


def floor_id(number: int) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"floor:{number}")


def room_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"room:{code}")


def floor_of(code: str) -> int | None:
    """The floor a room code names ("4.03" is on floor 4); None for a code of another shape."""
    found = ROOM_CODE.fullmatch(code)
    return int(found[1]) if found else None


def read_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path}: {exc}") from exc
    reader = _Reader(str(path))
    building = reader.table(data, "building", {"name", "city"})
    floors = tuple(reader.floor(i, f) for i, f in enumerate(reader.array(data, "floors")))
    rooms = tuple(reader.room(i, r) for i, r in enumerate(reader.array(data, "rooms")))
    extra = set(data) - {"building", "floors", "rooms"}
    if extra:
        raise CatalogueError(f"{path}: unknown section {sorted(extra)[0]!r}")
    _check_consistency(str(path), floors, rooms)
    return Catalogue(
        building_name=reader.text(building, "name", "building"),
        city=reader.text(building, "city", "building"),
        floors=floors,
        rooms=rooms,
    )


def apply_catalogue(session: Session, catalogue: Catalogue) -> CatalogueChanges:
    """Make the database's floors and rooms match the catalogue. Flushes, never commits."""
    changes = CatalogueChanges()
    floors = {f.id: f for f in session.scalars(select(Floor))}
    for spec in catalogue.floors:
        values = {
            "number": spec.number,
            "name_id": spec.name_id,
            "name_en": spec.name_en,
            "directions_id": spec.directions_id,
            "directions_en": spec.directions_en,
            "deleted_at": None,
        }
        _upsert(session, Floor, floors.get(spec.id), spec.id, values, f"floor {spec.number}",
                changes)
    session.flush()

    rooms = {r.id: r for r in session.scalars(select(Room))}
    wanted = set()
    for room_spec in catalogue.rooms:
        wanted.add(room_spec.id)
        values = {
            "code": room_spec.code,
            "floor_id": floor_id(room_spec.floor),
            "name_id": room_spec.name_id,
            "name_en": room_spec.name_en,
            "kind": room_spec.kind,
            "capacity": room_spec.capacity,
            "amenities": list(room_spec.amenities),
            "bookable": room_spec.bookable,
            "needs_approval": room_spec.needs_approval,
            "setup_minutes": room_spec.setup_minutes,
            "cleanup_minutes": room_spec.cleanup_minutes,
            "deleted_at": None,
        }
        _upsert(session, Room, rooms.get(room_spec.id), room_spec.id, values,
                f"room {room_spec.code}", changes)
    for room in rooms.values():
        if room.id not in wanted and room.deleted_at is None:
            room.deleted_at = utc_now()
            changes.retired.append(f"room {room.code}")
    floor_numbers = {spec.number for spec in catalogue.floors}
    for floor in floors.values():
        if floor.number not in floor_numbers and floor.deleted_at is None:
            floor.deleted_at = utc_now()
            changes.retired.append(f"floor {floor.number}")
    session.flush()
    return changes


def _upsert(session: Session, model: type[Floor] | type[Room], row: Floor | Room | None,
            row_id: uuid.UUID, values: dict[str, Any], label: str,
            changes: CatalogueChanges) -> None:
    if row is None:
        session.add(model(id=row_id, **values))
        changes.added.append(label)
        return
    differing = {k: v for k, v in values.items() if getattr(row, k) != v}
    if differing:
        for key, value in differing.items():
            setattr(row, key, value)
        changes.updated.append(label)


def _check_consistency(source: str, floors: tuple[FloorSpec, ...],
                       rooms: tuple[RoomSpec, ...]) -> None:
    numbers = [f.number for f in floors]
    if len(set(numbers)) != len(numbers):
        raise CatalogueError(f"{source}: a floor number appears twice")
    codes = [r.code for r in rooms]
    duplicates = {c for c in codes if codes.count(c) > 1}
    if duplicates:
        raise CatalogueError(f"{source}: room code {sorted(duplicates)[0]} appears twice")
    for room in rooms:
        if room.floor not in numbers:
            raise CatalogueError(f"{source}: room {room.code} is on floor {room.floor}, "
                                 "which is not in the file")
        if floor_of(room.code) != room.floor:
            raise CatalogueError(f"{source}: room {room.code} does not start with its floor "
                                 f"number {room.floor}")


class _Reader:
    """Strict reading of the TOML structure with messages that say where the problem is."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> CatalogueError:
        return CatalogueError(f"{self.source}: {where}: {message}")

    def table(self, data: Any, key: str, keys: set[str]) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "missing table")
        self.exact_keys(value, keys, key)
        return value

    def array(self, data: dict[str, Any], key: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(key, f"missing [[{key}]] entries")
        return value

    def exact_keys(self, value: dict[str, Any], keys: set[str], where: str,
                   optional: frozenset[str] | set[str] = frozenset()) -> None:
        missing, unknown = keys - set(value), set(value) - keys - optional
        if missing:
            raise self.fail(where, f"missing key {sorted(missing)[0]!r}")
        if unknown:
            raise self.fail(where, f"unknown key {sorted(unknown)[0]!r}")

    def text(self, value: dict[str, Any], key: str, where: str,
             limit: int = NAME_LIMIT) -> str:
        text = value[key]
        if not isinstance(text, str) or not text.strip():
            raise self.fail(where, f"{key} must be non-empty text")
        if len(text) > limit:
            raise self.fail(where, f"{key} is longer than {limit} characters")
        return text.strip()

    def integer(self, value: dict[str, Any], key: str, where: str, low: int, high: int) -> int:
        number = value[key]
        if isinstance(number, bool) or not isinstance(number, int) or not low <= number <= high:
            raise self.fail(where, f"{key} must be a whole number from {low} to {high}")
        return number

    def flag(self, value: dict[str, Any], key: str, where: str) -> bool:
        if not isinstance(value[key], bool):
            raise self.fail(where, f"{key} must be true or false")
        return bool(value[key])

    def floor(self, index: int, value: Any) -> FloorSpec:
        where = f"floors[{index}]"
        if not isinstance(value, dict):
            raise self.fail(where, "expected a table")
        self.exact_keys(value, {"number", "name_id", "name_en", "directions_id",
                                "directions_en"}, where)
        return FloorSpec(
            number=self.integer(value, "number", where, 1, 99),
            name_id=self.text(value, "name_id", where),
            name_en=self.text(value, "name_en", where),
            directions_id=self.text(value, "directions_id", where, 300),
            directions_en=self.text(value, "directions_en", where, 300),
        )

    def room(self, index: int, value: Any) -> RoomSpec:
        where = f"rooms[{index}]"
        if not isinstance(value, dict):
            raise self.fail(where, "expected a table")
        if isinstance(value.get("code"), str):
            where = f"room {value['code']}"
        self.exact_keys(value, {"code", "floor", "name_id", "name_en", "kind", "capacity",
                                "amenities", "bookable", "needs_approval"}, where,
                        OPTIONAL_ROOM_KEYS)
        code = self.text(value, "code", where, 10)
        if floor_of(code) is None:
            raise self.fail(where, "code must look like '5.03'")
        try:
            kind = RoomKind(value["kind"])
        except ValueError:
            kinds = ", ".join(k.value for k in RoomKind)
            raise self.fail(where, f"kind {value['kind']!r} is not one of {kinds}") from None
        amenities = value["amenities"]
        if not isinstance(amenities, list) or len(set(amenities)) != len(amenities):
            raise self.fail(where, "amenities must be a list without repeats")
        unknown = [a for a in amenities if a not in AMENITIES]
        if unknown:
            raise self.fail(where, f"unknown amenity {unknown[0]!r}")
        setup, cleanup = DEFAULT_BUFFERS[kind]
        if "setup_minutes" in value:
            setup = self.integer(value, "setup_minutes", where, 0, BUFFER_LIMIT)
        if "cleanup_minutes" in value:
            cleanup = self.integer(value, "cleanup_minutes", where, 0, BUFFER_LIMIT)
        return RoomSpec(
            code=code,
            floor=self.integer(value, "floor", where, 1, 99),
            name_id=self.text(value, "name_id", where),
            name_en=self.text(value, "name_en", where),
            kind=kind,
            capacity=self.integer(value, "capacity", where, 1, CAPACITY_LIMIT),
            amenities=tuple(amenities),
            bookable=self.flag(value, "bookable", where),
            needs_approval=self.flag(value, "needs_approval", where),
            setup_minutes=setup,
            cleanup_minutes=cleanup,
        )
