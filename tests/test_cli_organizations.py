"""``gic-kiosk org``, run as a real process: an administrator enters the building's
organisations on day one."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import gic


def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\n', encoding="utf-8")
    return path


def test_import_refuses_a_bad_list_whole_then_imports_the_good_rows(tmp_path: Path) -> None:
    settings = config(tmp_path)
    sheet = tmp_path / "tenan.csv"
    sheet.write_bytes("Nama;Jenis;Lantai;No HP;Nama Kontak\r\n"
                      "Keripik Tempe Bu Sri;tenan;8;0812-3456-7890;Sri Wahyuni\r\n"
                      "Dinas Koperasi dan UKM;instansi;9;;\r\n"
                      "Kopi Situ Gintung;tenan;42;0812abc;Ani\r\n".encode("cp1252"))
    refused = gic("org", "import", "--file", str(sheet), config=settings)
    assert refused.returncode == 1, refused.stderr
    assert refused.stdout.splitlines() == [
        "line 4: refused: Kopi Situ Gintung: floor is not a floor of the building; "
        "contact phone is not a phone number (letters or symbols)",
        "nothing imported: 1 row(s) refused; mend them, or use --skip-bad to import the "
        "other 2"]
    assert gic("org", "list", config=settings).stdout == "no organisations\n"

    imported = gic("org", "import", "--file", str(sheet), "--skip-bad", config=settings)
    assert imported.returncode == 0, imported.stderr
    assert "line 2: added: Keripik Tempe Bu Sri" in imported.stdout
    assert imported.stdout.endswith("imported (2 added, 0 updated, 0 unchanged, 1 refused)\n")
    # The command says what it did, and nothing else (no migration chatter).
    assert imported.stderr == ""
    listed = gic("org", "list", config=settings).stdout.splitlines()
    assert listed == ["Dinas Koperasi dan UKM · agency · floor 9 · default quota",
                      "Keripik Tempe Bu Sri · tenant · floor 8 · default quota · "
                      "contact Sri Wahyuni"]


def test_add_edit_retire_and_their_refusals(tmp_path: Path) -> None:
    settings = config(tmp_path)
    added = gic("org", "add", "Puspiptek", "--kind", "mitra", "--room", "3.02",
                "--contact-name", "Dewi", "--contact-email", "dewi@brin.go.id", config=settings)
    assert added.stdout == ("added: Puspiptek · partner · room 3.02 · default quota · "
                            "contact Dewi\n"), added.stderr
    edited = gic("org", "edit", "PUSPIPTEK", "--quota-hours", "4", config=settings)
    assert edited.stdout.startswith("changed: Puspiptek · partner · room 3.02 · quota 4 h/week")
    retired = gic("org", "retire", "puspiptek", config=settings)
    assert retired.stdout.endswith("RETIRED\n")
    assert gic("org", "list", config=settings).stdout == "no organisations\n"
    assert "RETIRED" in gic("org", "list", "--all", config=settings).stdout

    twice = gic("org", "add", "Puspiptek", "--kind", "partner", config=settings)
    assert (twice.returncode, twice.stderr) == (2, "gic-kiosk: name exists but is retired\n")
    bad = gic("org", "add", "Koperasi", "--kind", "kantor", "--floor", "42", config=settings)
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == ["gic-kiosk: kind is not tenant, agency or partner",
                                       "gic-kiosk: floor is not a floor of the building"]
    missing = gic("org", "edit", "Nobody", "--floor", "3", config=settings)
    assert (missing.returncode, missing.stderr) == (2, "gic-kiosk: no organisation named "
                                                       "'Nobody'\n")
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    not_a_list = gic("org", "import", "--file", str(picture), config=settings)
    assert (not_a_list.returncode, not_a_list.stderr) == (
        2, f"gic-kiosk: {picture}: is not a CSV or XLSX file (binary data)\n")
