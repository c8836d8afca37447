"""The day's room schedules on paper: the lobby list, a floor's grid and a room's door sheet.

Receptionists print them every morning (``gic-kiosk schedule``). :func:`schedule_day` reads the
day once (two SELECTs) into frozen dataclasses; the renderers turn that into PDF bytes with
reportlab's canvas, drawn directly (no platypus) so that the whole building's grid and list
render in well under half a second:

* :func:`render_lobby`: A4 portrait, every booking of the day by start time;
* :func:`render_floor`: landscape A4 or A3, rooms as rows and hours as columns;
* :func:`render_room_door`: A4 portrait, one room's day in large type for its door.

Only bookings that hold the room are shown (confirmed and pending, not tombstoned); pending ones
are marked in words and, on the grid, with hatching and a dashed border, so that the marks
survive a black-and-white printer. Times are the building's wall time.

Fixed texts are bilingual, Indonesian first. Titles, organisations and contacts may be in any
script: text that fits the built-in fonts' encoding (cp1252, nearly all Indonesian text) is drawn
with Helvetica, which needs no embedding; anything else goes through :mod:`kiosk.paper.text`
(a bundled font per script, Arabic shaped right to left).
"""

from __future__ import annotations

import enum
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError
from kiosk.models import HOLDING, Booking, BookingStatus, Floor, Organization, Room
from kiosk.paper import text as pdf_text

BUILDING_NAME: Final = "Gedung Inovasi Center"

#: How far before the day a booking may start and still reach into it (an overnight event).
#: Bounds the scan of the ``starts_at`` index.
LOOKBACK: Final = timedelta(days=2)

#: The grid's hours when every booking of the day falls inside them (the building's hours).
GRID_FIRST_HOUR: Final = 7
GRID_LAST_HOUR: Final = 21

PAPERS: Final = {"A4": A4, "A3": A3}

_DAYS_ID: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_DAYS_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_ID: Final = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                     "September", "Oktober", "November", "Desember")
_MONTHS_EN: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December")

PENDING_MARK: Final = "(menunggu persetujuan / pending)"
NO_BOOKINGS: Final = "Tidak ada pemesanan hari ini / No bookings today"


class ScheduleKind(enum.StrEnum):
    LOBBY = "lobby"  # the day's list, for the lobby board
    FLOOR = "floor"  # a floor's grid of rooms by hours
    ROOM = "room"  # a door sheet per room


class ScheduleInputError(KioskError):
    """A floor or room asked for that the building does not have (or cannot be booked). The
    message is one line, fit to show after ``gic-kiosk:``."""


# --- the day's data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduledBooking:
    """One booking as the schedule shows it; times are aware, in the building's zone."""

    id: uuid.UUID
    title: str
    organization: str
    contact_name: str
    starts_at: datetime
    ends_at: datetime
    attendees: int
    status: BookingStatus

    @property
    def pending(self) -> bool:
        return self.status is BookingStatus.PENDING


@dataclass(frozen=True)
class ScheduledRoom:
    """A bookable room and its bookings of the day, by start time."""

    id: uuid.UUID
    code: str
    name_id: str
    name_en: str
    capacity: int
    floor_number: int
    bookings: tuple[ScheduledBooking, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class ScheduledFloor:
    number: int
    name_id: str
    name_en: str
    rooms: tuple[ScheduledRoom, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class ScheduleDay:
    """One local day of the building (or of one floor or room): floors in order, their
    bookable rooms in order of code, each with its bookings."""

    day: date
    zone: ZoneInfo
    floors: tuple[ScheduledFloor, ...]
    building_name: str = BUILDING_NAME

    @property
    def rooms(self) -> tuple[ScheduledRoom, ...]:
        return tuple(room for floor in self.floors for room in floor.rooms)

    def room(self, code: str) -> ScheduledRoom | None:
        return next((room for room in self.rooms if room.code == code), None)

    def floor(self, number: int) -> ScheduledFloor | None:
        return next((floor for floor in self.floors if floor.number == number), None)

    def bookings(self) -> list[tuple[ScheduledRoom, ScheduledBooking]]:
        """Every booking of the day with its room, by start time, then floor and room."""
        found = [(room, booking) for room in self.rooms for booking in room.bookings]
        found.sort(key=lambda pair: (pair[1].starts_at, pair[0].floor_number,
                                     _code_key(pair[0].code), pair[1].ends_at))
        return found


def _code_key(code: str) -> tuple[int | str, ...]:
    """"10.01" after "9.08": room codes compare by their numbers."""
    return tuple(int(part) if part.isdigit() else part for part in code.split("."))


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The local day as a UTC half-open interval."""
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    return start, end


def schedule_day(session: Session, day: date, zone: ZoneInfo, floor: int | None = None,
                 room_code: str | None = None, *,
                 building_name: str = BUILDING_NAME) -> ScheduleDay:
    """The bookable rooms of the building (or of ``floor``, or the one room ``room_code``) and
    the bookings holding them during the local ``day``: two SELECTs, the rooms and the
    bookings with their organisation's name.

    Raises :class:`ScheduleInputError` for a floor or a room the building does not have, or a
    room that cannot be booked.
    """
    rooms_query = (
        select(Room.id, Room.code, Room.name_id, Room.name_en, Room.capacity, Floor.number,
               Floor.name_id, Floor.name_en)
        .join(Floor, Room.floor_id == Floor.id)
        .where(Room.bookable.is_(True), Room.deleted_at.is_(None), Floor.deleted_at.is_(None))
    )
    if floor is not None:
        rooms_query = rooms_query.where(Floor.number == floor)
    if room_code is not None:
        rooms_query = rooms_query.where(Room.code == room_code.strip())
    room_rows = session.execute(rooms_query).all()
    if not room_rows:
        raise ScheduleInputError(_nothing_found(session, floor, room_code))

    start, end = day_bounds(day, zone)
    bookings_query = (
        select(Booking.id, Booking.room_id, Booking.title, Organization.name,
               Booking.contact_name, Booking.starts_at, Booking.ends_at, Booking.attendees,
               Booking.status)
        .outerjoin(Organization, Booking.organization_id == Organization.id)
        .where(Booking.starts_at >= start - LOOKBACK, Booking.starts_at < end,
               Booking.ends_at > start, Booking.status.in_(HOLDING),
               Booking.deleted_at.is_(None))
        .order_by(Booking.starts_at, Booking.ends_at)
    )
    if floor is not None or room_code is not None:
        bookings_query = bookings_query.where(Booking.room_id.in_([r[0] for r in room_rows]))
    by_room: dict[uuid.UUID, list[ScheduledBooking]] = {}
    for (booking_id, room_id, title, organization, contact, starts_at, ends_at, attendees,
         status) in session.execute(bookings_query):
        by_room.setdefault(room_id, []).append(ScheduledBooking(
            id=booking_id, title=title, organization=organization or "",
            contact_name=contact or "", starts_at=starts_at.astimezone(zone),
            ends_at=ends_at.astimezone(zone), attendees=attendees, status=status))

    floors: dict[int, tuple[str, str, list[ScheduledRoom]]] = {}
    for room_id, code, name_id, name_en, capacity, number, floor_id_name, floor_en in room_rows:
        entry = floors.setdefault(number, (floor_id_name, floor_en, []))
        entry[2].append(ScheduledRoom(room_id, code, name_id, name_en, capacity, number,
                                      tuple(by_room.get(room_id, ()))))
    return ScheduleDay(
        day=day, zone=zone, building_name=building_name,
        floors=tuple(
            ScheduledFloor(number, name_id, name_en,
                           tuple(sorted(rooms, key=lambda r: _code_key(r.code))))
            for number, (name_id, name_en, rooms) in sorted(floors.items())))


def _nothing_found(session: Session, floor: int | None, room_code: str | None) -> str:
    """Why there is no room to show, in one line (only read when something is wrong)."""
    numbers = sorted(session.scalars(select(Floor.number).where(Floor.deleted_at.is_(None))))
    if floor is not None and floor not in numbers:
        span = f"floors {numbers[0]} to {numbers[-1]}" if numbers else "no floors loaded"
        return f"floor {floor} does not exist ({span})"
    if room_code is not None:
        code = room_code.strip()
        row = session.execute(
            select(Room.bookable, Room.deleted_at, Floor.number)
            .join(Floor, Room.floor_id == Floor.id).where(Room.code == code)).first()
        if row is None or row[1] is not None:
            return f"unknown room {code!r}"
        if not row[0]:
            return f"room {code} cannot be booked (offices and service rooms have no schedule)"
        if floor is not None and row[2] != floor:
            return f"room {code} is on floor {row[2]}, not floor {floor}"
    if floor is not None:
        return f"floor {floor} has no bookable rooms"
    return "no bookable rooms in this database (is the building catalogue loaded?)"


# --- words and times ---------------------------------------------------------------------------


def format_day_id(day: date) -> str:
    """"Senin, 30 November 2026"."""
    return f"{_DAYS_ID[day.weekday()]}, {day.day} {_MONTHS_ID[day.month - 1]} {day.year}"


def format_day_en(day: date) -> str:
    """"Monday, 30 November 2026"."""
    return f"{_DAYS_EN[day.weekday()]}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def _zone_label(zone: ZoneInfo) -> str:
    return {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}.get(
        zone.key, zone.key)


def _clock(moment: datetime, day: date) -> str:
    """HH:MM on ``day``; 24:00 for the midnight that ends it; another day's date in brackets."""
    if moment.date() == day:
        return f"{moment:%H:%M}"
    if moment.date() == day + timedelta(days=1) and moment.time() == time(0):
        return "24:00"
    return f"{moment:%H:%M} ({moment.day}/{moment.month})"


def time_range(booking: ScheduledBooking, day: date) -> str:
    return f"{_clock(booking.starts_at, day)}–{_clock(booking.ends_at, day)}"


# --- text in any script ------------------------------------------------------------------------

_HELVETICA: Final = ("Helvetica", "Helvetica-Bold")


@lru_cache(maxsize=8192)
def _built_in(text: str) -> bool:
    """Whether the built-in fonts can draw ``text`` (their encoding is cp1252)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _font(bold: bool) -> str:
    return _HELVETICA[1] if bold else _HELVETICA[0]


def text_width(text: str, size: float, bold: bool = False) -> float:
    if _built_in(text):
        return float(pdfmetrics.stringWidth(text, _font(bold), size))
    return pdf_text.width(text, size, bold)


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              bold: bool = False) -> None:
    """``text`` with its left end at ``x``: Helvetica when it can, else a font per script."""
    if not text:
        return
    if _built_in(text):
        canvas.setFont(_font(bold), size)
        canvas.drawString(x, y, text)
    else:
        pdf_text.draw_left(canvas, x, y, text, size, bold)


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` on one line of ``width``, cut with an ellipsis when it is longer."""
    return wrap(text, width, size, 1, bold)[0]


@lru_cache(maxsize=8192)
def wrap(text: str, width: float, size: float, max_lines: int,
         bold: bool = False) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines of ``width``, the last one ellipsised when the
    text is longer."""
    return tuple(_wrap(text, width, size, max_lines, bold))


def _wrap(text: str, width: float, size: float, max_lines: int, bold: bool) -> list[str]:
    text = " ".join(text.split())
    if not _built_in(text):
        return pdf_text.fit(text, width, (size,), max_lines, bold)[1]
    font = _font(bold)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while word and pdfmetrics.stringWidth(word, font, size) > width:
            cut = _longest_prefix(word, "", font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
        if len(lines) >= max_lines:
            rest = " ".join([current, *words[index + 1:]]).strip()
            lines = lines[:max_lines]
            lines[-1] = _ellipsised(f"{lines[-1]} {rest}", font, size, width)
            return lines
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[:max_lines]
        lines[-1] = _ellipsised(rest, font, size, width)
    return lines or [""]


def _ellipsised(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    cut = _longest_prefix(text, pdf_text.ELLIPSIS, font, size, width)
    shortened = text[:cut].rstrip() + pdf_text.ELLIPSIS
    return (shortened if pdfmetrics.stringWidth(shortened, font, size) <= width
            else pdf_text.ELLIPSIS)


def _longest_prefix(text: str, suffix: str, font: str, size: float, width: float) -> int:
    low, high, best = 1, len(text), 1
    while low <= high:
        middle = (low + high) // 2
        if pdfmetrics.stringWidth(text[:middle].rstrip() + suffix, font, size) <= width:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return best


# --- page furniture ----------------------------------------------------------------------------


def _new_canvas(pagesize: tuple[float, float], title: str, building: str) -> tuple[
        Canvas, io.BytesIO]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(building)
    canvas.setCreator("gic-kiosk")
    return canvas, buffer


def _page_number(page: int, pages: int) -> str:
    return f"Halaman {page} dari {pages} · Page {page} of {pages}"


def _paper(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"paper must be A4 or A3, not {paper!r}") from None


def _hatch(canvas: Canvas, x: float, y: float, w: float, h: float, step: float,
           gray: float = 0.7, line_width: float = 0.6) -> None:
    """Diagonal lines over the box: the pending mark that survives black and white."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, w, h)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setStrokeGray(gray)
    canvas.setLineWidth(line_width)
    lines = canvas.beginPath()
    offset = -h
    while offset < w:
        lines.moveTo(x + offset, y)
        lines.lineTo(x + offset + h, y + h)
        offset += step
    canvas.drawPath(lines, stroke=1, fill=0)
    canvas.restoreState()


# --- the lobby list ----------------------------------------------------------------------------

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
    page_w, page_h = _paper(paper)
    scale = page_w / A4[0]
    canvas, buffer = _new_canvas((page_w, page_h), f"Jadwal {day_data.day.isoformat()}",
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
            time_lines = (f"{_clock(booking.starts_at, day_data.day)}–",
                          _clock(booking.ends_at, day_data.day))
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

    zone = _zone_label(day_data.zone)
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
        canvas.drawRightString(margin + width, margin, _page_number(number, len(pages)))
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


# --- the floor grid ----------------------------------------------------------------------------


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
    page_w, page_h = landscape(_paper(page))
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
    canvas, buffer = _new_canvas((page_w, page_h), title, day_data.building_name)
    for number, (each, rooms, row_h, continued) in enumerate(pages, start=1):
        _grid_page(canvas, grid, day_data, each, rooms, row_h, language, continued)
        canvas.setFont("Helvetica", 7.5 * scale)
        canvas.setFillGray(0)
        canvas.drawRightString(grid.right, margin, _page_number(number, len(pages)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _grid_page(canvas: Canvas, grid: _Grid, day_data: ScheduleDay, each: ScheduledFloor,
               rooms: list[ScheduledRoom], row_h: float, language: str,
               continued: bool) -> None:
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
                      f"waktu {_zone_label(day_data.zone)} / times {_zone_label(day_data.zone)}")
    canvas.setFont("Helvetica-Bold", 12 * s)
    canvas.drawRightString(grid.right, top_of_page - 16 * s, format_day_id(day_data.day))
    canvas.setFont("Helvetica", 9 * s)
    canvas.drawRightString(grid.right, top_of_page - 31 * s, format_day_en(day_data.day))

    # Hours along the top; the grid's lines over the rows' full height.
    rows_bottom = grid.top - row_h * max(1, len(rooms))
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
        for index in range(max(1, len(rooms))):
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
    for index in range(len(rooms) + 1):
        y = grid.top - index * row_h
        rules.moveTo(grid.margin, y)
        rules.lineTo(grid.right, y)
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.8)
    canvas.drawPath(rules, stroke=1, fill=0)
    canvas.line(grid.left, grid.top, grid.left, rows_bottom)

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
        _hatch(canvas, x, y, w, h, 5 * s, gray=0.72, line_width=0.5)
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
    start = _clock(booking.starts_at, day)
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
    if title_lines and (not _built_in(booking.title) or max(
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
    _hatch(canvas, x, y - 1.5 * s, box_w, box_h, 5 * s, gray=0.72, line_width=0.5)
    canvas.saveState()
    canvas.setDash(3, 2)
    canvas.rect(x, y - 1.5 * s, box_w, box_h, stroke=1, fill=0)
    canvas.restoreState()
    canvas.setFillGray(0)
    canvas.drawString(x + box_w + 4 * s, y, "Menunggu persetujuan / Pending approval")


# --- the door sheet ----------------------------------------------------------------------------


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
    page_w, page_h = _paper(paper)
    scale = page_w / A4[0]
    title = f"Jadwal pintu {day_data.day.isoformat()}"
    canvas, buffer = _new_canvas((page_w, page_h), title, day_data.building_name)
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
            canvas.drawRightString(margin + width, margin - 8, _page_number(number, len(pages)))
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
        _hatch(canvas, margin, bottom + 2, 6 * factor, entry.height - 4, 4, gray=0.3)
    canvas.setFillGray(0)
    x_text = margin + 150 * factor
    y = top - 14 * factor - 18 * factor
    canvas.setFont("Helvetica-Bold", 22 * factor)
    canvas.drawString(margin + 12 * factor, y, _clock(booking.starts_at, day))
    canvas.setFont("Helvetica", 15 * factor)
    canvas.drawString(margin + 12 * factor, y - 20 * factor, f"– {_clock(booking.ends_at, day)}")
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


# --- one entry point ---------------------------------------------------------------------------


def render_schedule(kind: ScheduleKind, day_data: ScheduleDay, *, language: str = "id",
                    floor: int | None = None, room_code: str | None = None,
                    paper: str = "A4") -> bytes:
    """The schedule of ``kind`` as PDF bytes. ``floor`` narrows the grid and the door sheets
    (``day_data`` itself may already be one floor's); ``room_code`` picks one door sheet,
    without it every room gets its own."""
    if kind is ScheduleKind.LOBBY:
        return render_lobby(day_data, language, paper)
    if kind is ScheduleKind.FLOOR:
        return render_floor(day_data, floor, language, paper)
    if room_code is not None:
        return render_room_door(day_data, room_code, language, paper)
    return render_room_doors(day_data, language, paper, floor=floor)


def file_name(kind: ScheduleKind, day: date, floor: int | None = None,
              room_code: str | None = None, paper: str = "A4") -> str:
    """What the schedule is saved as: ``jadwal-2026-11-30-lantai-3-a3.pdf``,
    ``jadwal-2026-11-30-lobi.pdf``, ``jadwal-2026-11-30-pintu-3.02.pdf``."""
    parts = ["jadwal", day.isoformat(), _FILE_WORDS[kind]]
    if floor is not None and not (kind is ScheduleKind.ROOM and room_code is not None):
        parts.append(f"{'' if kind is ScheduleKind.FLOOR else 'lantai-'}{floor}")
    if room_code is not None:
        parts.append(room_code)
    if paper.upper() != "A4":
        parts.append(paper.lower())
    return "-".join(parts) + ".pdf"


_FILE_WORDS: Final = {ScheduleKind.LOBBY: "lobi", ScheduleKind.FLOOR: "lantai",
                      ScheduleKind.ROOM: "pintu"}
