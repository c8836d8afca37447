"""The invitations as a table: one guest (or delegation) a row, soonest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kiosk.models import InvitationStatus
from kiosk.visits.invitations import InvitationSummary
from ui.table_model import RowsTableModel
from ui.texts import purpose_label
from ui.widgets import is_indonesian


def state_label(invitation: InvitationSummary, now: datetime) -> str:
    """Waiting, checked in, cancelled, or expired (waiting past its time)."""
    if invitation.status is InvitationStatus.USED:
        return QCoreApplication.translate("Invitations", "checked in")
    if invitation.status is InvitationStatus.CANCELLED:
        return QCoreApplication.translate("Invitations", "cancelled")
    if now > invitation.expected_until:
        return QCoreApplication.translate("Invitations", "expired")
    return QCoreApplication.translate("Invitations", "expected")


def where_label(invitation: InvitationSummary) -> str:
    parts = []
    if invitation.room_code:
        room = invitation.room_name_id if is_indonesian() else invitation.room_name_en
        parts.append(f"{invitation.room_code} {room}")
    if invitation.host:
        parts.append(invitation.host)
    if not parts and invitation.floor_number is not None:
        parts.append(QCoreApplication.translate("Invitations", "Floor %1").replace(
            "%1", str(invitation.floor_number)))
    return " · ".join(parts)


class InvitationsModel(RowsTableModel):
    """When, guest, people, organisation, purpose, where, code, state."""

    def __init__(self, zone: ZoneInfo, now: datetime, parent: Any = None) -> None:
        super().__init__(zone, parent)
        self.now = now

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Invitations", "When"),
                QCoreApplication.translate("Invitations", "Guest"),
                QCoreApplication.translate("Invitations", "People"),
                QCoreApplication.translate("Invitations", "Organisation"),
                QCoreApplication.translate("Invitations", "Purpose"),
                QCoreApplication.translate("Invitations", "Where"),
                QCoreApplication.translate("Invitations", "Code"),
                QCoreApplication.translate("Invitations", "State")]

    def cell(self, row: Any, column: int) -> str:
        invitation: InvitationSummary = row
        if column == 0:
            start = invitation.expected_from.astimezone(self._zone)
            end = invitation.expected_until.astimezone(self._zone)
            return f"{start:%d-%m-%Y %H:%M}–{end:%H:%M}"
        if column == 1:
            return invitation.guest_name
        if column == 2:
            return str(invitation.group_size)
        if column == 3:
            return invitation.organization
        if column == 4:
            return purpose_label(invitation.purpose)
        if column == 5:
            return where_label(invitation)
        if column == 6:
            return invitation.code
        return state_label(invitation, self.now)

    def row_id(self, row: Any) -> Any:
        return row.invitation_id

    def invitation_at(self, row: int) -> InvitationSummary | None:
        found: InvitationSummary | None = self._rows[row] if 0 <= row < len(self._rows) else None
        return found
