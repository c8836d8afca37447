"""Where the application finds its own files and keeps the user's."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "gic-kiosk"
APP_AUTHOR = "GedungInovasiCenter"

#: Resources ship beside the packages (building catalogue, translations, themes, fonts).
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "config.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def write_atomically(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` without ever leaving a half-written file under its name:
    a ``.part`` file renamed into place, and removed again when anything fails."""
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give a file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
