"""Finding the person a request is about: every visitor row that is them, by phone, by name,
or both (a phone shared by a family or an office is several people; a name alone may be
several too). Anonymised rows are nobody any more and are never found."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, InvalidFieldError
from kiosk.models import Visit, Visitor
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.visits.names import clean_text, name_key
from kiosk.visits.phone import normalise_phone

#: Most rows one search shows: a request is about one person, a few rows at most.
FIND_LIMIT = 50
#: What a typed search must look like to be read as a phone number.
_PHONE_LIKE = re.compile(r"[+\d\s\-./()\u00a0]+")


@dataclass(frozen=True)
class PersonQuery:
    """Who a request is about: a phone (E.164), a name (as typed, compared case-folded), or
    both. A row matches when it has every one that is given."""

    phone_e164: str = ""
    name: str = ""

    @property
    def name_key(self) -> str:
        return name_key(self.name) if self.name else ""

    @property
    def subject(self) -> str:
        """What the register keeps while the request is open: the phone, else the name."""
        return self.phone_e164 or self.name


def person(phone: str = "", name: str = "") -> PersonQuery:
    """A query from a phone and/or a name as someone typed them. Raises
    :class:`InvalidFieldError` for a phone that does not parse, or when neither is given."""
    typed_name = clean_text(name)
    if len(typed_name) > NAME_MAX_LENGTH:
        raise InvalidFieldError("name", ErrorCode.TOO_LONG)
    if not phone.strip():
        if not typed_name:
            raise InvalidFieldError("search", ErrorCode.REQUIRED)
        return PersonQuery(name=typed_name)
    return PersonQuery(normalise_phone(phone), typed_name)


def parse_search(text: str) -> PersonQuery:
    """One search box: digits (with spaces, dashes, a plus) are a phone, anything else a
    name."""
    typed = clean_text(text)
    if not typed:
        raise InvalidFieldError("search", ErrorCode.REQUIRED)
    if _PHONE_LIKE.fullmatch(typed):
        return person(phone=typed)
    return person(name=typed)


@dataclass(frozen=True)
class FoundVisitor:
    """One visitor row of the person, as staff see it (in full: they handle the request)."""

    visitor_id: uuid.UUID
    name: str
    phone_e164: str
    visits: int
    last_visit: datetime | None
    consent_withdrawn_at: datetime | None

    @property
    def query(self) -> PersonQuery:
        """Exactly this person: their phone and their name."""
        return PersonQuery(self.phone_e164, self.name)


def visitors_query(query: PersonQuery) -> Select[Visitor]:
    """The person's visitor rows, never an anonymised or deleted one."""
    statement = select(Visitor).where(Visitor.anonymized_at.is_(None),
                                      Visitor.deleted_at.is_(None))
    if query.phone_e164:
        statement = statement.where(Visitor.phone_e164 == query.phone_e164)
    if query.name:
        statement = statement.where(Visitor.name_key == query.name_key)
    if not query.phone_e164 and not query.name:
        statement = statement.where(Visitor.id.is_(None))  # nobody, never everybody
    return statement


def find_visitors(session: Session, query: PersonQuery, limit: int | None = None
                  ) -> list[Visitor]:
    """Every row of the person (``limit``: at most that many), oldest first."""
    return list(session.scalars(visitors_query(query).order_by(Visitor.created_at)
                                .limit(limit)))


def find(session: Session, query: PersonQuery) -> list[FoundVisitor]:
    """The person's rows with how many visits each has and the last one, newest first."""
    visitors = find_visitors(session, query, FIND_LIMIT)
    counts = _visit_counts(session, [v.id for v in visitors])
    found = [FoundVisitor(v.id, v.full_name, v.phone_e164, *counts.get(v.id, (0, None)),
                          v.consent_withdrawn_at) for v in visitors]
    found.sort(key=lambda f: (f.last_visit is not None, f.last_visit or datetime.min),
               reverse=True)
    return found


def _visit_counts(session: Session, ids: Sequence[uuid.UUID]
                  ) -> dict[uuid.UUID, tuple[int, datetime | None]]:
    if not ids:
        return {}
    rows = session.execute(
        select(Visit.visitor_id, func.count(Visit.id), func.max(Visit.checked_in_at))
        .where(Visit.visitor_id.in_(ids), Visit.deleted_at.is_(None))
        .group_by(Visit.visitor_id))
    return {visitor_id: (count, last) for visitor_id, count, last in rows}
