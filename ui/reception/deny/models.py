"""The deny list as a table: one entry a row, newest first."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.safety.deny import DenySummary
from kiosk.visits.phone import format_phone
from ui.table_model import RowsTableModel


class DenyListModel(RowsTableModel):
    """Name, phone, reason, until (the last day), added."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DenyList", "Name"),
                QCoreApplication.translate("DenyList", "Phone"),
                QCoreApplication.translate("DenyList", "Reason"),
                QCoreApplication.translate("DenyList", "Until"),
                QCoreApplication.translate("DenyList", "Added")]

    def cell(self, row: Any, column: int) -> str:
        entry: DenySummary = row
        if column == 0:
            return entry.name
        if column == 1:
            return format_phone(entry.phone_e164) if entry.phone_e164 else ""
        if column == 2:
            return entry.reason
        if column == 3:
            if entry.last_day is None:
                return QCoreApplication.translate("DenyList", "no end")
            day = f"{entry.last_day:%d-%m-%Y}"
            return (QCoreApplication.translate("DenyList", "%1 (ended)").replace("%1", day)
                    if entry.ended else day)
        return f"{entry.added_at.astimezone(self._zone):%d-%m-%Y %H:%M}"

    def row_id(self, row: Any) -> Any:
        return row.entry_id

    def entry_at(self, row: int) -> DenySummary | None:
        found: DenySummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found

    def entry_ids(self) -> list[uuid.UUID]:
        return [row.entry_id for row in self._rows]
