"""Signed tokens in QR codes: any device verifies them offline, nobody can forge one.

A token is 35 bytes, printed as ``GIC2:`` and 56 base32 characters (QR alphanumeric mode, so
the code stays small enough for a 62 mm label):

    kind+version (1) | key id (1) | site tag (3) | subject UUID (16) | valid until (4) | MAC (10)

- *kind+version*: high nibble the kind (a visit pass, an invitation), low nibble the format
  version, so a future format is refused as UNSUPPORTED rather than misread.
- *site tag*: the first bytes of SHA-256 of the site id: a pass from another building using
  this software is refused as OTHER_SITE before any key is tried.
- *valid until*: whole minutes since 1970 (UTC), good until the year 10136.
- *MAC*: HMAC-SHA256 over everything before it, under the site key named by the key id,
  truncated to 80 bits (NIST SP 800-107 allows truncation; 2^80 guesses are out of reach for a
  lobby scanner). A forged and a tampered token look the same to an HMAC: both are
  BAD_SIGNATURE.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import struct
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.errors import KioskError

PREFIX = "GIC2:"
FORMAT_VERSION = 1
MAC_BYTES = 10
_BODY = struct.Struct(">BB3s16sI")
TOKEN_BYTES = _BODY.size + MAC_BYTES  # 35
_DOMAIN = b"gic-token"  # separates these MACs from any other use of the key


class TokenKind(enum.IntEnum):
    VISIT_PASS = 1
    INVITATION = 2


class TokenRefusal(enum.StrEnum):
    MALFORMED = "malformed"  # not one of our tokens, or damaged in scanning
    UNSUPPORTED_VERSION = "unsupported_version"
    WRONG_KIND = "wrong_kind"  # e.g. an invitation shown where a pass is expected
    OTHER_SITE = "other_site"
    UNKNOWN_KEY = "unknown_key"  # a key this site never had, or one retired past its grace
    BAD_SIGNATURE = "bad_signature"  # forged or tampered
    EXPIRED = "expired"


class TokenError(KioskError):
    """A token that must not be honoured, and why; an expired one says when it expired."""

    def __init__(self, reason: TokenRefusal, expired_at: datetime | None = None) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.expired_at = expired_at


@dataclass(frozen=True)
class SiteKey:
    key_id: int
    secret: bytes
    created_at: datetime
    #: When a newer key replaced it; it still verifies during the grace period.
    retired_at: datetime | None = None
    #: Verifies at least until then, whatever the grace: invitations signed with it for a
    #: day further ahead than the grace must still open the door on that day.
    keep_until: datetime | None = None


@dataclass(frozen=True)
class Keyring:
    """The site's keys: the newest signs, the others verify until their grace ends."""

    site_id: str
    keys: tuple[SiteKey, ...]
    grace: timedelta = timedelta(days=14)

    @property
    def signing_key(self) -> SiteKey:
        live = [k for k in self.keys if k.retired_at is None]
        if not live:
            raise ValueError("the keyring has no key to sign with")
        return max(live, key=lambda k: k.created_at)

    @property
    def site_tag(self) -> bytes:
        return hashlib.sha256(self.site_id.encode("utf-8")).digest()[:3]

    def verifying_key(self, key_id: int, now: datetime) -> SiteKey | None:
        for key in self.keys:
            if key.key_id != key_id:
                continue
            if key.retired_at is None or now < key.retired_at + self.grace:
                return key
            if key.keep_until is not None and now < key.keep_until:
                return key
        return None


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    subject_id: uuid.UUID
    valid_until: datetime
    key_id: int


def sign(keyring: Keyring, kind: TokenKind, subject_id: uuid.UUID,
         valid_until: datetime) -> str:
    key = keyring.signing_key
    minutes = int(valid_until.astimezone(UTC).timestamp() // 60)
    body = _BODY.pack((kind << 4) | FORMAT_VERSION, key.key_id, keyring.site_tag,
                      subject_id.bytes, minutes)
    mac = hmac.new(key.secret, _DOMAIN + body, hashlib.sha256).digest()[:MAC_BYTES]
    return PREFIX + base64.b32encode(body + mac).decode("ascii").rstrip("=")


def verify(keyring: Keyring, text: str, *, now: datetime,
           kind: TokenKind | None = None) -> Token:
    """The token's contents if it is genuine, ours and still valid; otherwise
    :class:`TokenError` with the reason. Never raises anything else."""
    raw = _decode(text)
    version_kind, key_id, site_tag, subject, minutes = _BODY.unpack(raw[:_BODY.size])
    if version_kind & 0x0F != FORMAT_VERSION:
        raise TokenError(TokenRefusal.UNSUPPORTED_VERSION)
    try:
        token_kind = TokenKind(version_kind >> 4)
    except ValueError:
        raise TokenError(TokenRefusal.MALFORMED) from None
    if not hmac.compare_digest(site_tag, keyring.site_tag):
        raise TokenError(TokenRefusal.OTHER_SITE)
    key = keyring.verifying_key(key_id, now)
    if key is None:
        raise TokenError(TokenRefusal.UNKNOWN_KEY)
    expected = hmac.new(key.secret, _DOMAIN + raw[:_BODY.size], hashlib.sha256).digest()
    if not hmac.compare_digest(expected[:MAC_BYTES], raw[_BODY.size:]):
        raise TokenError(TokenRefusal.BAD_SIGNATURE)
    # Only now is the content trusted.
    if kind is not None and token_kind is not kind:
        raise TokenError(TokenRefusal.WRONG_KIND)
    valid_until = datetime.fromtimestamp(minutes * 60, UTC)
    if now > valid_until:
        raise TokenError(TokenRefusal.EXPIRED, valid_until)
    return Token(token_kind, uuid.UUID(bytes=subject), valid_until, key_id)


def looks_like_token(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX)


def _decode(text: str) -> bytes:
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        raise TokenError(TokenRefusal.MALFORMED)
    encoded = text[len(PREFIX):].upper()
    if len(encoded) != 56:  # 35 bytes in base32, unpadded
        raise TokenError(TokenRefusal.MALFORMED)
    try:
        raw = base64.b32decode(encoded)  # 35 bytes: exactly 56 characters, no padding
    except (binascii.Error, ValueError):
        raise TokenError(TokenRefusal.MALFORMED) from None
    if len(raw) != TOKEN_BYTES:
        raise TokenError(TokenRefusal.MALFORMED)
    return raw
