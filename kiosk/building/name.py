"""The building's name, read from the catalogue file without the floors and rooms and without
SQLAlchemy: cheap enough for the kiosk's welcome screen before its first paint.

:func:`kiosk.building.catalogue.read_catalogue` reads and checks the whole file (the database
is loaded from it); this module only answers "what is the building called".
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import paths

if TYPE_CHECKING:
    from kiosk.config import Settings

#: The building file shipped with the app: the seed when ``building_file`` is not set.
CATALOGUE_FILE = paths.RESOURCES / "building.toml"

# The [building] table's lines, up to the next table header.
_BUILDING_TABLE = re.compile(r"^\[building\][ \t]*(?:#[^\n]*)?\n(.*?)(?=^[ \t]*\[|\Z)",
                             re.MULTILINE | re.DOTALL)


def catalogue_file(settings: Settings) -> Path:
    """The building file in use: the ``building_file`` setting, else the one shipped."""
    return Path(settings.building_file) if settings.building_file else CATALOGUE_FILE


def read_building_name(path: Path = CATALOGUE_FILE) -> str:
    """``[building] name``; "" when the file cannot say (opening the database reads the whole
    catalogue and reports what is wrong with it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    table = _BUILDING_TABLE.search(text)
    if table is not None:
        try:
            return _name(tomllib.loads(table[1]))
        except tomllib.TOMLDecodeError:
            pass  # a value the cut split (a multi-line string): read the whole file
    try:
        return _name(tomllib.loads(text).get("building"))
    except tomllib.TOMLDecodeError:
        return ""


def _name(table: Any) -> str:
    name = table.get("name") if isinstance(table, dict) else None
    return name.strip() if isinstance(name, str) else ""
