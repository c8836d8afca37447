"""The typed operations the kiosk, reception console and command line call.

Each operation is one unit of work and returns plain frozen data (never ORM rows or sessions),
so a result can cross from the database worker thread to the UI safely. Every method blocks:
the UI calls them on its database worker, never on the event loop.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from kiosk import catalogue
from kiosk.config import Settings
from kiosk.db.engine import open_device_database
from kiosk.db.types import utc_now
from kiosk.db.unit_of_work import Database
from kiosk.models import CheckoutKind, Device, Floor, Organization, OrganizationKind, Room
from kiosk.models.building import RoomKind
from kiosk.passes import render_pass, save_pass
from kiosk.visits import CheckInRequest, FloorGroup, VisitSummary, summarise
from kiosk.visits import check_in as check_in_visit
from kiosk.visits import check_out as check_out_visit
from kiosk.visits import visitors_in_building as visitors_by_floor

log = logging.getLogger(__name__)

#: Rooms a visitor may be sent to directly (offices are reached through their organisation).
VISITABLE_KINDS = frozenset(RoomKind) - {RoomKind.OFFICE}


@dataclass(frozen=True)
class CheckInResult:
    visit: VisitSummary
    #: Where the pass PDF was saved; None when it could not be produced.
    pass_pdf: str | None
    #: Why the pass could not be produced. The visit is saved either way.
    pass_error: str | None = None


@dataclass(frozen=True)
class RoomChoice:
    id: uuid.UUID
    code: str
    name_id: str
    name_en: str
    kind: RoomKind


@dataclass(frozen=True)
class FloorChoice:
    id: uuid.UUID
    number: int
    name_id: str
    name_en: str
    rooms: tuple[RoomChoice, ...]


@dataclass(frozen=True)
class HostChoice:
    id: uuid.UUID
    name: str
    floor_number: int | None


@dataclass(frozen=True)
class Destinations:
    """Everything a visitor can say they are going to."""

    floors: tuple[FloorChoice, ...]
    hosts: tuple[HostChoice, ...]


class Operations:
    """The application's services over one device database."""

    def __init__(self, settings: Settings, database: Database, device_id: uuid.UUID,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.settings = settings
        self.database = database
        self.device_id = device_id
        self.clock = clock

    @classmethod
    def open(cls, settings: Settings, clock: Callable[[], datetime] = utc_now) -> Operations:
        """Open, check and migrate the device database, register this device and load the
        building catalogue."""
        database = open_device_database(settings.database_path)
        try:
            with database.unit_of_work() as session:
                device = session.scalars(select(Device).limit(1)).first()
                if device is None:
                    device = Device(id=uuid.uuid4(), name=settings.device_name)
                    session.add(device)
                changes = catalogue.apply_catalogue(session, catalogue.read_catalogue())
                device_id = device.id
        except BaseException:
            database.dispose()
            raise
        if not changes.unchanged:
            log.info("catalogue: %d added, %d updated, %d retired", len(changes.added),
                     len(changes.updated), len(changes.retired))
        return cls(settings, database, device_id, clock)

    def close(self) -> None:
        self.database.dispose()

    def check_in(self, request: CheckInRequest) -> CheckInResult:
        """Check a visitor in, then produce the pass. The visit is committed before the pass
        is drawn, so a failing pass never loses a check-in."""
        with self.database.unit_of_work() as session:
            visit = check_in_visit(session, request, now=self.clock(), device_id=self.device_id)
            summary = summarise(session, [visit])[0]
        try:
            pdf = render_pass(summary, self.settings.zone)
            path = save_pass(pdf, summary, self.settings.pdf_path)
        except Exception as exc:  # the visit stands whatever happens to its pass
            log.exception("pass for visit %s could not be made", summary.visit_id)
            return CheckInResult(summary, None, str(exc))
        return CheckInResult(summary, str(path))

    def check_out(self, *, visit_id: uuid.UUID | None = None, pass_number: str | None = None,
                  kind: CheckoutKind = CheckoutKind.SCAN) -> VisitSummary:
        with self.database.unit_of_work() as session:
            visit = check_out_visit(session, now=self.clock(), kind=kind, visit_id=visit_id,
                                    pass_number=pass_number)
            return summarise(session, [visit])[0]

    def visitors_in_building(self) -> list[FloorGroup]:
        with self.database.reading() as session:
            return visitors_by_floor(session)

    def destinations(self) -> Destinations:
        with self.database.reading() as session:
            floors = list(
                session.scalars(
                    select(Floor).where(Floor.deleted_at.is_(None)).order_by(Floor.number)
                )
            )
            rooms = list(
                session.scalars(
                    select(Room)
                    .where(Room.deleted_at.is_(None), Room.kind.in_(VISITABLE_KINDS))
                    .order_by(Room.code)
                )
            )
            hosts = list(
                session.scalars(
                    select(Organization)
                    .where(
                        Organization.deleted_at.is_(None),
                        Organization.kind.in_([OrganizationKind.TENANT,
                                               OrganizationKind.AGENCY]),
                    )
                    .order_by(Organization.name)
                )
            )
            floor_numbers = {f.id: f.number for f in floors}
            room_floors = {r.id: floor_numbers.get(r.floor_id) for r in rooms}
            return Destinations(
                floors=tuple(
                    FloorChoice(
                        f.id, f.number, f.name_id, f.name_en,
                        tuple(RoomChoice(r.id, r.code, r.name_id, r.name_en, r.kind)
                              for r in rooms if r.floor_id == f.id),
                    )
                    for f in floors
                ),
                hosts=tuple(
                    HostChoice(
                        o.id, o.name,
                        floor_numbers.get(o.floor_id) if o.floor_id
                        else room_floors.get(o.room_id) if o.room_id else None,
                    )
                    for o in hosts
                ),
            )
