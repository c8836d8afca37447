"""The record of who did what: :func:`record` writes an entry in the caller's unit of work;
:func:`search` reads it for the Activity view, with the booking changes (which keep their own
record, ``booking_audit``, with before and after) merged in by time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models import Activity, ActivityKind, BookingAudit
from kiosk.staff.roles import Actor

#: Most entries one search returns (newest first): the view says when there are more.
SEARCH_LIMIT = 500
_SUBJECT_LIMIT = 200


def signed(actor: Actor, at: datetime | None) -> dict[str, Any]:
    """The columns that name who did something and when, for a record row (``at`` None: the
    wall clock's now)."""
    when = {} if at is None else {"created_at": at, "updated_at": at}
    return {"actor": actor.name[:120], "staff_id": actor.staff_id, "device_id": actor.device_id,
            **when}


def record(session: Session, actor: Actor, at: datetime, kind: ActivityKind, action: str,
           subject_id: uuid.UUID | None = None, subject: str = "") -> None:
    """Add one entry, done at ``at`` (the operations' clock), committed with the change it
    records or not at all."""
    session.add(Activity(kind=kind, action=action, subject_id=subject_id,
                         subject=subject[:_SUBJECT_LIMIT], **signed(actor, at)))


@dataclass(frozen=True)
class ActivityQuery:
    """``start`` to ``end`` (UTC, end excluded); None: no limit on that side."""

    start: datetime | None = None
    end: datetime | None = None
    staff_id: uuid.UUID | None = None
    kind: ActivityKind | None = None
    #: What the entries are about (a visit, a room ...).
    subject_id: uuid.UUID | None = None
    limit: int = SEARCH_LIMIT


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    actor: str
    staff_id: uuid.UUID | None
    device_id: uuid.UUID | None
    kind: ActivityKind
    action: str
    subject: str
    subject_id: uuid.UUID | None


def search(session: Session, query: ActivityQuery) -> list[ActivityEntry]:
    """Entries matching ``query``, newest first, at most ``query.limit``."""
    entries: list[ActivityEntry] = []
    if query.kind in (None, ActivityKind.BOOKING):
        audit = select(BookingAudit).order_by(BookingAudit.created_at.desc()).limit(query.limit)
        if query.start is not None:
            audit = audit.where(BookingAudit.created_at >= query.start)
        if query.end is not None:
            audit = audit.where(BookingAudit.created_at < query.end)
        if query.staff_id is not None:
            audit = audit.where(BookingAudit.staff_id == query.staff_id)
        if query.subject_id is not None:
            audit = audit.where(BookingAudit.booking_id == query.subject_id)
        for row in session.scalars(audit):
            state = row.after or row.before or {}
            entries.append(ActivityEntry(
                row.created_at, row.actor, row.staff_id, row.device_id, ActivityKind.BOOKING,
                row.action, str(state.get("title", "")), row.booking_id or row.series_id))
    own = select(Activity).order_by(Activity.created_at.desc()).limit(query.limit)
    if query.start is not None:
        own = own.where(Activity.created_at >= query.start)
    if query.end is not None:
        own = own.where(Activity.created_at < query.end)
    if query.staff_id is not None:
        own = own.where(Activity.staff_id == query.staff_id)
    if query.kind is not None:
        own = own.where(Activity.kind == query.kind)
    if query.subject_id is not None:
        own = own.where(Activity.subject_id == query.subject_id)
    for a in session.scalars(own):
        entries.append(ActivityEntry(a.created_at, a.actor, a.staff_id, a.device_id, a.kind,
                                     a.action, a.subject, a.subject_id))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:query.limit]
