"""The organisations table and the import's refused rows, as Qt models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.organizations.importing import RowReport
from kiosk.organizations.operations import OrganizationSummary
from kiosk.visits.phone import format_phone
from ui.reception.organizations.texts import field_label, kind_label, organization_error_text
from ui.table_model import RowsTableModel


def office_text(organization: OrganizationSummary) -> str:
    if organization.room_code:
        return QCoreApplication.translate("Organizations", "Room %1").replace(
            "%1", organization.room_code)
    if organization.floor_number is not None:
        return QCoreApplication.translate("Organizations", "Floor %1").replace(
            "%1", str(organization.floor_number))
    return "—"


def quota_text(organization: OrganizationSummary) -> str:
    if organization.quota_hours is None:
        return QCoreApplication.translate("Organizations", "Building default")
    return QCoreApplication.translate("Organizations", "%1 h a week").replace(
        "%1", str(organization.quota_hours))


def contact_text(organization: OrganizationSummary) -> str:
    parts = []
    for contact in organization.contacts:
        reach = format_phone(contact.phone_e164) if contact.phone_e164 else contact.email or ""
        parts.append(f"{contact.name} ({reach})" if reach else contact.name)
    return ", ".join(parts)


class OrganizationsModel(RowsTableModel):
    """One organisation a row: name, kind, office, weekly quota, contacts, retired or not."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Organizations", "Name"),
                QCoreApplication.translate("Organizations", "Kind"),
                QCoreApplication.translate("Organizations", "Office"),
                QCoreApplication.translate("Organizations", "Weekly quota"),
                QCoreApplication.translate("Organizations", "Contacts"),
                QCoreApplication.translate("Organizations", "Status")]

    def cell(self, row: Any, column: int) -> str:
        organization: OrganizationSummary = row
        if column == 0:
            return organization.name
        if column == 1:
            return kind_label(organization.kind)
        if column == 2:
            return office_text(organization)
        if column == 3:
            return quota_text(organization)
        if column == 4:
            return contact_text(organization)
        return (QCoreApplication.translate("Organizations", "Retired") if organization.retired
                else QCoreApplication.translate("Organizations", "Active"))

    def row_id(self, row: Any) -> Any:
        return row.id

    def organization_at(self, row: int) -> OrganizationSummary | None:
        found: OrganizationSummary | None = (self._rows[row] if 0 <= row < len(self._rows)
                                             else None)
        return found


class RefusedRowsModel(RowsTableModel):
    """The rows an import refused: line, name, and why (every field's reason)."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Organizations", "Line"),
                QCoreApplication.translate("Organizations", "Name"),
                QCoreApplication.translate("Organizations", "Why")]

    def cell(self, row: Any, column: int) -> str:
        report: RowReport = row
        if column == 0:
            return str(report.line)
        if column == 1:
            return report.name
        return " ".join(f"{field_label(e.field)}: {organization_error_text(e.field, e.code)}"
                        for e in report.errors)
