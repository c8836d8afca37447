"""The staff accounts and the activity record as tables."""

from __future__ import annotations

import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kiosk.staff.accounts import StaffSummary
from kiosk.staff.activity import ActivityEntry
from ui.reception.staff.texts import activity_label, kind_label
from ui.table_model import RowsTableModel
from ui.texts import role_label


class StaffModel(RowsTableModel):
    """Name, sign-in name, role, PIN, state."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Staff", "Name"),
                QCoreApplication.translate("Staff", "Sign-in name"),
                QCoreApplication.translate("Staff", "Role"),
                QCoreApplication.translate("Staff", "PIN"),
                QCoreApplication.translate("Staff", "State")]

    def cell(self, row: Any, column: int) -> str:
        person: StaffSummary = row
        if column == 0:
            return person.name
        if column == 1:
            return person.login
        if column == 2:
            return role_label(person.role)
        if column == 3:
            return (QCoreApplication.translate("Staff", "set") if person.has_pin
                    else QCoreApplication.translate("Staff", "none"))
        return (QCoreApplication.translate("Staff", "disabled") if person.disabled
                else QCoreApplication.translate("Staff", "active"))

    def row_id(self, row: Any) -> Any:
        return row.id

    def person_at(self, row: int) -> StaffSummary | None:
        found: StaffSummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found


class ActivityModel(RowsTableModel):
    """When, who, at which desk, about what, what was done, to what."""

    def __init__(self, zone: ZoneInfo, this_device: uuid.UUID | None = None,
                 parent: Any = None) -> None:
        super().__init__(zone, parent)
        self.this_device = this_device

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Activity", "When"),
                QCoreApplication.translate("Activity", "Who"),
                QCoreApplication.translate("Activity", "Desk"),
                QCoreApplication.translate("Activity", "About"),
                QCoreApplication.translate("Activity", "What"),
                QCoreApplication.translate("Activity", "Subject")]

    def cell(self, row: Any, column: int) -> str:
        entry: ActivityEntry = row
        if column == 0:
            return f"{entry.at.astimezone(self._zone):%d-%m-%Y %H:%M}"
        if column == 1:
            return entry.actor
        if column == 2:
            if entry.device_id is None:
                return "—"
            if entry.device_id == self.this_device:
                return QCoreApplication.translate("Activity", "this desk")
            return str(entry.device_id)[:8]
        if column == 3:
            return kind_label(entry.kind)
        if column == 4:
            return activity_label(entry.kind, entry.action)
        return entry.subject
