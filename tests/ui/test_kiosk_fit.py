"""Every kiosk screen fits its display: portrait 1080 × 1920 and landscape 1920 × 1080, in
Indonesian and English, with normal and larger text. Nothing may be cut off at the edge, no
button's words cut short, no wrapped text squeezed below its height."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QListView, QPushButton, QWidget

from tests.ui.kiosk_driver import ORIENTATIONS
from tests.ui.kiosk_scenes import book_today, idle, kiosk_scenes, on_worker
from ui.context import AppContext
from ui.theme import apply_theme
from ui.visitor.window import KioskWindow


def wider_rows(view: QListView) -> list[int]:
    """Rows wider than the list shows (a list scrolls them sideways, or cuts them off)."""
    model = view.model()
    width = view.viewport().width()
    return [row for row in range(model.rowCount())
            if view.visualRect(model.index(row, 0)).width() > width]


def misfits(screen: QWidget, width: int, height: int) -> list[str]:
    """What does not fit on ``screen`` shown at ``width`` × ``height``."""
    found = []
    layout = screen.layout()
    minimum = screen.minimumSizeHint()
    needed_height = (layout.minimumHeightForWidth(width)
                     if layout is not None and layout.hasHeightForWidth() else minimum.height())
    if minimum.width() > width:
        found.append(f"needs {minimum.width()} px wide")
    if needed_height > height:
        found.append(f"needs {needed_height} px high")
    for child in screen.findChildren(QWidget):
        if not child.isVisibleTo(screen):
            continue
        name = child.objectName() or type(child).__name__
        if (isinstance(child, QPushButton) and child.text()
                and child.minimumSizeHint().width() > child.width()):
            found.append(f"button {name!r} {child.text()!r} cut short")
        elif isinstance(child, QListView) and wider_rows(child):
            found.append(f"{name!r}: rows wider than the list, their ends cut off")
        elif (isinstance(child, QLabel) and child.wordWrap() and child.text()
              and child.heightForWidth(child.width()) > child.height() + 1):
            found.append(f"label {name!r} {child.text()[:30]!r}… squeezed")
    return found


@pytest.mark.parametrize("larger_text", [False, True], ids=["normal-text", "larger-text"])
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
def test_every_kiosk_screen_fits_the_display(qtbot: Any, qapp: QApplication, context: AppContext,
                                             orientation: str, language: str,
                                             larger_text: bool) -> None:
    on_worker(context, book_today)
    width, height = ORIENTATIONS[orientation]
    context.translations.install(language)
    window = KioskWindow(context)
    qtbot.addWidget(window)
    window.setFixedSize(width, height)  # exactly the display: nothing may grow it
    window.show()
    qtbot.waitExposed(window)
    idle(context)
    if larger_text:
        window._toggle_larger_text()
    problems = {}
    try:
        for scene in kiosk_scenes(window, context):
            if larger_text and not window._larger_text:
                window._toggle_larger_text()  # welcome resets it for the next visitor
            idle(context)
            screen = window.current()
            assert screen is not None
            found = misfits(screen, width, height)
            if found:
                problems[scene] = found
    finally:
        apply_theme(qapp)
    assert problems == {}
