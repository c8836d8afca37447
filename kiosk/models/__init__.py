"""The device's data model. Importing this package registers every table on ``Base.metadata``."""

from kiosk.db.outbox import OutboxEntry
from kiosk.models.bookings import (
    HOLDING,
    Booking,
    BookingAudit,
    BookingSeries,
    BookingStatus,
    Closure,
    ClosureScope,
)
from kiosk.models.building import Floor, Room, RoomKind
from kiosk.models.invitations import Invitation, InvitationStatus
from kiosk.models.organizations import Organization, OrganizationContact, OrganizationKind
from kiosk.models.privacy import (
    DenyEntry,
    HeldCheckIn,
    HoldStatus,
    PrivacyRequest,
    RequestKind,
)
from kiosk.models.staff import (
    Activity,
    ActivityKind,
    Role,
    StaffAccount,
    StaffLock,
    StaffSecret,
)
from kiosk.models.sync import Device, Notice, SyncState
from kiosk.models.visitors import Visitor
from kiosk.models.visits import CheckoutKind, Purpose, Visit

__all__ = [
    "HOLDING",
    "Activity",
    "ActivityKind",
    "Booking",
    "BookingAudit",
    "BookingSeries",
    "BookingStatus",
    "CheckoutKind",
    "Closure",
    "ClosureScope",
    "DenyEntry",
    "Device",
    "Floor",
    "HeldCheckIn",
    "HoldStatus",
    "Invitation",
    "InvitationStatus",
    "Notice",
    "Organization",
    "OrganizationContact",
    "OrganizationKind",
    "OutboxEntry",
    "PrivacyRequest",
    "Purpose",
    "RequestKind",
    "Role",
    "Room",
    "RoomKind",
    "StaffAccount",
    "StaffLock",
    "StaffSecret",
    "SyncState",
    "Visit",
    "Visitor",
]
