"""Reception sees sync: when it last synced, what waits, when it is offline, and the notice
that one of its bookings lost the room to another desk's."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from kiosk.bookings.booking import BookingRequest
from kiosk.config import load_settings
from kiosk.operations import Operations
from tests.conftest import MORNING, staff
from tests.kiosk.sync.conftest import config_for, open_desk
from tests.kiosk.sync.test_sync import ROOM, TEN
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.i18n import Translations
from ui.reception.sync_indicator import NoticesDialog
from ui.reception.window import ReceptionWindow
from ui.theme import apply_theme

pytestmark = pytest.mark.postgres


def reception_with_central(qapp: QApplication, folder: Path, url: str) -> AppContext:
    translations = Translations(qapp)
    translations.install("id")
    apply_theme(qapp)
    settings = load_settings(config_for(folder, "reception-1", url), environ={})
    context = AppContext(settings, translations,
                         open_operations=lambda s: Operations.open(s, clock=lambda: MORNING))
    context.sign_in(staff())
    return context


def finish(qtbot, qapp: QApplication, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Let the window take the answers it asked for before it goes."""
    wait_idle(qtbot, context)
    qapp.processEvents()
    context.close()


def test_a_lost_booking_shows_as_a_notice_at_reception(
        qtbot, qapp: QApplication, central: Engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = open_desk(tmp_path / "reception-2", "reception-2", central)
    request = BookingRequest(room_id=ROOM, title="Pelatihan Ekspor", starts_at=TEN,
                             ends_at=TEN + timedelta(hours=2), attendees=10)
    other.ops.bookings.book(request, actor=staff("reception-2"))
    other.round()
    context = reception_with_central(qapp, tmp_path / "reception-1",
                                     central.url.render_as_string(hide_password=False))
    assert context.sync is not None
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    indicator = window.sync_indicator
    assert indicator is not None and indicator.isVisible()
    # Booked here before hearing of the other desk's: pending until the central database says.
    booked = []
    context.run(lambda ops: ops.bookings.book(
        BookingRequest(room_id=ROOM, title="Rapat Koperasi", starts_at=TEN,
                       ends_at=TEN + timedelta(hours=1), attendees=5), actor=staff("reception-1")),
        booked.append)
    qtbot.waitUntil(lambda: bool(booked), timeout=10_000)
    context.sync.start()
    with qtbot.waitSignal(context.sync.finished, timeout=20_000):
        indicator.sync_button.click()
    qtbot.waitUntil(lambda: indicator.notices_button.isVisible(), timeout=20_000)
    assert indicator.state.text().startswith("Disinkronkan")
    assert indicator.state.property("state") == "ok"
    assert indicator.notices_button.text() == "1 pemberitahuan"
    shown = []
    context.run(lambda ops: ops.unseen_notices(), shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    dialog = NoticesDialog(shown[0], window)
    qtbot.addWidget(dialog)
    line = dialog.list.item(0).text()
    assert "Rapat Koperasi" in line and "Pelatihan Ekspor" in line
    assert "ditolak" in line
    finish(qtbot, qapp, context)
    other.ops.close()


def test_an_unreachable_central_database_shows_offline_and_what_waits(
        qtbot, qapp: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = reception_with_central(qapp, tmp_path / "desk",
                                     "postgresql+psycopg://kiosk:pw@127.0.0.1:1/gic")
    assert context.sync is not None
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    context.sync.start()
    with qtbot.waitSignal(context.sync.finished, timeout=20_000):
        context.sync.sync_now()
    indicator = window.sync_indicator
    assert indicator is not None
    qtbot.waitUntil(lambda: indicator.state.property("state") == "offline", timeout=10_000)
    assert indicator.state.text().startswith("Tidak tersambung")
    assert "127.0.0.1" in indicator.state.toolTip()
    finish(qtbot, qapp, context)


def test_a_central_url_that_is_not_postgresql_says_it_cannot_sync(
        qtbot, qapp: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = reception_with_central(qapp, tmp_path / "desk", "sqlite:///not-central.db")
    assert context.sync is not None
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    context.sync.start()
    with qtbot.waitSignal(context.sync.finished, timeout=20_000):
        context.sync.sync_now()
    indicator = window.sync_indicator
    assert indicator is not None
    qtbot.waitUntil(lambda: indicator.state.property("state") == "offline", timeout=10_000)
    assert indicator.state.text() == "Sinkronisasi gagal"
    assert "PostgreSQL" in indicator.state.toolTip()
    finish(qtbot, qapp, context)
