# ruff: noqa: E501  (the translation table keeps one message a line)
"""Render the reception's room-booking screens in Bahasa Indonesia: the booking form with a
conflicting weekly series (before and after resolving), an existing booking waiting for
approval, the bookings list, the approvals and the free-room finder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_bookings.py [OUT_DIR]
    .venv/bin/python scripts/screenshots_bookings.py --write-ts FILE   # the .ts, translated

The Indonesian texts of the booking screens are previewed from :data:`PREVIEW_ID` until they
are in ``resources/translations/gic_id.ts``: the script runs lupdate over the booking files,
fills in the preview and loads the compiled catalogue over the installed one.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QTime, QTimer, QTranslator
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.bookings import BookingConflictError, BookingRequest  # noqa: E402
from kiosk.catalogue import room_id  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.demo import seed_demo  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.recurrence import Frequency, Recurrence  # noqa: E402
from ui.app import application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.reception.booking_dialog import BookingDialog  # noqa: E402
from ui.reception.bookings_panel import BookingsPanel  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

#: Monday 23 November 2026, 08:30 WIB: the same morning as the tests.
NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
BOOKING_FILES = ["booking_dialog.py", "booking_texts.py", "bookings_model.py",
                 "bookings_panel.py", "free_room_finder.py"]
BIN = Path(sys.executable).parent
ZONE = ZoneInfo("Asia/Jakarta")  # the settings' default, as the seeded config uses

PREVIEW_ID = {
    ("BookingDialog", "Floor %1"): "Lantai %1",
    ("BookingDialog", "Change booking"): "Ubah pemesanan",
    ("BookingDialog", "Book a room"): "Pesan ruang",
    ("BookingDialog", "Booking"): "Pemesanan",
    ("BookingDialog", "Title"): "Judul",
    ("BookingDialog", "For example: Halal certification training"): "Contoh: Pelatihan sertifikasi halal",
    ("BookingDialog", "Organisation"): "Organisasi",
    ("BookingDialog", "Optional: type to search"): "Opsional: ketik untuk mencari",
    ("BookingDialog", "Contact"): "Kontak",
    ("BookingDialog", "Name"): "Nama",
    ("BookingDialog", "Phone"): "Telepon",
    ("BookingDialog", "People"): "Jumlah orang",
    ("BookingDialog", "Room"): "Ruang",
    ("BookingDialog", "Date"): "Tanggal",
    ("BookingDialog", "Time"): "Jam",
    ("BookingDialog", "until"): "sampai",
    ("BookingDialog", "Repeat"): "Berulang",
    ("BookingDialog", "Ends after"): "Berakhir setelah",
    ("BookingDialog", "times"): "kali",
    ("BookingDialog", "Ends on"): "Berakhir pada",
    ("BookingDialog", "This booking is one date of a series. Apply to:"): "Pemesanan ini bagian dari seri. Terapkan pada:",
    ("BookingDialog", "Only this date"): "Hanya tanggal ini",
    ("BookingDialog", "This date and the following ones"): "Tanggal ini dan berikutnya",
    ("BookingDialog", "All dates of the series"): "Semua tanggal dalam seri",
    ("BookingDialog", "Dates"): "Daftar tanggal",
    ("BookingDialog", "History"): "Riwayat",
    ("BookingDialog", "Close"): "Tutup",
    ("BookingDialog", "Export to calendar (.ics)"): "Ekspor ke kalender (.ics)",
    ("BookingDialog", "Cancel booking"): "Batalkan pemesanan",
    ("BookingDialog", "Approve"): "Setujui",
    ("BookingDialog", "Reject"): "Tolak",
    ("BookingDialog", "Check"): "Periksa",
    ("BookingDialog", "Book"): "Pesan",
    ("BookingDialog", "Save changes"): "Simpan perubahan",
    ("BookingDialog", "Every month, on the first %1"): "Setiap bulan, pada %1 pertama",
    ("BookingDialog", "Every month, on the second %1"): "Setiap bulan, pada %1 kedua",
    ("BookingDialog", "Every month, on the third %1"): "Setiap bulan, pada %1 ketiga",
    ("BookingDialog", "Every month, on the fourth %1"): "Setiap bulan, pada %1 keempat",
    ("BookingDialog", "Every month, on the last %1"): "Setiap bulan, pada %1 terakhir",
    ("BookingDialog", "Does not repeat"): "Tidak berulang",
    ("BookingDialog", "Every day"): "Setiap hari",
    ("BookingDialog", "Every week, on the days ticked"): "Setiap minggu, pada hari yang dicentang",
    ("BookingDialog", "Every month, on day %1"): "Setiap bulan, pada tanggal %1",
    ("BookingDialog", "Reason for rejecting (required, the organiser will be told)"): "Alasan penolakan (wajib, akan disampaikan ke penyelenggara)",
    ("BookingDialog", "Reject booking"): "Tolak pemesanan",
    ("BookingDialog", "Reason for cancelling (optional)"): "Alasan pembatalan (opsional)",
    ("BookingDialog", "Back"): "Kembali",
    ("BookingDialog", "%1 seats"): "%1 kursi",
    ("BookingDialog", "The room has %1 seats"): "Kapasitas ruang %1 orang",
    ("BookingDialog", "repeating"): "berulang",
    ("BookingDialog", "Press Check to see every date and anything in its way."): "Tekan Periksa untuk melihat setiap tanggal dan bentrokannya.",
    ("BookingDialog", "%n date(s)"): "%n tanggal",
    ("BookingDialog", "%n skipped"): "%n dilewati",
    ("BookingDialog", "%n conflict(s) to resolve: skip or move each one"): "%n bentrok perlu diselesaikan: lewati atau pindahkan",
    ("BookingDialog", "every date is free: ready to book"): "semua tanggal kosong: siap dipesan",
    ("BookingDialog", "This room needs approval: the booking will be waiting for approval until a manager approves it."): "Ruang ini perlu persetujuan: pemesanan menunggu persetujuan sampai pengelola menyetujuinya.",
    ("BookingDialog", "%n date(s) booked."): "%n tanggal dipesan.",
    ("BookingDialog", "%n date(s) skipped."): "%n tanggal dilewati.",
    ("BookingDialog", "Waiting for approval: the room is held until a manager approves or rejects the booking."): "Menunggu persetujuan: ruang ditahan sampai pengelola menyetujui atau menolak pemesanan.",
    ("BookingDialog", "Booked, waiting for approval"): "Dipesan, menunggu persetujuan",
    ("BookingDialog", "Booked"): "Berhasil dipesan",
    ("BookingDialog", "Meanwhile someone else booked the room: the dates were checked again."): "Sementara itu ruang sudah dipesan orang lain: tanggal-tanggalnya sudah diperiksa ulang.",
    ("BookingDialog", "The new time is not free: change the time or the room."): "Waktu baru tidak kosong: ubah waktu atau ruangnya.",
    ("BookingDialog", "Changes saved"): "Perubahan disimpan",
    ("BookingDialog", "Approved"): "Disetujui",
    ("BookingDialog", "Rejected"): "Ditolak",
    ("BookingDialog", "Booking cancelled"): "Pemesanan dibatalkan",
    ("BookingDialog", "%n date(s) changed."): "%n tanggal diubah.",
    ("BookingDialog", "Export to calendar"): "Ekspor ke kalender",
    ("BookingDialog", "Calendar files (*.ics)"): "Berkas kalender (*.ics)",
    ("BookingDialog", "Saved to %1"): "Disimpan di %1",
    ("BookingDialog", "A moved date: %1"): "Tanggal yang dipindahkan: %1",
    ("BookingTexts", "Please give the booking a title."): "Mohon isi judul pemesanan.",
    ("BookingTexts", "The title is too long: 200 characters at most."): "Judul terlalu panjang: paling banyak 200 karakter.",
    ("BookingTexts", "The contact's name is too long: 120 characters at most."): "Nama kontak terlalu panjang: paling banyak 120 karakter.",
    ("BookingTexts", "The phone number is too long: 20 characters at most."): "Nomor telepon terlalu panjang: paling banyak 20 karakter.",
    ("BookingTexts", "The reason is too long: 300 characters at most."): "Alasan terlalu panjang: paling banyak 300 karakter.",
    ("BookingTexts", "Every date is skipped: nothing is left to book."): "Semua tanggal dilewati: tidak ada yang tersisa untuk dipesan.",
    ("BookingTexts", "Please fill this in."): "Mohon diisi.",
    ("BookingTexts", "This is too long."): "Ini terlalu panjang.",
    ("BookingTexts", "The end must be after the start."): "Jam selesai harus setelah jam mulai.",
    ("BookingTexts", "The booking has no length: the end must be after the start."): "Durasi pemesanan nol: jam selesai harus setelah jam mulai.",
    ("BookingTexts", "A booking lasts at most 24 hours. For longer, make it repeat."): "Satu pemesanan paling lama 24 jam. Untuk lebih lama, buat berulang.",
    ("BookingTexts", "The number of people must be from 1 to 5000."): "Jumlah orang harus antara 1 dan 5000.",
    ("BookingTexts", "More people than the room has seats. Choose a larger room."): "Jumlah orang melebihi kapasitas ruang. Pilih ruang yang lebih besar.",
    ("BookingTexts", "This room no longer exists. Please choose another."): "Ruang ini sudah tidak ada. Silakan pilih ruang lain.",
    ("BookingTexts", "This room cannot be booked."): "Ruang ini tidak dapat dipesan.",
    ("BookingTexts", "Choose an organisation from the list, or leave it empty."): "Pilih organisasi dari daftar, atau kosongkan.",
    ("BookingTexts", "Please give a reason: the organiser will be told."): "Mohon isi alasannya: akan disampaikan ke penyelenggara.",
    ("BookingTexts", "This booking is no longer waiting for approval."): "Pemesanan ini sudah tidak menunggu persetujuan.",
    ("BookingTexts", "This booking was cancelled or rejected; it cannot be changed."): "Pemesanan ini sudah dibatalkan atau ditolak; tidak dapat diubah.",
    ("BookingTexts", "This booking has already ended; it cannot be changed."): "Pemesanan ini sudah selesai; tidak dapat diubah.",
    ("BookingTexts", "Say when the repeating ends: after a number of times or on a date."): "Tentukan kapan pengulangan berakhir: setelah beberapa kali atau pada suatu tanggal.",
    ("BookingTexts", "This repeat pattern cannot be used."): "Pola pengulangan ini tidak dapat digunakan.",
    ("BookingTexts", "A repeating booking may have at most 750 dates within two years."): "Pemesanan berulang paling banyak 750 tanggal dalam dua tahun.",
    ("BookingTexts", "The repeating ends before the first date."): "Pengulangan berakhir sebelum tanggal pertama.",
    ("BookingTexts", "The dates would overlap each other (set-up and clean-up included). Repeat less often or make it shorter."): "Tanggal-tanggalnya akan saling tumpang tindih (termasuk waktu persiapan dan beres-beres). Kurangi pengulangan atau perpendek durasinya.",
    ("BookingTexts", "An existing booking cannot be made repeating."): "Pemesanan yang sudah ada tidak dapat dijadikan berulang.",
    ("BookingTexts", "Booked by %1 (%2), %3"): "Dipesan oleh %1 (%2), %3",
    ("BookingTexts", "Already booked: %1, %2"): "Sudah dipesan: %1, %2",
    ("BookingTexts", "Closed: %1"): "Tutup: %1",
    ("BookingTexts", "Closed"): "Tutup",
    ("BookingTexts", "Holiday: %1"): "Hari libur: %1",
    ("BookingTexts", "Outside opening hours (%1)"): "Di luar jam buka (%1)",
    ("BookingTexts", "Weekly quota of %1 hours exceeded for %2"): "Kuota mingguan %1 jam untuk %2 terlampaui",
    ("BookingTexts", "Overlaps another date of this series, %1"): "Bertabrakan dengan tanggal lain dalam seri ini, %1",
    ("BookingTexts", "Waiting for approval"): "Menunggu persetujuan",
    ("BookingTexts", "Confirmed"): "Terkonfirmasi",
    ("BookingTexts", "Rejected"): "Ditolak",
    ("BookingTexts", "Cancelled"): "Dibatalkan",
    ("BookingTexts", "Training room"): "Ruang pelatihan",
    ("BookingTexts", "Meeting room"): "Ruang rapat",
    ("BookingTexts", "Showroom"): "Ruang pamer",
    ("BookingTexts", "Co-working"): "Ruang kerja bersama",
    ("BookingTexts", "Consultation room"): "Ruang konsultasi",
    ("BookingTexts", "Studio"): "Studio",
    ("BookingTexts", "Lab"): "Laboratorium",
    ("BookingTexts", "Office"): "Kantor",
    ("BookingTexts", "Hall"): "Aula",
    ("BookingTexts", "Projector"): "Proyektor",
    ("BookingTexts", "Screen"): "Layar",
    ("BookingTexts", "TV"): "TV",
    ("BookingTexts", "Whiteboard"): "Papan tulis",
    ("BookingTexts", "Sound system"): "Tata suara",
    ("BookingTexts", "Microphone"): "Mikrofon",
    ("BookingTexts", "Video conference"): "Konferensi video",
    ("BookingTexts", "Wi-Fi"): "Wi-Fi",
    ("BookingTexts", "Air conditioning"): "AC",
    ("BookingTexts", "Kitchen"): "Dapur",
    ("BookingTexts", "Sink"): "Wastafel",
    ("BookingTexts", "Lighting kit"): "Perlengkapan lampu",
    ("BookingTexts", "Green screen"): "Layar hijau",
    ("BookingTexts", "Camera"): "Kamera",
    ("BookingTexts", "Computers"): "Komputer",
    ("BookingTexts", "Stage"): "Panggung",
    ("BookingTexts", "Display shelves"): "Rak pajang",
    ("BookingTexts", "Wheelchair access"): "Akses kursi roda",
    ("BookingTexts", "Booked"): "Dipesan",
    ("BookingTexts", "Repeating booking made"): "Pemesanan berulang dibuat",
    ("BookingTexts", "Changed"): "Diubah",
    ("BookingTexts", "Series changed"): "Seri diubah",
    ("BookingTexts", "Series split"): "Seri dipisah",
    ("BookingTexts", "Approved"): "Disetujui",
    ("BookingsPanel", "Room bookings"): "Pemesanan ruang",
    ("BookingsPanel", "New booking"): "Pesan ruang",
    ("BookingsPanel", "Bookings"): "Pemesanan",
    ("BookingsPanel", "Find a free room"): "Cari ruang kosong",
    ("BookingsPanel", "Search: title, organisation, contact or room"): "Cari: judul, organisasi, kontak atau ruang",
    ("BookingsPanel", "From"): "Dari",
    ("BookingsPanel", "until"): "sampai",
    ("BookingsPanel", "Open"): "Buka",
    ("BookingsPanel", "Whole series"): "Seluruh seri",
    ("BookingsPanel", "Approve"): "Setujui",
    ("BookingsPanel", "Reject"): "Tolak",
    ("BookingsPanel", "Reason for rejecting (required, the organiser will be told)"): "Alasan penolakan (wajib, akan disampaikan ke penyelenggara)",
    ("BookingsPanel", "Back"): "Kembali",
    ("BookingsPanel", "Reject booking"): "Tolak pemesanan",
    ("BookingsPanel", "%n booking(s) found"): "%n pemesanan ditemukan",
    ("BookingsPanel", "No bookings found"): "Tidak ada pemesanan",
    ("BookingsPanel", "Approvals (%1)"): "Persetujuan (%1)",
    ("BookingsPanel", "Approvals"): "Persetujuan",
    ("BookingsPanel", "%n booking(s) waiting for approval"): "%n pemesanan menunggu persetujuan",
    ("BookingsPanel", "Nothing is waiting for approval."): "Tidak ada yang menunggu persetujuan.",
    ("BookingsPanel", "Approved: %1"): "Disetujui: %1",
    ("BookingsPanel", "Rejected: %1"): "Ditolak: %1",
    ("BookingsPanel", "Another booking now holds the room at that time: open the booking to move it."): "Ruang sudah dipakai pemesanan lain pada waktu itu: buka pemesanannya untuk memindahkan.",
    ("BookingsTableModel", "Date"): "Tanggal",
    ("BookingsTableModel", "Time"): "Jam",
    ("BookingsTableModel", "Floor / room"): "Lantai / ruang",
    ("BookingsTableModel", "Title"): "Judul",
    ("BookingsTableModel", "Organisation"): "Organisasi",
    ("BookingsTableModel", "Status"): "Status",
    ("FreeRoomFinder", "Date"): "Tanggal",
    ("FreeRoomFinder", "From"): "Mulai",
    ("FreeRoomFinder", "For"): "Selama",
    ("FreeRoomFinder", "%1 minutes"): "%1 menit",
    ("FreeRoomFinder", "%1 h %2 min"): "%1 jam %2 menit",
    ("FreeRoomFinder", "%n hour(s)"): "%n jam",
    ("FreeRoomFinder", "People"): "Jumlah orang",
    ("FreeRoomFinder", "Kind of room"): "Jenis ruang",
    ("FreeRoomFinder", "Any kind"): "Semua jenis",
    ("FreeRoomFinder", "Preferred floor"): "Lantai pilihan",
    ("FreeRoomFinder", "Any floor"): "Lantai mana saja",
    ("FreeRoomFinder", "Floor %1"): "Lantai %1",
    ("FreeRoomFinder", "Needs"): "Kebutuhan",
    ("FreeRoomFinder", "Find a free room"): "Cari ruang kosong",
    ("FreeRoomFinder", "Book this room"): "Pesan ruang ini",
    ("FreeRoomFinder", "No room is free at that time. The nearest free times:"): "Tidak ada ruang kosong pada waktu itu. Waktu kosong terdekat:",
    ("FreeRoomFinder", "No room fits, even on the next days. Try fewer needs or people."): "Tidak ada ruang yang cocok, juga pada hari-hari berikutnya. Coba kurangi kebutuhan atau jumlah orang.",
    ("FreeRoomFinder", "%n free room(s), best first"): "%n ruang kosong, yang paling cocok di atas",
    ("FreeRoomFinder", "Say what is needed, then press Find a free room."): "Isi kebutuhannya, lalu tekan Cari ruang kosong.",
    ("HistoryModel", "When"): "Waktu",
    ("HistoryModel", "Who"): "Oleh",
    ("HistoryModel", "What"): "Tindakan",
    ("OccurrenceRow", "Skip"): "Lewati",
    ("OccurrenceRow", "Move"): "Pindahkan",
    ("OccurrenceRow", "until"): "sampai",
    ("OccurrenceRow", "Skipped: this date will not be booked"): "Dilewati: tanggal ini tidak dipesan",
    ("OccurrenceRow", "Moved: free"): "Dipindahkan: kosong",
    ("OccurrenceRow", "Free"): "Kosong",
    ("OffersModel", "Date"): "Tanggal",
    ("OffersModel", "Time"): "Jam",
    ("OffersModel", "Floor / room"): "Lantai / ruang",
    ("OffersModel", "Kind"): "Jenis",
    ("OffersModel", "Seats"): "Kursi",
    ("OffersModel", "Floor %1"): "Lantai %1",
    ("OffersModel", "needs approval"): "perlu persetujuan",
}


def translated_ts(target: Path) -> Path:
    """lupdate over the booking files, with the preview's Indonesian filled in."""
    sources = [str(ROOT / "ui" / "reception" / name) for name in BOOKING_FILES]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(target),
                    "-target-language", "id"], check=True, capture_output=True)
    tree = ET.parse(target)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = PREVIEW_ID.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    if missing:
        print("no preview translation for:", *missing, sep="\n  ")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def preview_translator(folder: Path) -> QTranslator:
    ts = translated_ts(folder / "bookings_id.ts")
    qm = folder / "bookings_id.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    return translator


def settle(ms: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle(context: AppContext) -> None:
    for _ in range(300):
        settle(20)
        if not context.worker.busy:
            break
    settle(120)


def on_worker(context: AppContext, job: Callable[[Operations], Any]) -> Any:
    box: list[Any] = []
    context.run(job, box.append, lambda error: box.append(error))
    for _ in range(500):
        settle(10)
        if box:
            if isinstance(box[0], BaseException):
                raise box[0]
            return box[0]
    raise RuntimeError("worker job did not finish")


def wib(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE).astimezone(UTC)


def seed(ops: Operations) -> None:
    """A conflict for the weekly series, and bookings waiting for approval."""
    organizations = ops.bookings.organizations()
    tenant = organizations[0].id if organizations else None
    monday = date(2026, 11, 23)
    thursday = monday + timedelta(days=3)
    bookings = [
        BookingRequest(room_id("4.02"), "Rapat Tahunan Koperasi", wib(thursday + timedelta(7), 9),
                       wib(thursday + timedelta(7), 11), 40, tenant),
        BookingRequest(room_id("10.01"), "Pameran Produk Unggulan Tangsel",
                       wib(monday + timedelta(4), 13), wib(monday + timedelta(4), 20), 250,
                       tenant, "Dewi Lestari", "0812-7788-9900"),
        BookingRequest(room_id("3.01"), "Kelas Uji Resep Kopi", wib(monday + timedelta(1), 9),
                       wib(monday + timedelta(1), 12), 15, None, "Andi", "0813-1122-3344",
                       Recurrence(Frequency.WEEKLY, count=4)),
        BookingRequest(room_id("10.02"), "Festival Kuliner Tangsel",
                       wib(monday + timedelta(4), 8), wib(monday + timedelta(4), 20), 280,
                       tenant),
        BookingRequest(room_id("1.03"), "Bazar Batik Nusantara", wib(monday + timedelta(9), 9),
                       wib(monday + timedelta(9), 17), 40, tenant),
    ]
    for request in bookings:
        try:
            ops.bookings.book(request, "resepsionis-1")
        except BookingConflictError:
            print("already taken by the demo:", request.title)


def shoot(widget: QWidget, context: AppContext, out: Path, name: str) -> None:
    idle(context)
    widget.repaint()
    path = out / f"reception-booking-{name}-id.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def series_dialog(context: AppContext, out: Path) -> None:
    dialog = BookingDialog(context)
    dialog.resize(1240, 780)
    dialog.show()
    idle(context)
    dialog.title_edit.setText("Kelas Ekspor untuk UMKM Kuliner")
    combo = dialog.organization_combo
    if combo.count() > 1:
        combo.setCurrentIndex(1)
    dialog.contact_name_edit.setText("Ratna Sari")
    dialog.contact_phone_edit.setText("0812-3456-7890")
    room = next(i for i in range(dialog.room_combo.count())
                if dialog.room_combo.itemText(i).startswith("4.02 · "))
    dialog.room_combo.setCurrentIndex(room)
    dialog.attendees_spin.setValue(35)
    dialog.date_edit.setDate(QDate(2026, 11, 26))
    dialog.start_edit.setTime(QTime(10, 0))
    dialog.end_edit.setTime(QTime(12, 0))
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData(Frequency.WEEKLY))
    dialog.count_spin.setValue(5)
    dialog.check()
    idle(context)
    shoot(dialog, context, out, "new-series-conflicts")
    blocked = [row for row in dialog.rows if row.occurrence.blocked]
    for row in blocked:
        if row.occurrence.conflicts[0].kind.value == "holiday" and row.skip_button:
            row.skip_button.click()
        elif row.move_button is not None:
            row.move_button.click()
            row.move_start.setTime(QTime(13, 0))
            row.move_end.setTime(QTime(15, 0))
    settle(400)
    idle(context)
    shoot(dialog, context, out, "new-series-resolved")
    dialog.close()
    dialog.deleteLater()


def edit_dialog(context: AppContext, out: Path) -> None:
    pending = on_worker(context, lambda ops: ops.bookings.pending())
    series = next(b for b in pending if b.repeating)
    dialog = BookingDialog(context, booking_id=series.id)
    dialog.resize(1240, 780)
    dialog.show()
    idle(context)
    dialog.reject_button.click()
    shoot(dialog, context, out, "edit-pending")
    dialog.close()
    dialog.deleteLater()


def panel_shots(context: AppContext, out: Path) -> None:
    panel = BookingsPanel(context)
    panel.resize(1280, 800)
    panel.show()
    idle(context)
    shoot(panel, context, out, "list")
    panel.tabs.setCurrentWidget(panel.approvals_page)
    panel.pending_table.selectRow(0)
    shoot(panel, context, out, "approvals")
    finder = panel.finder
    panel.tabs.setCurrentWidget(finder)
    finder.date_edit.setDate(QDate(2026, 11, 24))
    finder.start_edit.setTime(QTime(9, 0))
    finder.people_spin.setValue(30)
    finder.amenity_boxes["projector"].setChecked(True)
    finder.floor_combo.setCurrentIndex(finder.floor_combo.findData(4))
    finder.search()
    shoot(panel, context, out, "free-rooms")
    finder.date_edit.setDate(QDate(2026, 11, 27))
    finder.start_edit.setTime(QTime(14, 0))
    finder.people_spin.setValue(250)
    finder.amenity_boxes["projector"].setChecked(False)
    finder.floor_combo.setCurrentIndex(0)
    finder.kind_combo.setCurrentIndex(finder.kind_combo.findData("hall"))
    finder.search()
    shoot(panel, context, out, "free-rooms-nearest")
    panel.close()
    panel.deleteLater()


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--write-ts":
        application()
        print(translated_ts(Path(sys.argv[2])))
        return
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\ndevice_name = "resepsionis-1"\n'
                          'language = "id"\nmode = "reception"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        print(seed_demo(settings, days=1, now=NOW))
        translations = Translations(app)
        translations.install("id")
        app.installTranslator(preview_translator(Path(tmp)))
        apply_theme(app)
        context = AppContext(settings, translations,
                             open_operations=lambda s: Operations.open(s, clock=lambda: NOW))
        on_worker(context, seed)
        series_dialog(context, out)
        edit_dialog(context, out)
        panel_shots(context, out)
        context.close()


if __name__ == "__main__":
    main()
