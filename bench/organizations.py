"""Importing the building's organisations: 10,000 rows, each with a contact (name, phone,
e-mail), a floor and a quota for some, into a new device database (goal: <= 5 s), as CSV and
as XLSX; then the same list again (every row unchanged), and a list with one bad row at its
end (refused whole: nothing written).

    .venv/bin/python bench/organizations.py [--runs N] [--smoke]

Real SQLite file (WAL, synchronous=FULL), opened and migrated by ``Operations.open``; each run
imports into a database of its own. For scale, each run also times the raw sqlite3
``executemany`` of the same organisation and contact rows (no checks, no outbox).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from bench._smoke import add_smoke_flag
from kiosk.config import load_settings
from kiosk.operations import Operations
from kiosk.organizations.importing import Outcome

ROWS = 10_000
RUNS = 3
HEADER = ("nama", "jenis", "lantai", "kuota jam", "nama kontak", "no hp", "email", "bahasa")


def rows(count: int) -> list[tuple[str, ...]]:
    kinds = ("tenan", "tenan", "tenan", "mitra", "instansi")
    return [(f"UMKM Binaan Tangsel {n:05d}", kinds[n % 5], str(n % 10 + 1),
             str(n % 20) if n % 3 == 0 else "", f"Pemilik Usaha {chr(65 + n % 26)}",
             f"0812{n:08d}", f"pemilik{n}@umkm-tangsel.id", "id" if n % 4 else "en")
            for n in range(count)]


def write_csv(path: Path, table: list[tuple[str, ...]]) -> None:
    lines = [";".join(HEADER)] + [";".join(row) for row in table]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))  # as Excel saves it


def write_xlsx(path: Path, table: list[tuple[str, ...]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in table:
        sheet.append(row)
    book.save(path)


def open_ops(folder: Path) -> Operations:
    folder.mkdir()
    config = folder / "config.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    return Operations.open(load_settings(config, environ={}))


def timed_import(folder: Path, sheet: Path, expect: Outcome, again: bool = False
                 ) -> tuple[float, float | None]:
    ops = open_ops(folder)
    try:
        start = time.perf_counter()
        report = ops.organizations.import_file(sheet, ops.command_line)
        first = time.perf_counter() - start
        assert report.applied and report.count(expect) == len(report.rows), report.rows[:3]
        second = None
        if again:
            start = time.perf_counter()
            report = ops.organizations.import_file(sheet, ops.command_line)
            second = time.perf_counter() - start
            assert report.count(Outcome.UNCHANGED) == len(report.rows)
        return first, second
    finally:
        ops.close()


def raw_insert(folder: Path, count: int) -> float:
    """The same rows' INSERTs through sqlite3 alone, in one transaction, durable."""
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE organization (id BLOB PRIMARY KEY, name TEXT, name_key TEXT,"
                       " kind TEXT, quota_hours INTEGER)")
    connection.execute("CREATE TABLE organization_contact (id BLOB PRIMARY KEY, "
                       "organization_id BLOB, name TEXT, phone_e164 TEXT, email TEXT)")
    table = rows(count)
    start = time.perf_counter()
    connection.execute("BEGIN")
    ids = [uuid.uuid4().bytes for _ in table]
    connection.executemany("INSERT INTO organization VALUES (?, ?, ?, ?, ?)",
                           [(i, r[0], r[0].casefold(), r[1], r[3] or None)
                            for i, r in zip(ids, table, strict=True)])
    connection.executemany("INSERT INTO organization_contact VALUES (?, ?, ?, ?, ?)",
                           [(uuid.uuid4().bytes, i, r[4], "+62" + r[5][1:], r[6])
                            for i, r in zip(ids, table, strict=True)])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    add_smoke_flag(parser)
    args = parser.parse_args()
    count, runs = (20, 1) if args.smoke else (ROWS, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        table = rows(count)
        csv_file, xlsx_file, bad_file = (folder / "daftar.csv", folder / "daftar.xlsx",
                                         folder / "salah.csv")
        write_csv(csv_file, table)
        write_xlsx(xlsx_file, table)
        write_csv(bad_file, [*table, ("Koperasi Tanpa Jenis", "kantor", "", "", "", "", "",
                                      "")])
        results: dict[str, list[float]] = {"csv": [], "again": [], "xlsx": [], "bad": [],
                                           "raw": []}
        for run in range(runs):
            first, second = timed_import(folder / f"csv{run}", csv_file, Outcome.ADDED, True)
            results["csv"].append(first)
            assert second is not None
            results["again"].append(second)
            results["xlsx"].append(timed_import(folder / f"xlsx{run}", xlsx_file,
                                                Outcome.ADDED)[0])
            ops = open_ops(folder / f"bad{run}")
            try:
                start = time.perf_counter()
                report = ops.organizations.import_file(bad_file, ops.command_line)
                results["bad"].append(time.perf_counter() - start)
                assert not report.applied and not ops.organizations.list()
            finally:
                ops.close()
            results["raw"].append(raw_insert(folder / f"csv{run}", count))
    median = {name: statistics.median(values) for name, values in results.items()}
    print(f"{count:,} organisations with a contact each; median of {runs} run(s), "
          f"each into a new database")
    print(f"import CSV (Excel, Indonesian, cp1252)  {median['csv']:6.2f} s   "
          f"{median['csv'] / median['raw']:5.1f}x raw inserts"
          + ("" if args.smoke else f"   goal <= 5 s: {'met' if median['csv'] <= 5 else 'NOT met'}"))
    print(f"import XLSX                             {median['xlsx']:6.2f} s")
    print(f"the same CSV again (all unchanged)      {median['again']:6.2f} s")
    print(f"one bad row at the end (nothing saved)  {median['bad']:6.2f} s")
    print(f"raw sqlite3 executemany, same rows      {median['raw']:6.2f} s")
    print("each run: " + "; ".join(f"{name} " + ", ".join(f"{v:.2f}" for v in values)
                                   for name, values in results.items()))


if __name__ == "__main__":
    main()
