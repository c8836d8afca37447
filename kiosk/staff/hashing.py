"""The one Argon2id hasher for staff secrets: passwords, personal PINs and the device PIN.

Argon2id at the OWASP minimum (19 MiB, 2 passes, 1 lane) instead of argon2-cffi's defaults
(64 MiB, 3 passes, 4 lanes). A desk PC has 2 cores and checks a password on its database
worker while the person waits: one check takes 20-30 ms here (``bench/password_check.py``)
against 120-140 ms with the defaults. What protects a short PIN is the lock-out; the hash
keeps every secret out of a copied database file. Changing these parameters is safe: a hash
made with other ones is upgraded at the next successful check.
"""

from __future__ import annotations

import logging

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

log = logging.getLogger(__name__)

TIME_COST = 2
MEMORY_KIB = 19456
PARALLELISM = 1

_HASHER = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM,
                         hash_len=32, salt_len=16, type=Type.ID)
#: Checked against when there is no hash to check (an unknown name), so that a wrong name
#: takes as long to refuse as a wrong password.
_DECOY = _HASHER.hash("not a secret of anybody's")


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def check_secret(stored: str, secret: str) -> tuple[bool, str | None]:
    """Whether ``secret`` matches the ``stored`` hash, and a new hash to store when it does
    and ``stored`` was made with other parameters (else None). An empty ``stored`` never
    matches, after the same work as a real check."""
    try:
        _HASHER.verify(stored or _DECOY, secret)
    except VerificationError:  # VerifyMismatchError, or a hash argon2 could not check
        return False, None
    except InvalidHashError:
        log.error("a stored staff secret hash is unreadable; set a new one")
        return False, None
    if not stored:
        return False, None
    return True, (_HASHER.hash(secret) if _HASHER.check_needs_rehash(stored) else None)
