"""What the barcode scanner (or a finger on the keypad) gave us: a pass or an invitation.

A USB scanner types its code like a keyboard and ends with Enter, so anything can arrive:
half a code, two codes run together, a paste of a page. Only well-formed codes get through.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from kiosk.errors import CodeRefusedError, ErrorCode
from kiosk.passes import tokens
from kiosk.visits import invitations
from kiosk.visits.check_in import normalise_pass_number

#: Longer than any code we print; longer input is noise, not a code.
MAX_SCAN_LENGTH = 64
_CROCKFORD = re.compile(r"[0-9A-HJKMNP-TV-Z]+")


class ScanKind(enum.StrEnum):
    TOKEN = "token"  # a signed QR code: a visit pass or an invitation, known once verified
    PASS = "pass"  # a pass number, typed
    INVITATION = "invitation"  # an invitation code, typed or from an unsigned QR


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    #: A signed token (see kiosk.passes.tokens), not yet verified.
    token: str = ""
    pass_number: str = ""
    invitation_code: str = ""


def read_scan(text: str) -> Scan:
    """Classify a scanned or typed code; raise :class:`CodeRefusedError` (CODE_GARBLED) for
    anything that is not exactly one of our codes."""
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    if not text or len(text) > MAX_SCAN_LENGTH:
        raise CodeRefusedError(ErrorCode.CODE_GARBLED)
    upper = text.upper()
    if tokens.looks_like_token(text):
        return Scan(ScanKind.TOKEN, token=text)
    if upper.startswith(invitations.QR_PREFIX):
        code = normalise_pass_number(upper.removeprefix(invitations.QR_PREFIX))
        if len(code) == invitations.CODE_LENGTH and _CROCKFORD.fullmatch(code):
            return Scan(ScanKind.INVITATION, invitation_code=code)
        raise CodeRefusedError(ErrorCode.CODE_GARBLED, text)
    typed = normalise_pass_number(text)
    if _CROCKFORD.fullmatch(typed):
        if len(typed) == 8:
            return Scan(ScanKind.PASS, pass_number=typed)
        if len(typed) == invitations.CODE_LENGTH:
            return Scan(ScanKind.INVITATION, invitation_code=typed)
    raise CodeRefusedError(ErrorCode.CODE_GARBLED, text)
