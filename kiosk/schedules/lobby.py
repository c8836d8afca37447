"""The lobby list: every booking of the day by start time, on A4 portrait (A3 is the same page
enlarged), with the header repeated on every page. Pending bookings are shaded and marked in
words, so the mark survives a black-and-white printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.dates import format_day_en, format_day_id, zone_label
from kiosk.paper.text import draw_text, text_width
from kiosk.schedules.day import ScheduleDay, ScheduledBooking, ScheduledRoom
from kiosk.schedules.page import (
    clock,
    new_canvas,
    page_number,
    paper_size,
    shorten,
    time_range,
    wrap,
)

PENDING_MARK: Final = "(menunggu persetujuan / pending)"
NO_BOOKINGS: Final = "Tidak ada pemesanan hari ini / No bookings today"

#: Column titles (Indonesian, English) and their share of the table's width.
_LOBBY_COLUMNS: Final = (("Waktu", "Time", 0.135), ("Lantai", "Floor", 0.075),
                         ("Ruang", "Room", 0.24), ("Acara", "Event", 0.32),
                         ("Penyelenggara", "Organiser", 0.23))


#: The column titles' row.
_LOBBY_HEAD_H: Final = 29.0


@dataclass(frozen=True)
class _LobbyRow:
    room: ScheduledRoom
    booking: ScheduledBooking
    room_lines: tuple[str, ...]
    title_lines: tuple[str, ...]
    detail: str
    organization_lines: tuple[str, ...]
    height: float
    #: The time range, or its start and end on two lines when it is too wide (overnight).
    time_lines: tuple[str, ...] = ()


def render_lobby(day_data: ScheduleDay, language: str = "id", paper: str = "A4") -> bytes:
    """The day's bookings by start time on A4 portrait (A3 is the same page enlarged): time,
    floor, room, title, organisation, with the header repeated on every page."""
    page_w, page_h = paper_size(paper)
    scale = page_w / A4[0]
    canvas, buffer = new_canvas((page_w, page_h), f"Jadwal {day_data.day.isoformat()}",
                                 day_data.building_name)
    margin = 34.0
    width = A4[0] - 2 * margin
    widths = [share * width for _, _, share in _LOBBY_COLUMNS]
    lefts = [margin + sum(widths[:i]) for i in range(len(widths))]
    pad = 4.0
    size, small, leading = 9.0, 7.6, 10.6

    rows: list[_LobbyRow] = []
    for room, booking in day_data.bookings():
        room_lines = wrap(room.name(language), widths[2] - 2 * pad, small, 2)
        title_lines = wrap(booking.title, widths[3] - 2 * pad, size, 2, True)
        # The list hangs in the lobby: the number of people, not the organiser's name.
        detail = f"{booking.attendees} orang / people"
        organization_lines = wrap(booking.organization or "–", widths[4] - 2 * pad, size, 2)
        times = time_range(booking, day_data.day)
        time_lines: tuple[str, ...] = (times,)
        if text_width(times, size, True) > widths[0] - 2 * pad:
            time_lines = (f"{clock(booking.starts_at, day_data.day)}–",
                          clock(booking.ends_at, day_data.day))
        lines = max(len(time_lines), 1 + len(room_lines),
                    len(title_lines) + 1 + (1 if booking.pending else 0),
                    len(organization_lines))
        rows.append(_LobbyRow(room, booking, room_lines, title_lines, detail,
                              organization_lines, lines * leading + 2 * pad, time_lines))

    header_h = 96.0
    footer_h = 30.0
    table_top = A4[1] - margin - header_h
    available = table_top - _LOBBY_HEAD_H - margin - footer_h
    pages: list[list[_LobbyRow]] = [[]]
    used = 0.0
    for row in rows:
        if used + row.height > available and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height

    zone = zone_label(day_data.zone)
    for number, page_rows in enumerate(pages, start=1):
        if scale != 1:
            canvas.scale(scale, scale)
        _lobby_header(canvas, day_data, margin, width, zone)
        y = table_top
        canvas.setFillGray(0)
        canvas.setLineWidth(1.2)
        canvas.line(margin, y, margin + width, y)
        for (title_id, title_en, _), left in zip(_LOBBY_COLUMNS, lefts, strict=True):
            canvas.setFont("Helvetica-Bold", 9.5)
            canvas.drawString(left + pad, y - 13, title_id)
            canvas.setFont("Helvetica", 8)
            canvas.drawString(left + pad, y - 23.5, title_en)
        y -= _LOBBY_HEAD_H
        canvas.line(margin, y, margin + width, y)
        if not page_rows:
            canvas.setFont("Helvetica-Bold", 13)
            canvas.drawCentredString(margin + width / 2, y - 40, NO_BOOKINGS)
        for row in page_rows:
            y = _lobby_row(canvas, row, y, lefts, widths, margin, width, pad, size, small,
                           leading, day_data.day)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(margin, margin, f"{day_data.building_name} · "
                          f"Semua waktu dalam {zone} / All times {zone}")
        canvas.drawRightString(margin + width, margin, page_number(number, len(pages)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _lobby_header(canvas: Canvas, day_data: ScheduleDay, margin: float, width: float,
                  zone: str) -> None:
    top = A4[1] - margin
    canvas.setFillGray(0)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(margin, top - 9, day_data.building_name.upper())
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(margin, top - 36, "Jadwal Hari Ini")
    canvas.setFont("Helvetica", 15)
    canvas.drawString(margin, top - 55, "Today's Schedule")
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawRightString(margin + width, top - 36, format_day_id(day_data.day))
    canvas.setFont("Helvetica", 10)
    canvas.drawRightString(margin + width, top - 55, format_day_en(day_data.day))
    canvas.setFont("Helvetica", 8)
    count = sum(len(room.bookings) for room in day_data.rooms)
    canvas.drawString(margin, top - 76, f"{count} pemesanan / bookings · waktu {zone} / "
                      f"times {zone} · {PENDING_MARK[1:-1]}: belum pasti / not yet confirmed")


def _lobby_row(canvas: Canvas, row: _LobbyRow, top: float, lefts: list[float],
               widths: list[float], margin: float, width: float, pad: float, size: float,
               small: float, leading: float, day: date) -> float:
    bottom = top - row.height
    booking = row.booking
    if booking.pending:
        canvas.setFillGray(0.9)
        canvas.rect(margin, bottom, width, row.height, stroke=0, fill=1)
        canvas.setFillGray(0)
    first = top - pad - size
    canvas.setFont("Helvetica-Bold", size)
    for index, line in enumerate(row.time_lines or (time_range(booking, day),)):
        canvas.drawString(lefts[0] + pad, first - index * leading, line)
    canvas.drawString(lefts[1] + pad, first, str(row.room.floor_number))
    canvas.drawString(lefts[2] + pad, first, row.room.code)
    y = first
    for line in row.room_lines:
        y -= leading
        draw_text(canvas, lefts[2] + pad, y, line, small)
    y = first
    for line in row.title_lines:
        draw_text(canvas, lefts[3] + pad, y, line, size, True)
        y -= leading
    if booking.pending:
        canvas.setFont("Helvetica-BoldOblique", small)
        canvas.drawString(lefts[3] + pad, y, PENDING_MARK)
        y -= leading
    draw_text(canvas, lefts[3] + pad, y, shorten(row.detail, widths[3] - 2 * pad, small), small)
    y = first
    for line in row.organization_lines:
        draw_text(canvas, lefts[4] + pad, y, line, size)
        y -= leading
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.55)
    canvas.line(margin, bottom, margin + width, bottom)
    canvas.setStrokeGray(0)
    return bottom
