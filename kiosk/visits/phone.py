"""Phone numbers as visitors type them, normalised to E.164 (``+62…``)."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from kiosk.errors import ErrorCode, InvalidFieldError

DEFAULT_REGION = "ID"
#: What people type around digits: spaces, dashes, dots, brackets, a leading plus.
_SEPARATORS = re.compile(r"[\s\-./()\u00a0]")


def normalise_phone(raw: str, region: str = DEFAULT_REGION, field: str = "phone") -> str:
    """``0812-3456-7890``, ``+62 812 3456 7890`` and ``6281234567890`` all give
    ``+6281234567890``. Raises :class:`InvalidFieldError` with a code saying what is wrong."""
    text = _SEPARATORS.sub("", raw or "")
    if not text:
        raise InvalidFieldError(field, ErrorCode.REQUIRED)
    # phonenumbers reads letters as a keypad (vanity numbers); a visitor's letters are typos.
    if not re.fullmatch(r"\+?\d+", text):
        raise InvalidFieldError(field, ErrorCode.PHONE_INVALID_CHARACTERS)
    digits = text.lstrip("+")
    if len(digits) > 15:
        raise InvalidFieldError(field, ErrorCode.PHONE_TOO_LONG)
    # "62812…" typed without the plus: Indonesian national numbers start with 0 (or the bare
    # operator prefix 8…), so a leading 62 here is the country code, not an area code.
    if not text.startswith("+") and region == "ID" and digits.startswith("62") and len(digits) > 9:
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        code = (
            ErrorCode.PHONE_TOO_SHORT
            if exc.error_type == NumberParseException.TOO_SHORT_NSN
            else ErrorCode.PHONE_INVALID
        )
        raise InvalidFieldError(field, code) from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.INVALID_LENGTH):
        raise InvalidFieldError(field, ErrorCode.PHONE_TOO_SHORT)
    if reason == ValidationResult.TOO_LONG:
        raise InvalidFieldError(field, ErrorCode.PHONE_TOO_LONG)
    if not phonenumbers.is_valid_number(number):
        raise InvalidFieldError(field, ErrorCode.PHONE_INVALID)
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def format_phone(e164: str) -> str:
    """For display: national format for Indonesian numbers, international otherwise."""
    number = phonenumbers.parse(e164, None)
    fmt = (
        PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, fmt))
