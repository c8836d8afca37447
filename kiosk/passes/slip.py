"""The invitation slip: an A6 page to hand or send to an invited guest, with the code to type
and its QR code to scan at the kiosk. Drawn with the pass's own QR code, fonts and text
fitting, so that a slip and a pass print, scan and read alike.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.dates import format_date_id

# The pass's QR drawing (vector runs, fixed mask), fonts and text fitting, reused as they are.
from kiosk.passes.layout import (
    PURPOSE_LABELS,
    bundled_fonts,
    centred_lines,
    draw_qr,
)
from kiosk.paths import write_atomically

if TYPE_CHECKING:
    from kiosk.visits.invitations import InvitationSummary


def render_invitation_slip(invitation: InvitationSummary, zone: ZoneInfo,
                           site_name: str) -> bytes:
    """A one-page A6 (105 x 148 mm) slip to hand or send to the guest: building, guest, when,
    where, the code in large letters to type and its QR code to scan at the kiosk."""
    fonts = regular, bold = bundled_fonts()
    w, h = A6
    margin = 7 * mm
    text_width = w - 2 * margin
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6, pageCompression=1)
    canvas.setTitle(f"Invitation {invitation.code}")
    canvas.setAuthor(site_name)

    band = 16 * mm
    canvas.setFillColor(HexColor("#0b4f6c"))
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(bold, 11)
    canvas.drawCentredString(w / 2, h - 7 * mm, site_name.upper())
    canvas.setFont(regular, 8.5)
    canvas.drawCentredString(w / 2, h - 12.5 * mm, "UNDANGAN · INVITATION")

    canvas.setFillColor(black)
    y = h - band - 8.5 * mm
    # The pass's own text drawing: a guest's name in any script prints as on their pass.
    y = centred_lines(canvas, invitation.guest_name, bold=True, centre=w / 2, y=y,
                      width=text_width, sizes=(18, 16, 14, 12, 10.5), max_lines=2,
                      leading=1.15, fonts=fonts)
    if invitation.organization:
        y = centred_lines(canvas, invitation.organization, bold=False, centre=w / 2, y=y,
                          width=text_width, sizes=(10, 9, 8), max_lines=1, leading=1.2,
                          fonts=fonts)
    purpose_id, purpose_en = PURPOSE_LABELS[invitation.purpose]
    canvas.setFont(regular, 8.5)
    canvas.drawCentredString(w / 2, y, f"{purpose_id} · {purpose_en}")
    y -= 7 * mm

    local_start = invitation.expected_from.astimezone(zone)
    local_end = invitation.expected_until.astimezone(zone)
    label = local_end.tzname() or zone.key
    hours = (f"{local_start:%H:%M}–{local_end:%H:%M} {label}"
             if local_end.date() == local_start.date()
             else f"{local_start:%H:%M} – {format_date_id(local_end)} {local_end:%H:%M} {label}")
    y = _labelled(canvas, y, w, "WAKTU · WHEN", regular,
                  [(format_date_id(local_start), bold, 11), (hours, bold, 11)], text_width)
    y -= 3 * mm
    if invitation.floor_number is not None:
        floor = f"Lantai {invitation.floor_number} · Floor {invitation.floor_number}"
    else:
        floor = "Resepsionis · Reception"
    place = " ".join(p for p in (invitation.room_code, invitation.room_name_id) if p)
    if invitation.host:
        place = f"{place} · {invitation.host}" if place else invitation.host
    _labelled(canvas, y, w, "TEMPAT · WHERE", regular,
              [(floor, bold, 11)] + ([(place, regular, 9)] if place else []), text_width)

    # The QR code, with a white quiet zone of more than four modules on every side, then the
    # code to type when there is no scanner at hand.
    qr_size = 40 * mm
    qr_bottom = 25 * mm
    draw_qr(canvas, invitation.qr_payload, (w - qr_size) / 2, qr_bottom, qr_size)
    canvas.setFont(bold, 22)
    canvas.drawCentredString(w / 2, 11 * mm, invitation.code, charSpace=3)
    canvas.setFont(regular, 7)
    canvas.drawCentredString(w / 2, 6 * mm, "Pindai atau ketik kode ini di kiosk lobi")
    canvas.drawCentredString(w / 2, 3 * mm, "Scan or type this code at the lobby kiosk")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _labelled(canvas: Canvas, y: float, w: float, label: str, label_font: str,
              lines: Sequence[tuple[str, str, float]], width: float) -> float:
    """A small grey label, then one line each of ``(text, font, size)``, centred and shrunk
    to fit ``width``; returns the baseline below them."""
    canvas.setFont(label_font, 7)
    canvas.setFillColor(HexColor("#555555"))
    canvas.drawCentredString(w / 2, y, label)
    canvas.setFillColor(black)
    y -= 5 * mm
    fonts = bundled_fonts()
    for text, font, size in lines:
        y = centred_lines(canvas, text, bold=font == fonts[1], centre=w / 2, y=y, width=width,
                          sizes=(size, size - 1, size - 2), max_lines=1, leading=1.3,
                          fonts=fonts)
    return y


def write_slip(pdf: bytes, target: Path) -> Path:
    """Write the slip under ``target`` without ever leaving a half-written PDF there."""
    return write_atomically(pdf, target)
