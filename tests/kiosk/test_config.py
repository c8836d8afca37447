from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from kiosk.config import ConfigError, Language, Mode, effective_toml, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_has_a_working_default(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, ""), environ={})
    assert settings.mode is Mode.KIOSK
    assert settings.language is Language.INDONESIAN
    assert settings.timezone == "Asia/Jakarta"
    assert settings.central.url == ""
    assert settings.printers.badge == ""
    assert settings.idle_timeout_seconds == 60
    assert settings.hours.opening == time(7, 0)
    assert settings.data_path.is_absolute()
    assert settings.pdf_path == settings.data_path / "pdf"


def test_file_then_environment_override_defaults(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'mode = "reception"\nidle_timeout_seconds = 90\n[hours]\nopening = "06:30"\n'
        '[printers]\nbadge = "QL-820"\n',
    )
    settings = load_settings(path, environ={"KIOSK_IDLE_TIMEOUT_SECONDS": "120",
                                            "KIOSK_PRINTERS_A4": "HP-Lobby"})
    assert settings.mode is Mode.RECEPTION
    assert settings.idle_timeout_seconds == 120
    assert settings.hours.opening == time(6, 30)
    assert settings.printers.badge == "QL-820"
    assert settings.printers.a4 == "HP-Lobby"


def test_config_file_named_by_environment(tmp_path: Path) -> None:
    path = write(tmp_path, 'language = "en"\n')
    assert load_settings(environ={"KIOSK_CONFIG": str(path)}).language is Language.ENGLISH


def test_relative_data_dir_is_relative_to_the_config_file(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, 'data_dir = "kiosk-data"\n'), environ={})
    assert settings.data_path == tmp_path / "kiosk-data"


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'mode = "kiosk"\n\nlanguage = id\n')
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert info.value.line == 3
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("text", "key", "line", "words"),
    [
        ('mode = "kiosk"\nidle_timeout_seconds = "soon"\n', "idle_timeout_seconds", 2,
         "whole number"),
        ('\n\n[hours]\nopening = "25:00"\n', "hours.opening", 4, "time of day"),
        ('mode = "lobby"\n', "mode", 1, "'kiosk', 'reception'"),
        ('timezone = "Asia/Jakrta"\n', "timezone", 1, "unknown time zone"),
        ('idle_timout_seconds = 30\n', "idle_timout_seconds", 1, "did you mean"),
        ('[printers]\nbadge = 5\n', "printers.badge", 2, "text"),
        ('fullscreen = "maybe"\n', "fullscreen", 1, "true or false"),
        ('retention_days = 0\n', "retention_days", 1, "between"),
    ],
)
def test_bad_value_names_file_line_and_key(tmp_path: Path, text: str, key: str, line: int,
                                           words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert (info.value.key, info.value.line) == (key, line)
    assert words in str(info.value)


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="KIOSK_MODE"):
        load_settings(write(tmp_path, ""), environ={"KIOSK_MODE": "lobby"})


def test_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_printed_configuration_masks_the_database_password(tmp_path: Path) -> None:
    path = write(tmp_path, '[central]\nurl = "postgresql://kiosk:s3cret@db.tangsel:5432/gic"\n')
    printed = effective_toml(load_settings(path, environ={}))
    assert "s3cret" not in printed
    assert "kiosk:***@db.tangsel" in printed
    assert 'mode = "kiosk"' in printed
    assert "[printers]" in printed
