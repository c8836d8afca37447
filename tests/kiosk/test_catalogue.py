from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.building.catalogue import (
    CATALOGUE_FILE,
    CatalogueError,
    apply_catalogue,
    read_catalogue,
    room_id,
)
from kiosk.config import load_settings
from kiosk.db.unit_of_work import Database
from kiosk.models import Floor, OutboxEntry, Room, RoomKind
from kiosk.operations import Operations


def test_the_building_has_ten_floors_and_a_real_set_of_rooms() -> None:
    catalogue = read_catalogue()
    assert [f.number for f in catalogue.floors] == list(range(1, 11))
    assert 40 <= len(catalogue.rooms) <= 80
    assert {r.kind for r in catalogue.rooms} == set(RoomKind)
    for room in catalogue.rooms:
        assert re.fullmatch(r"\d{1,2}\.\d{2}", room.code)
        assert room.name_id and room.name_en
    hall = [r for r in catalogue.rooms if r.kind is RoomKind.HALL and r.floor == 10]
    assert hall and max(r.capacity for r in hall) >= 300


def load(database: Database, path: Path = CATALOGUE_FILE) -> None:
    with database.unit_of_work() as session:
        apply_catalogue(session, read_catalogue(path))


def counts(database: Database) -> tuple[int, int, int]:
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(m)) for m in (Floor, Room, OutboxEntry)
        )


def test_loading_twice_changes_nothing(database: Database) -> None:
    load(database)
    first = counts(database)
    with database.unit_of_work() as session:
        changes = apply_catalogue(session, read_catalogue())
    assert changes.unchanged
    assert counts(database) == first  # no duplicates and no outbox noise


def test_editing_the_file_updates_adds_and_retires_without_duplicates(
    database: Database, tmp_path: Path
) -> None:
    load(database)
    floors, rooms, _ = counts(database)
    text = CATALOGUE_FILE.read_text(encoding="utf-8")
    victim = read_catalogue().rooms[0]
    renamed = read_catalogue().rooms[1]
    # Remove one room, rename another, add a new one.
    blocks = text.split("[[rooms]]")
    kept = [b for b in blocks if f'code = "{victim.code}"' not in b]
    edited = "[[rooms]]".join(kept).replace(f'"{renamed.name_en}"', '"Renamed Room"', 1)
    edited += (
        '\n[[rooms]]\ncode = "3.99"\nfloor = 3\nname_id = "Ruang Baru"\nname_en = "New Room"\n'
        'kind = "meeting"\ncapacity = 10\namenities = ["wifi"]\nbookable = true\n'
        "needs_approval = false\n"
    )
    path = tmp_path / "building.toml"
    path.write_text(edited, encoding="utf-8")
    with database.unit_of_work() as session:
        changes = apply_catalogue(session, read_catalogue(path))
    assert changes.added == ["room 3.99"]
    assert changes.updated == [f"room {renamed.code}"]
    assert changes.retired == [f"room {victim.code}"]
    assert counts(database)[:2] == (floors, rooms + 1)
    with database.reading() as session:
        retired = session.get_one(Room, room_id(victim.code))
        assert retired.deleted_at is not None
        assert session.get_one(Room, room_id(renamed.code)).name_en == "Renamed Room"
    # Putting the room back revives the same row.
    load(database)
    with database.reading() as session:
        assert session.get_one(Room, room_id(victim.code)).deleted_at is None


def test_the_building_file_seeds_a_fresh_install_once(tmp_path: Path) -> None:
    """The ``building_file`` setting (relative to the config file) seeds the floors and rooms
    of a fresh install and names the building. The file is not applied again: from then on
    the rooms are the managers' (``ops.rooms``), so a later edit of the file changes nothing
    (tests/kiosk/test_rooms.py: what a manager changed survives a restart)."""
    site = tmp_path / "site"
    site.mkdir()
    building = site / "gedung.toml"
    serpong = 'name_id = "Ruang Pelatihan Serpong"'
    building.write_text(CATALOGUE_FILE.read_text(encoding="utf-8")
                        .replace('name = "Gedung Inovasi Center"', 'name = "Graha UMKM"')
                        .replace(serpong, 'name_id = "Ruang Garuda"'), encoding="utf-8")
    config = site / "config.toml"
    config.write_text('data_dir = "data"\nbuilding_file = "gedung.toml"\n', encoding="utf-8")
    settings = load_settings(config, environ={})
    assert settings.building_file == str(building)
    with Operations.open(settings) as ops:
        assert ops.building_name == "Graha UMKM"
        assert ops.rooms.get(room_id("4.01")).name_id == "Ruang Garuda"
        seeded = counts(ops.database)
    blocks = building.read_text(encoding="utf-8").split("[[rooms]]")
    building.write_text("[[rooms]]".join(b for b in blocks if 'code = "4.02"' not in b)
                        .replace("Ruang Garuda", "Ruang Nusantara"), encoding="utf-8")
    with Operations.open(settings) as ops:
        assert ops.rooms.get(room_id("4.01")).name_id == "Ruang Garuda"
        assert not ops.rooms.get(room_id("4.02")).retired
        assert counts(ops.database) == seeded


def test_room_ids_are_the_same_on_every_device(tmp_path: Path) -> None:
    assert room_id("5.03") == room_id("5.03")
    assert room_id("5.03") != room_id("5.04")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('kind = "training"', 'kind = "gym"'), "kind 'gym' is not one of"),
        (('capacity = ', 'capacity = -'), "capacity must be a whole number"),
        (("bookable = true", "bookable = 'yes'"), "bookable must be true or false"),
        (('"wifi"', '"jacuzzi"'), "unknown amenity 'jacuzzi'"),
        (("\nneeds_approval =", "\nneeds_aproval ="), "missing key 'needs_approval'"),
    ],
)
def test_a_broken_catalogue_says_where(tmp_path: Path, change: tuple[str, str],
                                       message: str) -> None:
    path = tmp_path / "building.toml"
    path.write_text(CATALOGUE_FILE.read_text(encoding="utf-8").replace(*change, 1),
                    encoding="utf-8")
    with pytest.raises(CatalogueError, match=re.escape(message)) as info:
        read_catalogue(path)
    assert str(path) in str(info.value)
    assert "room " in str(info.value)
