from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import ErrorCode, InvalidFieldError
from kiosk.visits.phone import format_phone, normalise_phone


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "62 812-3456-7890",
     "(0812) 3456 7890", "812 3456 7890", "+62-812-3456-7890"],
)
def test_the_ways_people_type_a_mobile_number_give_one_e164(typed: str) -> None:
    assert normalise_phone(typed) == "+6281234567890"


def test_landlines_and_foreign_numbers() -> None:
    assert normalise_phone("021 7456 1234") == "+622174561234"
    assert normalise_phone("+65 6123 4567") == "+6561234567"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", ErrorCode.REQUIRED),
        ("   ", ErrorCode.REQUIRED),
        ("0812", ErrorCode.PHONE_TOO_SHORT),
        ("0812-ABCD-7890", ErrorCode.PHONE_INVALID_CHARACTERS),
        ("budi@example.com", ErrorCode.PHONE_INVALID_CHARACTERS),
        ("08123456789012345678", ErrorCode.PHONE_TOO_LONG),
        ("+62 000 0000", ErrorCode.PHONE_INVALID),
    ],
)
def test_unusable_numbers_say_why(typed: str, code: ErrorCode) -> None:
    with pytest.raises(InvalidFieldError) as info:
        normalise_phone(typed)
    assert info.value.error.code is code


def test_display_format() -> None:
    assert format_phone("+6281234567890") == "0812-3456-7890"


@given(st.text(alphabet="0123456789+-() .abcXYZ٠١٢", max_size=30))
def test_any_input_gives_e164_or_a_field_error(typed: str) -> None:
    try:
        result = normalise_phone(typed)
    except InvalidFieldError as exc:
        assert exc.error.field == "phone"
    else:
        assert result.startswith("+") and result[1:].isdigit()
