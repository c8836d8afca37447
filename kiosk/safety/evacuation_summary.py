"""Page 1 of the evacuation sheet: the total in the building, large, then one row per floor
with its count and its bookings in progress, and two blank boxes per floor for the marshals to
write how many are safe and how many are missing."""

from __future__ import annotations

from typing import Final

from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.text import draw_text
from kiosk.safety.evacuation import FloorInside, RollCall
from kiosk.safety.evacuation_page import (
    MARGIN,
    NOBODY,
    PAD,
    SUMMARY_COLUMNS,
    WIDTH,
    Columns,
    Item,
    column_head,
    floor_label,
    floor_names,
    note,
    rule,
)
from kiosk.schedules.page import shorten

_COLUMNS: Final = Columns((180.0, 66.0, 125.0, 64.0, WIDTH - 435.0))
_ROW: Final = 32.0


def summary_items(roll_call: RollCall, language: str) -> list[Item]:
    items: list[Item] = [_total(roll_call), _gap(14.0)]
    if not roll_call.floors:
        items.append(note(NOBODY))
    else:
        items.append(column_head(SUMMARY_COLUMNS, _COLUMNS))
        items.extend(_floor_row(floor) for floor in roll_call.floors)
        items.append(_total_row(roll_call))
    items.append(_gap(16.0))
    items.extend(_notes(roll_call))
    return items


def _gap(height: float) -> Item:
    def draw(canvas: Canvas, top: float) -> None:
        pass

    return height, draw


def _total(roll_call: RollCall) -> Item:
    height = 84.0
    lines = [f"{roll_call.visits} kedatangan / check-ins; rombongan dihitung per orang",
             "groups count every member"]
    if roll_call.expected:
        lines += [f"+ {roll_call.expected} peserta acara berlangsung",
                  "expected at bookings in progress (may include",
                  "visitors counted here)"]

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setLineWidth(2.5)
        canvas.rect(MARGIN, top - height, WIDTH, height, stroke=1, fill=0)
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(MARGIN + 12, top - 22, "Di dalam gedung / In the building")
        canvas.setFont("Helvetica-Bold", 40)
        number = str(roll_call.total)
        canvas.drawString(MARGIN + 12, top - 68, number)
        left = MARGIN + 24 + canvas.stringWidth(number, "Helvetica-Bold", 40)
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(left, top - 68, "orang / people")
        canvas.setFont("Helvetica", 10)
        y = top - 18
        for line in lines:
            canvas.drawRightString(MARGIN + WIDTH - 12, y, line)
            y -= 12.5

    return height, draw


def _floor_row(floor: FloorInside) -> Item:
    lefts, inner = _COLUMNS.lefts, _COLUMNS.inner
    label = floor_label(floor)
    names = shorten(floor_names(floor), inner[0], 9)
    bookings = ((f"{len(floor.bookings)} acara / bookings",
                 f"{floor.expected} peserta / expected") if floor.bookings else ("–",))

    def draw(canvas: Canvas, top: float) -> None:
        first = top - 14
        draw_text(canvas, lefts[0] + PAD, first, shorten(label, inner[0], 12, True), 12, True)
        if names:
            draw_text(canvas, lefts[0] + PAD, first - 12, names, 9)
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawRightString(lefts[2] - PAD - 8, top - 20, str(floor.count))
        for index, line in enumerate(bookings):
            draw_text(canvas, lefts[2] + PAD, first - 11 * index, shorten(line, inner[2], 9.5),
                      9.5)
        _blank(canvas, lefts[3], top)
        _blank(canvas, lefts[4], top)
        rule(canvas, top - _ROW)

    return _ROW, draw


def _blank(canvas: Canvas, left: float, top: float) -> None:
    """A box to write a number in."""
    canvas.setLineWidth(1)
    canvas.rect(left + PAD, top - _ROW + 5, 48, _ROW - 10, stroke=1, fill=0)


def _total_row(roll_call: RollCall) -> Item:
    lefts = _COLUMNS.lefts

    def draw(canvas: Canvas, top: float) -> None:
        rule(canvas, top, 1.5, 0)
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(lefts[0] + PAD, top - 22, "TOTAL")
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawRightString(lefts[2] - PAD - 8, top - 23, str(roll_call.total))
        if roll_call.expected:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(lefts[2] + PAD, top - 20,
                              f"{roll_call.expected} peserta / expected")
        _blank(canvas, lefts[3], top)
        _blank(canvas, lefts[4], top)
        rule(canvas, top - _ROW, 1.5, 0)

    return _ROW, draw


def _notes(roll_call: RollCall) -> list[Item]:
    texts = ["Centang kotak setiap orang yang sudah aman di titik kumpul.",
             "Tick the box of each person who is safe at the assembly point.",
             "Satu baris bisa satu rombongan: hitung sebanyak angka di kolom Orang.",
             "A row may be a group: count as many people as its People column says."]
    if not roll_call.phones_shown:
        texts.append("Nomor HP tidak dicetak / Phone numbers are not printed.")
    return [_line(text) for text in texts]


def _line(text: str) -> Item:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0)
        draw_text(canvas, MARGIN, top - 12, shorten(text, WIDTH, 11), 11)

    return 16.0, draw
