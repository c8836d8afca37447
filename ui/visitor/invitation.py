"""An invited guest confirms with one touch; the notice on this screen is their consent."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.visits.invitations import InvitationSummary
from ui.texts import purpose_label
from ui.visitor.step import StepScreen
from ui.widgets import is_indonesian, label
from ui.widgets.wrap_button import WrapButton


class InvitationScreen(StepScreen):
    """Who invited you, where and when; one button checks the guest in.

    Signals:
        confirmed(str): the invitation code.
        declined(): the guest does not agree to the notice: nothing is stored.
    """

    confirmed = Signal(str)
    declined = Signal()

    def __init__(self, zone: ZoneInfo, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitation")
        self._zone = zone
        self._retention_days = retention_days
        self._invitation: InvitationSummary | None = None
        self.guest = label("destination", self)
        self.details = label("subtitle", self)
        self.privacy = label("notice-text", self)
        self.confirm = WrapButton("primary-large", self)
        self.confirm.clicked.connect(self._confirm)
        self.decline = WrapButton("secondary", self)
        self.decline.clicked.connect(self.declined)
        self.main = self.confirm
        for widget in (self.guest, self.details):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.addWidget(self.privacy)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.decline, 1)
        buttons.addWidget(self.confirm, 2)
        self.body.addLayout(buttons)
        self.retranslate()

    def show_invitation(self, invitation: InvitationSummary) -> None:
        self._invitation = invitation
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Your invitation"))
        self.confirm.set_text(self.tr("Confirm and print my card"))
        self.decline.set_text(self.tr("I do not agree"))
        self.privacy.setText(
            self.tr("By confirming you agree that your name, phone number and visit are kept "
                    "for %1 days after your last visit, for the building's safety, seen only "
                    "by reception and building management. Ask reception to see or erase "
                    "them.").replace("%1", str(self._retention_days)))
        invitation = self._invitation
        if invitation is None:
            return
        self.guest.setText(self.tr("Welcome, %1!").replace("%1", invitation.guest_name))
        start = invitation.expected_from.astimezone(self._zone)
        end = invitation.expected_until.astimezone(self._zone)
        room = invitation.room_name_id if is_indonesian() else invitation.room_name_en
        lines = [purpose_label(invitation.purpose) + (f" · {invitation.host}"
                                                      if invitation.host else ""),
                 f"{start:%H:%M}–{end:%H:%M}"]
        if invitation.floor_number is not None:
            lines.append(self.tr("Floor %1").replace("%1", str(invitation.floor_number))
                         + (f" · {invitation.room_code} {room}" if invitation.room_code else ""))
        self.details.setText("\n".join(lines))

    def reset(self) -> None:
        self._invitation = None
        self.guest.clear()
        self.details.clear()

    def _confirm(self) -> None:
        if self._invitation is not None:
            self.confirmed.emit(self._invitation.code)
