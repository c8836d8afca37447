"""The site's signing keys on disk: made on first start, readable by the owner only.

The file is JSON so that an administrator can copy it to every device of the building (or,
with a central database, have it distributed there). Rotation keeps the old key for a grace
period, so passes printed this morning still check out this afternoon.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.tokens import Keyring, SiteKey

log = logging.getLogger(__name__)


class KeyFileError(RuntimeError):
    """The key file exists but cannot be used; the message says where and why."""


def load_keyring(settings: Settings, now: datetime) -> Keyring:
    """The site's keyring, creating the key file with a first key if there is none."""
    path = settings.site_keys_path
    grace = timedelta(days=settings.site.key_grace_days)
    if not path.exists():
        keyring = Keyring(settings.site.id, (_new_key(1, now),), grace)
        _write(path, keyring)
        log.info("created the site's signing key in %s", path)
        return keyring
    _tighten_permissions(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = tuple(
            SiteKey(
                key_id=int(k["id"]),
                secret=bytes.fromhex(k["secret"]),
                created_at=datetime.fromisoformat(k["created_at"]),
                retired_at=datetime.fromisoformat(k["retired_at"]) if k["retired_at"] else None,
            )
            for k in data["keys"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"{path}: unreadable site key file ({exc})") from exc
    if not keys or any(len(k.secret) < 32 for k in keys):
        raise KeyFileError(f"{path}: no usable key (keys must be 32 bytes)")
    return Keyring(settings.site.id, keys, grace)


def rotate_key(settings: Settings, now: datetime) -> Keyring:
    """Retire the signing key and add a new one; old passes verify for the grace period."""
    keyring = load_keyring(settings, now)
    current = keyring.signing_key
    next_id = (max(k.key_id for k in keyring.keys) % 255) + 1
    retired = tuple(
        SiteKey(k.key_id, k.secret, k.created_at, now) if k is current else k
        for k in keyring.keys
        if k.key_id != next_id  # an id reused after 255 rotations replaces its old key
    )
    rotated = Keyring(keyring.site_id, (*retired, _new_key(next_id, now)), keyring.grace)
    _write(settings.site_keys_path, rotated)
    return rotated


def _new_key(key_id: int, now: datetime) -> SiteKey:
    return SiteKey(key_id, secrets.token_bytes(32), now)


def _write(path: Path, keyring: Keyring) -> None:
    data: dict[str, Any] = {
        "site_id": keyring.site_id,
        "keys": [
            {
                "id": k.key_id,
                "secret": k.secret.hex(),
                "created_at": k.created_at.isoformat(),
                "retired_at": k.retired_at.isoformat() if k.retired_at else None,
            }
            for k in keyring.keys
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    # Created owner-only from the first byte: never a moment when others could read it.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


def _tighten_permissions(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("%s was readable by others (mode %o); made owner-only", path, mode)
        path.chmod(0o600)
