"""The booking operations reception and the command line call (``ops.bookings.…``).

Like :mod:`kiosk.operations`, each method is one unit of work that returns frozen data; every
method blocks and runs on the UI's database worker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from kiosk.bookings import agenda
from kiosk.bookings.booking import (
    Booked,
    BookingRequest,
    Plan,
    Resolution,
    Scope,
    approve_booking,
    book,
    cancel_booking,
    edit_booking,
    plan_booking,
    reject_booking,
)
from kiosk.bookings.closures import add_closure, bookings_inside, reopen
from kiosk.bookings.free_rooms import FreeRoomQuery, FreeRooms, find_free_rooms
from kiosk.bookings.rules import Rules
from kiosk.config import Settings
from kiosk.db.unit_of_work import Database
from kiosk.errors import NotFoundError
from kiosk.models import ActivityKind, ClosureScope
from kiosk.paper.printing import PrintOutcome
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor, Permission, require

if TYPE_CHECKING:
    from kiosk.schedules.service import Schedule


class BookingOperations:
    """Rooms, bookings, approvals and closures over one device database."""

    def __init__(self, settings: Settings, database: Database,
                 clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self.database = database
        self.clock = clock

    @property
    def rules(self) -> Rules:
        return Rules.from_settings(self.settings)

    def today(self) -> date:
        return self.clock().astimezone(self.settings.zone).date()

    # --- reading ---------------------------------------------------------------------------

    def floors(self) -> list[agenda.FloorSummary]:
        with self.database.reading() as session:
            return agenda.floors(session)

    def rooms(self, floor_number: int | None = None, *,
              bookable_only: bool = True) -> list[agenda.RoomSummary]:
        with self.database.reading() as session:
            return agenda.rooms(session, floor_number, bookable_only)

    def organizations(self) -> list[agenda.OrganizationChoice]:
        with self.database.reading() as session:
            return agenda.organizations(session)

    def booking(self, booking_id: uuid.UUID) -> agenda.BookingSummary:
        with self.database.reading() as session:
            found = agenda.booking(session, booking_id)
        if found is None:
            raise NotFoundError("booking", booking_id)
        return found

    def history(self, booking_id: uuid.UUID) -> list[agenda.AuditEntry]:
        with self.database.reading() as session:
            return agenda.history(session, booking_id)

    def day_grid(self, floor_number: int, day: date) -> agenda.DayGrid:
        with self.database.reading() as session:
            return agenda.day_grid(session, floor_number, day, self.settings.zone)

    def room_week(self, room_id: uuid.UUID, day: date
                  ) -> tuple[agenda.RoomSummary, date, tuple[agenda.BookingSummary, ...]]:
        with self.database.reading() as session:
            return agenda.room_week(session, room_id, day, self.settings.zone)

    def building_day(self, day: date) -> agenda.BuildingDay:
        with self.database.reading() as session:
            return agenda.building_day(session, day, self.settings.zone,
                                       self.settings.hours.opening, self.settings.hours.closing)

    def search(self, text: str, first_day: date, last_day: date) -> list[agenda.BookingSummary]:
        start, _ = agenda.day_bounds(first_day, self.settings.zone)
        _, end = agenda.day_bounds(last_day, self.settings.zone)
        with self.database.reading() as session:
            return agenda.search_bookings(session, text, start, end)

    def pending(self) -> list[agenda.BookingSummary]:
        with self.database.reading() as session:
            return agenda.pending_bookings(session, self.clock())

    def free_rooms(self, query: FreeRoomQuery) -> FreeRooms:
        with self.database.reading() as session:
            return find_free_rooms(session, query, self.rules, now=self.clock())

    # --- writing ---------------------------------------------------------------------------

    def plan(self, request: BookingRequest,
             resolutions: Mapping[datetime, Resolution] | None = None) -> Plan:
        """What :meth:`book` would make, with every occurrence's conflicts; saves nothing."""
        with self.database.reading() as session:
            return plan_booking(session, request, self.rules, resolutions, self.clock())

    def book(self, request: BookingRequest, actor: Actor,
             resolutions: Mapping[datetime, Resolution] | None = None) -> Booked:
        require(actor, Permission.BOOK)
        with self.database.unit_of_work() as session:
            return book(session, request, self.rules, actor=actor, resolutions=resolutions,
                        now=self.clock())

    def edit(self, booking_id: uuid.UUID, request: BookingRequest, scope: Scope,
             actor: Actor) -> tuple[uuid.UUID, ...]:
        require(actor, Permission.BOOK)
        with self.database.unit_of_work() as session:
            return edit_booking(session, booking_id, request, scope, self.rules, actor=actor,
                                now=self.clock())

    def cancel(self, booking_id: uuid.UUID, scope: Scope, actor: Actor,
               reason: str = "") -> tuple[uuid.UUID, ...]:
        require(actor, Permission.BOOK)
        with self.database.unit_of_work() as session:
            return cancel_booking(session, booking_id, scope, actor=actor, now=self.clock(),
                                  reason=reason)

    def approve(self, booking_id: uuid.UUID, scope: Scope, actor: Actor
                ) -> tuple[uuid.UUID, ...]:
        require(actor, Permission.APPROVE)
        with self.database.unit_of_work() as session:
            return approve_booking(session, booking_id, scope, self.rules, actor=actor,
                                   now=self.clock())

    def reject(self, booking_id: uuid.UUID, scope: Scope, reason: str,
               actor: Actor) -> tuple[uuid.UUID, ...]:
        require(actor, Permission.APPROVE)
        with self.database.unit_of_work() as session:
            return reject_booking(session, booking_id, scope, reason, actor=actor,
                                  now=self.clock())

    def close(self, scope: ClosureScope, starts_at: datetime, ends_at: datetime, reason: str,
              actor: Actor, *, floor_number: int | None = None,
              room_id: uuid.UUID | None = None
              ) -> tuple[uuid.UUID, list[agenda.BookingSummary]]:
        """Close the building, a floor or a room to bookings for a period. Returns the
        closure and the bookings already inside it, which reception moves or cancels."""
        from kiosk.building.catalogue import floor_id

        require(actor, Permission.CLOSURES)
        with self.database.unit_of_work() as session:
            closure = add_closure(
                session, scope, starts_at, ends_at, reason,
                floor_id=floor_id(floor_number) if floor_number is not None else None,
                room_id=room_id)
            record(session, actor, self.clock(), ActivityKind.CLOSURE, "add", closure.id, reason)
            inside = [agenda.booking(session, i) for i in bookings_inside(session, closure)]
            return closure.id, [b for b in inside if b is not None]

    def closures(self, first_day: date, last_day: date) -> list[agenda.ClosureSummary]:
        start, _ = agenda.day_bounds(first_day, self.settings.zone)
        _, end = agenda.day_bounds(last_day, self.settings.zone)
        with self.database.reading() as session:
            return agenda.closures(session, start, end)

    def reopen(self, closure_id: uuid.UUID, actor: Actor) -> None:
        require(actor, Permission.CLOSURES)
        with self.database.unit_of_work() as session:
            reopen(session, closure_id)
            record(session, actor, self.clock(), ActivityKind.CLOSURE, "reopen", closure_id)

    def ics(self, booking_id: uuid.UUID, actor: Actor, whole_series: bool = False) -> bytes:
        """The booking, or its whole series, as an iCalendar file for the tenant's calendar,
        the export recorded. Raises :class:`NotFoundError` for a booking that does not
        exist."""
        from kiosk.bookings.ics import booking_ics
        from kiosk.building.catalogue import read_catalogue
        from kiosk.building.name import catalogue_file

        require(actor, Permission.BOOK)
        building_name = read_catalogue(catalogue_file(self.settings)).building_name
        with self.database.unit_of_work() as session:
            data = booking_ics(session, booking_id, self.settings.zone,
                               whole_series=whole_series, building_name=building_name,
                               now=self.clock())
            record(session, actor, self.clock(), ActivityKind.EXPORT,
                   "ics_series" if whole_series else "ics", booking_id)
            return data

    def daily_schedules(self, day: date | None = None) -> list[Schedule]:
        """The morning's PDFs (the lobby list and every floor's grid), read from the database:
        run on the database worker; :meth:`send_schedules` prints them elsewhere."""
        from kiosk.schedules.render import ScheduleKind
        from kiosk.schedules.service import ScheduleRequest, make_schedule

        chosen = day or self.today()
        language = self.settings.language.value
        return [make_schedule(self.database, ScheduleRequest(kind, chosen, language=language),
                              self.settings, self.clock())
                for kind in (ScheduleKind.LOBBY, ScheduleKind.FLOOR)]

    def send_schedules(self, schedules: list[Schedule]) -> list[PrintOutcome]:
        """Print on the A4 printer (or save when there is none), keeping a copy of each. No
        database: run it where waiting on CUPS holds up nobody. Raises :class:`PrintError`
        when a print fails; the copies are kept either way."""
        from kiosk.paper.printing import PrintError
        from kiosk.schedules.service import send_schedule

        outcomes, failure = [], None
        for schedule in schedules:
            try:
                outcomes.append(send_schedule(schedule, self.settings))
            except PrintError as exc:
                # The floors still print (and are saved) when the lobby list could not.
                failure = failure or exc
        if failure is not None:
            raise failure
        return outcomes

    def print_daily_schedules(self, day: date | None = None) -> list[PrintOutcome]:
        """Both steps at once, for the command line and scheduled jobs."""
        return self.send_schedules(self.daily_schedules(day))
