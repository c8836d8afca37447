"""What a visitor has told the kiosk so far, step by step; forgotten at every reset."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from kiosk.models import Purpose
from kiosk.passes.layout import PassStyle
from kiosk.visits.check_in import CheckInRequest, Destination
from kiosk.visits.returning import Recall, ReturningVisitor


@dataclass
class VisitDraft:
    phone: str = ""
    recall: Recall | None = None
    returning: ReturningVisitor | None = None
    name: str = ""
    organization: str = ""
    purpose: Purpose | None = None
    destination: Destination = field(default_factory=Destination)
    group_size: int = 1
    member_names: tuple[str, ...] = ()
    pass_style: PassStyle = PassStyle.ONE
    consent: bool = False

    @property
    def visitor_id(self) -> uuid.UUID | None:
        return self.returning.visitor_id if self.returning else None

    def request(self) -> CheckInRequest:
        return CheckInRequest(
            name=self.name,
            phone=self.phone,
            organization=self.organization,
            purpose=self.purpose or "",
            destination=self.destination,
            group_size=self.group_size,
            visitor_id=self.visitor_id,
            consent=self.consent,
            member_names=self.member_names,
        )
