"""The evacuation roll call on paper: A4 portrait, large type, bilingual (Indonesian first),
readable from a black-and-white printer (nothing is said by colour alone).

Page 1: when it was printed, when the device last synced (the list is only as fresh as that),
the total in the building and a table of floors with their counts and the bookings in progress,
with blank boxes for the marshals' own counts. Then each floor on a page of its own (a floor
marshal takes their page): everyone on it with a tick box, their organisation, host, group
size, time in and (for staff) phone; then the floor's bookings in progress with their expected
attendees. A long floor continues on further pages under the same heading.

Drawn with reportlab's canvas directly, like the schedules: laid out first (so that every page
knows how many there are), then drawn. 1,000 people take a fraction of a second
(``bench/evacuation.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.dates import format_day_en, format_day_id, zone_label
from kiosk.paper.text import draw_text, text_width
from kiosk.safety.evacuation import BookingInProgress, FloorInside, PersonInside, RollCall
from kiosk.safety.evacuation_page import (
    BOOKING_COLUMNS,
    BOX,
    CELL,
    LEADING,
    MARGIN,
    NAME,
    NO_VISITORS,
    PAD,
    PENDING,
    PEOPLE_COLUMNS,
    PHONE_COLUMN,
    SMALL,
    SMALL_LEADING,
    TICK_COLUMN,
    TOP,
    WIDTH,
    Columns,
    Item,
    Run,
    column_head,
    floor_names,
    floor_title,
    freshness,
    last_synced,
    member_line,
    note,
    people,
    rule,
    stack,
    stale,
    subtitle,
    tick_box,
    write,
)
from kiosk.safety.evacuation_summary import summary_items
from kiosk.schedules.page import new_canvas, page_number, shorten, wrap
from kiosk.visits.phone import format_phone

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.config import Settings
    from kiosk.paper.printing import CupsPrinter, PrintOutcome

#: Space the footer keeps at the bottom of every page.
FOOTER: Final = 30.0
#: Where the items start below page 1's header, and below any other page's.
FIRST_BODY: Final = TOP - 124.0
BODY: Final = TOP - 40.0
BOTTOM: Final = MARGIN + FOOTER


@dataclass
class _Page:
    first: bool = False
    items: list[Item] = field(default_factory=list)
    used: float = 0.0

    @property
    def room(self) -> float:
        return (FIRST_BODY if self.first else BODY) - BOTTOM - self.used

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.used += item[0]


def render_sheet(roll_call: RollCall, language: str = "id") -> bytes:
    """The roll call as PDF bytes (A4 portrait); room and floor names in ``language`` where
    only one fits."""
    taken = roll_call.taken_at.astimezone(roll_call.zone)
    canvas, buffer = new_canvas(A4, f"Evakuasi {taken:%Y-%m-%d %H:%M}", roll_call.building_name)
    pages = _layout(roll_call, language)
    for number, page in enumerate(pages, start=1):
        y = _first_header(canvas, roll_call) if page.first else _header(canvas, roll_call)
        for height, draw in page.items:
            canvas.setFillGray(0)
            draw(canvas, y)
            y -= height
        _footer(canvas, roll_call, number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sheet_name(roll_call: RollCall) -> str:
    """``evakuasi-2026-11-23-0830.pdf``."""
    return f"evakuasi-{roll_call.taken_at.astimezone(roll_call.zone):%Y-%m-%d-%H%M}.pdf"


def write_sheet(pdf: bytes, target: Path) -> Path:
    """Write the PDF to ``target`` (never half-written under its name); returns the path."""
    from kiosk.paths import write_atomically

    return write_atomically(pdf, target.expanduser())


def send_sheet(roll_call: RollCall, settings: Settings, printer: CupsPrinter | None = None,
               ) -> PrintOutcome:
    """Draw the sheet and print it on the A4 queue (``[printers] a4``) at 100 %, keeping a
    copy in ``<pdf_dir>/<date>/``; with no queue configured, only that copy. Raises
    :class:`kiosk.paper.printing.PrintError` when the print fails (the copy is kept)."""
    from kiosk.paper.printing import A4 as A4_MEDIA
    from kiosk.paper.printing import CupsPrinter, print_or_save

    pdf = render_sheet(roll_call, settings.language.value)
    day = roll_call.taken_at.astimezone(roll_call.zone).date()
    return print_or_save(pdf, sheet_name(roll_call), settings.printers.a4, A4_MEDIA,
                         settings.pdf_path / day.isoformat(), printer or CupsPrinter())


# --- layout ---------------------------------------------------------------------------------


def _layout(roll_call: RollCall, language: str) -> list[_Page]:
    pages = [_Page(first=True)]
    for item in summary_items(roll_call, language):
        if item[0] > pages[-1].room:
            pages.append(_Page())
        pages[-1].add(item)
    people_columns = _people_columns(roll_call.phones_shown)
    people_head = column_head(PEOPLE_COLUMNS + ((PHONE_COLUMN,) if roll_call.phones_shown
                                                 else ()), people_columns)
    booking_columns = Columns((TICK_COLUMN, 136.0, 205.0, 80.0, WIDTH - TICK_COLUMN - 421.0))
    for floor in roll_call.floors:
        pages.append(_Page())
        pages[-1].add(_floor_heading(floor, continued=False))
        rows = [_person_row(person, people_columns, roll_call, language)
                for person in floor.people] or [note(NO_VISITORS)]
        _place_rows(pages, floor, people_head, rows)
        if floor.bookings:
            rows = [_booking_row(b, booking_columns, roll_call, language)
                    for b in floor.bookings]
            title = subtitle("Acara berlangsung sekarang / Bookings in progress now")
            if title[0] + rows[0][0] + 28.0 > pages[-1].room:
                pages.append(_Page())
                pages[-1].add(_floor_heading(floor, continued=True))
            pages[-1].add(title)
            _place_rows(pages, floor, column_head(BOOKING_COLUMNS, booking_columns), rows)
    return pages


def _place_rows(pages: list[_Page], floor: FloorInside, head: Item, rows: list[Item]) -> None:
    """Rows under their column titles, on as many pages as they need (heading and titles
    repeated on each)."""
    pages[-1].add(head)
    for row in rows:
        if row[0] > pages[-1].room:
            pages.append(_Page())
            pages[-1].add(_floor_heading(floor, continued=True))
            pages[-1].add(head)
        pages[-1].add(row)


def _people_columns(phones: bool) -> Columns:
    # Tick, name, organisation, host / room, group, time in[, phone].
    if phones:
        return Columns((TICK_COLUMN, 130.0, 86.0, 92.0, 36.0, 42.0,
                        WIDTH - TICK_COLUMN - 386.0))
    return Columns((TICK_COLUMN, 166.0, 120.0, 120.0, 40.0, WIDTH - TICK_COLUMN - 446.0))


# --- items ----------------------------------------------------------------------------------


def _person_row(person: PersonInside, columns: Columns, roll_call: RollCall,
                language: str) -> Item:
    lefts, inner = columns.lefts, columns.inner
    name = wrap(person.name or "–", inner[1], NAME, 2, True)
    members = wrap(member_line(person.member_names), inner[1], SMALL, 2) \
        if person.member_names else ()
    organization = wrap(person.organization or "–", inner[2], CELL, 2)
    room = " ".join(p for p in (person.room_code, person.room_name(language)) if p)
    # The host, and below it the room, smaller; a room alone takes the host's place.
    host = wrap(person.host or room or "–", inner[3], CELL, 2)
    room_lines = wrap(room, inner[3], SMALL, 1) if room and person.host else ()
    time_in = f"{person.checked_in_at.astimezone(roll_call.zone):%H:%M}"
    group = str(person.group_size)
    phone = format_phone(person.phone) if person.phone else ""
    height = 2 * PAD + max(BOX + 2, len(name) * LEADING + len(members) * SMALL_LEADING,
                           len(organization) * LEADING,
                           len(host) * LEADING + len(room_lines) * SMALL_LEADING)

    def draw(canvas: Canvas, top: float) -> None:
        tick_box(canvas, lefts[0], top)
        first = top - PAD - NAME + 1
        runs: list[Run] = []
        below = stack(runs, lefts[1] + PAD, first, name, NAME, LEADING, True)
        stack(runs, lefts[1] + PAD, below + LEADING - SMALL_LEADING, members, SMALL,
              SMALL_LEADING)
        stack(runs, lefts[2] + PAD, first, organization, CELL, LEADING)
        below = stack(runs, lefts[3] + PAD, first, host, CELL, LEADING)
        stack(runs, lefts[3] + PAD, below + LEADING - SMALL_LEADING, room_lines, SMALL,
              SMALL_LEADING)
        runs.append((lefts[5] - PAD - 6 - text_width(group, 13, True), first, group, 13, True))
        runs.append((lefts[5] + PAD, first, time_in, CELL, False))
        if phone:
            runs.append((lefts[6] + PAD, first, shorten(phone, inner[6], CELL), CELL, False))
        write(canvas, runs)
        rule(canvas, top - height)

    return height, draw


def _booking_row(booking: BookingInProgress, columns: Columns, roll_call: RollCall,
                 language: str) -> Item:
    lefts, inner = columns.lefts, columns.inner
    room = wrap(booking.room_name(language), inner[1], SMALL, 2)
    title = wrap(booking.title, inner[2], CELL, 2, True)
    detail = [*wrap(booking.organization, inner[2], SMALL, 1)] if booking.organization else []
    if booking.pending:
        detail.append(PENDING)
    start = booking.starts_at.astimezone(roll_call.zone)
    end = booking.ends_at.astimezone(roll_call.zone)
    times = f"{start:%H:%M}–{end:%H:%M}"
    height = 2 * PAD + max(BOX + 2, LEADING + len(room) * SMALL_LEADING,
                           len(title) * LEADING + len(detail) * SMALL_LEADING, 2 * LEADING)

    def draw(canvas: Canvas, top: float) -> None:
        tick_box(canvas, lefts[0], top)
        first = top - PAD - NAME + 1
        runs: list[Run] = [(lefts[1] + PAD, first, booking.room_code, NAME, True)]
        stack(runs, lefts[1] + PAD, first - LEADING, room, SMALL, SMALL_LEADING)
        below = stack(runs, lefts[2] + PAD, first, title, CELL, LEADING, True)
        stack(runs, lefts[2] + PAD, below + LEADING - SMALL_LEADING, tuple(detail), SMALL,
              SMALL_LEADING)
        runs += [(lefts[3] + PAD, first, times, CELL, False),
                 (lefts[4] + PAD, first, str(booking.attendees), 13, True),
                 (lefts[4] + PAD, first - LEADING, "orang / people", SMALL, False)]
        write(canvas, runs)
        rule(canvas, top - height)

    return height, draw


def _floor_heading(floor: FloorInside, continued: bool) -> Item:
    title = floor_title(floor, continued)
    names = floor_names(floor)
    count = people(floor.count)

    def draw(canvas: Canvas, top: float) -> None:
        # The grey band is only a frame: the words say everything.
        canvas.setFillGray(0.88)
        canvas.rect(MARGIN, top - 44, WIDTH, 44, stroke=0, fill=1)
        canvas.setFillGray(0)
        rule(canvas, top - 44, 2, 0)
        canvas.setFont("Helvetica-Bold", 22)
        canvas.drawRightString(MARGIN + WIDTH - 8, top - 30, count)
        room = WIDTH - 28 - canvas.stringWidth(count, "Helvetica-Bold", 22)
        draw_text(canvas, MARGIN + 8, top - 20, shorten(title, room, 16, True), 16, True)
        draw_text(canvas, MARGIN + 8, top - 36, shorten(names, room, 11), 11)

    return 52.0, draw


# --- headers and footers ----------------------------------------------------------------------


def _first_header(canvas: Canvas, roll_call: RollCall) -> float:
    taken = roll_call.taken_at.astimezone(roll_call.zone)
    canvas.setFillGray(0)
    draw_text(canvas, MARGIN, TOP - 10, shorten(roll_call.building_name.upper(), WIDTH - 200,
                                                10), 10)
    canvas.setFont("Helvetica-Bold", 28)
    canvas.drawString(MARGIN, TOP - 40, "Daftar Evakuasi")
    canvas.setFont("Helvetica", 18)
    canvas.drawString(MARGIN, TOP - 62, "Evacuation roll call")
    right = MARGIN + WIDTH
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawRightString(right, TOP - 26,
                           f"Dicetak / Printed {taken:%H:%M} {zone_label(roll_call.zone)}")
    canvas.setFont("Helvetica", 10)
    canvas.drawRightString(right, TOP - 40, format_day_id(taken.date()))
    canvas.drawRightString(right, TOP - 52, format_day_en(taken.date()))
    words = freshness(roll_call)
    y = TOP - 84
    for index, line in enumerate(words):
        bold = stale(roll_call) or index > 0
        draw_text(canvas, MARGIN, y, shorten(line, WIDTH, 11, bold), 11, bold)
        y -= 14
    return FIRST_BODY


def _header(canvas: Canvas, roll_call: RollCall) -> float:
    taken = roll_call.taken_at.astimezone(roll_call.zone)
    canvas.setFillGray(0)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(MARGIN, TOP - 12, "Daftar Evakuasi / Evacuation roll call")
    canvas.setFont("Helvetica", 10)
    canvas.drawRightString(MARGIN + WIDTH, TOP - 12,
                           f"Dicetak / Printed {taken:%d.%m.%Y %H:%M} "
                           f"{zone_label(roll_call.zone)}")
    draw_text(canvas, MARGIN, TOP - 26, shorten(roll_call.building_name, WIDTH, 10), 10)
    return BODY


def _footer(canvas: Canvas, roll_call: RollCall, number: int, pages: int) -> None:
    canvas.setFillGray(0)
    rule(canvas, BOTTOM - 8, 0.5, 0)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(MARGIN, MARGIN + 2, shorten(
        f"Total: {people(roll_call.total)} · {last_synced(roll_call)}", WIDTH - 150, 8.5))
    canvas.drawRightString(MARGIN + WIDTH, MARGIN + 2, page_number(number, pages))
