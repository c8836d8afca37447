"""What a committed unit of work (or a sync round) changed, for the views that show it.

Each model says which kind of data it holds (``change_kind = Change.BOOKINGS``); a
:class:`Changes` is built from the names of the tables written, so this package needs no
model import: the models register themselves on the one declarative base.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kiosk.db.base import Base


class Change(enum.StrEnum):
    """A kind of data a screen shows. A model names one in its ``change_kind``."""

    VISITS = "visits"  # visits and the people who made them
    BOOKINGS = "bookings"  # bookings, their series and their history
    CLOSURES = "closures"
    INVITATIONS = "invitations"
    NOTICES = "notices"  # from the central database, and sync conflicts
    CATALOGUE = "catalogue"  # floors, rooms, organisations
    STAFF = "staff"  # staff accounts, their locks, the activity record
    PRIVACY = "privacy"  # the deny list and the register of data-subject requests
    SYNC = "sync"  # the outbox, the sync state, this device


@dataclass(frozen=True)
class Changes:
    """The kinds of data one commit (or one sync round's pull) changed, and the tables."""

    kinds: frozenset[Change] = frozenset()
    tables: frozenset[str] = frozenset()

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """The changes written to ``tables`` (names as in the database)."""
        names = frozenset(tables)
        declared = change_kinds()
        return cls(frozenset(declared[name] for name in names if name in declared), names)

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (another process wrote to the database)."""
        return cls(frozenset(Change), frozenset(change_kinds()))

    def touches(self, kinds: Iterable[Change]) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.tables | other.tables)


def change_kinds() -> dict[str, Change]:
    """Each mapped table's kind, as its model declares it (tables of models not imported yet
    are absent: nothing can have written them)."""
    kinds = {}
    for mapper in Base.registry.mappers:
        kind = getattr(mapper.class_, "change_kind", None)
        table: Any = mapper.local_table
        if isinstance(kind, Change):
            kinds[table.name] = kind
    return kinds
