"""The data-subject request operations reception and the command line call: find a person,
export, erase, withdraw consent, and the register. Each is guarded by
:attr:`Permission.PRIVACY` (a manager's), is one unit of work, and returns frozen data.

Export, erase and withdraw each enter a request in the register and close it when done; a
request received earlier (by letter, by phone) can be entered first with :meth:`receive`
and handled later by passing its id."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.config import Language, Settings
from kiosk.data_requests import register
from kiosk.data_requests.document import render_export
from kiosk.data_requests.export import PersonalData, gather, to_json
from kiosk.data_requests.people import FoundVisitor, PersonQuery, find, find_visitors
from kiosk.data_requests.register import RequestSummary
from kiosk.db.unit_of_work import Database
from kiosk.models import PrivacyRequest, RequestKind, Visit
from kiosk.paths import write_atomically
from kiosk.privacy import wipe
from kiosk.privacy.erasure import anonymise_visitors
from kiosk.staff.roles import Actor, Permission, require


class _Application(Protocol):
    """What :meth:`DataRequestOperations.of` needs of :class:`kiosk.operations.Operations`."""

    database: Database
    clock: Callable[[], datetime]
    settings: Settings

    @property
    def building_name(self) -> str: ...


@dataclass(frozen=True)
class Exported:
    """An export written: the PDF and the JSON file, and the request it closed."""

    pdf: Path
    json: Path
    request: RequestSummary
    data: PersonalData


@dataclass(frozen=True)
class Handled:
    """An erasure or a withdrawal done: how many visitor records and visits it covered."""

    request: RequestSummary
    visitors: int
    visits: int


class DataRequestOperations:
    """Data-subject requests over one device database (``ops.data_requests``)."""

    def __init__(self, database: Database, clock: Callable[[], datetime], settings: Settings,
                 building_name: Callable[[], str]) -> None:
        self.database = database
        self.clock = clock
        self.settings = settings
        self.zone = settings.zone
        self._building_name = building_name

    @classmethod
    def of(cls, application: _Application) -> DataRequestOperations:
        """Over the application's database, settings, clock and building, the last two read
        when used: the building file only when an export needs its name, and the clock the
        application has then (a test may set another)."""
        return cls(application.database, lambda: application.clock(), application.settings,
                   lambda: application.building_name)

    @property
    def building_name(self) -> str:
        """The building's name, as the export's PDF and JSON file give it."""
        return self._building_name()

    def find(self, query: PersonQuery, actor: Actor) -> list[FoundVisitor]:
        """The person's visitor rows (full names and phones: staff handle the request)."""
        require(actor, Permission.PRIVACY)
        with self.database.reading() as session:
            return find(session, query)

    def requests(self, actor: Actor) -> list[RequestSummary]:
        require(actor, Permission.PRIVACY)
        with self.database.reading() as session:
            return register.requests(session)

    def receive(self, kind: RequestKind, query: PersonQuery, actor: Actor,
                received_at: datetime | None = None) -> RequestSummary:
        """Enter a request received now (or at ``received_at``), to handle later."""
        require(actor, Permission.PRIVACY)
        with self.database.unit_of_work() as session:
            row = register.open_request(session, kind, query.subject, actor, at=self.clock(),
                                        received_at=received_at)
            return register.summary(row)

    def export(self, query: PersonQuery, folder: Path, actor: Actor,
               language: Language | str = Language.INDONESIAN,
               request_id: uuid.UUID | None = None) -> Exported:
        """Write what is held about the person to ``folder`` as a PDF in ``language`` and a
        JSON file; the request is closed once both are written (atomically)."""
        require(actor, Permission.PRIVACY)
        language = Language(language)
        now = self.clock()
        with self.database.reading() as session:
            data = gather(session, query, building=self.building_name, at=now)
        pdf = render_export(data, language, self.zone)
        stem = f"data-pribadi-{now.astimezone(self.zone):%Y%m%d-%H%M%S}"
        folder.mkdir(parents=True, exist_ok=True)
        pdf_path, json_path = folder / f"{stem}-{language.value}.pdf", folder / f"{stem}.json"
        write_atomically(pdf, pdf_path)
        write_atomically(to_json(data).encode("utf-8"), json_path)
        with self.database.unit_of_work() as session:
            row = self._request(session, RequestKind.EXPORT, query, actor, request_id)
            register.close_request(session, row, actor, at=self.clock(),
                                   visitors=len(data.visitors), visits=len(data.visits))
            closed = register.summary(row)
        return Exported(pdf_path, json_path, closed, data)

    def withdraw(self, query: PersonQuery, actor: Actor,
                 request_id: uuid.UUID | None = None) -> Handled:
        """The person withdrew consent: their rows say so and hold no consent; the kiosk no
        longer recalls them, and their next check-in asks afresh."""
        require(actor, Permission.PRIVACY)
        with self.database.unit_of_work() as session:
            now = self.clock()
            visitors = find_visitors(session, query)
            for visitor in visitors:  # one ORM object at a time: each write is synced
                visitor.consent_withdrawn_at = visitor.consent_withdrawn_at or now
                visitor.consent_at = None
                visitor.consent_version = ""
            visits = _visits(session, [v.id for v in visitors])
            row = self._request(session, RequestKind.WITHDRAW, query, actor, request_id)
            register.close_request(session, row, actor, at=now, visitors=len(visitors),
                                   visits=visits)
            return Handled(register.summary(row), len(visitors), visits)

    def erase(self, query: PersonQuery, actor: Actor,
              request_id: uuid.UUID | None = None) -> Handled:
        """Erase the person now: their rows anonymised in place in one unit of work (the
        change reaches every device through sync), then made unrecoverable from this
        device's files."""
        require(actor, Permission.PRIVACY)
        with self.database.unit_of_work() as session:
            now = self.clock()
            ids = [v.id for v in find_visitors(session, query)]
            visits = _visits(session, ids)
            erased = anonymise_visitors(session, ids, at=now)
            row = self._request(session, RequestKind.ERASE, query, actor, request_id)
            register.close_request(session, row, actor, at=now, visitors=erased.visitors,
                                   visits=visits)
            handled = Handled(register.summary(row), erased.visitors, visits)
        # Committed: now out of the WAL, the backups, and the pass and invitation PDFs.
        wipe.make_unrecoverable(self.database, self.settings.database_path)
        wipe.delete_pdfs(self.settings.pdf_path, erased)
        return handled

    def _request(self, session: Session, kind: RequestKind, query: PersonQuery, actor: Actor,
                 request_id: uuid.UUID | None) -> PrivacyRequest:
        """The request being handled: the one given, else an open one of this kind entered
        under the person's phone or name, else a new one."""
        if request_id is not None:
            return register.open_row(session, request_id)
        waiting = register.open_matching(session, kind, query.phone_e164, query.name_key)
        if waiting is not None:
            return waiting
        # Handled at once: the subject is never written, so no copy of it goes anywhere.
        return register.open_request(session, kind, "", actor, at=self.clock())


def _visits(session: Session, visitor_ids: list[uuid.UUID]) -> int:
    if not visitor_ids:
        return 0
    return session.scalar(select(func.count(Visit.id)).where(
        Visit.visitor_id.in_(visitor_ids), Visit.deleted_at.is_(None))) or 0

