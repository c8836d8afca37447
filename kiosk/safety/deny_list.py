"""The deny list's operations: the manager's list (:data:`Permission.PRIVACY`), and the held
check-ins reception decides on (:data:`Permission.VISITORS`). Each is one unit of work,
audited, returning frozen data. The kiosk's own check-in holds through
:mod:`kiosk.safety.held`, called by :class:`kiosk.operations.Operations`."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from kiosk.config import Settings
from kiosk.db.unit_of_work import Database
from kiosk.models import ActivityKind
from kiosk.safety import deny, held
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor, Permission, require
from kiosk.visits.check_in import VisitSummary, summarise

#: The activity record's kind for the list and the decisions on what it held. Its entries
#: name no person: the action says what was done, the subject id leads to the entry (or, for
#: an admitted visitor, the visit, whose card number is the subject).
ACTIVITY_KIND = ActivityKind.PRIVACY


class DenyListOperations:
    """The deny list and the check-ins it held, over one device database."""

    def __init__(self, settings: Settings, database: Database,
                 clock: Callable[[], datetime], device_id: uuid.UUID) -> None:
        self.settings = settings
        self.database = database
        self.clock = clock
        self.device_id = device_id

    def entries(self, actor: Actor) -> list[deny.DenySummary]:
        """Every entry, newest first (ended ones marked)."""
        require(actor, Permission.PRIVACY)
        with self.database.reading() as session:
            return deny.entries(session, now=self.clock(), zone=self.settings.zone)

    def add(self, request: deny.DenyRequest, actor: Actor) -> deny.DenySummary:
        """A new entry; :class:`ValidationError` naming every unusable field, and nothing
        saved, otherwise."""
        require(actor, Permission.PRIVACY)
        now, zone = self.clock(), self.settings.zone
        entry = deny.validate(request, today=now.astimezone(zone).date(), zone=zone)
        with self.database.unit_of_work() as session:
            row = deny.add_entry(session, entry, staff_id=actor.staff_id)
            record(session, actor, now, ACTIVITY_KIND, "deny_add", row.id)
            return deny.describe(row, now=now, zone=zone)

    def remove(self, entry_id: uuid.UUID, actor: Actor) -> None:
        """The entry stops holding anyone, on every device once synced."""
        require(actor, Permission.PRIVACY)
        now = self.clock()
        with self.database.unit_of_work() as session:
            deny.remove_entry(session, entry_id, now=now)
            record(session, actor, now, ACTIVITY_KIND, "deny_remove", entry_id)

    def held_check_ins(self, actor: Actor) -> list[held.HeldSummary]:
        """Check-ins waiting for reception, oldest first, each with its reason."""
        require(actor, Permission.VISITORS)
        with self.database.reading() as session:
            return held.held_check_ins(session)

    def admit(self, held_id: uuid.UUID, actor: Actor) -> tuple[VisitSummary, str]:
        """Make the visit the visitor asked for, recorded with who let them in; returns it
        and the pass style they chose (:meth:`Operations.admit_held` prints the pass)."""
        require(actor, Permission.VISITORS)
        now = self.clock()
        with self.database.unit_of_work() as session:
            visit, style = held.admit(session, held_id, now=now, staff_id=actor.staff_id,
                                      device_id=self.device_id)
            summary = summarise(session, [visit])[0]
            record(session, actor, now, ACTIVITY_KIND, "admit_held", visit.id,
                   summary.pass_number)
        return summary, style

    def turn_away(self, held_id: uuid.UUID, actor: Actor) -> None:
        """No visit; recorded with who decided."""
        require(actor, Permission.VISITORS)
        now = self.clock()
        with self.database.unit_of_work() as session:
            held.turn_away(session, held_id, now=now, staff_id=actor.staff_id)
            record(session, actor, now, ACTIVITY_KIND, "turn_away", held_id)
