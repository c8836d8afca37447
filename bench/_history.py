"""Fill a device database with a large history, fast, for benchmarks only.

Rows go in through sqlite3 directly: this bypasses the outbox (a benchmark's past is not
something to sync), which the application itself never does.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.privacy.masks import CONSENT_VERSION
from kiosk.visits.check_in import pass_number_for

PURPOSES = ("training", "meeting", "consultation", "showroom", "event", "delivery", "other")


def phone_of(index: int) -> str:
    return f"+62812{index:08d}"


def seed_history(path: Path, visitors: int, visits: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    visitor_ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(visitors)]
    connection = sqlite3.connect(path)
    try:
        connection.executemany(
            "INSERT INTO visitor (id, full_name, name_key, phone_e164, consent_at, "
            "consent_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((v.hex, f"Pengunjung {i}", f"pengunjung {i}", phone_of(i), stamp,
              CONSENT_VERSION, stamp, stamp) for i, v in enumerate(visitor_ids)),
        )
        rows = []
        for _ in range(visits):
            visit_id = uuid.UUID(int=rng.getrandbits(128))
            came = now - timedelta(days=rng.uniform(1, 365))
            left = came + timedelta(hours=rng.uniform(0.2, 6))
            rows.append((visit_id.hex, rng.choice(visitor_ids).hex, rng.choice(PURPOSES), 1,
                         "[]", pass_number_for(visit_id),
                         came.strftime("%Y-%m-%d %H:%M:%S.%f"),
                         left.strftime("%Y-%m-%d %H:%M:%S.%f"), "scan", stamp, stamp))
        connection.executemany(
            "INSERT INTO visit (id, visitor_id, purpose, group_size, member_names, pass_number, "
            "checked_in_at, checked_out_at, checkout_kind, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()
