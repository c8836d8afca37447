"""What every schedule page shares: the paper sizes, a new canvas, page numbers, the hatching
that marks a pending booking, times as the schedules write them, and text fitted to a box.

Text is drawn and fitted by :mod:`kiosk.paper.text`: Helvetica for text the built-in fonts can
draw (nearly all Indonesian text, no embedding), a bundled font per script for anything else.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Final

from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper import text as pdf_text
from kiosk.schedules.day import ScheduledBooking

PAPERS: Final = {"A4": A4, "A3": A3}


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"paper must be A4 or A3, not {paper!r}") from None


def new_canvas(pagesize: tuple[float, float], title: str, building: str) -> tuple[
        Canvas, io.BytesIO]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(building)
    canvas.setCreator("gic-kiosk")
    return canvas, buffer


def page_number(page: int, pages: int) -> str:
    return f"Halaman {page} dari {pages} · Page {page} of {pages}"


def hatch(canvas: Canvas, x: float, y: float, w: float, h: float, step: float,
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


def clock(moment: datetime, day: date) -> str:
    """HH:MM on ``day``; 24:00 for the midnight that ends it; another day's date in brackets."""
    if moment.date() == day:
        return f"{moment:%H:%M}"
    if moment.date() == day + timedelta(days=1) and moment.time() == time(0):
        return "24:00"
    return f"{moment:%H:%M} ({moment.day}/{moment.month})"


def time_range(booking: ScheduledBooking, day: date) -> str:
    return f"{clock(booking.starts_at, day)}–{clock(booking.ends_at, day)}"


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` on one line of ``width``, cut with an ellipsis when it is longer."""
    return wrap(text, width, size, 1, bold)[0]


@lru_cache(maxsize=8192)
def wrap(text: str, width: float, size: float, max_lines: int,
         bold: bool = False) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines of ``width``; when it is longer, the last line
    holds as much of the rest as fits, then an ellipsis. Cached: a schedule measures the same
    room names and titles again and again."""
    text = " ".join(text.split())
    font = pdf_text.BUILT_IN[bold] if pdf_text.built_in(text) else None
    return tuple(pdf_text.fit(text, width, (size,), max_lines, bold, font=font, fill=True)[1])
