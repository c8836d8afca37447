"""Notices from the central database (a booking that lost its room, a row that could not be
saved here), for reception to read and dismiss."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models import Notice


@dataclass(frozen=True)
class NoticeSummary:
    id: uuid.UUID
    kind: str
    booking_id: uuid.UUID | None
    message: str
    payload: dict[str, Any]
    created_at: datetime


def unseen(session: Session, limit: int = 100) -> list[NoticeSummary]:
    rows = session.scalars(select(Notice).where(Notice.seen_at.is_(None))
                           .order_by(Notice.created_at.desc()).limit(limit))
    return [NoticeSummary(n.id, n.kind, n.booking_id, n.message, dict(n.payload or {}),
                          n.created_at) for n in rows]


def mark_seen(session: Session, ids: list[uuid.UUID], now: datetime) -> None:
    for notice in session.scalars(select(Notice).where(Notice.id.in_(ids))):
        notice.seen_at = now
