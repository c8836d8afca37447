"""Times picked at reception: an edit whose minutes step by the quarter hour, and the window a
new invitation or booking starts with."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QTimeEdit, QWidget

#: The time edits step by this many minutes on their minutes section.
TIME_STEP_MINUTES = 15
#: A new invitation or booking lasts this long unless reception says otherwise.
DEFAULT_LENGTH = timedelta(hours=2)
_LAST_QUARTER = 24 * 60 - TIME_STEP_MINUTES


class QuarterHourEdit(QTimeEdit):
    """A time whose minutes step by :data:`TIME_STEP_MINUTES` (arrows, wheel, up/down keys),
    carrying into the hour; any minute can still be typed. Shown as ``HH:mm``."""

    def __init__(self, parent: QWidget | None = None, at: time | datetime | None = None
                 ) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        if at is not None:
            self.set_time(at)

    def set_time(self, at: time | datetime) -> None:
        """Show the hour and minute of ``at`` (a wall-clock time, or a moment already in the
        building's zone)."""
        self.setTime(QTime(at.hour, at.minute))

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        current = self.time()
        minutes = current.hour() * 60 + current.minute()
        quarters = (minutes // TIME_STEP_MINUTES if steps > 0
                    else -(-minutes // TIME_STEP_MINUTES))
        target = min(max((quarters + steps) * TIME_STEP_MINUTES, 0), _LAST_QUARTER)
        self.setTime(QTime(target // 60, target % 60))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            return super().stepEnabled()
        current = self.time()
        minutes = current.hour() * 60 + current.minute()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if minutes > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if minutes < _LAST_QUARTER:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


def default_window(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The next full hour in the building and two hours on, kept within one day."""
    local = now.astimezone(zone)
    start = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    end = start + DEFAULT_LENGTH
    if end.date() != start.date():
        end = datetime.combine(start.date(), time(_LAST_QUARTER // 60, _LAST_QUARTER % 60),
                               zone)
    return start, end
