"""The people a search found and the register of requests, as tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kiosk.data_requests.people import FoundVisitor
from kiosk.data_requests.register import RequestSummary
from kiosk.models import RequestKind
from kiosk.visits.phone import format_phone
from ui.table_model import Index, RowsTableModel


def kind_label(kind: RequestKind) -> str:
    labels = {RequestKind.EXPORT: QCoreApplication.translate("PrivacyModels", "See their data"),
              RequestKind.ERASE: QCoreApplication.translate("PrivacyModels", "Erase their data"),
              RequestKind.WITHDRAW: QCoreApplication.translate("PrivacyModels", "Withdraw consent")}
    return labels[kind]


class FoundModel(RowsTableModel):
    """Name, mobile number, visits, last visit, consent: in full (staff handle the request)."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("PrivacyModels", "Name"),
                QCoreApplication.translate("PrivacyModels", "Mobile number"),
                QCoreApplication.translate("PrivacyModels", "Visits"),
                QCoreApplication.translate("PrivacyModels", "Last visit"),
                QCoreApplication.translate("PrivacyModels", "Consent")]

    def cell(self, row: Any, column: int) -> str:
        found: FoundVisitor = row
        if column == 0:
            return found.name
        if column == 1:
            return format_phone(found.phone_e164) if found.phone_e164 else "—"
        if column == 2:
            return str(found.visits)
        if column == 3:
            return self._when(found.last_visit)
        if found.consent_withdrawn_at is not None:
            return QCoreApplication.translate("PrivacyModels", "withdrawn %1").replace(
                "%1", self._when(found.consent_withdrawn_at))
        return QCoreApplication.translate("PrivacyModels", "given")

    def _when(self, moment: datetime | None) -> str:
        return f"{moment.astimezone(self._zone):%d-%m-%Y %H:%M}" if moment else "—"

    def row_id(self, row: Any) -> Any:
        return row.visitor_id

    def rows(self) -> list[FoundVisitor]:
        return list(self._rows)

    def found_at(self, row: int) -> FoundVisitor | None:
        found: FoundVisitor | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found


class RegisterModel(RowsTableModel):
    """Kind, received, due, handled by, closed (or open, and overdue said in words; both in
    the theme's warning colour when overdue), and what it covered (who asked, while open)."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(zone, parent)
        #: The operations' now, read with the rows (None: nothing is overdue yet).
        self.now: datetime | None = None
        #: The theme's warning colour (the panel hands it over); None: the view's own.
        self.warning: QColor | None = None

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("PrivacyModels", "Request"),
                QCoreApplication.translate("PrivacyModels", "Received"),
                QCoreApplication.translate("PrivacyModels", "Due"),
                QCoreApplication.translate("PrivacyModels", "Handled by"),
                QCoreApplication.translate("PrivacyModels", "Closed"),
                QCoreApplication.translate("PrivacyModels", "Covered")]

    def cell(self, row: Any, column: int) -> str:
        request: RequestSummary = row
        if column == 0:
            return kind_label(request.kind)
        if column == 1:
            return self._when(request.received_at)
        if column == 2:
            return self._when(request.due_at)
        if column == 3:
            return request.handled_by
        if column == 4:
            if request.closed_at is not None:
                return self._when(request.closed_at)
            if self.overdue(request):
                return QCoreApplication.translate("PrivacyModels", "open, overdue")
            return QCoreApplication.translate("PrivacyModels", "open")
        if request.open:  # who asked: a phone as staff read it, or a name
            return format_phone(request.subject) if request.subject.startswith("+") \
                else request.subject
        # self.tr: pyside6-lupdate only sees plural forms in tr() calls.
        return (self.tr("%n visitor record(s)", "", request.visitors) + ", "
                + self.tr("%n visit(s)", "", request.visits))

    def overdue(self, request: RequestSummary) -> bool:
        return self.now is not None and request.overdue(self.now)

    def _when(self, moment: datetime) -> str:
        return f"{moment.astimezone(self._zone):%d-%m-%Y %H:%M}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.model() is self and index.column() in (2, 4)
                and self.warning is not None and self.overdue(self._rows[index.row()])):
            return self.warning
        return super().data(index, role)

    def row_id(self, row: Any) -> Any:
        return row.id
