"""The visitor pass: a PDF at the printer's exact physical size, with a signed QR code to scan
out. Four layouts: the 62 x 100 mm label, the CR80 card, A6, and four A6 on an A4 sheet.

Drawn directly with reportlab's canvas (no platypus layout engine) because a pass is one small
fixed page and this is the fastest path; the QR code is drawn as vector runs, so it stays sharp
at any printer resolution.
"""

from __future__ import annotations

import enum
import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.models import OrganizationKind, Purpose
from kiosk.paper import text as pdf_text
from kiosk.paper.dates import format_date_id
from kiosk.visits.check_in import VisitSummary, grouped_pass_number

QR_MASK = 2

PURPOSE_LABELS: dict[Purpose, tuple[str, str]] = {
    Purpose.TRAINING: ("Pelatihan", "Training"),
    Purpose.MEETING: ("Pertemuan", "Meeting"),
    Purpose.CONSULTATION: ("Konsultasi", "Consultation"),
    Purpose.SHOWROOM: ("Ruang pamer", "Showroom visit"),
    Purpose.EVENT: ("Acara", "Event"),
    Purpose.DELIVERY: ("Antar barang", "Delivery"),
    Purpose.OTHER: ("Lainnya", "Other"),
}

class PassStyle(enum.StrEnum):
    ONE = "one"  # one pass for the visitor, or one group pass for a whole group
    PER_PERSON = "per_person"  # a page per group member, each with the group's QR code


class VisitorType(enum.StrEnum):
    """The colour band: who is this, at a glance, for the security guard at the lift."""

    VISITOR = "visitor"
    TENANT = "tenant"
    CONTRACTOR = "contractor"
    EVENT = "event"


#: Band colour and its words. The words make the band readable on a black-and-white printer.
BANDS: dict[VisitorType, tuple[str, str]] = {
    VisitorType.VISITOR: ("#0b4f6c", "TAMU · VISITOR"),
    VisitorType.TENANT: ("#1b6e3a", "PENYEWA · TENANT"),
    VisitorType.CONTRACTOR: ("#9a4a00", "KONTRAKTOR · CONTRACTOR"),
    VisitorType.EVENT: ("#5b2a86", "PESERTA · PARTICIPANT"),
}


def visitor_type(visit: VisitSummary) -> VisitorType:
    if visit.organization_kind is OrganizationKind.TENANT:
        return VisitorType.TENANT
    if visit.purpose is Purpose.DELIVERY:
        return VisitorType.CONTRACTOR
    if visit.purpose in (Purpose.TRAINING, Purpose.EVENT):
        return VisitorType.EVENT
    return VisitorType.VISITOR


@dataclass(frozen=True)
class PassLayout:
    """A page size and how many passes share one page."""

    name: str
    width: float  # points
    height: float
    columns: int = 1
    rows: int = 1

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LABEL_62x100 = PassLayout("label-62x100", 62 * mm, 100 * mm)  # Brother QL visitor labels
CARD_CR80 = PassLayout("card-cr80", 54 * mm, 86 * mm)  # ID-card printers
A6 = PassLayout("a6", 105 * mm, 148 * mm)
#: Four A6 passes on an A4 sheet, with cut lines, for buildings without a label printer.
A4_SHEET = PassLayout("a4-sheet", 210 * mm, 297 * mm, columns=2, rows=2)
LAYOUTS = {layout.name: layout for layout in (LABEL_62x100, CARD_CR80, A6, A4_SHEET)}


@dataclass(frozen=True)
class PassPage:
    """One person's pass."""

    name: str
    label: str


def _fonts_for(texts: list[str]) -> tuple[str, str]:
    """The built-in fonts when they can draw every text (most Indonesian names): a pass without
    embedded fonts is three times faster to make. Otherwise fonts embedded from the bundle."""
    if all(pdf_text.built_in(text) for text in texts):
        return pdf_text.BUILT_IN
    return bundled_fonts()


@cache
def bundled_fonts() -> tuple[str, str]:
    """The bundled fonts (resources/fonts): Latin for fixed texts; names in other scripts go
    through :mod:`kiosk.paper.text`, which picks a font per character."""
    pdf_text.register_fonts()
    return pdf_text.LATIN.regular, pdf_text.LATIN.bold


def centred_lines(canvas: Canvas, text: str, *, bold: bool, centre: float, y: float,
                   width: float, sizes: tuple[float, ...], max_lines: int, leading: float,
                   fonts: tuple[str, str]) -> float:
    """``text`` fitted into ``max_lines`` at the largest size that fits, centred from ``y``
    down; returns the baseline below the last line. Built-in fonts when the pass uses them,
    otherwise a font per script (Chinese, Arabic right to left, Javanese…)."""
    if fonts == pdf_text.BUILT_IN:
        font = fonts[1] if bold else fonts[0]
        size, lines = pdf_text.fit(text, width, sizes, max_lines, font=font)
        canvas.setFont(font, size)
        for line in lines:
            canvas.drawCentredString(centre, y, line)
            y -= size * leading
        return y
    size, lines = pdf_text.fit(text, width, sizes, max_lines, bold)
    if any("\ua980" <= ch <= "\ua9df" for ch in text):
        # Javanese letters stack vowel signs above and below: they need far more room.
        leading *= 1.6
        y -= size * 0.35
    for line in lines:
        pdf_text.draw_centred(canvas, centre, y, line, size, bold)
        y -= size * leading
    return y


def render_pass(visit: VisitSummary, zone: ZoneInfo, *, qr: str, valid_until: datetime,
                layout: PassLayout = LABEL_62x100, style: PassStyle = PassStyle.ONE,
                void: bool = False, site_name: str) -> bytes:
    """The pass as PDF bytes, on pages of exactly ``layout``'s size, headed with ``site_name``
    (the catalogue's building name).

    ``qr`` is the signed token (see :mod:`kiosk.passes.tokens`). A group with ``PER_PERSON`` gets a
    pass per member, all carrying the visit's token, so any member's pass checks the group out.
    ``void`` overprints the pass as expired, for a pass shown or reprinted after its time.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width, layout.height), pageCompression=1)
    canvas.setTitle(f"Pass {visit.pass_number}")
    canvas.setAuthor(site_name)
    cell_w, cell_h = layout.width / layout.columns, layout.height / layout.rows
    people = _pages(visit, style)
    fonts = _fonts_for([site_name, visit.organization, visit.room_name_id, visit.host,
                        *(page.name for page in people), *(page.label for page in people)])
    for first in range(0, len(people), layout.per_page):
        for offset, page in enumerate(people[first:first + layout.per_page]):
            column, row = offset % layout.columns, offset // layout.columns
            x, y = column * cell_w, layout.height - (row + 1) * cell_h
            _draw_pass(canvas, x, y, cell_w, cell_h, visit, page, zone, qr, valid_until,
                       void, site_name, fonts)
        if layout.per_page > 1:
            _cut_lines(canvas, layout)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pages(visit: VisitSummary, style: PassStyle) -> list[PassPage]:
    size = visit.group_size
    band = BANDS[visitor_type(visit)][1]
    if style is PassStyle.PER_PERSON and size > 1:
        names = [visit.visitor_name, *visit.member_names]
        return [PassPage(names[i] if i < len(names) else "Anggota rombongan · Group member",
                         f"{band} · ROMBONGAN {i + 1}/{size}") for i in range(size)]
    label = band if size == 1 else f"{band} · ROMBONGAN {size}"
    return [PassPage(visit.visitor_name, label)]


def _draw_pass(canvas: Canvas, x0: float, y0: float, w: float, h: float, visit: VisitSummary,
               page: PassPage, zone: ZoneInfo, qr: str, valid_until: datetime, void: bool,
               site_name: str, fonts: tuple[str, str]) -> None:
    """One pass in the box (x0, y0, w, h). Sizes are the 62 x 100 mm design, scaled."""
    regular, bold = fonts
    u = min(w / (62 * mm), h / (100 * mm))  # the design's unit
    margin = 4 * mm * u
    text_width = w - 2 * margin
    centre = x0 + w / 2
    top = y0 + h

    colour, _ = BANDS[visitor_type(visit)]
    band = 14 * mm * u
    canvas.setFillColor(HexColor(colour))
    canvas.rect(x0, top - band, w, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(bold, 9 * u)
    canvas.drawCentredString(centre, top - 5.5 * mm * u, site_name.upper())
    label_size, label_lines = pdf_text.fit(page.label, text_width, (7.5 * u, 6.5 * u), 1,
                                           font=regular)
    canvas.setFont(regular, label_size)
    canvas.drawCentredString(centre, top - 10.5 * mm * u, label_lines[0])

    canvas.setFillColor(black)
    y = top - band - 6.5 * mm * u
    y = centred_lines(canvas, page.name, bold=True, centre=centre, y=y, width=text_width,
                       sizes=tuple(s * u for s in (16, 14, 12, 10.5, 9)), max_lines=4,
                       leading=1.15, fonts=fonts)
    if visit.organization:
        y = centred_lines(canvas, visit.organization, bold=False, centre=centre, y=y,
                           width=text_width, sizes=tuple(s * u for s in (9, 8, 7)),
                           max_lines=2, leading=1.2, fonts=fonts)
    purpose_id, purpose_en = PURPOSE_LABELS[visit.purpose]
    canvas.setFont(regular, 7.5 * u)
    canvas.drawCentredString(centre, y - 1, f"{purpose_id} · {purpose_en}")
    y -= 6.5 * mm * u

    # Where to go, as large as the name: it is what the visitor looks for in the lift.
    canvas.setFont(bold, 13 * u)
    where = (f"Lantai {visit.floor_number} · Floor {visit.floor_number}"
             if visit.floor_number is not None else "Resepsionis · Reception")
    canvas.drawCentredString(centre, y, where)
    y -= 4.5 * mm * u
    destination = " ".join(p for p in (visit.room_code, visit.room_name_id or visit.host) if p)
    if destination:
        centred_lines(canvas, destination, bold=False, centre=centre, y=y, width=text_width,
                       sizes=tuple(s * u for s in (9, 8, 7)), max_lines=1, leading=1.2,
                       fonts=fonts)

    # QR code, number and validity at the bottom, where a scanner reaches without bending.
    qr_size = min(31 * mm * u, w - 2 * margin)
    bottom = y0 + 14 * mm * u
    draw_qr(canvas, qr, centre - qr_size / 2, bottom, qr_size)
    local = visit.checked_in_at.astimezone(zone)
    until = valid_until.astimezone(zone)
    suffix = " WIB" if zone.key == "Asia/Jakarta" else ""
    canvas.setFont(bold, 9 * u)
    canvas.drawCentredString(centre, y0 + 9.5 * mm * u, grouped_pass_number(visit.pass_number))
    canvas.setFont(regular, 6.5 * u)
    canvas.drawCentredString(centre, y0 + 6 * mm * u,
                             f"{format_date_id(local)} · {local:%H:%M}{suffix}")
    canvas.drawCentredString(centre, y0 + 2.8 * mm * u,
                             f"Berlaku s.d. · Valid until {until:%H:%M}{suffix}")
    if void:
        _void(canvas, x0, y0, w, h, bold, u)


def _void(canvas: Canvas, x0: float, y0: float, w: float, h: float, font: str,
          u: float) -> None:
    """An expired pass must look expired at a glance, in colour and in black and white."""
    canvas.saveState()
    canvas.translate(x0 + w / 2, y0 + h / 2)
    canvas.rotate(55)
    canvas.setFillColor(HexColor("#b00020"))
    canvas.setFillAlpha(0.8)
    canvas.setFont(font, 20 * u)
    canvas.drawCentredString(0, 4 * mm * u, "KEDALUWARSA")
    canvas.setFont(font, 26 * u)
    canvas.drawCentredString(0, -6 * mm * u, "VOID")
    canvas.restoreState()
    canvas.setStrokeColor(HexColor("#b00020"))
    canvas.setLineWidth(2 * u)
    canvas.rect(x0 + 1.5 * mm, y0 + 1.5 * mm, w - 3 * mm, h - 3 * mm, stroke=1, fill=0)


def _cut_lines(canvas: Canvas, layout: PassLayout) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#808080"))
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    for column in range(1, layout.columns):
        x = layout.width * column / layout.columns
        canvas.line(x, 0, x, layout.height)
    for row in range(1, layout.rows):
        y = layout.height * row / layout.rows
        canvas.line(0, y, layout.width, y)
    canvas.restoreState()


def save_pass(pdf: bytes, visit: VisitSummary, folder: Path, zone: ZoneInfo) -> Path:
    """Write the pass where reception can find it: ``<folder>/<local date>/pass-<number>.pdf``
    (the building's date: a 06:30 WIB check-in belongs to today, not to yesterday in UTC)."""
    day = folder / f"{visit.checked_in_at.astimezone(zone):%Y-%m-%d}"
    day.mkdir(parents=True, exist_ok=True)
    target = day / f"pass-{visit.pass_number}.pdf"
    partial = target.with_suffix(".pdf.part")
    partial.write_bytes(pdf)
    partial.replace(target)  # never a half-written PDF under the real name
    return target


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    # A fixed mask skips qrcode's trial of all eight (pure Python, most of the pass's time);
    # any mask is valid QR, and ours decode at 150 dpi (see the tests).
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    count = len(matrix)
    # Quiet zone of four modules is the page's white margin around the code.
    module = size / count
    canvas.setFillColor(black)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * module
        col = 0
        while col < count:
            if cells[col]:
                start = col
                while col < count and cells[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
