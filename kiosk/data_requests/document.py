"""The export as a PDF the person can read: A4, plain, in Indonesian or English, with their
details, their visits, invitations and held check-ins, and when they agreed to the notice.

Its words are the building's own (like a pass or a schedule), so they live here in both
languages rather than in the interface's translations: the command line makes it too."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.config import Language
from kiosk.data_requests.export import InvitationRecord, PersonalData, Place, VisitRecord
from kiosk.paper import text as pdf_text
from kiosk.paper.dates import format_day_en, format_day_id, zone_label
from kiosk.visits.phone import format_phone

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "title": ("Data pribadi Anda yang kami simpan", "The personal data we hold about you"),
    "made": ("Dibuat {day}, pukul {time}", "Made on {day} at {time}"),
    "intro": ("Dokumen ini berisi semua data tentang Anda yang disimpan {building}: data diri, "
              "kunjungan, undangan, dan persetujuan Anda atas pemberitahuan privasi (UU No. 27 "
              "Tahun 2022 tentang Pelindungan Data Pribadi). Untuk menghapus data ini atau "
              "menarik persetujuan Anda, silakan hubungi resepsionis.",
              "This document holds all the data {building} keeps about you: your details, "
              "your visits, your invitations and your agreement to the privacy notice (Law "
              "No. 27 of 2022 on Personal Data Protection). To have this data erased or to "
              "withdraw your agreement, please ask at reception."),
    "details": ("Data diri", "Your details"),
    "name": ("Nama", "Name"),
    "phone": ("Nomor HP", "Mobile number"),
    "organization": ("Organisasi", "Organisation"),
    "first_seen": ("Pertama tercatat", "First recorded"),
    "consent": ("Persetujuan", "Agreement"),
    "agreed": ("Disetujui {when} (versi {version})", "Agreed on {when} (version {version})"),
    "not_agreed": ("Tidak ada", "None"),
    "withdrawn": ("Ditarik {when}", "Withdrawn on {when}"),
    "visits": ("Kunjungan ({n})", "Visits ({n})"),
    "date": ("Tanggal", "Date"),
    "times": ("Jam", "Time"),
    "purpose": ("Keperluan", "Purpose"),
    "destination": ("Tempat tujuan", "Destination"),
    "people": ("Orang", "People"),
    "members": ("Anggota rombongan: {names}", "Group members: {names}"),
    "from": ("Dari: {organization}", "From: {organization}"),
    "invitations": ("Undangan ({n})", "Invitations ({n})"),
    "expected": ("Waktu", "Expected"),
    "status": ("Status", "Status"),
    "held": ("Daftar masuk yang ditahan ({n})", "Check-ins held for reception ({n})"),
    "given": ("Data yang diberikan", "Details given"),
    "none": ("Tidak ada.", "None."),
    "floor": ("Lantai {n}", "Floor {n}"),
    "reception": ("Resepsionis", "Reception"),
    "page": ("Halaman {n}", "Page {n}"),
}
_PURPOSES: Final[dict[str, tuple[str, str]]] = {
    "training": ("Pelatihan", "Training"), "meeting": ("Pertemuan", "Meeting"),
    "consultation": ("Konsultasi", "Consultation"), "showroom": ("Ruang pamer", "Showroom"),
    "event": ("Acara", "Event"), "delivery": ("Antar barang", "Delivery"),
    "other": ("Lainnya", "Other"),
}
_STATUSES: Final[dict[str, tuple[str, str]]] = {
    "pending": ("Menunggu", "Waiting"), "used": ("Dipakai", "Used"),
    "cancelled": ("Dibatalkan", "Cancelled"), "held": ("Menunggu keputusan", "Waiting"),
    "admitted": ("Diizinkan masuk", "Let in"), "turned_away": ("Ditolak", "Turned away"),
}

_MARGIN: Final = 48.0
#: As many lines as a text needs: the export shows everything (a page break may split it).
_ALL_LINES: Final = 1000
_WIDTH: Final = A4[0] - 2 * _MARGIN
_SIZE: Final = 10.0
_LEADING: Final = 13.5
#: The visits table's columns as shares of the width.
_VISIT_COLUMNS: Final = (("date", 0.29), ("times", 0.14), ("purpose", 0.15),
                         ("destination", 0.34), ("people", 0.08))
_INVITATION_COLUMNS: Final = (("date", 0.30), ("expected", 0.13), ("purpose", 0.14),
                              ("destination", 0.28), ("status", 0.15))


def render_export(data: PersonalData, language: Language | str, zone: ZoneInfo) -> bytes:
    """The PDF of ``data`` in ``language`` (``"id"`` or ``"en"``), times in ``zone``."""
    return _Document(data, Language(language), zone).render()


class _Document:
    """Draws top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, data: PersonalData, language: Language, zone: ZoneInfo) -> None:
        self.data = data
        self.english = language is Language.ENGLISH
        self.zone = zone
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4, pageCompression=1)
        self.canvas.setTitle(self.word("title"))
        self.canvas.setAuthor(data.building)
        self.canvas.setCreator("gic-kiosk")
        self.page = 1
        self.y = A4[1] - _MARGIN

    def word(self, key: str, **values: object) -> str:
        return _WORDS[key][self.english].format(**values)

    def day(self, moment: datetime) -> str:
        local = moment.astimezone(self.zone).date()
        return format_day_en(local) if self.english else format_day_id(local)

    def moment(self, moment: datetime) -> str:
        local = moment.astimezone(self.zone)
        return f"{self.day(moment)}, {local:%H:%M} {zone_label(self.zone)}"

    def render(self) -> bytes:
        data = self.data
        self.lines(self.word("title"), 18, bold=True, leading=24)
        self.lines(data.building, 12, leading=17)
        made = data.made_at.astimezone(self.zone)
        self.lines(self.word("made", day=self.day(data.made_at),
                             time=f"{made:%H:%M} {zone_label(self.zone)}"), 9, leading=16)
        self.lines(self.word("intro", building=data.building), _SIZE, max_lines=8)
        self.details()
        self.visits(data.visits)
        self.invitations(data.invitations)
        self.held()
        self.footer()
        self.canvas.save()
        return self.buffer.getvalue()

    # --- blocks ------------------------------------------------------------------------

    def heading(self, text: str, following: float) -> None:
        self.need(30 + following)
        self.y -= 12
        self.lines(text, 13, bold=True, leading=18)
        self.canvas.setLineWidth(0.8)
        self.canvas.line(_MARGIN, self.y + 1, _MARGIN + _WIDTH, self.y + 1)
        self.y -= 5

    def details(self) -> None:
        self.heading(self.word("details"), 5 * _LEADING)
        for index, visitor in enumerate(self.data.visitors):
            if visitor.consent_at is not None:
                consent = self.word("agreed", when=self.moment(visitor.consent_at),
                                    version=visitor.consent_version)
            else:
                consent = self.word("not_agreed")
            if visitor.consent_withdrawn_at is not None:
                consent += "; " + self.word("withdrawn",
                                            when=self.moment(visitor.consent_withdrawn_at))
            pairs = [("name", visitor.name), ("phone", _phone(visitor.phone)),
                     ("organization", visitor.organization or "–"),
                     ("first_seen", self.moment(visitor.first_seen)), ("consent", consent)]
            self.need(len(pairs) * _LEADING + (8 if index else 0))
            self.y -= 8 if index else 0
            for key, value in pairs:
                self.pair(self.word(key), value)
        if not self.data.visitors:
            self.lines(self.word("none"), _SIZE)

    def pair(self, label: str, value: str) -> None:
        label_width = 0.25 * _WIDTH
        value_lines = _wrap(value, _WIDTH - label_width, _SIZE, 3)
        self.need(len(value_lines) * _LEADING)
        pdf_text.draw_text(self.canvas, _MARGIN, self.y - _SIZE, label, _SIZE, True)
        for line in value_lines:
            pdf_text.draw_text(self.canvas, _MARGIN + label_width, self.y - _SIZE, line, _SIZE)
            self.y -= _LEADING

    def visits(self, visits: Sequence[VisitRecord]) -> None:
        self.heading(self.word("visits", n=len(visits)), 2 * _LEADING)
        if not visits:
            self.lines(self.word("none"), _SIZE)
            return
        self.table_head(_VISIT_COLUMNS)
        for visit in visits:
            out = visit.checked_out_at
            times = f"{_clock(visit.checked_in_at, self.zone)}–" + (
                _clock(out, self.zone) if out is not None else "")
            extra = []
            if visit.organization:
                extra.append(self.word("from", organization=visit.organization))
            if visit.member_names:
                extra.append(self.word("members", names=", ".join(visit.member_names)))
            self.row(_VISIT_COLUMNS, (self.day(visit.checked_in_at), times,
                                      self.purpose(visit.purpose), self.place(visit.place),
                                      str(visit.group_size)), extra)

    def invitations(self, invitations: Sequence[InvitationRecord]) -> None:
        self.heading(self.word("invitations", n=len(invitations)), 2 * _LEADING)
        if not invitations:
            self.lines(self.word("none"), _SIZE)
            return
        self.table_head(_INVITATION_COLUMNS)
        for invitation in invitations:
            window = (f"{_clock(invitation.expected_from, self.zone)}–"
                      f"{_clock(invitation.expected_until, self.zone)}")
            extra = [f"{self.word('name')}: {invitation.guest_name}"]
            if invitation.organization:
                extra.append(self.word("from", organization=invitation.organization))
            self.row(_INVITATION_COLUMNS, (
                self.day(invitation.expected_from), window, self.purpose(invitation.purpose),
                self.place(invitation.place), self.status(invitation.status)), extra)

    def held(self) -> None:
        held = self.data.held
        if not held:
            return  # only people the deny list stopped have any
        self.heading(self.word("held", n=len(held)), 2 * _LEADING)
        for hold in held:
            given = ", ".join(f"{value}" for key, value in sorted(hold.given.items())
                              if value not in ("", None, [], {}) and key != "consent")
            self.need(3 * _LEADING)
            self.lines(f"{self.moment(hold.at)}: {self.status(hold.status)}", _SIZE, bold=True)
            self.lines(f"{self.word('given')}: {given}", _SIZE, max_lines=_ALL_LINES)
            self.y -= 4

    # --- tables --------------------------------------------------------------------------

    def table_head(self, columns: Sequence[tuple[str, float]]) -> None:
        self.need(3 * _LEADING)
        x = _MARGIN
        for key, share in columns:
            pdf_text.draw_text(self.canvas, x, self.y - 9, self.word(key), 9, True)
            x += share * _WIDTH
        self.y -= _LEADING
        self.canvas.setLineWidth(0.4)
        self.canvas.line(_MARGIN, self.y + 2, _MARGIN + _WIDTH, self.y + 2)
        self.y -= 2

    def row(self, columns: Sequence[tuple[str, float]], cells: Sequence[str],
            extra: Sequence[str]) -> None:
        """One row of cells, then its extra lines (where from, a group's names) in full: an
        export leaves nothing out, so a long list of names runs on to the next page."""
        wrapped = [_wrap(cell, share * _WIDTH - 6, _SIZE, _ALL_LINES)
                   for cell, (_, share) in zip(cells, columns, strict=True)]
        extra_lines = [line for text in extra
                       for line in _wrap(text, _WIDTH - 12, 9, _ALL_LINES)]
        height = max(len(lines) for lines in wrapped) * _LEADING + min(len(extra_lines), 2) * 12
        if self.need(height + 5):
            self.table_head(columns)
        x = _MARGIN
        for lines, (_, share) in zip(wrapped, columns, strict=True):
            for number, line in enumerate(lines):
                pdf_text.draw_text(self.canvas, x, self.y - _SIZE - number * _LEADING, line,
                                   _SIZE)
            x += share * _WIDTH
        self.y -= max(len(lines) for lines in wrapped) * _LEADING
        for line in extra_lines:
            self.need(12)
            pdf_text.draw_text(self.canvas, _MARGIN + 12, self.y - 9, line, 9)
            self.y -= 12
        self.y -= 5
        self.canvas.setLineWidth(0.2)
        self.canvas.setStrokeGray(0.6)
        self.canvas.line(_MARGIN, self.y + 3, _MARGIN + _WIDTH, self.y + 3)
        self.canvas.setStrokeGray(0)

    # --- words ---------------------------------------------------------------------------

    def purpose(self, purpose: str) -> str:
        return _PURPOSES.get(purpose, (purpose, purpose))[self.english]

    def status(self, status: str) -> str:
        return _STATUSES.get(status, (status, status))[self.english]

    def place(self, place: Place) -> str:
        parts = []
        if place.event:
            parts.append(place.event)
        if place.room_code:
            room = place.room_en if self.english and place.room_en else place.room_id
            parts.append(f"{place.room_code} {room}")
        elif place.floor is not None:
            parts.append(self.word("floor", n=place.floor))
        if place.host:
            parts.append(place.host)
        return " · ".join(parts) or self.word("reception")

    # --- the page ------------------------------------------------------------------------

    def lines(self, text: str, size: float, *, bold: bool = False, leading: float = _LEADING,
              max_lines: int = 3) -> None:
        for line in _wrap(text, _WIDTH, size, max_lines, bold):
            self.need(leading)
            pdf_text.draw_text(self.canvas, _MARGIN, self.y - size, line, size, bold)
            self.y -= leading

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits above the footer; True when it did."""
        if self.y - height >= _MARGIN + 20:
            return False
        self.footer()
        self.canvas.showPage()
        self.page += 1
        self.y = A4[1] - _MARGIN
        return True

    def footer(self) -> None:
        self.canvas.setFillGray(0.35)
        page = self.word("page", n=self.page)
        pdf_text.draw_text(self.canvas, _MARGIN, _MARGIN - 14,
                           f"{self.data.building} · {self.word('title')}", 8)
        pdf_text.draw_text(self.canvas, _MARGIN + _WIDTH - pdf_text.text_width(page, 8),
                           _MARGIN - 14, page, 8)
        self.canvas.setFillGray(0)


def _wrap(text: str, width: float, size: float, max_lines: int,
          bold: bool = False) -> list[str]:
    text = " ".join(text.split())
    if not text:
        return [""]
    font = pdf_text.BUILT_IN[bold] if pdf_text.built_in(text) else None
    return pdf_text.fit(text, width, (size,), max_lines, bold, font=font, fill=True)[1]


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%H:%M}"


def _phone(e164: str) -> str:
    return format_phone(e164) if e164 else "–"

