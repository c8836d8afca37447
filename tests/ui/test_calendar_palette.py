"""The calendar's colours come from the QSS themes only: every colour a view draws with is
set by each theme, and none is written in Python."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from ui.reception.calendar.day_grid import DayGridView, HourHeader
from ui.reception.calendar.models import DayGridModel, WeekModel
from ui.reception.calendar.overview import OverviewView
from ui.reception.calendar.overview_model import OverviewModel
from ui.reception.calendar.week import WeekView
from ui.theme import apply_theme

CALENDAR = Path(__file__).resolve().parents[2] / "ui" / "reception" / "calendar"
WIB = ZoneInfo("Asia/Jakarta")


def colour_properties(widget: QWidget) -> list[str]:
    meta = widget.metaObject()
    names = [meta.property(i).name() for i in range(meta.propertyCount())]
    return [name for name in names if name.endswith("Color")
            and isinstance(widget.property(name), QColor)]


@pytest.fixture
def views(qapp: QApplication) -> Iterator[list[QWidget]]:
    day = DayGridView(DayGridModel(WIB, time(7), time(21)))
    week = WeekView(WeekModel(WIB, time(7), time(21)))
    overview = OverviewView(OverviewModel())
    widgets: list[QWidget] = [day, week, overview]
    yield [*widgets, day.horizontalHeader()]
    for widget in widgets:
        widget.deleteLater()
    apply_theme(qapp)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_every_calendar_colour_is_set_by_the_theme(qapp: QApplication, views: list[QWidget],
                                                   high_contrast: bool) -> None:
    apply_theme(qapp, high_contrast=high_contrast)
    unset = []
    for widget in views:
        widget.ensurePolished()
        names = colour_properties(widget)
        assert names, type(widget).__name__
        unset += [f"{type(widget).__name__}.{name}" for name in names
                  if not hasattr(widget, f"_color_{name}")]
    assert unset == []
    assert isinstance(views[-1], HourHeader)


def test_the_block_colours_are_one_palette_in_the_default_theme(
        qapp: QApplication, views: list[QWidget]) -> None:
    apply_theme(qapp)
    day, week = views[0], views[1]
    day.ensurePolished()
    week.ensurePolished()
    for name in ("confirmedColor", "pendingColor", "pendingBorderColor", "pendingHatchColor",
                 "bufferColor", "blockTextColor", "selectionColor", "freeColor"):
        assert day.property(name) == week.property(name), name


def test_no_colour_is_written_in_the_calendars_python() -> None:
    literal = re.compile(r"#[0-9a-fA-F]{3,8}\b|QColor\(\s*['\"]|Qt\.GlobalColor")
    found = [f"{path.name}:{number}" for path in sorted(CALENDAR.glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if literal.search(line)]
    assert found == []
