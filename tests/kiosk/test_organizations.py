"""The building's own organisations: added, edited, retired, and imported from the lists
offices keep (CSV as Excel saves it, XLSX), with every bad row explained and nothing
half-imported."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.errors import ErrorCode, FieldError, ValidationError
from kiosk.models import Organization, OrganizationContact, OrganizationKind, OutboxEntry, Purpose
from kiosk.operations import Operations
from kiosk.organizations.directory import ContactFields, OrganizationFields
from kiosk.organizations.importing import Outcome
from kiosk.organizations.spreadsheet import FileProblem, SpreadsheetError
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff

HEADER = "name,kind,floor,room,quota_hours,contact_name,contact_phone,contact_email,language"
FOUR = """\
Keripik Tempe Bu Sri,tenant,8,,10,Sri Wahyuni,0812-3456-7890,sri@keripik.id,id
Kopi Situ Gintung,tenant,,8.03,,,,,
Batik Ciputat Collective,tenant,8,,,,,,
Dinas Koperasi dan UKM Kota Tangerang Selatan,agency,9,,,Budi Santoso,+62 21 7470 1234,,en
"""


def write(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(ops: Operations, model: type = Organization) -> int:
    with ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_csv_list_is_imported_and_importing_it_again_changes_nothing(
        ops: Operations, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\n{FOUR}")
    report = ops.organizations.import_file(path, staff())
    assert report.applied and report.count(Outcome.ADDED) == 4
    listed = {o.name: o for o in ops.organizations.list()}
    sri = listed["Keripik Tempe Bu Sri"]
    assert (sri.kind, sri.floor_number, sri.quota_hours) == (OrganizationKind.TENANT, 8, 10)
    (contact,) = sri.contacts
    assert (contact.name, contact.phone_e164, contact.email) == (
        "Sri Wahyuni", "+6281234567890", "sri@keripik.id")
    # A room gives its floor too.
    assert (listed["Kopi Situ Gintung"].room_code, listed["Kopi Situ Gintung"].floor_number) \
        == ("8.03", 8)
    dinas = listed["Dinas Koperasi dan UKM Kota Tangerang Selatan"]
    assert dinas.kind == OrganizationKind.AGENCY and dinas.contacts[0].language == "en"
    outbox = count(ops, OutboxEntry)

    again = ops.organizations.import_file(path, staff())
    assert again.applied and again.count(Outcome.UNCHANGED) == 4
    assert count(ops) == 4 and count(ops, OutboxEntry) == outbox  # nothing written

    changed = write(tmp_path, f"{HEADER}\n{FOUR.replace(',8,,10,', ',7,,12,')}")
    report = ops.organizations.import_file(changed, staff())
    assert [r.outcome for r in report.rows].count(Outcome.UPDATED) == 1
    assert ops.organizations.find("keripik tempe  BU SRI").quota_hours == 12


def test_an_indonesian_excel_csv_semicolons_and_windows_1252(
        ops: Operations, tmp_path: Path) -> None:
    text = ("Nama;Jenis;Lantai;Ruang;Kuota Jam;Nama Kontak;No HP;Email;Bahasa\r\n"
            "Café Kopi Pamulang;Tenan;8;;5;José Ramírez;0813 1111 2222;;Indonesia\r\n"
            "Bank BJB Cabang Serpong;Mitra;;;;;;;\r\n")
    report = ops.organizations.import_file(write(tmp_path, text, encoding="cp1252"), staff())
    assert report.applied and report.count(Outcome.ADDED) == 2
    cafe = ops.organizations.find("Café Kopi Pamulang")
    assert cafe.contacts[0].name == "José Ramírez"
    assert cafe.contacts[0].phone_e164 == "+6281311112222"
    assert ops.organizations.find("Bank BJB Cabang Serpong").kind == OrganizationKind.PARTNER


def test_a_utf8_csv_with_a_byte_order_mark(ops: Operations, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\r\n{FOUR}", encoding="utf-8-sig")
    assert ops.organizations.import_file(path, staff()).count(Outcome.ADDED) == 4


def test_an_xlsx_with_a_title_and_merged_header_cells(ops: Operations, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Daftar Tenan Gedung Inovasi 2026"])
    sheet.merge_cells("A1:F1")
    sheet.append(["Nama", "Jenis", "Lantai", "Kontak", None, None])
    # "Nama" under the merged "Kontak", not in its first column: only the merge says whose.
    sheet.append([None, None, None, "Telepon", "Nama", "Email"])
    for column in "ABC":  # each spans both header rows
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("D2:F2")
    sheet.append(["Keripik Tempe Bu Sri", "tenant", 8, "081234567890", "Sri Wahyuni",
                  "sri@keripik.id"])
    sheet.append(["Dinas Koperasi", "instansi", 9.0, None, None, None])
    path = tmp_path / "daftar.xlsx"
    book.save(path)
    report = ops.organizations.import_file(path, staff())
    assert [(r.line, r.outcome) for r in report.rows] == [(4, Outcome.ADDED),
                                                          (5, Outcome.ADDED)]
    sri = ops.organizations.find("Keripik Tempe Bu Sri")
    assert sri.floor_number == 8
    (contact,) = sri.contacts  # read under the merged "Kontak" heading
    assert (contact.name, contact.phone_e164, contact.email) == (
        "Sri Wahyuni", "+6281234567890", "sri@keripik.id")
    assert ops.organizations.find("Dinas Koperasi").floor_number == 9


def test_bad_rows_are_each_explained_and_nothing_is_half_imported(
        ops: Operations, tmp_path: Path) -> None:
    text = (f"{HEADER}\n"
            "Keripik Tempe Bu Sri,tenant,8,,,,,,\n"
            ",tenant,8,,,,,,\n"  # line 3: no name
            "keripik tempe bu sri,tenant,8,,,,,,\n"  # line 4: the same as line 2
            "Kopi Situ Gintung,tenant,,,,Ani,0812-ABC,,\n"  # line 5: a phone with letters
            "Batik Ciputat,tenant,42,,,,,,\n"  # line 6: no floor 42
            "Rumah Kue,tenant,,9.99,,,,,\n"  # line 7: no such room
            "Koperasi Maju,kantor,,,,,,,\n"  # line 8: not a kind
            "Madu Hutan,tenant,8,,banyak,,,bukan-email,\n")  # line 9: quota, e-mail
    path = write(tmp_path, text)
    report = ops.organizations.import_file(path, staff())
    assert not report.applied
    refused = {r.line: r.errors for r in report.rows if r.outcome is Outcome.REFUSED}
    assert refused == {
        3: (FieldError("name", ErrorCode.REQUIRED),),
        4: (FieldError("name", ErrorCode.DUPLICATE_ROW),),
        5: (FieldError("contact_phone", ErrorCode.PHONE_INVALID_CHARACTERS),),
        6: (FieldError("floor", ErrorCode.UNKNOWN_FLOOR),),
        7: (FieldError("room", ErrorCode.UNKNOWN_ROOM),),
        8: (FieldError("kind", ErrorCode.UNKNOWN_KIND),),
        9: (FieldError("quota_hours", ErrorCode.NOT_A_NUMBER),
            FieldError("contact_name", ErrorCode.REQUIRED),
            FieldError("contact_email", ErrorCode.EMAIL_INVALID)),
    }
    assert count(ops) == 0 and count(ops, OrganizationContact) == 0

    report = ops.organizations.import_file(path, staff(), skip_bad=True)
    assert report.applied and report.count(Outcome.ADDED) == 1
    assert [o.name for o in ops.organizations.list()] == ["Keripik Tempe Bu Sri"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", FileProblem.EMPTY),
        (b"\r\n ;;;\r\n", FileProblem.NO_HEADER),
        (b"\xef\xbb\xbf\r\n\r\n", FileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem.NOT_A_SPREADSHEET),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", FileProblem.NO_HEADER),
        (b"name,address\nKopi,Jl. Raya\n", FileProblem.NO_HEADER),
    ],
)
def test_a_file_that_is_not_a_list_of_organisations(
        ops: Operations, tmp_path: Path, content: bytes, problem: FileProblem) -> None:
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as refused:
        ops.organizations.import_file(path, staff())
    assert refused.value.problem is problem
    assert count(ops) == 0


def test_a_zip_that_is_not_a_workbook_and_a_missing_file(ops: Operations,
                                                         tmp_path: Path) -> None:
    archive = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("photo.txt", "not a workbook")
    with pytest.raises(SpreadsheetError) as refused:
        ops.organizations.import_file(archive, staff())
    assert refused.value.problem is FileProblem.NOT_A_SPREADSHEET
    with pytest.raises(SpreadsheetError) as missing:
        ops.organizations.import_file(tmp_path / "nowhere.csv", staff())
    assert missing.value.problem is FileProblem.UNREADABLE


def test_ten_thousand_rows(ops: Operations, tmp_path: Path) -> None:
    rows = "\n".join(f"UMKM Binaan {n:05d},tenant,{n % 10 + 1},,,Pemilik {chr(65 + n % 26)},"
                     f"0812{n:08d},,id" for n in range(10_000))
    report = ops.organizations.import_file(write(tmp_path, f"{HEADER}\n{rows}\n"), staff())
    assert report.applied and report.count(Outcome.ADDED) == 10_000
    assert count(ops) == 10_000 and count(ops, OrganizationContact) == 10_000
    assert len(ops.organizations.list("binaan 0999")) == 10  # 09990..09999


def test_a_visitors_business_named_in_the_list_becomes_the_buildings_own(
        ops: Operations, tmp_path: Path) -> None:
    from kiosk.building.catalogue import room_id
    from kiosk.visits.check_in import Destination, DestinationKind

    ops.check_in(CheckInRequest(name="Sari", phone="081299990000",
                                organization="Keripik Tempe Bu Sri", purpose=Purpose.MEETING,
                                consent=True,
                                destination=Destination(DestinationKind.ROOM, room_id("4.02"))))
    with ops.database.reading() as session:
        visitor_org = session.scalars(select(Organization.id)).one()
    ops.organizations.import_file(write(tmp_path, f"{HEADER}\n{FOUR}"), staff())
    sri = ops.organizations.find("Keripik Tempe Bu Sri")
    assert sri.id == visitor_org and sri.kind == OrganizationKind.TENANT
    assert count(ops) == 4


def test_add_edit_and_retire(ops: Operations) -> None:
    organizations = ops.organizations
    added = organizations.add(OrganizationFields(
        "Puspiptek", "partner", floor="3", contact=ContactFields("Dewi", email="Dewi@BRIN.go.id")),
        staff())
    assert added.contacts[0].email == "Dewi@brin.go.id"  # the domain is case-folded
    with pytest.raises(ValidationError) as twice:
        organizations.add(OrganizationFields("PUSPIPTEK", "mitra"), staff())
    assert twice.value.codes() == {"name": ErrorCode.ORGANIZATION_EXISTS}
    edited = organizations.edit(added.id, OrganizationFields("Puspiptek BRIN", "partner",
                                                             quota_hours=4),
                                given={"quota_hours"}, actor=staff())
    assert (edited.name, edited.quota_hours, edited.floor_number) == ("Puspiptek BRIN", 4, 3)
    retired = organizations.retire(added.id, staff())
    assert retired.retired and organizations.list() == []
    # Changing a retired organisation does not bring it back; bringing it back does.
    assert organizations.edit(added.id, OrganizationFields("Puspiptek BRIN", "partner"),
                              (), staff()).retired
    assert not organizations.bring_back(added.id, staff()).retired
    organizations.retire(added.id, staff())
    assert [o.name for o in organizations.list(include_retired=True)] == ["Puspiptek BRIN"]
    with pytest.raises(ValidationError) as again:
        organizations.add(OrganizationFields("Puspiptek BRIN", "partner"), staff())
    assert again.value.codes() == {"name": ErrorCode.ORGANIZATION_RETIRED}
    with pytest.raises(ValidationError) as bad:
        organizations.add(OrganizationFields("", "koperasi", room="99.9", quota_hours=500), staff())
    assert bad.value.codes() == {"name": ErrorCode.REQUIRED, "kind": ErrorCode.UNKNOWN_KIND,
                                 "room": ErrorCode.UNKNOWN_ROOM,
                                 "quota_hours": ErrorCode.QUOTA_RANGE}


def test_the_kiosk_and_the_booking_form_offer_the_imported_not_the_retired(
        ops: Operations, tmp_path: Path) -> None:
    ops.organizations.import_file(write(tmp_path, f"{HEADER}\n{FOUR}"), staff())
    hosts = {h.name for h in ops.destinations().hosts}
    assert {"Keripik Tempe Bu Sri", "Dinas Koperasi dan UKM Kota Tangerang Selatan"} <= hosts
    booking_form = {o.name for o in ops.bookings.organizations()}
    assert "Batik Ciputat Collective" in booking_form
    batik = ops.organizations.find("Batik Ciputat Collective")
    ops.organizations.retire(batik.id, staff())
    assert "Batik Ciputat Collective" not in {h.name for h in ops.destinations().hosts}
    assert "Batik Ciputat Collective" not in {o.name for o in ops.bookings.organizations()}
    # Named in the list again, it is back.
    report = ops.organizations.import_file(write(tmp_path, f"{HEADER}\n{FOUR}"), staff())
    assert report.count(Outcome.UPDATED) == 1
    assert not ops.organizations.find("Batik Ciputat Collective").retired


def test_an_organisation_and_its_contact_travel_to_central(ops: Operations) -> None:
    added = ops.organizations.add(OrganizationFields(
        "Kopi Situ Gintung", "tenant", contact=ContactFields("Ani", phone="081200001111")), staff())
    with ops.database.reading() as session:
        entries = {(e.entity, e.operation) for e in session.scalars(select(OutboxEntry))}
    assert {("organization", "insert"), ("organization_contact", "insert")} <= entries
    assert added.contacts[0].phone_e164 == "+6281200001111"


_CELLS = st.one_of(st.sampled_from(["", "tenant", "tenan", "mitra", "instansi", "kantor", "8",
                                    "42", "8.03", "9.99", "0812-3456-7890", "0812abc",
                                    "a@b.id", "bukan-email", "Kopi", "KOPI", ";", "\"", "é"]),
                   st.text(max_size=12))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_CELLS, min_size=7, max_size=7), max_size=8),
       skip_bad=st.booleans())
def test_any_list_is_imported_whole_or_not_at_all(ops: Operations, tmp_path_factory: Any,
                                                  rows: list[list[str]],
                                                  skip_bad: bool) -> None:
    """Whatever a list holds, an import either writes every good row (and says which were
    refused) or, refused without --skip-bad, writes nothing; it never fails half-way."""
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(["nama", "jenis", "lantai", "ruang", "no hp", "email", "nama kontak"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("list") / "daftar.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    before = (count(ops), count(ops, OrganizationContact), count(ops, OutboxEntry))
    try:
        report = ops.organizations.import_file(path, staff(), skip_bad=skip_bad)
    except SpreadsheetError:
        assert (count(ops), count(ops, OrganizationContact), count(ops, OutboxEntry)) == before
        return
    refused = report.count(Outcome.REFUSED)
    if refused and not skip_bad:
        assert not report.applied
        assert (count(ops), count(ops, OrganizationContact), count(ops, OutboxEntry)) == before
    else:
        assert report.applied
        assert count(ops) == before[0] + report.count(Outcome.ADDED)
    assert all(r.errors for r in report.rows if r.outcome is Outcome.REFUSED)
