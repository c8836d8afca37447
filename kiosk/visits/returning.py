"""Recognising a returning visitor by phone number, without showing a stranger their data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.models import Organization, Purpose, Visit, Visitor
from kiosk.privacy.masks import CONSENT_VERSION, mask_name, mask_organization
from kiosk.visits.phone import normalise_phone

#: A shared phone (a family, a small office) can belong to a few people; more is noise.
MAX_MATCHES = 5


@dataclass(frozen=True)
class ReturningVisitor:
    """What the kiosk may show to whoever typed the phone number: masked, never in full."""

    visitor_id: uuid.UUID
    masked_name: str
    masked_organization: str
    #: The privacy notice changed since they last agreed: ask again before storing anything.
    needs_consent: bool
    last_purpose: Purpose | None


@dataclass(frozen=True)
class Recall:
    phone_e164: str
    matches: tuple[ReturningVisitor, ...]


def recall_by_phone(session: Session, phone: str) -> Recall:
    """Visitors known under this phone number, most recent first. Raises
    :class:`~kiosk.errors.InvalidFieldError` for a number that cannot be a phone."""
    e164 = normalise_phone(phone)
    visitors = list(
        session.scalars(
            select(Visitor)
            # A visitor who withdrew consent is not recalled: they register afresh.
            .where(Visitor.phone_e164 == e164, Visitor.deleted_at.is_(None),
                   Visitor.consent_withdrawn_at.is_(None))
            .limit(MAX_MATCHES * 4)
        )
    )
    if not visitors:
        return Recall(e164, ())
    ids = [v.id for v in visitors]
    last_visit = dict(
        session.execute(
            select(Visit.visitor_id, func.max(Visit.checked_in_at))
            .where(Visit.visitor_id.in_(ids))
            .group_by(Visit.visitor_id)
        ).all()
    )
    visitors.sort(key=lambda v: last_visit.get(v.id) or v.created_at, reverse=True)
    visitors = visitors[:MAX_MATCHES]
    org_ids = {v.organization_id for v in visitors if v.organization_id}
    organizations = {
        o.id: o.name
        for o in session.scalars(select(Organization).where(Organization.id.in_(org_ids)))
    }
    purposes: dict[uuid.UUID, Purpose] = {}
    for visitor in visitors:
        purpose = session.scalars(
            select(Visit.purpose).where(Visit.visitor_id == visitor.id)
            .order_by(Visit.checked_in_at.desc()).limit(1)
        ).first()
        if purpose is not None:
            purposes[visitor.id] = purpose
    return Recall(
        e164,
        tuple(
            ReturningVisitor(
                visitor_id=v.id,
                masked_name=mask_name(v.full_name),
                masked_organization=mask_organization(organizations.get(v.organization_id, "")
                                                      if v.organization_id else ""),
                needs_consent=v.consent_version != CONSENT_VERSION,
                last_purpose=purposes.get(v.id),
            )
            for v in visitors
        ),
    )
