"""The floor grid: a floor's rooms as rows and the day's hours as columns, on landscape A4 or
A3. Overlapping bookings (a pending one beside a confirmed one, met through sync) share the row
in lanes; pending ones are hatched with a dashed border, so the mark survives a black-and-white
printer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from reportlab.lib.pagesizes import landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper import text as pdf_text
from kiosk.paper.dates import format_day_en, format_day_id, zone_label
from kiosk.paper.text import draw_text, text_width
from kiosk.schedules.day import (
    ScheduleDay,
    ScheduledBooking,
    ScheduledFloor,
    ScheduledRoom,
    ScheduleInputError,
)
from kiosk.schedules.page import (
    clock,
    hatch,
    new_canvas,
    page_number,
    paper_size,
    shorten,
    time_range,
    wrap,
)

#: The grid's hours when every booking of the day falls inside them (the building's hours).
GRID_FIRST_HOUR: Final = 7
GRID_LAST_HOUR: Final = 21


@dataclass(frozen=True)
class _Grid:
    """Where the grid sits on a landscape page, and its type sizes."""

    page_w: float
    page_h: float
    margin: float
    label_w: float  # the rooms' column
    top: float  # the top of the first row
    bottom: float  # the bottom of the last possible row
    first_hour: int
    last_hour: int
    font: float  # the scale of every type size

    @property
    def left(self) -> float:
        return self.margin + self.label_w

    @property
    def right(self) -> float:
        return self.page_w - self.margin

    @property
    def per_minute(self) -> float:
        return (self.right - self.left) / ((self.last_hour - self.first_hour) * 60)

    def x(self, moment: datetime, day: date) -> float:
        minutes = (moment.date() - day).days * 1440 + moment.hour * 60 + moment.minute
        minutes = min(max(minutes, self.first_hour * 60), self.last_hour * 60)
        return self.left + (minutes - self.first_hour * 60) * self.per_minute


def _grid_hours(rooms: Sequence[ScheduledRoom], day: date) -> tuple[int, int]:
    """07:00 to 21:00, stretched to the whole hours of any booking outside them."""
    first, last = GRID_FIRST_HOUR, GRID_LAST_HOUR
    for room in rooms:
        for booking in room.bookings:
            start = booking.starts_at
            end = booking.ends_at
            first = min(first, 0 if start.date() < day else start.hour)
            last = 24 if end.date() > day else max(last, end.hour + (1 if end.minute else 0))
    return first, last


def render_floor(day_data: ScheduleDay, floor: int | None = None, language: str = "id",
                 page: str = "A4") -> bytes:
    """A floor's rooms as rows and the day's hours as columns on landscape ``page`` (A4 or
    A3); with ``floor`` None, every floor of ``day_data``, each starting a new page. Rooms that
    do not fit a page continue on the next one."""
    floors = list(day_data.floors)
    if floor is not None:
        found = day_data.floor(floor)
        if found is None:
            raise ScheduleInputError(f"floor {floor} is not in this schedule")
        floors = [found]
    page_w, page_h = landscape(paper_size(page))
    a3 = page.upper() == "A3"
    scale = 1.35 if a3 else 1.0
    first_hour, last_hour = _grid_hours([r for f in floors for r in f.rooms], day_data.day)
    margin = 24.0 * scale
    grid = _Grid(page_w, page_h, margin, label_w=(150.0 if a3 else 118.0),
                 top=page_h - margin - 64 * scale, bottom=margin + 26 * scale,
                 first_hour=first_hour, last_hour=last_hour, font=scale)
    available = grid.top - grid.bottom
    min_row, max_row = 46.0 * scale, available / 3
    per_page = max(1, int(available // min_row))

    pages: list[tuple[ScheduledFloor, list[ScheduledRoom], float, bool]] = []
    for each in floors:
        rooms = list(each.rooms)
        chunks = [rooms[i:i + per_page] for i in range(0, len(rooms), per_page)] or [[]]
        row_h = min(max_row, available / max(1, min(len(rooms), per_page)))
        pages += [(each, chunk, row_h, index > 0) for index, chunk in enumerate(chunks)]

    title = f"Jadwal ruang {day_data.day.isoformat()}"
    canvas, buffer = new_canvas((page_w, page_h), title, day_data.building_name)
    for number, (each, rooms, row_h, continued) in enumerate(pages, start=1):
        _grid_page(canvas, grid, day_data, each, rooms, row_h, language, continued)
        canvas.setFont("Helvetica", 7.5 * scale)
        canvas.setFillGray(0)
        canvas.drawRightString(grid.right, margin, page_number(number, len(pages)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _grid_page(canvas: Canvas, grid: _Grid, day_data: ScheduleDay, each: ScheduledFloor,
               rooms: list[ScheduledRoom], row_h: float, language: str,
               continued: bool) -> None:
    """One page: the floor's heading, the hours and lines, a row per room, the legend."""
    _grid_heading(canvas, grid, day_data, each, language, continued)
    _grid_lines(canvas, grid, len(rooms), row_h)
    s = grid.font
    if not rooms:
        canvas.setFont("Helvetica-Bold", 12 * s)
        canvas.drawCentredString((grid.margin + grid.right) / 2, grid.top - 30 * s,
                                 "Tidak ada ruang yang dapat dipesan / No bookable rooms")
    for index, room in enumerate(rooms):
        row_top = grid.top - index * row_h
        _room_label(canvas, grid, room, row_top, row_h, language)
        lanes = _lanes(room.bookings)
        lane_h = row_h / max(1, len(lanes))
        for lane_index, lane in enumerate(lanes):
            for booking in lane:
                x0 = grid.x(booking.starts_at, day_data.day)
                x1 = grid.x(booking.ends_at, day_data.day)
                y = row_top - (lane_index + 1) * lane_h
                _block(canvas, grid, booking, x0, y + 1.5, max(x1 - x0, 1.5), lane_h - 3,
                       day_data.day)
    _legend(canvas, grid)


def _grid_heading(canvas: Canvas, grid: _Grid, day_data: ScheduleDay, each: ScheduledFloor,
                  language: str, continued: bool) -> None:
    s = grid.font
    top_of_page = grid.page_h - grid.margin
    canvas.setFillGray(0)
    canvas.setFont("Helvetica-Bold", 17 * s)
    canvas.drawString(grid.margin, top_of_page - 16 * s,
                      f"Lantai {each.number} · Floor {each.number}")
    heading_w = pdfmetrics.stringWidth(f"Lantai {each.number} · Floor {each.number}",
                                       "Helvetica-Bold", 17 * s)
    floor_name = each.name(language) + (" (lanjutan / continued)" if continued else "")
    floor_name = shorten(floor_name, grid.right - grid.margin - heading_w - 230 * s,
                         12 * s)
    draw_text(canvas, grid.margin + heading_w + 10 * s, top_of_page - 16 * s, floor_name, 12 * s)
    canvas.setFont("Helvetica", 9 * s)
    canvas.drawString(grid.margin, top_of_page - 31 * s,
                      "Jadwal Ruang · Room Schedule · "
                      f"waktu {zone_label(day_data.zone)} / times {zone_label(day_data.zone)}")
    canvas.setFont("Helvetica-Bold", 12 * s)
    canvas.drawRightString(grid.right, top_of_page - 16 * s, format_day_id(day_data.day))
    canvas.setFont("Helvetica", 9 * s)
    canvas.drawRightString(grid.right, top_of_page - 31 * s, format_day_en(day_data.day))


def _grid_lines(canvas: Canvas, grid: _Grid, row_count: int, row_h: float) -> None:
    """Hours along the top; the grid's lines over the rows' full height."""
    s = grid.font
    rows_bottom = grid.top - row_h * max(1, row_count)
    canvas.setFont("Helvetica-Bold", 8 * s)
    hour_w = 60 * grid.per_minute
    # A day stretched by overnight bookings (23 hours and more) leaves too little room for a
    # label at every hour: then every second hour is labelled, so none run together.
    label_w = pdfmetrics.stringWidth("00:00", "Helvetica-Bold", 8 * s)
    every = 1 if hour_w >= 1.3 * label_w else 2
    for hour in range(grid.first_hour, grid.last_hour + 1):
        x = grid.left + (hour - grid.first_hour) * hour_w
        label = f"{hour:02d}:00"
        if hour != grid.last_hour and ((hour - grid.first_hour) % every
                                       or (grid.last_hour - hour) * hour_w < 1.5 * label_w):
            continue  # the last label (right-aligned) keeps its room
        if hour == grid.last_hour:
            canvas.drawRightString(x, grid.top + 5 * s, label)
        elif hour == grid.first_hour:
            canvas.drawString(x, grid.top + 5 * s, label)
        else:
            canvas.drawCentredString(x, grid.top + 5 * s, label)
    lines = canvas.beginPath()
    ticks = canvas.beginPath()
    for quarter in range((grid.last_hour - grid.first_hour) * 4 + 1):
        x = grid.left + quarter * 15 * grid.per_minute
        if quarter % 4 == 0:
            lines.moveTo(x, grid.top + 3 * s)
            lines.lineTo(x, rows_bottom)
            continue
        tick = (3.5 if quarter % 2 == 0 else 2.0) * s
        for index in range(max(1, row_count)):
            row_top = grid.top - index * row_h
            ticks.moveTo(x, row_top)
            ticks.lineTo(x, row_top - tick)
            ticks.moveTo(x, row_top - row_h)
            ticks.lineTo(x, row_top - row_h + tick)
    canvas.setStrokeGray(0.45)
    canvas.setLineWidth(0.6)
    canvas.drawPath(lines, stroke=1, fill=0)
    canvas.setLineWidth(0.4)
    canvas.drawPath(ticks, stroke=1, fill=0)

    rules = canvas.beginPath()
    for index in range(row_count + 1):
        y = grid.top - index * row_h
        rules.moveTo(grid.margin, y)
        rules.lineTo(grid.right, y)
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.8)
    canvas.drawPath(rules, stroke=1, fill=0)
    canvas.line(grid.left, grid.top, grid.left, rows_bottom)


def _lanes(bookings: Sequence[ScheduledBooking]) -> list[list[ScheduledBooking]]:
    """Bookings that overlap (a pending one beside a confirmed one, met through sync) go to
    separate lanes of the row, so that neither hides the other."""
    lanes: list[list[ScheduledBooking]] = []
    for booking in sorted(bookings, key=lambda b: (b.starts_at, b.ends_at)):
        for lane in lanes:
            if lane[-1].ends_at <= booking.starts_at:
                lane.append(booking)
                break
        else:
            lanes.append([booking])
    return lanes or [[]]


def _room_label(canvas: Canvas, grid: _Grid, room: ScheduledRoom, top: float, height: float,
                language: str) -> None:
    s = grid.font
    x = grid.margin + 3 * s
    inner = grid.label_w - 6 * s
    canvas.setFillGray(0)
    canvas.setFont("Helvetica-Bold", 12 * s)
    canvas.drawString(x, top - 13 * s, room.code)
    room_size = 7.2 * s
    leading = room_size * 1.18
    available = int((height - 17 * s - room_size * 1.3) // leading)
    y = top - 13 * s - leading
    for line in wrap(room.name(language), inner, room_size, max(1, min(3, available))):
        draw_text(canvas, x, y, line, room_size)
        y -= leading
    if y - room_size * 0.3 > top - height:
        canvas.setFont("Helvetica", 6.3 * s)
        canvas.drawString(x, y - 1 * s, f"maks. {room.capacity} orang / max {room.capacity}")


def _block(canvas: Canvas, grid: _Grid, booking: ScheduledBooking, x: float, y: float,
           w: float, h: float, day: date) -> None:
    """One booking: a bordered box (confirmed: solid, grey edge bar; pending: dashed and
    hatched), its title, organisation and times."""
    s = grid.font
    canvas.saveState()
    canvas.setFillGray(1)
    canvas.setStrokeGray(0)
    if booking.pending:
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        hatch(canvas, x, y, w, h, 5 * s, gray=0.72, line_width=0.5)
        canvas.setLineWidth(1.1)
        canvas.setDash(3, 2)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
        canvas.setDash()
    else:
        canvas.setLineWidth(1.1)
        canvas.rect(x, y, w, h, stroke=1, fill=1)
        canvas.setFillGray(0.35)
        canvas.rect(x, y, min(2.5 * s, w / 3), h, stroke=0, fill=0 if w < 6 else 1)
    canvas.restoreState()
    canvas.setFillGray(0)

    pad = 2.2 * s
    left = x + pad + (2.5 * s if not booking.pending and w >= 6 else 0)
    inner_w = x + w - pad - left
    title_size, small = 7.4 * s, 6.4 * s
    leading = small * 1.17
    times = time_range(booking, day)
    start = clock(booking.starts_at, day)
    if inner_w < text_width(start, small):
        _vertical_block(canvas, booking, x, y, w, h, start, small, s)
        return

    knockout = booking.pending  # text on white, not on the hatching
    budget = h - 2 * pad
    title_h = title_size * 1.12
    time_line = times if text_width(times, small) <= inner_w else start
    marks = [m for m in ("MENUNGGU · PENDING", "MENUNGGU") if text_width(m, small, True) <= inner_w]
    # What fits, by priority: the time, a line of title, the pending mark, the organisation,
    # more lines of title (not when a word of it is wider than the block: no broken words).
    used = leading
    title_lines = 0
    if used + title_h <= budget:
        title_lines, used = 1, used + title_h
    pending_line = booking.pending and bool(marks) and title_lines and used + leading <= budget
    if pending_line:
        used += leading
    organization_line = bool(booking.organization and title_lines and used + leading <= budget)
    if organization_line:
        used += leading
    if title_lines and (not pdf_text.built_in(booking.title) or max(
            text_width(word, title_size, True) for word in booking.title.split() or [""])
            <= inner_w):
        while title_lines < 3 and used + title_h <= budget:
            title_lines, used = title_lines + 1, used + title_h
    if title_lines == 0:
        line = shorten(f"{start} {booking.title}", inner_w, small)
        _line(canvas, left, y + h / 2 - small * 0.35, line, small, False, knockout)
        return
    top = y + h - pad - title_size * 0.8
    for line in wrap(booking.title, inner_w, title_size, title_lines, True):
        _line(canvas, left, top, line, title_size, True, knockout)
        top -= title_h
    top -= small * 0.1
    if organization_line:
        _line(canvas, left, top, shorten(booking.organization, inner_w, small), small, False,
              knockout)
        top -= leading
    _line(canvas, left, top, time_line, small, False, knockout)
    top -= leading
    if pending_line:
        _line(canvas, left, top, marks[0], small, True, knockout, "Helvetica-BoldOblique")


def _line(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool,
          knockout: bool, font: str | None = None) -> None:
    """One line of a block; ``knockout`` clears the hatching behind it first."""
    if knockout and text:
        canvas.setFillGray(1)
        measured = (pdfmetrics.stringWidth(text, font, size) if font
                    else text_width(text, size, bold))
        canvas.rect(x - 1, y - size * 0.25, measured + 2, size * 1.12, stroke=0, fill=1)
        canvas.setFillGray(0)
    if font:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
    else:
        draw_text(canvas, x, y, text, size, bold)


def _vertical_block(canvas: Canvas, booking: ScheduledBooking, x: float, y: float, w: float,
                    h: float, start: str, size: float, s: float) -> None:
    """A block too narrow for its start time: time and shortened title run up the block."""
    pad = 2.0 * s
    length = h - 2 * pad
    leading = size * 1.1
    count = int((w - 1.0) // leading)
    if length < text_width(start, size) or count < 1:
        return
    texts = ([start, shorten(booking.title, length, size, True)] if count >= 2
             else [shorten(f"{start} {booking.title}", length, size)])
    canvas.saveState()
    canvas.translate(x + w / 2, y + pad)
    canvas.rotate(90)
    total = len(texts) * leading
    for index, text in enumerate(texts):
        centre = total / 2 - (index + 0.5) * leading  # left of the block first
        _line(canvas, 0, centre - size * 0.35, text, size, index == 1, booking.pending)
    canvas.restoreState()


def _legend(canvas: Canvas, grid: _Grid) -> None:
    s = grid.font
    y = grid.margin
    box_w, box_h = 22 * s, 9 * s
    x = grid.margin
    canvas.setStrokeGray(0)
    canvas.setLineWidth(1.1)
    canvas.setFillGray(1)
    canvas.rect(x, y - 1.5 * s, box_w, box_h, stroke=1, fill=1)
    canvas.setFillGray(0.35)
    canvas.rect(x, y - 1.5 * s, 2.5 * s, box_h, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont("Helvetica", 7.5 * s)
    label = "Terkonfirmasi / Confirmed"
    canvas.drawString(x + box_w + 4 * s, y, label)
    x += box_w + 16 * s + pdfmetrics.stringWidth(label, "Helvetica", 7.5 * s)
    canvas.setFillGray(1)
    canvas.rect(x, y - 1.5 * s, box_w, box_h, stroke=0, fill=1)
    hatch(canvas, x, y - 1.5 * s, box_w, box_h, 5 * s, gray=0.72, line_width=0.5)
    canvas.saveState()
    canvas.setDash(3, 2)
    canvas.rect(x, y - 1.5 * s, box_w, box_h, stroke=1, fill=0)
    canvas.restoreState()
    canvas.setFillGray(0)
    canvas.drawString(x + box_w + 4 * s, y, "Menunggu persetujuan / Pending approval")
