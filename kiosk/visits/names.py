"""Names as people write them: any script, one word or many, titles and all."""

from __future__ import annotations

import unicodedata

from kiosk.errors import ErrorCode, InvalidFieldError

# Punctuation that belongs in real names: "Muh. Rizky", "Siti-Aisyah", "O'Neil", "Hj. Nur, S.E."
_NAME_PUNCTUATION = frozenset(".,'-’`()")
# Zero-width joiners shape Indic, Javanese and Persian text correctly.
_JOINERS = frozenset("\u200c\u200d")


def clean_text(raw: str | None) -> str:
    """NFC-normalised, trimmed, inner runs of white space folded to one space."""
    return " ".join(unicodedata.normalize("NFC", raw or "").split())


def clean_name(raw: str | None, limit: int, field: str = "name") -> str:
    """A person's name in any script. Letters and combining marks of every script are
    welcome; emoji, symbols and control characters are refused (they do not print on a pass
    and cannot be read out by reception)."""
    name = clean_text(raw)
    if not name:
        raise InvalidFieldError(field, ErrorCode.REQUIRED)
    if len(name) > limit:
        raise InvalidFieldError(field, ErrorCode.TOO_LONG)
    has_letter = False
    for char in name:
        category = unicodedata.category(char)
        if category[0] == "L":
            has_letter = True
        elif category[0] == "M" or char == " " or char in _NAME_PUNCTUATION or char in _JOINERS:
            continue
        else:
            # Digits are not part of names either: "Hamengkubuwono X" uses the letter X.
            raise InvalidFieldError(field, ErrorCode.NAME_INVALID_CHARACTERS)
    if not has_letter:
        raise InvalidFieldError(field, ErrorCode.NAME_NEEDS_LETTERS)
    return name


#: Width of the name_key columns. NFKC and case folding can lengthen a name (one Arabic
#: ligature becomes 18 letters), so the key is cut to fit; it is for matching, not display.
NAME_KEY_LENGTH = 120


def name_key(name: str) -> str:
    """For recognising the same name again: case-folded, compatibility-normalised."""
    return unicodedata.normalize("NFKC", clean_text(name)).casefold()[:NAME_KEY_LENGTH]
