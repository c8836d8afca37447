"""What an organisation and its contact may be: the fields as typed or imported, checked
into the values that are stored, every unusable field reported at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import ErrorCode, FieldError, InvalidFieldError, ValidationError
from kiosk.models import Floor, OrganizationKind, Room
from kiosk.visits.names import clean_name, clean_text, name_key
from kiosk.visits.phone import normalise_phone

#: Width of ``organization.name``.
NAME_LIMIT = 120
#: A contact person's name (``organization_contact.name``).
CONTACT_NAME_LIMIT = 120
EMAIL_LIMIT = 254
#: Hours in a week: a quota above it would never bind.
QUOTA_LIMIT = 168

T = TypeVar("T")

#: The kinds the building keeps; visitor organisations are made by check-in.
BUILDING_KINDS = (OrganizationKind.TENANT, OrganizationKind.AGENCY, OrganizationKind.PARTNER)
#: How a kind may be written, in English or Indonesian, as in the building's own lists.
KIND_WORDS: Mapping[str, OrganizationKind] = {
    "tenant": OrganizationKind.TENANT, "tenan": OrganizationKind.TENANT,
    "penyewa": OrganizationKind.TENANT, "umkm": OrganizationKind.TENANT,
    "agency": OrganizationKind.AGENCY, "instansi": OrganizationKind.AGENCY,
    "dinas": OrganizationKind.AGENCY, "opd": OrganizationKind.AGENCY,
    "pemerintah": OrganizationKind.AGENCY,
    "partner": OrganizationKind.PARTNER, "mitra": OrganizationKind.PARTNER,
}
#: Languages as they may be written.
LANGUAGE_WORDS = {"id": "id", "indonesia": "id", "bahasa indonesia": "id", "indonesian": "id",
                  "en": "en", "english": "en", "inggris": "en", "bahasa inggris": "en"}


@dataclass(frozen=True)
class ContactFields:
    """A contact as typed: blank text means "not given"."""

    name: str
    phone: str = ""
    email: str = ""
    language: str = "id"
    wants_notices: bool = True


@dataclass(frozen=True)
class OrganizationFields:
    """An organisation as typed or read from a row: ``kind`` in any accepted word, ``floor``
    a number, ``room`` a room code; None or blank means "not given"."""

    name: str
    kind: str
    floor: int | str | None = None
    room: str | None = None
    quota_hours: int | str | None = None
    contact: ContactFields | None = None


@dataclass(frozen=True)
class CleanContact:
    name: str
    name_key: str
    phone_e164: str | None
    email: str | None
    language: str
    wants_notices: bool


@dataclass(frozen=True)
class CleanOrganization:
    name: str
    name_key: str
    kind: OrganizationKind
    floor_id: uuid.UUID | None
    room_id: uuid.UUID | None
    quota_hours: int | None
    contact: CleanContact | None


@dataclass(frozen=True)
class Places:
    """The floors and rooms an organisation may sit on or in, read once."""

    floors: Mapping[int, uuid.UUID]
    #: Room code → (room id, floor id).
    rooms: Mapping[str, tuple[uuid.UUID, uuid.UUID]]

    @classmethod
    def read(cls, session: Session) -> Places:
        floors = {number: floor_id for number, floor_id in session.execute(
            select(Floor.number, Floor.id).where(Floor.deleted_at.is_(None)))}
        rooms = {code: (room_id, floor_id) for code, room_id, floor_id in session.execute(
            select(Room.code, Room.id, Room.floor_id).where(Room.deleted_at.is_(None)))}
        return cls(floors, rooms)


def parse_kind(raw: str) -> OrganizationKind:
    kind = KIND_WORDS.get(clean_text(raw).casefold())
    if kind is None:
        raise InvalidFieldError("kind", ErrorCode.UNKNOWN_KIND if raw.strip()
                                else ErrorCode.REQUIRED)
    return kind


def clean_organization(fields: OrganizationFields, places: Places) -> CleanOrganization:
    """The values to store. Raises :class:`ValidationError` naming every unusable field."""
    errors: list[FieldError] = []
    name = _collect(errors, lambda: _organization_name(fields.name))
    kind = _collect(errors, lambda: parse_kind(fields.kind))
    floor_number = _collect(errors, lambda: _optional_number(fields.floor, "floor"))
    quota = _collect(errors, lambda: _optional_number(fields.quota_hours, "quota_hours"))
    floor_id = room_id = None
    if floor_number is not None:
        floor_id = places.floors.get(floor_number)
        if floor_id is None:
            errors.append(FieldError("floor", ErrorCode.UNKNOWN_FLOOR))
    room_code = clean_text(fields.room)
    if room_code:
        found = places.rooms.get(room_code)
        if found is None:
            errors.append(FieldError("room", ErrorCode.UNKNOWN_ROOM))
        else:
            room_id, room_floor = found
            if floor_id is not None and room_floor != floor_id:
                errors.append(FieldError("room", ErrorCode.ROOM_NOT_ON_FLOOR))
            floor_id = room_floor
    if quota is not None and not 0 <= quota <= QUOTA_LIMIT:
        errors.append(FieldError("quota_hours", ErrorCode.QUOTA_RANGE))
    contact = None
    if fields.contact is not None:
        try:
            contact = clean_contact(fields.contact)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    assert name is not None and kind is not None
    return CleanOrganization(name, name_key(name), kind, floor_id, room_id, quota, contact)


def clean_contact(fields: ContactFields, prefix: str = "contact_") -> CleanContact:
    errors: list[FieldError] = []
    name = phone = email = None
    language = "id"
    try:
        name = clean_name(fields.name, CONTACT_NAME_LIMIT, f"{prefix}name")
    except InvalidFieldError as exc:
        errors.append(exc.error)
    if clean_text(fields.phone):
        try:
            phone = normalise_phone(fields.phone, field=f"{prefix}phone")
        except InvalidFieldError as exc:
            errors.append(exc.error)
    typed_email = clean_text(fields.email)
    if typed_email:
        if len(typed_email) > EMAIL_LIMIT:
            errors.append(FieldError(f"{prefix}email", ErrorCode.TOO_LONG))
        else:
            try:
                email = validate_email(typed_email, check_deliverability=False).normalized
            except EmailNotValidError:
                errors.append(FieldError(f"{prefix}email", ErrorCode.EMAIL_INVALID))
    typed_language = clean_text(fields.language).casefold()
    if typed_language:
        found = LANGUAGE_WORDS.get(typed_language)
        if found is None:
            errors.append(FieldError("language", ErrorCode.UNKNOWN_LANGUAGE))
        else:
            language = found
    if errors:
        raise ValidationError(errors)
    assert name is not None
    return CleanContact(name, name_key(name), phone, email, language, fields.wants_notices)


def _collect(errors: list[FieldError], action: Callable[[], T]) -> T | None:
    try:
        return action()
    except InvalidFieldError as exc:
        errors.append(exc.error)
        return None


def _organization_name(raw: str) -> str:
    """Any letters, digits and punctuation ("CV. Kopi 99 & Co."), at least one letter."""
    name = clean_text(raw)
    if not name:
        raise InvalidFieldError("name", ErrorCode.REQUIRED)
    if len(name) > NAME_LIMIT:
        raise InvalidFieldError("name", ErrorCode.TOO_LONG)
    if not any(char.isalpha() for char in name):
        raise InvalidFieldError("name", ErrorCode.NAME_NEEDS_LETTERS)
    if any(not char.isprintable() for char in name):
        raise InvalidFieldError("name", ErrorCode.NAME_INVALID_CHARACTERS)
    return name


def _optional_number(raw: int | str | None, field: str) -> int | None:
    """A whole number, or None for blank. Spreadsheets write 3 as "3.0"."""
    if raw is None or isinstance(raw, int):
        return raw
    text = clean_text(raw)
    if not text:
        return None
    if text.endswith(".0"):
        text = text[:-2]
    try:
        return int(text)
    except ValueError:
        raise InvalidFieldError(field, ErrorCode.NOT_A_NUMBER) from None
