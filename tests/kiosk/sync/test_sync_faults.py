"""A sync process killed with SIGKILL at the worst moments, fifty times, restarted on the same
files: nothing is lost and nothing is applied twice.

Each attempt is a real process (forked, so that it starts in milliseconds) that syncs the
kiosk's real SQLite file with the real central database and kills itself at an injected point:
after the central commit (the receipt never arrives), after the local commit, or in the middle
of a pull (rows written, cursor not yet saved).
"""

from __future__ import annotations

import os
import signal
import traceback
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, create_engine, func, select

from kiosk.central import schema
from kiosk.db.engine import create_device_engine
from kiosk.db.unit_of_work import Database
from kiosk.models import Purpose
from kiosk.sync.device import Synchronizer, lock_file_for
from kiosk.visits.check_in import CheckInRequest
from tests.kiosk.sync.conftest import Desk, central_hashes, device_hashes

pytestmark = pytest.mark.postgres

POINTS = ("push:after-central-commit", "push:after-local-commit", "pull:before-cursor")
ATTEMPTS = 50
NAMES = ("Ani", "Bayu", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko")


def sync_and_die(desk: Desk, central: Engine, point: str, hit: int) -> int:
    """Run one sync round in a child process that SIGKILLs itself the ``hit``-th time it
    reaches ``point``; returns the child's wait status."""
    path = desk.ops.settings.database_path
    url = central.url.render_as_string(hide_password=False)
    pid = os.fork()
    if pid == 0:  # the child: its own connections, never the parent's
        try:
            reached = 0

            def fault(where: str) -> None:
                nonlocal reached
                if where == point:
                    reached += 1
                    if reached == hit:
                        os.kill(os.getpid(), signal.SIGKILL)

            Synchronizer(Database(create_device_engine(path)), create_engine(url),
                         lock_file=lock_file_for(path), batch_size=2, page_size=2,
                         fault=fault).round()
            os._exit(0)
        except BaseException:
            traceback.print_exc()
            os._exit(3)
    return os.waitpid(pid, 0)[1]


def test_killed_fifty_times_nothing_lost_nothing_doubled(
        desks: Callable[..., Desk], central: Engine) -> None:
    kiosk, reception = desks("kiosk-1"), desks("reception")
    made = []
    killed = 0
    for attempt in range(ATTEMPTS):
        name = NAMES[attempt % len(NAMES)]
        # Two check-ins each: two batches to push, and from the other desk two pages to pull.
        for who in (kiosk, kiosk, reception, reception):
            made.append(who.ops.check_in(CheckInRequest(
                name=name, phone=f"0812{attempt:04d}{len(made):04d}",
                purpose=Purpose.TRAINING, consent=True)).visit.visit_id)
        reception.round()
        status = sync_and_die(kiosk, central, POINTS[attempt % len(POINTS)],
                              hit=1 + attempt % 2)
        assert os.WIFEXITED(status) or os.WTERMSIG(status) == signal.SIGKILL, status
        assert not (os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0), status
        killed += os.WIFSIGNALED(status)
    assert killed == ATTEMPTS  # every point was really reached
    for _ in range(2):
        kiosk.round()
        reception.round()
    assert device_hashes(kiosk) == device_hashes(reception) == central_hashes(central)
    visit = schema.metadata.tables["visit"]
    with central.connect() as connection:
        assert set(made) <= set(connection.scalars(select(visit.c.id)))
        assert connection.execute(select(func.count()).select_from(visit)).scalar() == len(made)
        # Each operation applied once: one record, at most one change.
        doubled = connection.execute(
            select(schema.change.c.op_id).where(schema.change.c.op_id.is_not(None))
            .group_by(schema.change.c.op_id).having(func.count() > 1)).all()
        assert doubled == []
    with kiosk.ops.database.engine.connect() as local:
        assert local.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
