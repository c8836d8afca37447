"""QSS themes live in ``resources/themes``; this is the one place that loads them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.paths import RESOURCES

THEMES = RESOURCES / "themes"
ICONS = RESOURCES / "icons"


def apply_theme(app: QApplication, name: str = "default") -> None:
    """Load a theme. ``@icons/`` in the QSS names the icon folder, because QSS resolves
    relative URLs against the working directory, which could be anywhere."""
    qss = (THEMES / f"{name}.qss").read_text(encoding="utf-8")
    app.setStyleSheet(qss.replace("@icons/", ICONS.as_posix() + "/"))
