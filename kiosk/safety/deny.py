"""The deny list: people the building does not admit without staff deciding.

A manager adds a name, a phone number or both, with a reason and an optional last day; a
check-in whose phone is the same (E.164) or whose name is the same once normalised
(:func:`name_key`: case, spaces, accents and punctuation do not count) matches. Entries are
removed with a tombstone, never deleted. Services take a :class:`Session`, flush, and never
commit; the guarded operations are in :mod:`kiosk.safety.deny_list`.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, FieldError, InvalidFieldError, NotFoundError, ValidationError
from kiosk.models import DenyEntry
from kiosk.models.privacy import REASON_MAX_LENGTH
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.visits.names import NAME_KEY_LENGTH, clean_name, clean_text
from kiosk.visits.phone import normalise_phone

#: Marks that join the parts of one name: left out, so "O'Neil" is "ONeil".
_JOINING = frozenset("'’`ʼ")


def name_key(name: str) -> str:
    """A name as the deny list compares it: compatibility-decomposed, without accents or
    other combining marks, case-folded, punctuation read as a space, runs of space as one.
    "  Sítì-Nur  " and "siti nur" have the same key; applying it twice changes nothing."""
    text = _fold(_fold(name))  # case folding can make letters that decompose again
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if char in _JOINING or category == "Cf":  # Cf: zero-width joiners and the like
            continue
        chars.append(" " if category[0] in "PSZC" else char)
    return " ".join("".join(chars).split())[:NAME_KEY_LENGTH].rstrip()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c)[0] != "M").casefold()


@dataclass(frozen=True)
class DenyRequest:
    """What a manager types: a name and/or a phone, why, and the last day it applies (the
    building's day; None: until removed)."""

    name: str = ""
    phone: str = ""
    reason: str = ""
    last_day: date | None = None


@dataclass(frozen=True)
class DenySummary:
    """One entry as the manager's list shows it."""

    entry_id: uuid.UUID
    name: str
    phone_e164: str
    reason: str
    #: The last day it applies, in the building's zone (None: no end).
    last_day: date | None
    added_at: datetime
    #: Past its last day: it no longer holds anyone.
    ended: bool


@dataclass(frozen=True)
class Entry:
    """The valid fields of a :class:`DenyRequest`."""

    name: str
    phone_e164: str
    reason: str
    ends_at: datetime | None


def validate(request: DenyRequest, *, today: date, zone: ZoneInfo) -> Entry:
    """The entry to store, or :class:`ValidationError` naming every unusable field."""
    errors: list[FieldError] = []
    name = phone = ""
    if clean_text(request.name):
        try:
            name = clean_name(request.name, NAME_MAX_LENGTH)
        except InvalidFieldError as exc:
            errors.append(exc.error)
    if clean_text(request.phone):
        try:
            phone = normalise_phone(request.phone)
        except InvalidFieldError as exc:
            errors.append(exc.error)
    elif not clean_text(request.name):
        errors.append(FieldError("name", ErrorCode.NAME_OR_PHONE_REQUIRED))
    reason = clean_text(request.reason)
    if not reason:
        errors.append(FieldError("reason", ErrorCode.REASON_REQUIRED))
    elif len(reason) > REASON_MAX_LENGTH:
        errors.append(FieldError("reason", ErrorCode.TOO_LONG))
    ends_at = None
    if request.last_day is not None:
        if request.last_day < today:
            errors.append(FieldError("last_day", ErrorCode.END_DATE_PASSED))
        ends_at = datetime.combine(request.last_day + timedelta(days=1), time(0), zone)
    if errors:
        raise ValidationError(errors)
    return Entry(name, phone, reason, ends_at)


def add_entry(session: Session, entry: Entry, *, staff_id: uuid.UUID | None) -> DenyEntry:
    row = DenyEntry(id=uuid.uuid4(), name=entry.name, name_key=name_key(entry.name),
                    phone_e164=entry.phone_e164, reason=entry.reason, ends_at=entry.ends_at,
                    staff_id=staff_id)
    session.add(row)
    session.flush()
    return row


def remove_entry(session: Session, entry_id: uuid.UUID, *, now: datetime) -> DenyEntry:
    """Tombstone the entry: it holds nobody from now on (and syncs so everywhere)."""
    row = session.get(DenyEntry, entry_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("deny entry", entry_id)
    row.deleted_at = now
    session.flush()
    return row


def entries(session: Session, *, now: datetime, zone: ZoneInfo) -> list[DenySummary]:
    """Every entry not removed nor anonymised, newest first (ended ones too, marked)."""
    rows = session.scalars(
        select(DenyEntry)
        .where(DenyEntry.deleted_at.is_(None), DenyEntry.anonymized_at.is_(None))
        .order_by(DenyEntry.created_at.desc())
    )
    return [describe(row, now=now, zone=zone) for row in rows]


def describe(row: DenyEntry, *, now: datetime, zone: ZoneInfo) -> DenySummary:
    last_day = None
    if row.ends_at is not None:
        last_day = row.ends_at.astimezone(zone).date() - timedelta(days=1)
    return DenySummary(row.id, row.name, row.phone_e164, row.reason, last_day, row.created_at,
                       row.ends_at is not None and row.ends_at <= now)


def find_match(session: Session, *, names: Iterable[str], phones: Iterable[str],
               now: datetime) -> DenyEntry | None:
    """The oldest entry in force that matches one of ``phones`` (E.164) or ``names``."""
    keys = {key for key in map(name_key, names) if key}
    numbers = {phone for phone in phones if phone}
    if not keys and not numbers:
        return None
    return session.scalars(
        select(DenyEntry)
        .where(DenyEntry.deleted_at.is_(None), DenyEntry.anonymized_at.is_(None),
               or_(DenyEntry.ends_at.is_(None), DenyEntry.ends_at > now),
               or_(DenyEntry.phone_e164.in_(numbers), DenyEntry.name_key.in_(keys)))
        .order_by(DenyEntry.created_at)
        .limit(1)
    ).first()
