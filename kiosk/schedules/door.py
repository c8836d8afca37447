"""The door sheet: one room's day in type readable from across a corridor, on A4 portrait (A3
is the same page enlarged). A long day shrinks to fit one page, down to 60 %, then runs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.dates import format_day_id
from kiosk.paper.text import draw_text
from kiosk.schedules.day import (
    ScheduleDay,
    ScheduledBooking,
    ScheduledFloor,
    ScheduledRoom,
    ScheduleInputError,
)
from kiosk.schedules.page import clock, hatch, new_canvas, page_number, paper_size, shorten, wrap


@dataclass(frozen=True)
class _DoorEntry:
    booking: ScheduledBooking
    title_lines: tuple[str, ...]
    organization_lines: tuple[str, ...]
    height: float


def render_room_door(day_data: ScheduleDay, room_code: str, language: str = "id",
                     paper: str = "A4") -> bytes:
    """One room's door sheet: its code and name large, its floor, and its bookings of the day
    in type readable from across a corridor (A4 portrait; A3 is the same page enlarged)."""
    room = day_data.room(room_code)
    if room is None:
        raise ScheduleInputError(f"room {room_code!r} is not in this schedule")
    return render_room_doors(day_data, language, paper, rooms=(room,))


def render_room_doors(day_data: ScheduleDay, language: str = "id", paper: str = "A4",
                      floor: int | None = None,
                      rooms: Sequence[ScheduledRoom] | None = None) -> bytes:
    """A door sheet for each of ``rooms`` (default: every room of ``day_data``, or of
    ``floor``), in one PDF."""
    if rooms is None:
        rooms = [r for r in day_data.rooms if floor is None or r.floor_number == floor]
        if not rooms:
            raise ScheduleInputError(f"floor {floor} has no bookable rooms in this schedule")
    page_w, page_h = paper_size(paper)
    scale = page_w / A4[0]
    title = f"Jadwal pintu {day_data.day.isoformat()}"
    canvas, buffer = new_canvas((page_w, page_h), title, day_data.building_name)
    for room in rooms:
        _door(canvas, day_data, room, language, scale)
    canvas.save()
    return buffer.getvalue()


def _door(canvas: Canvas, day_data: ScheduleDay, room: ScheduledRoom, language: str,
          scale: float) -> None:
    margin = 40.0
    width = A4[0] - 2 * margin
    floor = day_data.floor(room.floor_number)
    # The sizes that let the whole day fit one page, down to 60 %; beyond that, more pages.
    for factor in (1.0, 0.85, 0.72, 0.6):
        entries = [_door_entry(b, width, factor) for b in room.bookings]
        if sum(e.height for e in entries) <= _DOOR_LIST_HEIGHT:
            break
    pages: list[list[_DoorEntry]] = [[]]
    used = 0.0
    for entry in entries:
        if used + entry.height > _DOOR_LIST_HEIGHT and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(entry)
        used += entry.height
    for number, page_entries in enumerate(pages, start=1):
        if scale != 1:
            canvas.scale(scale, scale)
        y = _door_header(canvas, day_data, room, floor, language, margin, width)
        if not page_entries:
            canvas.setFont("Helvetica-Bold", 24)
            canvas.drawCentredString(A4[0] / 2, y - 70, "Tidak ada pemesanan hari ini")
            canvas.setFont("Helvetica", 18)
            canvas.drawCentredString(A4[0] / 2, y - 96, "No bookings today")
        for entry in page_entries:
            y = _door_entry_draw(canvas, entry, y, margin, width, factor, day_data.day)
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillGray(0)
        canvas.drawString(margin, margin - 8, "Jadwal dapat berubah; tanyakan resepsionis. "
                          "Schedule may change; ask at reception.")
        if len(pages) > 1:
            canvas.drawRightString(margin + width, margin - 8, page_number(number, len(pages)))
        canvas.showPage()


#: Room below the door sheet's header for the day's bookings (points on A4): the header ends
#: at y = 524 and the footer's line stands at y = 32 (9 points tall), with a gap of 7.
_DOOR_LIST_HEIGHT: Final = 524.0 - 32 - 9 - 7


def _door_entry(booking: ScheduledBooking, width: float, factor: float) -> _DoorEntry:
    text_w = width - 150 * factor
    title_lines = wrap(booking.title, text_w, 21 * factor, 2, True)
    organization_lines = (wrap(booking.organization, text_w, 15 * factor, 2)
                          if booking.organization else ())
    height = (14 * factor + len(title_lines) * 24 * factor
              + len(organization_lines) * 18 * factor + 18 * factor
              + (17 * factor if booking.pending else 0))
    return _DoorEntry(booking, title_lines, organization_lines, max(height, 62 * factor))


def _door_header(canvas: Canvas, day_data: ScheduleDay, room: ScheduledRoom,
                 floor: ScheduledFloor | None, language: str, margin: float,
                 width: float) -> float:
    top = A4[1] - margin
    canvas.setFillGray(0)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(margin, top - 10, day_data.building_name.upper())
    code_size = 96.0
    while pdfmetrics.stringWidth(room.code, "Helvetica-Bold", code_size) > width:
        code_size -= 4
    canvas.setFont("Helvetica-Bold", code_size)
    canvas.drawString(margin - 3, top - 16 - code_size * 0.74, room.code)
    y = top - 26 - code_size * 0.74
    other = room.name_id if language == "en" else room.name_en
    name_lines = wrap(room.name(language), width, 24, 2, True)
    for line in name_lines:
        y -= 27
        draw_text(canvas, margin, y, line, 24, True)
    if other and other != room.name(language):
        y -= 19
        draw_text(canvas, margin, y, shorten(other, width, 14), 14)
    y -= 22
    floor_name = f" — {floor.name(language)}" if floor is not None else ""
    draw_text(canvas, margin, y, shorten(
        f"Lantai {room.floor_number} · Floor {room.floor_number}{floor_name}", width, 13), 13)
    y = min(y, top - 238) - 6
    canvas.setLineWidth(2.5)
    canvas.line(margin, y, margin + width, y)
    y -= 24
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(margin, y, "Jadwal Hari Ini / Today's Schedule")
    canvas.setFont("Helvetica", 13)
    canvas.drawRightString(margin + width, y, format_day_id(day_data.day))
    y -= 10
    canvas.setLineWidth(0.8)
    canvas.line(margin, y, margin + width, y)
    return y


def _door_entry_draw(canvas: Canvas, entry: _DoorEntry, top: float, margin: float,
                     width: float, factor: float, day: date) -> float:
    booking = entry.booking
    bottom = top - entry.height
    if booking.pending:
        hatch(canvas, margin, bottom + 2, 6 * factor, entry.height - 4, 4, gray=0.3)
    canvas.setFillGray(0)
    x_text = margin + 150 * factor
    y = top - 14 * factor - 18 * factor
    canvas.setFont("Helvetica-Bold", 22 * factor)
    canvas.drawString(margin + 12 * factor, y, clock(booking.starts_at, day))
    canvas.setFont("Helvetica", 15 * factor)
    canvas.drawString(margin + 12 * factor, y - 20 * factor, f"– {clock(booking.ends_at, day)}")
    for line in entry.title_lines:
        draw_text(canvas, x_text, y, line, 21 * factor, True)
        y -= 24 * factor
    for line in entry.organization_lines:
        y += 3 * factor
        draw_text(canvas, x_text, y, line, 15 * factor)
        y -= 18 * factor
    if booking.pending:
        y += 2 * factor
        canvas.setFont("Helvetica-BoldOblique", 12.5 * factor)
        canvas.drawString(x_text, y, "MENUNGGU PERSETUJUAN · PENDING APPROVAL")
        y -= 17 * factor
    canvas.setFont("Helvetica", 11 * factor)
    canvas.drawString(x_text, y + 2 * factor, f"{booking.attendees} orang / people")
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0.5)
    canvas.line(margin, bottom, margin + width, bottom)
    canvas.setStrokeGray(0)
    return bottom
