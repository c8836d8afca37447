"""The building's name as the windows read it: the catalogue's, without reading the rest."""

from __future__ import annotations

from pathlib import Path

from kiosk.building.catalogue import read_catalogue
from kiosk.building.name import read_building_name


def test_the_name_is_the_catalogues() -> None:
    assert read_building_name() == read_catalogue().building_name == "Gedung Inovasi Center"


def test_the_name_is_found_wherever_its_table_stands(tmp_path: Path) -> None:
    path = tmp_path / "building.toml"
    path.write_text('[[floors]]\nnumber = 1\n\n[building] # the house\ncity = "Serpong"\n'
                    'name = "  Graha UMKM  "\n\n[[rooms]]\ncode = "1.01"\n', encoding="utf-8")
    assert read_building_name(path) == "Graha UMKM"


def test_a_name_over_several_lines_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "building.toml"
    path.write_text('[building]\nname = """Graha\n[UMKM]"""\ncity = "Serpong"\n',
                    encoding="utf-8")
    assert read_building_name(path) == "Graha\n[UMKM]"


def test_a_file_that_cannot_say_gives_no_name(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[building\nname = ", encoding="utf-8")
    nameless = tmp_path / "nameless.toml"
    nameless.write_text('[building]\ncity = "Serpong"\n', encoding="utf-8")
    assert read_building_name(tmp_path / "missing.toml") == ""
    assert read_building_name(broken) == ""
    assert read_building_name(nameless) == ""
