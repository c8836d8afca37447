from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import CodeRefusedError, ErrorCode
from kiosk.passes.scanning import ScanKind, read_scan
from kiosk.passes.tokens import Keyring, SiteKey, TokenKind, sign


def test_a_token_a_pass_number_and_an_invitation_are_told_apart() -> None:
    keyring = Keyring("site", (SiteKey(1, b"k" * 32, datetime.now(UTC)),))
    token = sign(keyring, TokenKind.VISIT_PASS, uuid.uuid4(), datetime.now(UTC))
    assert read_scan(token).token == token
    assert read_scan(token).kind is ScanKind.TOKEN
    assert read_scan(" 7k3q-zc4m\n").pass_number == "7K3QZC4M"
    assert read_scan("GIC:I:AB12CD").kind is ScanKind.INVITATION
    assert read_scan("ab12cd").invitation_code == "AB12CD"
    assert read_scan("ABI2CD").invitation_code == "AB12CD"  # I read as 1


@pytest.mark.parametrize(
    "noise",
    ["", "   ", "GIC:V:", "GIC:V:1234", "GIC:V:" + str(uuid.uuid4()), "GIC:I:AB", "7K3QZC4",
     "x" * 1000, "https://example.com",
     "GIC:V:" + str(uuid.uuid4()) + "GIC:V:" + str(uuid.uuid4()), "\r\n", "ÄÖÜ123"],
)
def test_scanner_noise_is_refused_as_garbled(noise: str) -> None:
    with pytest.raises(CodeRefusedError) as info:
        read_scan(noise)
    assert info.value.code is ErrorCode.CODE_GARBLED


@given(st.text(max_size=200))
def test_anything_scanned_is_a_code_or_a_typed_refusal(text: str) -> None:
    try:
        scan = read_scan(text)
    except CodeRefusedError as exc:
        assert exc.code is ErrorCode.CODE_GARBLED
    else:
        assert scan.kind in ScanKind
