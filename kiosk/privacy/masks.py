"""Privacy (UU No. 27/2022 on personal data protection): what a stranger at the kiosk may see,
and which version of the privacy notice a visitor agreed to."""

from __future__ import annotations

# The phone mask lives with the log filter that applies it to every log line (kiosk.logs sits
# below kiosk.privacy in the layers); here is where the rest of the domain finds it.
from kiosk.logs import mask_phone as mask_phone

#: Bump when the notice's content changes: visitors are then asked to agree again.
CONSENT_VERSION = "2026-12"  # 2026-12: erasure, requests and the roll call described

MASK = "•"
_LEGAL_FORMS = frozenset(
    {"pt", "cv", "ud", "pd", "fa", "koperasi", "kop.", "yayasan", "toko", "pt.", "cv.", "ud."}
)


def mask_name(name: str) -> str:
    """Enough for the owner to recognise, too little for a stranger: "Budi Santoso" →
    "Budi S•••••"; a single name keeps its first three letters: "Sukarni" → "Suk•••••"."""
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        return _keep(words[0], 3)
    return " ".join([words[0], *(_keep(w, 1) for w in words[1:])])


def mask_organization(name: str) -> str:
    """"PT Maju Jaya" → "PT Maj•••": the legal form, then three letters."""
    words = name.split()
    if not words:
        return ""
    if len(words) > 1 and words[0].casefold() in _LEGAL_FORMS:
        return f"{words[0]} {words[1][:3]}{MASK * 3}"
    return f"{name[:3]}{MASK * 3}"


def _keep(word: str, visible: int) -> str:
    # Always five dots: a mask as long as the word would tell its length.
    return word if len(word) <= visible else word[:visible] + MASK * 5
