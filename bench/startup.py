"""Start-up to the welcome screen painted, whole process, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs N] [--shell-bytecode]
        [--smoke]

Each run spawns a fresh Python process and times from spawn to the first Paint event of the
welcome screen (the bare baseline: a QApplication and one empty QWidget). Runs alternate so
that both see the same machine load. "first run" is a brand-new data directory (database
created, migrated, catalogue loaded); "warm" reuses it. ``--smoke`` times three pairs (enough
for the test command's loose bound) and gives no verdict.

The children keep their bytecode in a cache of their own, filled by an untimed pair first, as an
installed kiosk has its ``.pyc`` files: the figure then depends neither on the shell's
``PYTHONDONTWRITEBYTECODE`` nor on which ``__pycache__`` folders other runs left in the tree.
``--shell-bytecode`` lets them inherit the shell's settings instead (with
``PYTHONDONTWRITEBYTECODE=1`` the project's sources are compiled at every start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._smoke import add_smoke_flag

HERE = Path(__file__).resolve().parent
CHILD = HERE / "_first_paint.py"


def child_environment(bytecode: Path | None) -> dict[str, str]:
    """The children's environment; with ``bytecode``, their bytecode cache folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def time_child(env: dict[str, str], *args: str) -> float:
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                                   stderr=errors, text=True, env=env)
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "PAINTED":
                elapsed = time.perf_counter() - start
                break
        else:
            process.wait(timeout=30)
            errors.seek(0)
            said = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{args[0]} never painted; its stderr ends:\n{said}")
        process.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--shell-bytecode", action="store_true",
                        help="the children inherit this shell's bytecode settings instead of "
                        "a bytecode cache of their own")
    add_smoke_flag(parser)
    args = parser.parse_args()
    runs = 3 if args.smoke else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        env = child_environment(None if args.shell_bytecode else Path(tmp) / "bytecode")
        if not args.shell_bytecode:
            warm_up = Path(tmp) / "warm-up" / "config.toml"
            warm_up.parent.mkdir()
            warm_up.write_text('data_dir = "data"\n', encoding="utf-8")
            time_child(env, "bare")
            time_child(env, "kiosk", str(warm_up))
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        first_run = time_child(env, "kiosk", str(config))
        bare, kiosk = [], []
        for _ in range(runs):
            bare.append(time_child(env, "bare"))
            kiosk.append(time_child(env, "kiosk", str(config)))
    bare_ms = statistics.median(bare) * 1000
    kiosk_ms = statistics.median(kiosk) * 1000
    print(f"bare PySide6 window   median {bare_ms:7.1f} ms  (n={runs})")
    print(f"kiosk welcome painted median {kiosk_ms:7.1f} ms  (n={runs})")
    print(f"kiosk, very first run         {first_run * 1000:7.1f} ms  (new database)")
    print("bytecode                      " + ("as the shell says" if args.shell_bytecode
                                              else "cached, as installed"))
    goal = "" if args.smoke else "  (goal <= 1.7x)"
    print(f"ratio kiosk / bare            {kiosk_ms / bare_ms:7.2f}x{goal}")


if __name__ == "__main__":
    main()
