"""What a round pulled, for the views: the tables it wrote here, and the synchronizer the
application gets from the domain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.central.engine import CentralURLError
from kiosk.config import load_settings
from kiosk.db.changes import Change, Changes
from kiosk.operations import Operations
from kiosk.sync.device import lock_file_for, open_synchronizer
from tests.conftest import MORNING
from tests.kiosk.sync.conftest import Desk, config_for
from tests.kiosk.sync.test_sync import book, check_in

pytestmark = pytest.mark.postgres


def test_a_round_reports_the_tables_its_pull_wrote(desks: Callable[..., Desk]) -> None:
    kiosk, reception = desks("kiosk-1"), desks("reception")
    kiosk.round()
    reception.round()  # the building, as central has it
    check_in(kiosk)
    book(kiosk, "Rapat Koperasi")
    kiosk.round()
    report = reception.round()
    assert {"visit", "visitor", "booking"} <= report.pulled_tables
    assert Changes.of_tables(report.pulled_tables).touches({Change.VISITS})
    assert Changes.of_tables(report.pulled_tables).touches({Change.BOOKINGS})
    assert kiosk.round().pulled_tables == set()  # its own echoes are not pulled back


def test_the_application_gets_its_synchronizer_from_the_domain(
        central: Engine, tmp_path: Path) -> None:
    url = central.url.render_as_string(hide_password=False)
    settings = load_settings(config_for(tmp_path, "reception-1", url), environ={})
    Operations.open(settings, clock=lambda: MORNING).close()  # created and migrated first
    synchronizer = open_synchronizer(settings, batch_size=10, page_size=20)
    try:
        assert synchronizer.batch_size == 10 and synchronizer.page_size == 20
        assert synchronizer.lock_file == lock_file_for(settings.database_path)
        assert synchronizer.database.engine.url.database == str(settings.database_path)
        report = synchronizer.round()
        assert report.pushed > 0 and report.pulled_tables == set()  # its own, not pulled back
    finally:
        synchronizer.database.dispose()
        synchronizer.central.dispose()


def test_a_central_url_that_is_not_postgresql_is_refused_before_anything_opens(
        tmp_path: Path) -> None:
    settings = load_settings(config_for(tmp_path, "desk", "sqlite:///not-central.db"),
                             environ={})
    with pytest.raises(CentralURLError, match="PostgreSQL"):
        open_synchronizer(settings)
