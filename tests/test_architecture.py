"""DESIGN.md: ``kiosk/`` is plain Python and never imports Qt or ``ui``; the layers point down
(import-linter contracts in ``pyproject.toml``)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def test_kiosk_sources_import_no_qt_and_no_ui() -> None:
    offenders = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_importing_every_kiosk_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "kiosk").rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr or result.stdout



def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          cwd=root, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_the_layer_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


@pytest.mark.parametrize(("module", "line"), [
    ("kiosk/db/types.py", "import kiosk.models"),  # db is below the models
    ("kiosk/visits/names.py", "import kiosk.bookings.booking"),  # a feature reaching up
    ("kiosk/paper/text.py", "import kiosk.cli"),  # nothing but main.py imports the commands
    ("kiosk/errors.py", "import ui.app"),  # the domain never imports the UI
    ("ui/visitor/step.py", "import ui.reception.window"),  # two faces, independent
])
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str) -> None:
    """The contracts can fail: a copy of the code with one upward import added is refused."""
    for package in ("kiosk", "ui"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__", "migrations"))
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n",
                      encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "BROKEN" in result.stdout


#: STYLE.md: a module is read in one sitting; a function on one screen or two.
MODULE_LINES = 700
FUNCTION_LINES = 120


def _sources() -> list[Path]:
    return sorted(p for package in ("kiosk", "ui") for p in (ROOT / package).rglob("*.py")
                  if "migrations" not in p.parts)


def test_modules_and_functions_stay_small_enough_to_read() -> None:
    too_long = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        if text.count("\n") > MODULE_LINES:
            too_long.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}(): {length} lines")
    assert too_long == []


def test_the_domain_is_found_by_its_folders() -> None:
    """A newcomer reads the features from ``kiosk/``'s folder names: few loose modules beside
    them, and ``main.py`` only parses and dispatches."""
    loose = sorted(p.name for p in (ROOT / "kiosk").glob("*.py"))
    assert len(loose) <= 12, loose
    assert (ROOT / "main.py").read_text(encoding="utf-8").count("\n") < 120
