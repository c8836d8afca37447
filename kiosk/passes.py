"""The visitor pass: a PDF at the label's exact physical size, with a QR code to scan out.

Drawn directly with reportlab's canvas (no platypus layout engine) because a pass is one small
fixed page and this is the fastest path; the QR code is drawn as vector runs, so it stays sharp
at any printer resolution.
"""

from __future__ import annotations

import enum
import io
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import paths
from kiosk.models import Purpose
from kiosk.visits import VisitSummary

QR_PREFIX = "GIC:V:"
QR_MASK = 2

PURPOSE_LABELS: dict[Purpose, tuple[str, str]] = {
    Purpose.TRAINING: ("Pelatihan", "Training"),
    Purpose.MEETING: ("Rapat", "Meeting"),
    Purpose.CONSULTATION: ("Konsultasi", "Consultation"),
    Purpose.SHOWROOM: ("Kunjungan galeri", "Showroom visit"),
    Purpose.EVENT: ("Acara", "Event"),
    Purpose.DELIVERY: ("Pengantaran", "Delivery"),
    Purpose.OTHER: ("Lainnya", "Other"),
}

_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")

# Fonts that carry Latin with Indonesian diacritics, Greek, Cyrillic and Arabic letters.
_FONT_CANDIDATES = (
    paths.RESOURCES / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
)


class PassStyle(enum.StrEnum):
    ONE = "one"  # one pass for the visitor, or one group pass for a whole group
    PER_PERSON = "per_person"  # a page per group member, each with the group's QR code


@dataclass(frozen=True)
class PassLayout:
    name: str
    width: float  # points
    height: float


LABEL_62x100 = PassLayout("label-62x100", 62 * mm, 100 * mm)


def qr_payload(visit_id: uuid.UUID) -> str:
    """Upper-case so the QR encoder uses its compact alphanumeric mode."""
    return QR_PREFIX + str(visit_id).upper()


def visit_id_from_qr(text: str) -> uuid.UUID | None:
    """The visit id a scanned pass carries, or None for anything else."""
    text = text.strip()
    if not text.upper().startswith(QR_PREFIX):
        return None
    try:
        return uuid.UUID(text[len(QR_PREFIX):])
    except ValueError:
        return None


@cache
def _fonts() -> tuple[str, str]:
    for folder in _FONT_CANDIDATES:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("PassSans", str(regular)))
            pdfmetrics.registerFont(TTFont("PassSans-Bold", str(bold)))
            return "PassSans", "PassSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def format_date_id(moment: datetime) -> str:
    return f"{moment.day} {_MONTHS_ID[moment.month - 1]} {moment.year}"


def render_pass(visit: VisitSummary, zone: ZoneInfo, site_name: str = "Gedung Inovasi Center",
                layout: PassLayout = LABEL_62x100, style: PassStyle = PassStyle.ONE) -> bytes:
    """The pass as PDF bytes, pages of exactly ``layout``'s size: one page, or for a group
    with ``PER_PERSON`` one page per member. Every page carries the visit's QR code, so any
    member's pass checks the group out."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width, layout.height), pageCompression=1)
    canvas.setTitle(f"Pass {visit.pass_number}")
    canvas.setAuthor(site_name)
    size = visit.group_size
    if style is PassStyle.PER_PERSON and size > 1:
        names = [visit.visitor_name, *visit.member_names]
        for index in range(size):
            name = names[index] if index < len(names) else "Anggota rombongan · Group member"
            _draw_page(canvas, visit, zone, site_name, layout, name,
                       f"ROMBONGAN · GROUP {index + 1}/{size}")
    else:
        label = "TAMU · VISITOR" if size == 1 else f"ROMBONGAN · GROUP ({size})"
        _draw_page(canvas, visit, zone, site_name, layout, visit.visitor_name, label)
    canvas.save()
    return buffer.getvalue()


def _draw_page(canvas: Canvas, visit: VisitSummary, zone: ZoneInfo, site_name: str,
               layout: PassLayout, name: str, label: str) -> None:
    regular, bold = _fonts()
    w, h = layout.width, layout.height
    margin = 4 * mm
    text_width = w - 2 * margin

    # Header band: building and pass type, white on dark (reads in black and white too).
    band = 13 * mm
    canvas.setFillColor(HexColor("#0b4f6c"))
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(bold, 9)
    canvas.drawCentredString(w / 2, h - 5.5 * mm, site_name.upper())
    canvas.setFont(regular, 7.5)
    canvas.drawCentredString(w / 2, h - 10 * mm, label)

    canvas.setFillColor(black)
    y = h - band - 6.5 * mm
    size, lines = _fit(name, bold, text_width, sizes=(16, 14, 12, 10.5, 9), max_lines=4)
    canvas.setFont(bold, size)
    for line in lines:
        canvas.drawCentredString(w / 2, y, line)
        y -= size * 1.15
    if visit.organization:
        o_size, o_lines = _fit(visit.organization, regular, text_width, sizes=(9, 8, 7),
                               max_lines=2)
        canvas.setFont(regular, o_size)
        for line in o_lines:
            canvas.drawCentredString(w / 2, y, line)
            y -= o_size * 1.2
    purpose_id, purpose_en = PURPOSE_LABELS[visit.purpose]
    canvas.setFont(regular, 7.5)
    canvas.drawCentredString(w / 2, y - 1, f"{purpose_id} · {purpose_en}")
    y -= 6.5 * mm

    # Where to go, as large as the name: it is what the visitor looks for in the lift.
    canvas.setFont(bold, 13)
    where = (f"Lantai {visit.floor_number} · Floor {visit.floor_number}"
             if visit.floor_number is not None else "Resepsionis · Reception")
    canvas.drawCentredString(w / 2, y, where)
    y -= 4.5 * mm
    destination = " ".join(p for p in (visit.room_code, visit.room_name_id or visit.host) if p)
    if destination:
        d_size, d_lines = _fit(destination, regular, text_width, sizes=(9, 8, 7), max_lines=1)
        canvas.setFont(regular, d_size)
        canvas.drawCentredString(w / 2, y, d_lines[0])

    # QR code and pass number at the bottom, where a scanner reaches it without bending.
    qr_size = 31 * mm
    qr_bottom = 10.5 * mm
    _draw_qr(canvas, qr_payload(visit.visit_id), (w - qr_size) / 2, qr_bottom, qr_size)
    local = visit.checked_in_at.astimezone(zone)
    canvas.setFont(bold, 9)
    canvas.drawCentredString(w / 2, 6 * mm, visit.pass_number)
    canvas.setFont(regular, 7)
    canvas.drawCentredString(w / 2, 2.6 * mm, f"{format_date_id(local)} · {local:%H:%M} WIB"
                             if zone.key == "Asia/Jakarta" else
                             f"{format_date_id(local)} · {local:%H:%M}")
    canvas.showPage()


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


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
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


def _fit(text: str, font: str, width: float, sizes: tuple[float, ...],
         max_lines: int) -> tuple[float, list[str]]:
    """The largest size at which ``text`` wraps into ``max_lines`` lines of ``width``; at the
    smallest size, the last line is shortened with an ellipsis rather than cut off."""
    for size in sizes:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines:
            return size, lines
    size = sizes[-1]
    lines = _wrap(text, font, size, width)[:max_lines]
    last = lines[-1]
    while last and pdfmetrics.stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return size, lines


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        # A single word wider than the line (long names without spaces, CJK): break it.
        while pdfmetrics.stringWidth(word, font, size) > width:
            cut = len(word)
            while cut > 1 and pdfmetrics.stringWidth(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]
