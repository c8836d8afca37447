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
