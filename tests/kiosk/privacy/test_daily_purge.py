"""The application purges by itself: the daily run goes through the database worker one batch
at a time, and the views hear of each batch through the context's one "changed" signal."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.db.changes import Change, Changes
from kiosk.models import Visitor
from kiosk.operations import Operations
from kiosk.privacy.retention import BATCH_SIZE
from tests.conftest import MORNING
from tests.kiosk.privacy.conftest import Clock, days_ago, visit
from ui.app import DailyPurge
from ui.context import AppContext
from ui.i18n import Translations


@pytest.fixture
def context(qapp: QApplication, settings: Settings) -> Iterator[AppContext]:
    clock = Clock()
    with Operations.open(settings, clock=clock) as ops:
        visit(ops, clock, days_ago(700), "Pengunjung Lama", "081300000001")
        visit(ops, clock, days_ago(30), "Pengunjung Baru", "081300000002")
        with ops.database.unit_of_work() as session:  # more than two batches' worth
            for i in range(2 * BATCH_SIZE):
                session.add(Visitor(full_name=f"Terdaftar {i}", name_key=f"terdaftar {i}",
                                    phone_e164=f"+62813111{i:05d}", created_at=days_ago(400)))
    app_context = AppContext(settings, Translations(qapp),
                             open_operations=lambda s: Operations.open(s, clock=lambda: MORNING))
    yield app_context
    app_context.close()


def test_the_daily_purge_runs_batch_by_batch_and_views_hear_of_it(
        qtbot, context: AppContext) -> None:
    heard: list[Changes] = []
    context.changed.connect(heard.append)
    switch_interval = sys.getswitchinterval()
    daily = DailyPurge(context)

    with qtbot.waitSignal(daily.finished, timeout=20_000) as done:
        daily.run()
        daily.run()  # a second start while one runs is ignored
    daily.stop()

    assert done.args[0].visitors == 2 * BATCH_SIZE + 1
    assert not daily.running
    assert sys.getswitchinterval() == switch_interval  # shorter only while it ran
    qtbot.waitUntil(lambda: any(c.touches({Change.VISITS}) for c in heard))
    result: list[set[str]] = []

    def named(ops: Operations) -> set[str]:
        with ops.database.reading() as session:
            return set(session.scalars(select(Visitor.full_name)))

    context.run(named, result.append)
    qtbot.waitUntil(lambda: bool(result))
    assert result[0] == {"", "Pengunjung Baru"}
