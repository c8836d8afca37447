"""Past visits, found again: "was this person here yesterday?", "who came for Kopi Situ
Gintung last week?", "whose pass is 7K3M9Q2A?".

One search text is read as what it most likely is: a pass number, a phone number (any way it
is written), or a name, matched anywhere in the visitor's name, their organisation, the host
they visited, or the room's code. A period (days in the building's time) narrows it; the newest
visits come first, at most ``limit`` of them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidFieldError
from kiosk.models import Organization, Room, Visit, Visitor
from kiosk.visits.check_in import VisitSummary, normalise_pass_number, summarise
from kiosk.visits.names import name_key
from kiosk.visits.phone import normalise_phone

#: The most rows one search returns: a list longer than this is read by narrowing it.
LIMIT = 200
#: More visitors than this matching a name: their visits are found newest first instead.
_MANY = 2_000
_PASS_NUMBER = re.compile(r"[0-9A-HJKMNP-TV-Z]{8}")
_PHONE_LIKE = re.compile(r"\+?[\d\s().-]{6,}")


@dataclass(frozen=True)
class VisitQuery:
    text: str = ""
    #: The first and last day (both included) in the building's time; None: no bound.
    first_day: date | None = None
    last_day: date | None = None
    limit: int = LIMIT


def search_visits(session: Session, query: VisitQuery, zone: ZoneInfo) -> list[VisitSummary]:
    statement = select(Visit).where(Visit.deleted_at.is_(None))
    if query.first_day is not None:
        statement = statement.where(Visit.checked_in_at >= _start(query.first_day, zone))
    if query.last_day is not None:
        statement = statement.where(
            Visit.checked_in_at < _start(query.last_day + timedelta(days=1), zone))
    statement = _matching(session, statement, query.text)
    visits = session.scalars(statement.order_by(Visit.checked_in_at.desc())
                             .limit(max(1, min(query.limit, LIMIT))))
    return summarise(session, visits)


def _matching(session: Session, statement: Select[Visit], text: str) -> Select[Visit]:
    typed = " ".join(text.split())
    if not typed:
        return statement
    number = normalise_pass_number(typed)
    if _PASS_NUMBER.fullmatch(number) and not typed.isdigit():
        return statement.where(Visit.pass_number == number)
    if _PHONE_LIKE.fullmatch(typed):
        try:
            phone = normalise_phone(typed)
        except InvalidFieldError:
            pass  # digits that are no phone number: searched as text below
        else:
            same_phone = select(Visitor.id).where(Visitor.phone_e164 == phone)
            return statement.where(Visit.visitor_id.in_(same_phone.scalar_subquery()))
    # The visitors, organisations and rooms that match are found first (each table read
    # once), then their visits through the visits' own indexes. SQLite would rather walk a
    # year of visits newest first and test each one, so the ids are gathered here.
    key = name_key(typed)
    visitors = _visitors_named(session, key)
    organizations = session.scalars(select(Organization.id).where(
        func.instr(Organization.name_key, key) > 0)).all()
    rooms = session.scalars(select(Room.id).where(Room.code == typed)).all()
    ids: set[uuid.UUID] = set()
    if visitors is not None:
        for column, values in ((Visit.visitor_id, visitors),
                               (Visit.organization_id, organizations),
                               (Visit.host_organization_id, organizations),
                               (Visit.room_id, rooms)):
            if values:
                ids.update(session.scalars(select(Visit.id).where(column.in_(values))
                                           .limit(_MANY + 1)))
            if len(ids) > _MANY:
                break
        else:
            return statement.where(Visit.id.in_(ids))
    # A common word ("sari"): so many visits match that the newest hold enough of them.
    return statement.join(Visitor, Visitor.id == Visit.visitor_id).where(or_(
        func.instr(Visitor.name_key, key) > 0, Visit.organization_id.in_(organizations),
        Visit.host_organization_id.in_(organizations), Visit.room_id.in_(rooms)))


def _visitors_named(session: Session, key: str) -> Sequence[uuid.UUID] | None:
    """Visitors whose name holds ``key`` anywhere; None when more than :data:`_MANY` do.
    Every name is read, through the narrow ``name_key`` index (about 20 ms for 300,000
    visitors, against 35 through the table); only those that match are looked up."""
    rowid: ColumnElement[int] = literal_column("visitor.rowid")
    found = session.scalars(select(rowid).select_from(Visitor).where(
        func.instr(Visitor.name_key, key) > 0).limit(_MANY + 1)).all()
    if len(found) > _MANY:
        return None
    return session.scalars(select(Visitor.id).where(rowid.in_(found))).all() if found else []


def _start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)
