"""Configuration: one TOML file, environment overrides, a working default for every setting.

Precedence: defaults < TOML file < environment (``KIOSK_<SECTION>_<KEY>``, e.g.
``KIOSK_MODE``, ``KIOSK_CENTRAL_URL``, ``KIOSK_HOURS_OPENING``). The file is the one named by
``--config``, else ``KIOSK_CONFIG``, else ``config.toml`` in the user config directory; a missing
default file simply means "all defaults".
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import os
import re
import socket
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk import paths


class Mode(enum.StrEnum):
    KIOSK = "kiosk"
    RECEPTION = "reception"


class Language(enum.StrEnum):
    INDONESIAN = "id"
    ENGLISH = "en"


class ConfigError(Exception):
    """A configuration file or environment variable that cannot be used, with where it is."""

    def __init__(self, source: str, key: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.key = key
        self.line = line
        self.message = message
        where = source if line is None else f"{source}, line {line}"
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


@dataclass(frozen=True)
class Hours:
    opening: time = time(7, 0)
    closing: time = time(21, 0)


@dataclass(frozen=True)
class Central:
    #: SQLAlchemy URL of the central PostgreSQL database; empty means standalone.
    url: str = field(default="", metadata={"secret": True})


@dataclass(frozen=True)
class Site:
    #: Names this building in every pass token: passes of another site are refused.
    id: str = "gedung-inovasi-tangsel"
    #: The signing keys; empty means ``<data_dir>/site-keys.json``. Point every device of the
    #: building at the same (copied, owner-only) file so that each verifies the others' passes.
    keys_file: str = ""
    #: How long a retired key still verifies after `gic-kiosk rotate-key`.
    key_grace_days: int = field(default=14, metadata={"min": 0, "max": 365})


@dataclass(frozen=True)
class Printers:
    #: CUPS queue names; empty means "save the PDF to pdf_dir".
    badge: str = ""
    a4: str = ""
    #: For A3 floor grids; empty means A3 schedules are saved, never sent to the A4 printer.
    a3: str = ""
    #: What the badge printer holds: label-62x100, card-cr80, a6 or a4-sheet.
    badge_layout: str = field(default="label-62x100", metadata={
        "choices": ("label-62x100", "card-cr80", "a6", "a4-sheet")})
    #: Where PDFs go when no printer is configured; empty means ``<data_dir>/pdf``.
    pdf_dir: str = ""


@dataclass(frozen=True)
class Bookings:
    #: Indonesian national holidays and cuti bersama close the building to bookings.
    closed_on_holidays: bool = True
    #: Hours a tenant or partner organisation may hold per week (Monday to Sunday); 0 means
    #: no limit. City agencies are never limited.
    quota_hours_per_week: int = field(default=0, metadata={"min": 0, "max": 168})
    #: Print the lobby list and every floor's grid on the A4 printer at opening time.
    auto_print_schedules: bool = False


@dataclass(frozen=True)
class Settings:
    mode: Mode = Mode.KIOSK
    language: Language = Language.INDONESIAN
    timezone: str = "Asia/Jakarta"
    #: Empty means the user data directory (platformdirs).
    data_dir: str = ""
    #: The building file (floors, rooms, the building's name) that seeds a fresh install;
    #: empty means the one shipped in ``resources/building.toml``. Rooms are then kept in the
    #: app (and, with a central database, centrally): the file is not applied again.
    building_file: str = ""
    device_name: str = field(default_factory=socket.gethostname)
    fullscreen: bool = False
    idle_timeout_seconds: int = field(default=60, metadata={"min": 10, "max": 3600})
    #: The reception console locks itself after this long without a key or a click.
    idle_lock_minutes: int = field(default=10, metadata={"min": 1, "max": 480})
    retention_days: int = field(default=365, metadata={"min": 1, "max": 3650})
    hours: Hours = field(default_factory=Hours)
    central: Central = field(default_factory=Central)
    site: Site = field(default_factory=Site)
    printers: Printers = field(default_factory=Printers)
    bookings: Bookings = field(default_factory=Bookings)
    #: The file the settings came from (None: defaults and environment only).
    source: Path | None = field(default=None, compare=False, metadata={"internal": True})

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else paths.default_data_dir()

    @property
    def database_path(self) -> Path:
        return self.data_path / "kiosk.sqlite3"

    @property
    def site_keys_path(self) -> Path:
        keys_file = self.site.keys_file
        return Path(keys_file) if keys_file else self.data_path / "site-keys.json"

    @property
    def pdf_path(self) -> Path:
        return Path(self.printers.pdf_dir) if self.printers.pdf_dir else self.data_path / "pdf"


def load_settings(
    config_file: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Build the effective settings; raise :class:`ConfigError` for anything unusable."""
    environ = os.environ if environ is None else environ
    explicit = config_file or environ.get("KIOSK_CONFIG")
    path = Path(explicit).expanduser() if explicit else paths.default_config_file()
    values: dict[str, Any] = {}
    text = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        try:
            values = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            # Python < 3.14 has the position only in the message: "... (at line 3, column 12)".
            found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
            reason = re.sub(r"\s*\(at line.*\)$", "", str(exc))
            line = int(found[1]) if found else None
            raise ConfigError(str(path), "", f"not valid TOML: {reason}", line) from exc
    elif explicit:
        raise ConfigError(str(path), "", "file not found")

    settings = _build(Settings, values, (), str(path), text)
    settings = _apply_environment(settings, environ)
    # Relative folders are relative to the config file, never to the working directory.
    if settings.data_dir and not Path(settings.data_dir).is_absolute():
        settings = dataclasses.replace(settings, data_dir=str(path.parent / settings.data_dir))
    if settings.building_file and not Path(settings.building_file).is_absolute():
        settings = dataclasses.replace(settings,
                                       building_file=str(path.parent / settings.building_file))
    keys_file = settings.site.keys_file
    if keys_file and not Path(keys_file).is_absolute():
        site = dataclasses.replace(settings.site, keys_file=str(path.parent / keys_file))
        settings = dataclasses.replace(settings, site=site)
    pdf_dir = settings.printers.pdf_dir
    if pdf_dir and not Path(pdf_dir).is_absolute():
        printers = dataclasses.replace(settings.printers, pdf_dir=str(path.parent / pdf_dir))
        settings = dataclasses.replace(settings, printers=printers)
    return dataclasses.replace(settings, source=path if path.exists() else None)


def effective_toml(settings: Settings) -> str:
    """The settings as TOML, secrets masked: what ``gic-kiosk config`` prints."""
    lines: list[str] = []
    tables: list[tuple[str, Any]] = []
    for f in dataclasses.fields(settings):
        if f.metadata.get("internal"):
            continue
        value = getattr(settings, f.name)
        if dataclasses.is_dataclass(value):
            tables.append((f.name, value))
        else:
            lines.append(f"{f.name} = {_toml_value(settings, f.name, value, f.metadata)}")
    for name, table in tables:
        lines.append(f"\n[{name}]")
        for f in dataclasses.fields(table):
            value = getattr(table, f.name)
            lines.append(f"{f.name} = {_toml_value(settings, f.name, value, f.metadata)}")
    return "\n".join(lines) + "\n"


def _toml_value(settings: Settings, name: str, value: Any, metadata: Mapping[str, Any]) -> str:
    if metadata.get("secret") and value:
        value = mask_url(value)
    if name == "data_dir" and not value:
        value = str(settings.data_path)
    if name == "pdf_dir" and not value:
        value = str(settings.pdf_path)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, time):
        return f'"{value:%H:%M}"'
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def mask_url(url: str) -> str:
    """Hide the password of a database URL (and anything unparseable) for display and logs."""
    # Imported here: the kiosk paints its first screen before SQLAlchemy is loaded.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "***"


# --- parsing -------------------------------------------------------------------------------


def _build(cls: type, values: Mapping[str, Any], section: tuple[str, ...], source: str,
           text: str) -> Any:
    if not isinstance(values, Mapping):
        raise ConfigError(source, ".".join(section), "expected a table", _line_of(text, section))
    known = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    unknown = [k for k in values if k not in known]
    if unknown:
        key = unknown[0]
        hint = difflib.get_close_matches(key, known, n=1)
        message = "unknown setting" + (f" (did you mean '{hint[0]}'?)" if hint else "")
        where = (*section, key)
        raise ConfigError(source, ".".join(where), message, _line_of(text, where))
    kwargs: dict[str, Any] = {}
    for name, f in known.items():
        if name not in values:
            continue
        where = (*section, name)
        if isinstance(f.type, str) and f.type in _NESTED:
            kwargs[name] = _build(_NESTED[f.type], values[name], where, source, text)
            continue
        try:
            kwargs[name] = _coerce(f, values[name])
        except ValueError as exc:
            raise ConfigError(source, ".".join(where), str(exc), _line_of(text, where)) from exc
    return cls(**kwargs)


def _apply_environment(settings: Settings, environ: Mapping[str, str]) -> Settings:
    def override(obj: Any, prefix: str) -> Any:
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            if f.metadata.get("internal"):
                continue
            current = getattr(obj, f.name)
            var = f"{prefix}_{f.name}".upper()
            if dataclasses.is_dataclass(current):
                changes[f.name] = override(current, var)
            elif var in environ:
                try:
                    changes[f.name] = _coerce(f, environ[var])
                except ValueError as exc:
                    raise ConfigError(f"environment variable {var}", f.name, str(exc)) from exc
        return dataclasses.replace(obj, **changes)

    result: Settings = override(settings, "KIOSK")
    return result


def _coerce(f: dataclasses.Field[Any], raw: Any) -> Any:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    parser = _PARSERS[kind]
    value = parser(raw)
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        raise ValueError(f"expected one of {', '.join(choices)}, got {value!r}")
    low, high = f.metadata.get("min"), f.metadata.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"must be between {low} and {high}, got {value}")
    if f.name == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (e.g. 'Asia/Jakarta')") from exc
    return value


def _parse_str(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(f"expected text in quotes, got {raw!r}")
    return raw


def _parse_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"expected a whole number, got {raw!r}")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"\s*-?\d+\s*", raw):
        return int(raw)
    raise ValueError(f"expected a whole number, got {raw!r}")


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in {"1", "true", "yes", "on", "0", "false",
                                                         "no", "off"}:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    raise ValueError(f"expected true or false, got {raw!r}")


def _parse_time(raw: Any) -> time:
    if isinstance(raw, time):
        return raw
    if isinstance(raw, str) and (m := re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", raw)):
        hour, minute = int(m[1]), int(m[2])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValueError(f'expected a time of day like "07:30", got {raw!r}')


def _enum_parser(enum_type: type[enum.StrEnum]) -> Callable[[Any], Any]:
    def parse(raw: Any) -> Any:
        try:
            return enum_type(str(raw).strip().lower())
        except ValueError:
            choices = ", ".join(f"'{m.value}'" for m in enum_type)
            raise ValueError(f"expected one of {choices}, got {raw!r}") from None

    return parse


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "str": _parse_str,
    "int": _parse_int,
    "bool": _parse_bool,
    "time": _parse_time,
    "Mode": _enum_parser(Mode),
    "Language": _enum_parser(Language),
}
_NESTED: dict[str, type] = {"Hours": Hours, "Central": Central, "Site": Site,
                            "Bookings": Bookings,
                            "Printers": Printers}


def _line_of(text: str, where: tuple[str, ...]) -> int | None:
    """The line where a key is set, so an administrator can go straight to it."""
    *section, key = where
    wanted = ".".join(section)
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if header := re.fullmatch(r"\[\s*([^\]]+?)\s*\]\s*(#.*)?", stripped):
            current = header[1]
            if not key and current == wanted:
                return number
            continue
        if current == wanted and re.match(rf'["\']?{re.escape(key)}["\']?\s*=', stripped):
            return number
        if not section and current == "" and stripped.startswith(f"{key}."):
            return number
    if section and not key:
        return None
    # A nested table written inline (`hours = {opening = ...}`) or a dotted key.
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(where[0])}\s*[=.]", line):
            return number
    return None
