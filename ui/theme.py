"""QSS themes live in ``resources/themes``; this is the one place that loads them."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from kiosk.paths import RESOURCES

THEMES = RESOURCES / "themes"
ICONS = RESOURCES / "icons"


#: "Larger text" multiplies every font size by this.
LARGER_TEXT = 1.3


@cache
def _read(name: str) -> str:
    """Read once: the accessibility toggles re-apply the theme from a slot, without file I/O."""
    return (THEMES / f"{name}.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, *, high_contrast: bool = False,
                larger_text: bool = False) -> None:
    """Load the default theme, with the high-contrast colours layered over it on request.

    ``@icons/`` in the QSS names the icon folder, because QSS resolves relative URLs against
    the working directory, which could be anywhere.
    """
    qss = _read("default")
    if high_contrast:
        qss += "\n" + _read("high-contrast")
    if larger_text:
        qss = re.sub(r"font-size:\s*(\d+)px",
                     lambda m: f"font-size: {round(int(m[1]) * LARGER_TEXT)}px", qss)
    app.setStyleSheet(qss.replace("@icons/", ICONS.as_posix() + "/"))


#: The colour the icons are drawn in (resources/icons); icon_pixmap paints them in another.
ICON_COLOUR = "#0b4f6c"


@cache
def icon_pixmap(name: str, colour: str, size: int) -> QPixmap:
    """An icon from ``resources/icons`` drawn in ``colour``: the same picture serves the
    default and the high-contrast theme."""
    from PySide6.QtSvg import QSvgRenderer  # only screens with icons need it, not start-up

    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace(ICON_COLOUR, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap
