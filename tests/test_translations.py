"""Bahasa Indonesia first: every visible string in ui/ has an Indonesian translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def untranslated(ts: Path) -> list[str]:
    messages = ET.parse(ts).getroot().iter("message")
    return [m.findtext("source") or "" for m in messages
            if m.find("translation").get("type") in ("unfinished", "vanished")]  # type: ignore[union-attr]


def test_every_indonesian_string_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "gic_id.ts") == []


def test_the_translation_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Run lupdate on a copy: a string in the code but not yet in the .ts shows up as new."""
    copy = tmp_path / "gic_id.ts"
    shutil.copy(TRANSLATIONS / "gic_id.ts", copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    assert untranslated(copy) == [], result.stdout
