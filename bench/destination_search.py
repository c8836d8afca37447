"""A keystroke in the destination search, to the filtered list painted, with 200 destinations.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/destination_search.py [--rounds N] [--smoke]

The visitor types on the on-screen keyboard (simulated clicks on its keys) into the search
field of the kiosk's destination screen at 1080 × 1920; each sample is the time from the key's
click to the list's next paint. Beside it, in the same run, the same list repainted with no
search at all: the ratio says what filtering adds, whatever the machine's speed today.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from bench._smoke import add_smoke_flag
from kiosk.bookings.events import EventSummary
from kiosk.config import load_settings
from kiosk.models import BookingStatus, OrganizationKind
from kiosk.operations import Destinations, HostChoice, Operations
from ui.app import application
from ui.i18n import Translations
from ui.theme import apply_theme
from ui.visitor.destination import DestinationScreen

WORDS = ["koperasi", "batik", "lantai 5", "dinas", "pelatihan", "kopi", "5.02", "ruang"]
BUSINESSES = ["Batik", "Kopi", "Keripik", "Tahu Tempe", "Kerajinan Bambu", "Sambal",
              "Konveksi", "Madu", "Roti", "Jamu"]
PLACES = ["Pamulang", "Ciputat", "Serpong", "Pondok Aren", "Setu"]


class NextPaint(QObject):
    """When each watched widget next paints."""

    def __init__(self, *targets: QWidget) -> None:
        super().__init__()
        self.painted: dict[QObject, float] = {}
        for target in targets:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched not in self.painted:
            self.painted[watched] = time.perf_counter()
        return False

    def time(self, action: Callable[[], object], waits_for: Callable[[], QWidget]) -> float:
        """From ``action`` to the paint of the widget ``waits_for`` names once it has run."""
        self.painted.clear()
        start = time.perf_counter()
        action()
        target = waits_for()
        while target not in self.painted:
            QCoreApplication.processEvents()
            if time.perf_counter() - start > 10:
                raise RuntimeError(f"{target.objectName()} never painted")
        return self.painted[target] - start


def two_hundred(destinations: Destinations) -> Destinations:
    """The building's real floors, 150 organisations and 40 of today's events: 200 rows."""
    hosts = tuple(
        HostChoice(uuid.uuid4(),
                   f"{'Dinas' if n % 10 == 0 else 'UMKM'} {BUSINESSES[n % 10]} "
                   f"{PLACES[n % 5]} {n}", n % 10 + 1,
                   OrganizationKind.AGENCY if n % 10 == 0 else OrganizationKind.TENANT)
        for n in range(150))
    start = datetime(2026, 12, 7, 2, tzinfo=UTC)
    events = tuple(
        EventSummary(uuid.uuid4(), f"Pelatihan {BUSINESSES[n % 10]} angkatan {n}",
                     f"Koperasi {PLACES[n % 5]}", start + timedelta(minutes=15 * n),
                     start + timedelta(minutes=15 * n + 90), BookingStatus.CONFIRMED,
                     f"{n % 10 + 1}.0{n % 7 + 1}", f"Ruang Pelatihan {n}", f"Training room {n}",
                     n % 10 + 1, "", "", "", "")
        for n in range(40))
    return dataclasses.replace(destinations, hosts=hosts, events=events)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    add_smoke_flag(parser)
    args = parser.parse_args()
    if args.smoke:
        args.rounds = 1
    app = application()
    Translations(app).install("id")
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        settings = load_settings(config, environ={})
        ops = Operations.open(settings)
        destinations = two_hundred(ops.destinations())
        ops.close()
    screen = DestinationScreen(settings.zone)
    screen.set_destinations(destinations)
    rows = screen.model.rowCount()
    screen.resize(1080, 1920)
    screen.show()
    QTest.qWaitForWindowExposed(screen)
    viewport = screen.list.viewport()
    watch = NextPaint(viewport, screen.search)
    keyboard = screen.keyboard
    typing: list[float] = []
    repaint: list[float] = []

    def keystroke(key: QWidget) -> float:
        """Until the list is painted; when the key changed no row (a space), the field."""
        rows_before = screen.proxy.rowCount()
        return watch.time(lambda: QTest.mouseClick(key, Qt.MouseButton.LeftButton),
                          lambda: viewport if screen.proxy.rowCount() != rows_before
                          else screen.search)

    for _ in range(args.rounds):
        for word in WORDS:
            for char in word:
                typing.append(keystroke(keyboard.space if char == " " else keyboard.key(char)))
                repaint.append(watch.time(viewport.update, lambda: viewport))
            for _ in word:
                typing.append(keystroke(keyboard.backspace))
    typing.sort()
    repaint.sort()

    def p95(values: list[float]) -> float:
        return values[int(0.95 * (len(values) - 1))] * 1000

    goal = "" if args.smoke else "; goal p95 <= 30 ms"
    print(f"keystroke → filtered list painted   p50 {statistics.median(typing) * 1000:6.1f} ms"
          f"   p95 {p95(typing):6.1f} ms   (n={len(typing)}, {rows} rows{goal})")
    print(f"the same list repainted, no search  p50 {statistics.median(repaint) * 1000:6.1f} ms"
          f"   p95 {p95(repaint):6.1f} ms   (ratio p95 {p95(typing) / p95(repaint):.1f} ×)")


if __name__ == "__main__":
    main()
