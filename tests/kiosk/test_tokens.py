"""Signed pass tokens: genuine ones verify offline; nothing else is ever accepted."""

from __future__ import annotations

import base64
import stat
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import Settings, load_settings
from kiosk.passes.keys import KeyFileError, load_keyring, rotate_key
from kiosk.passes.tokens import (
    PREFIX,
    Keyring,
    SiteKey,
    TokenError,
    TokenKind,
    TokenRefusal,
    sign,
    verify,
)

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
CLOSING = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 21:00 WIB
KEYRING = Keyring("gedung-inovasi-tangsel", (SiteKey(1, b"k" * 32, NOW),))
VISIT = uuid.UUID("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f")


def refusal(text: str, keyring: Keyring = KEYRING, now: datetime = NOW,
            kind: TokenKind | None = None) -> TokenRefusal:
    with pytest.raises(TokenError) as info:
        verify(keyring, text, now=now, kind=kind)
    return info.value.reason


def test_a_genuine_pass_verifies_offline_and_fits_a_small_qr_code() -> None:
    token = sign(KEYRING, TokenKind.VISIT_PASS, VISIT, CLOSING)
    assert token.startswith(PREFIX) and len(token) == len(PREFIX) + 56
    assert token == token.upper()  # QR alphanumeric mode
    checked = verify(KEYRING, token, now=NOW, kind=TokenKind.VISIT_PASS)
    assert (checked.subject_id, checked.valid_until, checked.kind) == (
        VISIT, CLOSING, TokenKind.VISIT_PASS)
    assert verify(KEYRING, token.lower(), now=NOW).subject_id == VISIT  # scanners vary case


def test_each_way_a_token_can_be_wrong_has_its_own_reason() -> None:
    token = sign(KEYRING, TokenKind.VISIT_PASS, VISIT, CLOSING)
    raw = bytearray(base64.b32decode(token[len(PREFIX):]))

    def with_byte(index: int, value: int) -> str:
        changed = bytearray(raw)
        changed[index] = value
        return PREFIX + base64.b32encode(bytes(changed)).decode().rstrip("=")

    assert refusal(token, now=CLOSING + timedelta(minutes=1)) is TokenRefusal.EXPIRED
    assert refusal(with_byte(20, raw[20] ^ 1)) is TokenRefusal.BAD_SIGNATURE  # tampered id
    forged_key = Keyring(KEYRING.site_id, (SiteKey(1, b"f" * 32, NOW),))
    forged = sign(forged_key, TokenKind.VISIT_PASS, VISIT, CLOSING)
    assert refusal(forged) is TokenRefusal.BAD_SIGNATURE
    elsewhere = Keyring("gedung-lain-bandung", (SiteKey(1, b"k" * 32, NOW),))
    assert refusal(sign(elsewhere, TokenKind.VISIT_PASS, VISIT, CLOSING)) is \
        TokenRefusal.OTHER_SITE
    assert refusal(with_byte(1, 9)) is TokenRefusal.UNKNOWN_KEY
    assert refusal(with_byte(0, (1 << 4) | 2)) is TokenRefusal.UNSUPPORTED_VERSION
    assert refusal(token[:-1]) is TokenRefusal.MALFORMED
    assert refusal("GIC:V:" + str(VISIT)) is TokenRefusal.MALFORMED
    assert refusal(token, kind=TokenKind.INVITATION) is TokenRefusal.WRONG_KIND


def test_a_rotated_key_still_verifies_during_its_grace_then_not() -> None:
    old = SiteKey(1, b"o" * 32, NOW - timedelta(days=30), retired_at=NOW)
    new = SiteKey(2, b"n" * 32, NOW)
    before = Keyring(KEYRING.site_id, (SiteKey(1, b"o" * 32, NOW - timedelta(days=30)),))
    after = Keyring(KEYRING.site_id, (old, new), grace=timedelta(days=14))
    printed_yesterday = sign(before, TokenKind.VISIT_PASS, VISIT, NOW + timedelta(days=30))
    assert verify(after, printed_yesterday, now=NOW + timedelta(days=1)).key_id == 1
    assert refusal(printed_yesterday, after, now=NOW + timedelta(days=15)) is \
        TokenRefusal.UNKNOWN_KEY
    assert verify(after, sign(after, TokenKind.VISIT_PASS, VISIT, CLOSING), now=NOW).key_id == 2


GENUINE = sign(KEYRING, TokenKind.VISIT_PASS, VISIT, CLOSING)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@st.composite
def mutated_tokens(draw: st.DrawFn) -> str:
    body = list(GENUINE[len(PREFIX):])
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(body) - 1))
        body[index] = draw(st.sampled_from(_ALPHABET))
    return PREFIX + "".join(body)


@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(
    mutated_tokens(),
    st.text(max_size=80).map(lambda t: PREFIX + t),
    st.text(alphabet=_ALPHABET, min_size=56, max_size=56).map(lambda t: PREFIX + t),
    st.binary(min_size=35, max_size=35).map(
        lambda b: PREFIX + base64.b32encode(b).decode().rstrip("=")),
    st.text(max_size=200),
))
def test_no_random_or_mutated_token_is_ever_accepted(text: str) -> None:
    try:
        token = verify(KEYRING, text, now=NOW)
    except TokenError:
        return
    # A mutation that lands on the same characters is the genuine token itself.
    assert text.upper() == GENUINE
    assert token.subject_id == VISIT


def config(tmp_path: Path, text: str = "") -> Settings:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\n' + text, encoding="utf-8")
    return load_settings(path, environ={})


def test_the_site_key_is_made_on_first_start_owner_only_and_kept(tmp_path: Path) -> None:
    settings_ = config(tmp_path)
    first = load_keyring(settings_, NOW)
    path = settings_.site_keys_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_keyring(settings_, NOW + timedelta(days=1))
    assert again.signing_key.secret == first.signing_key.secret
    assert len(first.signing_key.secret) == 32


def test_a_world_readable_key_file_is_made_owner_only(tmp_path: Path) -> None:
    settings_ = config(tmp_path)
    load_keyring(settings_, NOW)
    settings_.site_keys_path.chmod(0o644)
    load_keyring(settings_, NOW)
    assert stat.S_IMODE(settings_.site_keys_path.stat().st_mode) == 0o600


def test_devices_sharing_the_key_file_verify_each_others_passes(tmp_path: Path) -> None:
    shared = tmp_path / "shared-keys.json"
    kiosk = config(tmp_path / "kiosk", f'[site]\nkeys_file = "{shared}"\n')
    reception = config(tmp_path / "reception", f'[site]\nkeys_file = "{shared}"\n')
    token = sign(load_keyring(kiosk, NOW), TokenKind.VISIT_PASS, VISIT, CLOSING)
    assert verify(load_keyring(reception, NOW), token, now=NOW).subject_id == VISIT


def test_rotation_keeps_yesterdays_passes_valid(tmp_path: Path) -> None:
    settings_ = config(tmp_path)
    before = load_keyring(settings_, NOW)
    token = sign(before, TokenKind.VISIT_PASS, VISIT, NOW + timedelta(days=2))
    after = rotate_key(settings_, NOW)
    assert after.signing_key.key_id == 2
    assert verify(load_keyring(settings_, NOW), token, now=NOW + timedelta(hours=1)).key_id == 1


def test_a_damaged_key_file_is_a_clear_error(tmp_path: Path) -> None:
    settings_ = config(tmp_path)
    settings_.site_keys_path.parent.mkdir(parents=True)
    settings_.site_keys_path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError, match=r"site-keys\.json"):
        load_keyring(settings_, NOW)


def test_key_ids_wrap_after_255_rotations_without_losing_a_live_key(tmp_path: Path) -> None:
    settings_ = config(tmp_path, "[site]\nkey_grace_days = 0\n")
    moment = NOW
    for _ in range(300):  # more rotations than there are key ids
        moment += timedelta(minutes=1)
        keyring = rotate_key(settings_, moment)
        assert len({k.key_id for k in keyring.keys}) == len(keyring.keys)
    token = sign(keyring, TokenKind.VISIT_PASS, VISIT, moment + timedelta(hours=1))
    assert verify(load_keyring(settings_, moment), token, now=moment).subject_id == VISIT


def test_rotating_while_every_key_id_is_in_grace_is_refused(tmp_path: Path) -> None:
    settings_ = config(tmp_path, "[site]\nkey_grace_days = 365\n")
    for minute in range(254):
        rotate_key(settings_, NOW + timedelta(minutes=minute))
    with pytest.raises(KeyFileError, match="grace"):
        rotate_key(settings_, NOW + timedelta(minutes=300))


def test_a_retired_key_still_opens_an_invitation_weeks_ahead(tmp_path: Path) -> None:
    settings_ = config(tmp_path)
    before = load_keyring(settings_, NOW)
    far = NOW + timedelta(days=40)
    invitation = sign(before, TokenKind.INVITATION, VISIT, far)
    after = rotate_key(settings_, NOW + timedelta(days=1), keep_until=far)
    assert verify(after, invitation, now=far - timedelta(hours=1)).key_id == 1


def test_two_devices_starting_together_share_one_first_key(tmp_path: Path) -> None:
    from kiosk.passes.keys import _create

    settings_ = config(tmp_path)
    path = settings_.site_keys_path
    first = Keyring(settings_.site.id, (SiteKey(1, b"a" * 32, NOW),))
    second = Keyring(settings_.site.id, (SiteKey(1, b"b" * 32, NOW),))
    assert _create(path, first) is True
    assert _create(path, second) is False  # the late one adopts the file, never overwrites
    assert load_keyring(settings_, NOW).signing_key.secret == b"a" * 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob("*.part"))


def test_a_key_file_with_times_without_a_zone_or_of_another_site_is_refused(
    tmp_path: Path,
) -> None:
    settings_ = config(tmp_path)
    load_keyring(settings_, NOW)
    path = settings_.site_keys_path
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("+00:00", ""), encoding="utf-8")
    with pytest.raises(KeyFileError, match="no time zone"):
        load_keyring(settings_, NOW)
    path.write_text(good.replace("gedung-inovasi-tangsel", "gedung-lain"), encoding="utf-8")
    with pytest.raises(KeyFileError, match="site 'gedung-lain'"):
        load_keyring(settings_, NOW)
