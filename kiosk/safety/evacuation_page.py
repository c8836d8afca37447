"""What every page of the evacuation sheet shares: its measures, its bilingual words (Indonesian
first, English after a slash: the sheet may be read by anyone who picks it up), and the small
pieces it is drawn from (rules, tick boxes, column titles, lines of text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper.dates import format_date_id, zone_label
from kiosk.paper.text import BUILT_IN, built_in, draw_left, fit
from kiosk.safety.evacuation import FloorInside, RollCall

MARGIN: Final = 34.0
WIDTH: Final = A4[0] - 2 * MARGIN
TOP: Final = A4[1] - MARGIN
#: Text sizes: names, other cells, second lines (members, rooms).
NAME: Final = 12.5
CELL: Final = 11.5
SMALL: Final = 9.5
LEADING: Final = 14.0
SMALL_LEADING: Final = 11.0
PAD: Final = 4.0
BOX: Final = 16.0  # a tick box's side
TICK_COLUMN: Final = 38.0
#: A sync older than this makes the sheet warn that the list may be incomplete.
STALE_AFTER: Final = timedelta(minutes=15)

#: An item on a page: its height, and how to draw it below a top edge.
Draw = Callable[[Canvas, float], None]
Item = tuple[float, Draw]

#: Column titles (Indonesian, English).
TICK: Final = ("Aman", "Safe")
PEOPLE_COLUMNS: Final = (TICK, ("Nama", "Name"), ("Organisasi", "Organisation"),
                         ("Tuan rumah / ruang", "Host / room"), ("Orang", "People"),
                         ("Masuk", "In"))
PHONE_COLUMN: Final = ("Nomor HP", "Phone")
BOOKING_COLUMNS: Final = (TICK, ("Ruang", "Room"), ("Acara, penyelenggara", "Event, organiser"),
                          ("Waktu", "Time"), ("Peserta", "Expected"))
SUMMARY_COLUMNS: Final = (("Lantai", "Floor"), ("Orang", "People"),
                          ("Acara berlangsung", "Bookings in progress"),
                          ("Aman", "Safe"), ("Belum ditemukan", "Missing"))
NOBODY: Final = ("Tidak ada orang yang tercatat di dalam gedung / "
                 "Nobody is recorded in the building")
NO_VISITORS: Final = ("Tidak ada tamu tercatat di lantai ini / "
                      "No checked-in visitors on this floor")
PENDING: Final = "(menunggu persetujuan / pending)"


@dataclass(frozen=True)
class Columns:
    """Left edges and widths of a table's columns."""

    widths: tuple[float, ...]

    @property
    def lefts(self) -> tuple[float, ...]:
        return tuple(MARGIN + sum(self.widths[:i]) for i in range(len(self.widths)))

    @property
    def inner(self) -> tuple[float, ...]:
        return tuple(w - 2 * PAD for w in self.widths)


def people(count: int) -> str:
    return f"{count} orang / people"


def floor_label(floor: FloorInside) -> str:
    """"Lantai 3 / Floor 3"; "Tidak diketahui / lobi" for no floor."""
    if floor.number is None:
        return floor.name_id
    return f"Lantai {floor.number} / Floor {floor.number}"


def floor_names(floor: FloorInside) -> str:
    """The floor's name in both languages, once when they are the same ("Unknown / lobby"
    under "Tidak diketahui / lobi")."""
    if floor.number is None:
        return floor.name_en
    if floor.name_id == floor.name_en or not floor.name_en:
        return floor.name_id
    return f"{floor.name_id} / {floor.name_en}"


def floor_title(floor: FloorInside, continued: bool) -> str:
    title = floor_label(floor)
    return f"{title} (lanjutan / continued)" if continued else title


def member_line(names: tuple[str, ...]) -> str:
    return "Bersama / with: " + ", ".join(names)


def stale(roll_call: RollCall) -> bool:
    """The device syncs with a central database but has not for a while (or never): other
    desks' check-ins since then are missing from the list."""
    if not roll_call.sync_configured:
        return False
    last = roll_call.last_synced_at
    return last is None or roll_call.taken_at - last > STALE_AFTER


def freshness(roll_call: RollCall) -> tuple[str, ...]:
    """When the device last synced, in words, and a warning when the list may be
    incomplete."""
    if not roll_call.sync_configured:
        return (f"{last_synced(roll_call)} — daftar ini berisi data perangkat ini saja",
                "(standalone device: this list holds this device's own data only)")
    last = roll_call.last_synced_at
    if last is None:
        return ("Sinkronisasi terakhir: belum pernah / Last synced: never",
                "Daftar ini mungkin tidak lengkap / This list may be incomplete")
    minutes = max(0, int((roll_call.taken_at - last).total_seconds() // 60))
    if minutes < 60:
        ago = f"{minutes} menit lalu / {minutes} min ago"
    elif minutes < 48 * 60:
        ago = f"{minutes // 60} jam lalu / {minutes // 60} h ago"
    else:
        ago = f"{minutes // 1440} hari lalu / {minutes // 1440} days ago"
    line = f"{last_synced(roll_call)} ({ago})"
    if stale(roll_call):
        return (line, "Daftar ini mungkin tidak lengkap / This list may be incomplete")
    return (line,)


def last_synced(roll_call: RollCall) -> str:
    """"Sinkron terakhir / Last synced: 08:12 WIB" (a date when not today), "never", or
    "not configured"."""
    if not roll_call.sync_configured:
        return "Sinkronisasi: tidak diatur / Sync: not configured"
    last = roll_call.last_synced_at
    if last is None:
        return "Sinkronisasi terakhir: belum pernah / Last synced: never"
    local = last.astimezone(roll_call.zone)
    when = f"{local:%H:%M} {zone_label(roll_call.zone)}"
    if local.date() != roll_call.taken_at.astimezone(roll_call.zone).date():
        when = f"{format_date_id(local.date())} {when}"
    return f"Sinkronisasi terakhir / Last synced: {when}"


def rule(canvas: Canvas, y: float, width: float = 0.5, gray: float = 0.45) -> None:
    canvas.setLineWidth(width)
    canvas.setStrokeGray(gray)
    canvas.line(MARGIN, y, MARGIN + WIDTH, y)
    canvas.setStrokeGray(0)


def tick_box(canvas: Canvas, x: float, top: float) -> None:
    """An empty box for a marshal's pen, centred in the tick column."""
    canvas.setLineWidth(1.4)
    canvas.rect(x + (TICK_COLUMN - BOX) / 2, top - PAD - BOX, BOX, BOX, stroke=1, fill=0)


#: A string to draw: left end, baseline, text, size, bold.
Run = tuple[float, float, str, float, bool]


def stack(runs: list[Run], x: float, y: float, text: tuple[str, ...], size: float,
          leading: float, bold: bool = False) -> float:
    """Add ``text``'s lines down from baseline ``y``; return the baseline after the last."""
    for line in text:
        runs.append((x, y, line, size, bold))
        y -= leading
    return y


def write(canvas: Canvas, runs: list[Run]) -> None:
    """Draw many strings at once: those Helvetica can draw (nearly all) in one text object,
    the rest with a bundled font per script. A row's cells drawn one ``drawString`` at a time
    cost a text object each: for 1,000 people, a fifth of the sheet's time."""
    text = canvas.beginText()
    current: tuple[str, float] | None = None
    for x, y, line, size, bold in runs:
        if not line:
            continue
        if not built_in(line):
            draw_left(canvas, x, y, line, size, bold)
            continue
        font = (BUILT_IN[bold], size)
        if font != current:
            text.setFont(*font)
            current = font
        text.setTextOrigin(x, y)
        text.textOut(line)
    canvas.drawText(text)


def column_head(titles: tuple[tuple[str, str], ...], columns: Columns) -> Item:
    """A table's column titles, Indonesian above English, between two heavy rules."""
    height = 28.0

    def draw(canvas: Canvas, top: float) -> None:
        rule(canvas, top, 1.2, 0)
        for (title_id, title_en), left, room in zip(titles, columns.lefts, columns.inner,
                                                      strict=True):
            # A title never runs into its neighbour: smaller, then shortened, to fit.
            size, lines = fit(title_id, room, (10, 9, 8), 1, True, font="Helvetica-Bold")
            canvas.setFont("Helvetica-Bold", size)
            canvas.drawString(left + PAD, top - 12, lines[0])
            size, lines = fit(title_en, room, (8.5, 7.5), 1, font="Helvetica")
            canvas.setFont("Helvetica", size)
            canvas.drawString(left + PAD, top - 23, lines[0])
        rule(canvas, top - height, 1.2, 0)

    return height, draw


def subtitle(text: str) -> Item:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0)
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(MARGIN, top - 24, text)

    return 32.0, draw


def note(text: str) -> Item:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFont("Helvetica-Oblique", CELL)
        canvas.drawString(MARGIN + PAD, top - 20, text)

    return 30.0, draw
