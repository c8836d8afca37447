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
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.config import Settings
from kiosk.passes.tokens import Keyring, SiteKey

log = logging.getLogger(__name__)


class KeyFileError(RuntimeError):
    """The key file exists but cannot be used; the message says where and why."""


def load_keyring(settings: Settings, now: datetime) -> Keyring:
    """The site's keyring, creating the key file with a first key if there is none."""
    path = settings.site_keys_path
    if not path.exists():
        created = _create(path, Keyring(settings.site.id, (_new_key(1, now),),
                                        timedelta(days=settings.site.key_grace_days)))
        if created:
            log.info("created the site's signing key in %s", path)
    return read_keyring(settings)


def read_keyring(settings: Settings) -> Keyring:
    """The key file as it is on disk now."""
    path = settings.site_keys_path
    grace = timedelta(days=settings.site.key_grace_days)
    try:
        _tighten_permissions(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = tuple(
            SiteKey(
                key_id=int(k["id"]),
                secret=bytes.fromhex(k["secret"]),
                created_at=_aware(k["created_at"]),
                retired_at=_aware(k["retired_at"]) if k["retired_at"] else None,
                keep_until=_aware(k["keep_until"]) if k.get("keep_until") else None,
            )
            for k in data["keys"]
        )
        site_id = str(data["site_id"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"{path}: unreadable site key file ({exc})") from exc
    if site_id != settings.site.id:
        raise KeyFileError(f"{path}: keys of site {site_id!r}, but this device is configured "
                           f"for {settings.site.id!r}")
    if not keys or any(len(k.secret) < 32 for k in keys):
        raise KeyFileError(f"{path}: no usable key (keys must be 32 bytes)")
    return Keyring(site_id, keys, grace)


def rotate_key(settings: Settings, now: datetime,
               keep_until: datetime | None = None) -> Keyring:
    """Retire the signing key and add a new one. Old passes verify for the grace period, and
    until ``keep_until`` (the last outstanding invitation) if that is later. Keys past both
    are dropped, so ids can be reused safely after 255 rotations."""
    keyring = load_keyring(settings, now)
    current = keyring.signing_key
    kept = [
        k for k in keyring.keys
        if k is current or keyring.verifying_key(k.key_id, now) is not None
    ]
    in_use = {k.key_id for k in kept}
    next_id = current.key_id
    for _ in range(255):
        next_id = next_id % 255 + 1
        if next_id not in in_use:
            break
    else:
        raise KeyFileError("255 keys are still within their grace period; rotate later")
    retired = tuple(
        SiteKey(k.key_id, k.secret, k.created_at, now, keep_until) if k is current else k
        for k in kept
    )
    rotated = Keyring(keyring.site_id, (*retired, _new_key(next_id, now)), keyring.grace)
    _replace(settings.site_keys_path, rotated)
    return rotated


def _new_key(key_id: int, now: datetime) -> SiteKey:
    return SiteKey(key_id, secrets.token_bytes(32), now)


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment


def _serialise(keyring: Keyring) -> str:
    return json.dumps({
        "site_id": keyring.site_id,
        "keys": [
            {
                "id": k.key_id,
                "secret": k.secret.hex(),
                "created_at": k.created_at.isoformat(),
                "retired_at": k.retired_at.isoformat() if k.retired_at else None,
                "keep_until": k.keep_until.isoformat() if k.keep_until else None,
            }
            for k in keyring.keys
        ],
    }, indent=2)


def _temporary(path: Path, keyring: Keyring) -> Path:
    """The keyring in a fresh owner-only file beside ``path`` (mkstemp: 0600 from the first
    byte, and never an old file's looser mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=".site-keys-", suffix=".part")
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(_serialise(keyring))
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)


def _create(path: Path, keyring: Keyring) -> bool:
    """Write the first key file, unless another device or process did so first (devices
    sharing one file may start together): then theirs is used, never overwritten."""
    temporary = _temporary(path, keyring)
    try:
        os.link(temporary, path)  # fails if the file exists: creation is atomic
        return True
    except FileExistsError:
        return False
    finally:
        temporary.unlink()


def _replace(path: Path, keyring: Keyring) -> None:
    _temporary(path, keyring).replace(path)


def _tighten_permissions(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("%s was readable by others (mode %o); made owner-only", path, mode)
        path.chmod(0o600)
