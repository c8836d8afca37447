"""What ``gic-kiosk invite`` needs besides argparse: reading dates, times, rooms and hosts typed
on the command line, wording the result and drawing the invitation slip.

Nothing here prints: ``main.py`` prints the lines these functions return. Times typed on the
command line are the building's local time (``Settings.zone``); everything returned for the
database is timezone-aware UTC.
"""

from __future__ import annotations

import argparse
import difflib
import io
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.errors import KioskError
from kiosk.visits.names import name_key

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.operations import Destinations
    from kiosk.visits.invitations import InvitationSummary

# The parse_* functions are argparse types, so ``main.parser()`` needs this module for every
# command, the kiosk's start included: SQLAlchemy, reportlab and the catalogue are imported in
# the functions that use them, after the kiosk has painted its first screen.

#: An invitation lasts at most a day: longer is a typing mistake (``--hours 90``).
MAX_HOURS = 24.0


class InviteInputError(KioskError):
    """A value typed on the command line names nothing usable. The message is one line, fit to
    show after ``gic-kiosk:``."""


# --- argparse types: they raise ArgumentTypeError, which argparse shows as a usage error -------


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` (only that: ``date.fromisoformat`` would also take ``20261123``)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"expected a date like 2026-11-23, got {text!r}")


def parse_clock(text: str) -> time:
    """``HH:MM``, 24-hour clock."""
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if found and int(found[1]) < 24 and int(found[2]) < 60:
        return time(int(found[1]), int(found[2]))
    raise argparse.ArgumentTypeError(f"expected a time of day like 09:30, got {text!r}")


def parse_hours(text: str) -> float:
    """A duration in hours, fractions allowed (``1.5``)."""
    try:
        hours = float(text.replace(",", "."))
    except ValueError:
        hours = float("nan")
    if not 0 < hours <= MAX_HOURS:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"expected a number of hours above 0 and at most {MAX_HOURS:g}, got {text!r}")
    return hours


# --- the window and the destination -------------------------------------------------------


def window(day: date, start: time, *, until: time | None, hours: float | None, zone: ZoneInfo,
           now: datetime) -> tuple[datetime, datetime]:
    """The expected window in UTC, from local ``day`` and ``start`` and either a local end
    time on the same day or a duration. Refuses an end before the start and a window that is
    already over (``now`` is aware)."""
    start_utc = datetime.combine(day, start, zone).astimezone(UTC)
    if until is not None:
        end_utc = datetime.combine(day, until, zone).astimezone(UTC)
        if end_utc <= start_utc:
            raise InviteInputError(f"--until {until:%H:%M} is not after --from {start:%H:%M} "
                                   "(for a window past midnight, use --hours)")
    elif hours is not None:
        end_utc = start_utc + timedelta(hours=hours)
    else:
        raise InviteInputError("give --until or --hours")
    if end_utc <= now:
        raise InviteInputError(f"the window {describe_window(start_utc, end_utc, zone)} "
                               "is already over")
    return start_utc, end_utc


@dataclass(frozen=True)
class Where:
    """Where an invited guest goes: a room, a host organisation, or neither (reception)."""

    room_id: uuid.UUID | None = None
    host_organization_id: uuid.UUID | None = None


def resolve_where(destinations: Destinations, *, room: str | None, host: str | None) -> Where:
    """The room or host typed, among those the kiosk offers visitors
    (``Operations.destinations()``); neither means the guest asks at reception."""
    if room is not None:
        return _find_room(room, destinations)
    if host is not None:
        return _find_host(host, destinations)
    return Where()


def _find_room(code: str, destinations: Destinations) -> Where:
    typed = code.strip()
    rooms = {r.code: r.id for f in destinations.floors for r in f.rooms}
    if typed in rooms:
        return Where(room_id=rooms[typed])
    from kiosk.building import catalogue
    from kiosk.models import RoomKind

    # Offices are not visitable rooms: their organisation is the destination.
    office = next((r for r in catalogue.read_catalogue().rooms
                   if r.code == typed and r.kind is RoomKind.OFFICE), None)
    if office is not None:
        raise InviteInputError(f"room {typed} is an office ({office.name_en}): invite to its "
                               "organisation with --host")
    raise InviteInputError(f"unknown room {typed!r}{_hint(typed, rooms)}")


def _find_host(name: str, destinations: Destinations) -> Where:
    """Tenants and agencies, matched case- and space-insensitively as check-in matches
    organisations (``kiosk.visits.names.name_key``)."""
    key = name_key(name)
    for choice in destinations.hosts:
        if name_key(choice.name) == key:
            return Where(host_organization_id=choice.id)
    typed = name.strip()
    if not destinations.hosts:
        raise InviteInputError(f"unknown host {typed!r}: there are no tenants or agencies in "
                               "this database yet")
    raise InviteInputError(f"unknown host {typed!r} (tenants and agencies only)"
                           f"{_hint(typed, [h.name for h in destinations.hosts])}")


def _hint(typed: str, known: Iterable[str]) -> str:
    by_key = {name_key(k): k for k in known}
    close = difflib.get_close_matches(name_key(typed), list(by_key), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(by_key[c]) for c in close)}?" if close else ""


# --- wording ------------------------------------------------------------------------------


def describe_window(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """``2026-11-23 (Mon) 09:00-11:00 WIB``, or both dates when the window passes midnight."""
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    label = local_end.tzname() or zone.key
    if local_start.date() == local_end.date():
        return f"{local_start:%Y-%m-%d (%a) %H:%M}-{local_end:%H:%M} {label}"
    return f"{local_start:%Y-%m-%d %H:%M} - {local_end:%Y-%m-%d %H:%M} {label}"


def describe_where(invitation: InvitationSummary) -> str:
    floor = f" (floor {invitation.floor_number})" if invitation.floor_number is not None else ""
    if invitation.room_code:
        room = " ".join(p for p in (invitation.room_code, invitation.room_name_en) if p)
        return room + (f", host {invitation.host}" if invitation.host else "") + floor
    if invitation.host:
        return f"host {invitation.host}{floor}"
    return "reception"


def summary_lines(invitation: InvitationSummary, zone: ZoneInfo) -> list[str]:
    """What ``gic-kiosk invite`` prints once the invitation is saved."""
    guest = invitation.guest_name + (f" ({invitation.organization})"
                                     if invitation.organization else "")
    return [
        f"Invitation code: {invitation.code}",
        f"QR payload:      {invitation.qr_payload}",
        f"Guest:           {guest}",
        f"Purpose:         {invitation.purpose.value}",
        f"Where:           {describe_where(invitation)}",
        f"When:            "
        f"{describe_window(invitation.expected_from, invitation.expected_until, zone)}",
    ]


# --- the printed slip ---------------------------------------------------------------------


def render_invitation_slip(invitation: InvitationSummary, zone: ZoneInfo,
                           site_name: str) -> bytes:
    """A one-page A6 (105 x 148 mm) slip to hand or send to the guest: building, guest, when,
    where, the code in large letters to type and its QR code to scan at the kiosk."""
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    # The pass's QR drawing (vector runs, fixed mask), fonts and text fitting, reused as they
    # are so that a slip and a pass print, scan and read alike.
    from kiosk.passes.layout import (
        PURPOSE_LABELS,
        bundled_fonts,
        centred_lines,
        draw_qr,
        format_date_id,
    )

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
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.units import mm

    from kiosk.passes.layout import bundled_fonts, centred_lines

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
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(target)
    return target
