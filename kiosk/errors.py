"""Typed errors the UI translates. Codes are stable strings; messages live in the UI."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


class ErrorCode(enum.StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NAME_NEEDS_LETTERS = "name_needs_letters"
    NAME_INVALID_CHARACTERS = "name_invalid_characters"
    PHONE_INVALID_CHARACTERS = "phone_invalid_characters"
    PHONE_TOO_SHORT = "phone_too_short"
    PHONE_TOO_LONG = "phone_too_long"
    PHONE_INVALID = "phone_invalid"
    GROUP_SIZE_RANGE = "group_size_range"
    UNKNOWN_DESTINATION = "unknown_destination"
    UNKNOWN_PURPOSE = "unknown_purpose"
    UNKNOWN_VISITOR = "unknown_visitor"
    CONSENT_REQUIRED = "consent_required"
    GROUP_NAMES_TOO_MANY = "group_names_too_many"
    # Scanned or typed codes.
    CODE_GARBLED = "code_garbled"
    PASS_UNKNOWN = "pass_unknown"
    PASS_ALREADY_OUT = "pass_already_out"
    PASS_EXPIRED = "pass_expired"
    PASS_FORGED = "pass_forged"  # a bad signature, or a key this site does not know
    PASS_OTHER_SITE = "pass_other_site"
    INVITATION_UNKNOWN = "invitation_unknown"
    INVITATION_USED = "invitation_used"
    INVITATION_CANCELLED = "invitation_cancelled"
    INVITATION_EXPIRED = "invitation_expired"
    INVITATION_TOO_EARLY = "invitation_too_early"
    # Bookings.
    END_BEFORE_START = "end_before_start"
    ZERO_LENGTH = "zero_length"
    BOOKING_TOO_LONG = "booking_too_long"
    ATTENDEES_RANGE = "attendees_range"
    TOO_MANY_ATTENDEES = "too_many_attendees"
    UNKNOWN_ROOM = "unknown_room"
    ROOM_NOT_BOOKABLE = "room_not_bookable"
    UNKNOWN_ORGANIZATION = "unknown_organization"
    REASON_REQUIRED = "reason_required"
    BOOKING_NOT_PENDING = "booking_not_pending"
    BOOKING_NOT_ACTIVE = "booking_not_active"
    BOOKING_ENDED = "booking_ended"
    SERIES_NEEDS_END = "series_needs_end"
    SERIES_INTERVAL_RANGE = "series_interval_range"
    SERIES_TOO_LONG = "series_too_long"
    SERIES_ENDS_BEFORE_START = "series_ends_before_start"
    SERIES_OVERLAPS_ITSELF = "series_overlaps_itself"
    NOT_A_SERIES = "not_a_series"
    SERIES_CANNOT_MOVE = "series_cannot_move"
    # Organisations and their contacts
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_FLOOR = "unknown_floor"
    ROOM_NOT_ON_FLOOR = "room_not_on_floor"
    NOT_A_NUMBER = "not_a_number"
    QUOTA_RANGE = "quota_range"
    EMAIL_INVALID = "email_invalid"
    UNKNOWN_LANGUAGE = "unknown_language"
    ORGANIZATION_EXISTS = "organization_exists"
    ORGANIZATION_RETIRED = "organization_retired"
    DUPLICATE_ROW = "duplicate_row"
    # Rooms
    ROOM_CODE_INVALID = "room_code_invalid"  # not "<floor>.<two digits>", e.g. "4.03"
    ROOM_CODE_FIXED = "room_code_fixed"  # a room's code is its identity: it never changes
    ROOM_EXISTS = "room_exists"
    ROOM_RETIRED = "room_retired"  # a retired room has this code: bring it back instead
    CAPACITY_RANGE = "capacity_range"
    BUFFER_RANGE = "buffer_range"
    UNKNOWN_AMENITY = "unknown_amenity"
    ROOM_HAS_BOOKINGS = "room_has_bookings"  # bookings still hold it: move or cancel them
    # Staff accounts
    LOGIN_INVALID = "login_invalid"
    LOGIN_EXISTS = "login_exists"
    UNKNOWN_ROLE = "unknown_role"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_TOO_LONG = "password_too_long"
    PASSWORD_TOO_COMMON = "password_too_common"  # a well-known one, or the login itself
    PASSWORD_WRONG = "password_wrong"  # the current password, asked before changing it
    ACCOUNT_LOCKED = "account_locked"  # too many wrong passwords: wait, or ask an admin
    PIN_INVALID = "pin_invalid"  # not 4 to 12 digits
    LAST_ADMIN = "last_admin"  # the building would be left without an administrator
    STAFF_EXISTS = "staff_exists"  # the first administrator was already made
    # The deny list
    NAME_OR_PHONE_REQUIRED = "name_or_phone_required"  # an entry names someone: one or both
    END_DATE_PASSED = "end_date_passed"  # an entry ending before today would never apply


class KioskError(Exception):
    """Base of every error the domain raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    field: str
    code: ErrorCode


class InvalidFieldError(KioskError):
    """One field's value is unusable."""

    def __init__(self, field: str, code: ErrorCode) -> None:
        super().__init__(f"{field}: {code}")
        self.error = FieldError(field, code)


class ValidationError(KioskError):
    """Some fields of a request are unusable; nothing was saved."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__(", ".join(f"{e.field}: {e.code}" for e in self.errors))

    def codes(self) -> dict[str, ErrorCode]:
        return {e.field: e.code for e in self.errors}


class NotFoundError(KioskError):
    """The thing asked for does not exist (or was deleted)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} not found")
        self.what = what
        self.key = key


class AlreadyCheckedOutError(KioskError):
    """The visit was already closed; nothing changed."""


class CodeRefusedError(KioskError):
    """A scanned or typed code (pass, invitation) cannot be used, for the reason in ``code``;
    ``expired_at`` says when an expired pass stopped being valid (its token carries it)."""

    def __init__(self, code: ErrorCode, detail: str = "", *,
                 expired_at: datetime | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.expired_at = expired_at


class CheckInHeldError(KioskError):
    """A check-in matched the deny list: no visit was made; it waits for reception
    (``held_id``). The visitor is told only to see reception."""

    def __init__(self, held_id: object) -> None:
        super().__init__(f"check-in held: {held_id}")
        self.held_id = held_id


def database_reason(exc: BaseException, limit: int = 300) -> str:
    """The first line of what a database said (the driver's message, not SQLAlchemy's
    wrapping with the statement and its parameters), for a log line or a status."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:limit] if text else type(exc).__name__
