"""The lock-out rule shared by the device PIN and every staff account: after
:data:`MAX_ATTEMPTS` wrong tries in a row, every try is refused, even a right one, for
:data:`LOCK_MINUTES` minutes; the count starts again when the lock starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.db.types import NaiveDatetimeError

MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
LOCK_DURATION = timedelta(minutes=LOCK_MINUTES)


@dataclass
class Tries:
    """Wrong tries so far and the lock, as a device or an account stores them."""

    failed: int = 0
    locked_until: datetime | None = None

    def lock_in_force(self, now: datetime) -> datetime | None:
        """When the lock ends, if one holds at ``now``; an ended lock is cleared."""
        if now.tzinfo is None or now.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime {now.isoformat()} refused; attach a zone")
        if self.locked_until is None:
            return None
        if self.locked_until > now + LOCK_DURATION:
            # The clock was set back since the lock began; without this the lock would last
            # as long as the clock moved. Start the lock again from the clock's new time.
            self.locked_until = now + LOCK_DURATION
        if now < self.locked_until:
            return self.locked_until
        self.locked_until = None
        return None

    def wrong(self, now: datetime) -> int:
        """Count a wrong try; the tries left (0: locked from ``now``)."""
        self.failed += 1
        if self.failed >= MAX_ATTEMPTS:
            self.failed = 0
            self.locked_until = now + LOCK_DURATION
            return 0
        return MAX_ATTEMPTS - self.failed
