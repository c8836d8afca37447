"""Reading a list of organisations from the file an office keeps: CSV (comma or semicolon, as
Excel saves it in an English or an Indonesian locale; UTF-8, with or without a BOM, or
Windows-1252) or XLSX (the first sheet; a title above the header and merged header cells are
fine). Columns are found by their header, in English or Indonesian; their order does not
matter and other columns are ignored."""

from __future__ import annotations

import csv
import enum
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import KioskError

#: Each column the import knows, and the headers that name it (compared case- and
#: space-insensitively, "_" and "-" read as spaces).
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "name": ("name", "nama", "organisasi", "nama organisasi", "organization", "organisation",
             "nama usaha", "nama tenan", "nama instansi"),
    "kind": ("kind", "jenis", "type", "tipe", "kategori", "category"),
    "floor": ("floor", "lantai"),
    "room": ("room", "ruang", "ruangan", "kode ruang", "room code"),
    "quota_hours": ("quota hours", "quota", "kuota", "kuota jam", "jam kuota",
                    "weekly quota", "kuota mingguan"),
    "contact_name": ("contact name", "contact", "kontak", "nama kontak", "narahubung",
                     "contact person", "kontak nama"),
    "contact_phone": ("contact phone", "phone", "telepon", "telp", "no hp", "nomor hp", "hp",
                      "whatsapp", "wa", "no telepon", "nomor telepon", "kontak telepon",
                      "kontak hp", "kontak no hp"),
    "contact_email": ("contact email", "email", "e mail", "surel", "kontak email",
                      "kontak e mail"),
    "language": ("language", "bahasa", "contact language", "kontak bahasa"),
}
REQUIRED = ("name", "kind")
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}
#: How far down a sheet the header may be (a title and a blank line above it are common).
_HEADER_SEARCH = 10


class FileProblem(enum.StrEnum):
    UNREADABLE = "unreadable"  # missing, a folder, no permission
    EMPTY = "empty"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    NO_HEADER = "no_header"  # no row names both the name and the kind


class SpreadsheetError(KioskError):
    """The file cannot be read as a list of organisations; ``detail`` says more."""

    def __init__(self, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class SheetRow:
    #: The row's number as the office sees it (1 is the sheet's first line).
    line: int
    values: Mapping[str, str]


#: ``<mergeCell ref="A1:C1"/>`` in a worksheet's XML, with or without a namespace prefix.
_MERGED_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def read_rows(path: Path) -> list[SheetRow]:
    """Every non-blank row under the header, with the known columns' values as text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(FileProblem.UNREADABLE, exc.strerror or str(exc)) from exc
    if not data.strip():
        raise SpreadsheetError(FileProblem.EMPTY)
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_rows(data)
    return _csv_rows(data)


def _csv_rows(data: bytes) -> list[SheetRow]:
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(FileProblem.NOT_A_SPREADSHEET, "binary data")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what Excel writes as "CSV" in Windows
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    table = [[cell for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    return _rows(table)


def _xlsx_rows(data: bytes) -> list[SheetRow]:
    import openpyxl  # only when an XLSX comes: it takes a while to import
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError)
    try:
        # Read-only mode streams the sheet: 10,000 rows in 0.7 s instead of 2.9 s ...
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except unreadable as exc:
        raise SpreadsheetError(FileProblem.NOT_A_SPREADSHEET, str(exc)) from exc
    try:
        sheet = book.worksheets[0]
        table = [["" if value is None else _cell_text(value) for value in row]
                 for row in sheet.iter_rows(values_only=True)]
        # ... but reads no merged cells: they are found in the sheet's XML here.
        with sheet._get_source() as source:
            merged = [range_boundaries(ref.decode())
                      for ref in _MERGED_CELL.findall(source.read())]
    except unreadable as exc:
        raise SpreadsheetError(FileProblem.NOT_A_SPREADSHEET, str(exc)) from exc
    finally:
        book.close()
    # A merged cell keeps its value in its top-left cell only: spread it, in the header
    # rows, over the cells it covers, so "Kontak" merged over three columns heads each.
    for min_col, min_row, max_col, max_row in merged:
        if min_row > _HEADER_SEARCH or min_row > len(table):
            continue
        value = table[min_row - 1][min_col - 1] if min_col <= len(table[min_row - 1]) else ""
        for row in range(min_row, min(max_row, _HEADER_SEARCH, len(table)) + 1):
            cells = table[row - 1]
            cells.extend([""] * (max_col - len(cells)))
            for col in range(min_col, max_col + 1):
                cells[col - 1] = value
    return _rows(table)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(table: Sequence[Sequence[str]]) -> list[SheetRow]:
    header_at, columns = _find_header(table)
    rows = []
    for index in range(header_at + 1, len(table)):
        cells = table[index]
        values = {column: cells[position].strip() if position < len(cells) else ""
                  for column, position in columns.items()}
        if any(values.values()):
            rows.append(SheetRow(index + 1, values))
    return rows


def _find_header(table: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]]:
    """The first row (of the first few) naming at least the name and the kind: its index and
    each known column's position. A header of two rows ("Kontak" above "Nama", "Telepon")
    is read as one ("kontak nama", "kontak telepon")."""
    found: tuple[int, dict[str, int]] | None = None
    for index, cells in enumerate(table[:_HEADER_SEARCH]):
        columns = _header_columns(cells, table[index - 1] if index else [])
        if all(column in columns for column in REQUIRED) and (
                found is None or len(columns) >= len(found[1])):
            found = (index, columns)  # the lower row of a two-row header
            continue
        if found is not None:
            return found
    if found is not None:
        return found
    if not any(any(cell.strip() for cell in cells) for cells in table):
        raise SpreadsheetError(FileProblem.EMPTY)
    raise SpreadsheetError(FileProblem.NO_HEADER)


def _header_columns(cells: Sequence[str], above: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for position, cell in enumerate(cells):
        group = above[position] if position < len(above) else ""
        for label in (f"{group} {cell}", cell) if group and group != cell else (cell,):
            column = _ALIASES.get(_folded(label))
            if column is not None and column not in columns:
                columns[column] = position
                break
    return columns


def _folded(label: str) -> str:
    return " ".join(re.sub(r"[_\-./:]+", " ", label).casefold().split())
