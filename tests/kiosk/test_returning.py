from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import ErrorCode, InvalidFieldError, ValidationError
from kiosk.models import Purpose
from kiosk.operations import Operations
from kiosk.privacy.masks import MASK, mask_name, mask_organization
from kiosk.visits.check_in import CheckInRequest


@pytest.mark.parametrize(
    ("name", "masked"),
    [("Budi Santoso", "Budi S•••••"), ("Budi Prawirodihardjo", "Budi P•••••"),
     ("Sukarni", "Suk•••••"), ("Siti Nur Aisyah", "Siti N••••• A•••••"), ("Al", "Al"),
     ("王小明", "王小明"), ("王小明明", "王小明•••••")],
)
def test_names_are_masked_for_the_screen(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_organisations_are_masked_after_their_legal_form() -> None:
    assert mask_organization("PT Majubersama Abadi") == "PT Maj•••"
    assert mask_organization("Keripik Tempe Bu Sri") == "Ker•••"
    assert mask_organization("") == ""


@given(st.lists(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=12),
                min_size=2, max_size=5))
def test_a_masked_name_shows_its_first_word_and_one_letter_of_each_other(
    words: list[str],
) -> None:
    masked = mask_name(" ".join(words)).split()
    assert masked[0] == words[0]
    for word, shown in zip(words[1:], masked[1:], strict=True):
        assert shown == (word if len(word) == 1 else word[0] + MASK * 5)


def test_a_returning_visitor_is_recalled_by_phone_masked(ops: Operations) -> None:
    ops.check_in(CheckInRequest(name="Budi Santoso", phone="0812-3456-7890",
                                organization="PT Majubersama", purpose=Purpose.TRAINING,
                                consent=True))
    recall = ops.recall("+62 812 3456 7890")
    assert recall.phone_e164 == "+6281234567890"
    [match] = recall.matches
    assert (match.masked_name, match.masked_organization) == ("Budi S•••••", "PT Maj•••")
    assert not match.needs_consent
    assert match.last_purpose is Purpose.TRAINING
    assert ops.recall("0813-0000-0000").matches == ()


def test_a_returning_visitor_checks_in_with_no_name_or_phone_typed(ops: Operations) -> None:
    ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                purpose=Purpose.TRAINING, consent=True))
    [match] = ops.recall("081234567890").matches
    result = ops.check_in(CheckInRequest(visitor_id=match.visitor_id, purpose=Purpose.MEETING))
    assert result.visit.visitor_name == "Budi Santoso"
    assert result.visit.phone_e164 == "+6281234567890"


def test_without_consent_a_new_visitor_is_not_stored(ops: Operations) -> None:
    with pytest.raises(ValidationError) as info:
        ops.check_in(CheckInRequest(name="Rina", phone="081311112222", purpose=Purpose.EVENT))
    assert info.value.codes() == {"consent": ErrorCode.CONSENT_REQUIRED}
    assert ops.recall("081311112222").matches == ()


def test_a_shared_phone_recalls_each_person(ops: Operations) -> None:
    for name in ("Budi Santoso", "Sari Santoso"):
        ops.check_in(CheckInRequest(name=name, phone="081234567890", purpose=Purpose.MEETING,
                                    consent=True))
    assert {m.masked_name for m in ops.recall("081234567890").matches} == {
        "Budi S•••••", "Sari S•••••"}


def test_recall_refuses_letters(ops: Operations) -> None:
    with pytest.raises(InvalidFieldError) as info:
        ops.recall("0812abc")
    assert info.value.error.code is ErrorCode.PHONE_INVALID_CHARACTERS


def test_a_visitor_who_agreed_to_an_earlier_notice_is_asked_again(ops: Operations) -> None:
    from sqlalchemy import select

    from kiosk.models import Visitor

    ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                purpose=Purpose.TRAINING, consent=True))
    with ops.database.unit_of_work() as session:
        session.scalars(select(Visitor)).one().consent_version = "2026-11"  # before erasure
    [match] = ops.recall("081234567890").matches
    assert match.needs_consent
    with pytest.raises(ValidationError) as info:
        ops.check_in(CheckInRequest(visitor_id=match.visitor_id, purpose=Purpose.MEETING))
    assert info.value.codes() == {"consent": ErrorCode.CONSENT_REQUIRED}
    ops.check_in(CheckInRequest(visitor_id=match.visitor_id, purpose=Purpose.MEETING,
                                consent=True))
    assert not ops.recall("081234567890").matches[0].needs_consent


def test_a_visitor_erased_after_the_kiosk_recalled_them_registers_afresh(
        ops: Operations) -> None:
    from kiosk.privacy.erasure import anonymise_visitors

    ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                purpose=Purpose.TRAINING, consent=True))
    [match] = ops.recall("081234567890").matches
    with ops.database.unit_of_work() as session:  # the daily purge, between two touches
        anonymise_visitors(session, [match.visitor_id], at=ops.clock())
    with pytest.raises(ValidationError) as info:
        ops.check_in(CheckInRequest(visitor_id=match.visitor_id, purpose=Purpose.MEETING,
                                    consent=True))
    assert info.value.codes() == {"visitor": ErrorCode.UNKNOWN_VISITOR}
