"""The register of data-subject requests: each one received, due 3 × 24 hours later (UU PDP
Art. 32, 40, 43–44), handled by a staff member, closed. Who asked (the phone or name the
request was made under) is kept only while the request is open: a closed request holds no
personal data, only its kind, its times, who handled it and how many records it covered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kiosk.errors import NotFoundError
from kiosk.models import ActivityKind, PrivacyRequest, RequestKind
from kiosk.staff.activity import record
from kiosk.staff.roles import Actor
from kiosk.visits.names import name_key as key_of

#: How long the building has to answer a request: 3 × 24 hours.
ANSWER_WITHIN = timedelta(hours=72)
#: Most requests the register shows, newest first.
REGISTER_LIMIT = 500
#: The activity record's kind for these requests. The record names no person: the action
#: says what was done (:func:`received_action`, :func:`handled_action`), the subject id is
#: the request's row.
ACTIVITY_KIND = ActivityKind.PRIVACY


@dataclass(frozen=True)
class RequestSummary:
    id: uuid.UUID
    kind: RequestKind
    received_at: datetime
    due_at: datetime
    #: The phone or name while open; "" once closed.
    subject: str
    handled_by: str
    closed_at: datetime | None
    visitors: int
    visits: int

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def overdue(self, now: datetime) -> bool:
        """Still open after its deadline, or closed after it."""
        return (self.closed_at or now) > self.due_at


def received_action(kind: RequestKind) -> str:
    """The activity record's action for a request entered to handle later
    ("privacy_erase_received")."""
    return f"privacy_{kind.value}_received"


def handled_action(kind: RequestKind) -> str:
    """The activity record's action for a request done ("privacy_erase")."""
    return f"privacy_{kind.value}"


def summary(row: PrivacyRequest) -> RequestSummary:
    return RequestSummary(row.id, row.kind, row.received_at, row.due_at, row.subject,
                          row.handled_by, row.closed_at, row.visitors, row.visits)


def open_request(session: Session, kind: RequestKind, subject: str, actor: Actor, *,
                 at: datetime, received_at: datetime | None = None) -> PrivacyRequest:
    """Enter a request received at ``received_at`` (default: ``at``), due 72 hours later."""
    received = received_at or at
    row = PrivacyRequest(id=uuid.uuid4(), kind=kind, received_at=received,
                         due_at=received + ANSWER_WITHIN, subject=subject[:120],
                         staff_id=actor.staff_id, handled_by=actor.name[:120])
    session.add(row)
    session.flush()
    record(session, actor, at, ACTIVITY_KIND, received_action(kind), row.id)
    return row


def close_request(session: Session, row: PrivacyRequest, actor: Actor, *, at: datetime,
                  visitors: int, visits: int) -> PrivacyRequest:
    """Done: the subject is cleared, the counts and the handler kept."""
    row.subject = ""
    _scrub_outbox(session, row.id)
    row.closed_at = at
    row.staff_id = actor.staff_id
    row.handled_by = actor.name[:120]
    row.visitors = visitors
    row.visits = visits
    session.flush()
    record(session, actor, at, ACTIVITY_KIND, handled_action(row.kind), row.id)
    return row


def _scrub_outbox(session: Session, request_id: uuid.UUID) -> None:
    """The request's entries still waiting to be pushed hold who asked: clear it there too
    (the outbox is local and not synced, so a plain UPDATE is the tool)."""
    session.execute(text(
        "UPDATE outbox SET payload = json_set(payload, '$.subject', '') "
        "WHERE entity = 'privacy_request' AND entity_id = :id "
        "AND json_extract(payload, '$.subject') != ''"), {"id": request_id.hex})


def open_matching(session: Session, kind: RequestKind, phone_e164: str, name_key: str
                  ) -> PrivacyRequest | None:
    """The oldest open request of ``kind`` entered under this phone or this name."""
    rows = session.scalars(select(PrivacyRequest).where(
        PrivacyRequest.kind == kind, PrivacyRequest.closed_at.is_(None),
        PrivacyRequest.deleted_at.is_(None)).order_by(PrivacyRequest.received_at))
    for row in rows:
        if row.subject and (row.subject == phone_e164 or key_of(row.subject) == name_key):
            return row
    return None


def open_row(session: Session, request_id: uuid.UUID) -> PrivacyRequest:
    """An open request by id; :class:`NotFoundError` for an unknown or closed one."""
    row = session.get(PrivacyRequest, request_id)
    if row is None or row.deleted_at is not None or row.closed_at is not None:
        raise NotFoundError("privacy_request", request_id)
    return row


def requests(session: Session, limit: int = REGISTER_LIMIT) -> list[RequestSummary]:
    """The register: open requests first (soonest due first), then closed ones, newest
    first."""
    rows = session.scalars(select(PrivacyRequest).where(PrivacyRequest.deleted_at.is_(None))
                           .order_by(PrivacyRequest.received_at.desc()).limit(limit))
    found = [summary(r) for r in rows]
    open_ones = sorted((r for r in found if r.open), key=lambda r: r.due_at)
    return open_ones + [r for r in found if not r.open]
