"""The administrator's command line, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gic(*args: str, config: Path,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIOSK_CONFIG": str(config), **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=environment, cwd=ROOT, timeout=120, check=False)


def test_config_prints_the_effective_settings_with_the_password_masked(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('mode = "reception"\n[central]\nurl = "postgresql://kiosk:hunter2@db/gic"\n',
                      encoding="utf-8")
    result = gic("config", config=config, env={"KIOSK_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert 'mode = "reception"' in result.stdout
    assert 'language = "en"' in result.stdout
    assert "hunter2" not in result.stdout + result.stderr
    assert str(config) in result.stdout


def test_a_malformed_config_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('mode = "kiosk"\nidle_timeout_seconds = "lama"\n', encoding="utf-8")
    result = gic("config", config=config)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{config}, line 2: idle_timeout_seconds: expected a whole number" in result.stderr
