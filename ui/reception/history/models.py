"""The visit history as a table: one visit a row, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.visits.check_in import VisitSummary
from kiosk.visits.phone import format_phone
from ui.table_model import RowsTableModel
from ui.texts import purpose_label
from ui.widgets import is_indonesian


def destination_text(visit: VisitSummary) -> str:
    """Where the visitor went: the room, else the host, else the floor, else reception."""
    indonesian = is_indonesian()
    if visit.room_code:
        name = visit.room_name_id if indonesian else visit.room_name_en
        return f"{visit.room_code} {name}"
    if visit.host:
        return visit.host
    if visit.floor_number is not None:
        return QCoreApplication.translate("VisitHistory", "Floor %1").replace(
            "%1", str(visit.floor_number))
    return QCoreApplication.translate("VisitHistory", "Reception")


class VisitHistoryModel(RowsTableModel):
    """In, out, visitor, phone, organisation, where to, purpose, pass number."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("VisitHistory", "In"),
                QCoreApplication.translate("VisitHistory", "Out"),
                QCoreApplication.translate("VisitHistory", "Visitor"),
                QCoreApplication.translate("VisitHistory", "Phone"),
                QCoreApplication.translate("VisitHistory", "Organisation"),
                QCoreApplication.translate("VisitHistory", "Went to"),
                QCoreApplication.translate("VisitHistory", "Purpose"),
                QCoreApplication.translate("VisitHistory", "Pass")]

    def cell(self, row: Any, column: int) -> str:
        visit: VisitSummary = row
        if column == 0:
            return f"{visit.checked_in_at.astimezone(self._zone):%d-%m-%Y %H:%M}"
        if column == 1:
            if visit.checked_out_at is None:
                return QCoreApplication.translate("VisitHistory", "still in")
            out = visit.checked_out_at.astimezone(self._zone)
            same_day = out.date() == visit.checked_in_at.astimezone(self._zone).date()
            return f"{out:%H:%M}" if same_day else f"{out:%d-%m-%Y %H:%M}"
        if column == 2:
            if visit.group_size > 1:
                return QCoreApplication.translate("VisitHistory", "%1 (group of %2)").replace(
                    "%1", visit.visitor_name).replace("%2", str(visit.group_size))
            return visit.visitor_name
        if column == 3:
            return format_phone(visit.phone_e164) if visit.phone_e164 else ""
        if column == 4:
            return visit.organization
        if column == 5:
            return destination_text(visit)
        if column == 6:
            return purpose_label(visit.purpose)
        return visit.pass_number

    def row_id(self, row: Any) -> Any:
        return row.visit_id

    def visit_at(self, row: int) -> VisitSummary | None:
        found: VisitSummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found
