"""The central PostgreSQL schema: the synced tables, exactly as devices have them, and what
only the central database keeps (devices, applied operations, the change log, notifications).

The synced tables are copied from the device models' metadata, so a row means the same on
both sides and no second definition can drift (less their foreign keys, see below). What the
central database adds:

* an exclusion constraint (``btree_gist``) on ``booking``: no two *confirmed* bookings of one
  room ever overlap, buffers included (half-open ranges, so back-to-back is fine), whatever
  the devices send;
* ``sync_change``: every applied change gets a server sequence number, the cursor devices
  pull by. Numbers are taken under a transaction-level advisory lock (:data:`CHANGE_LOCK`),
  so they become visible in order and a cursor never skips a row;
* ``sync_applied_op``: every operation's ``op_id`` and result, so a batch sent twice is
  answered again, never applied twice;
* ``sync_device`` with its epoch, ``sync_notification`` for devices and reception, and
  ``sync_identity``, whose id tells a device that it met another (or a restored) central
  database and must resync.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ExcludeConstraint

import kiosk.models  # noqa: F401  (registers every device table on Base.metadata)
from kiosk.db.base import NAMING_CONVENTION, Base

#: The device tables that travel through sync, parents before children.
SYNCED_TABLES = ("floor", "room", "organization", "organization_contact", "staff_account",
                 "staff_secret", "staff_lock", "visitor", "visit", "invitation",
                 "booking_series", "booking", "closure", "booking_audit", "activity",
                 "deny_entry", "held_check_in", "privacy_request")

#: ``pg_advisory_xact_lock`` key held while change numbers are taken ("GICSYNC1").
CHANGE_LOCK = 0x4749_4353_594E_4331

metadata = MetaData(naming_convention=NAMING_CONVENTION)

for _name in SYNCED_TABLES:
    _copy = Base.metadata.tables[_name].to_metadata(metadata)
    # No foreign keys between synced rows here: bookings and check-ins travel in separate
    # lanes and batches may arrive out of order, so a booking can reach the central database
    # before the organisation it names. Devices keep the references; central keeps the rows.
    for _constraint in list(_copy.foreign_key_constraints):
        _copy.constraints.discard(_constraint)
    for _column in _copy.columns:
        _column.foreign_keys.clear()

booking = metadata.tables["booking"]
booking.append_constraint(ExcludeConstraint(
    (booking.c.room_id, "="),
    (func.tstzrange(booking.c.blocked_from, booking.c.blocked_until, text("'[)'")), "&&"),
    name="ex_booking_confirmed_room_time",
    using="gist",
    where=text("status = 'confirmed' AND deleted_at IS NULL"),
))

identity = Table(
    "sync_identity", metadata,
    Column("id", Uuid, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

device = Table(
    "sync_device", metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("epoch", Integer, nullable=False, server_default="1"),
    #: The PostgreSQL role the device connects as, when one was made for it.
    Column("role", String(63), nullable=False, server_default=""),
    Column("registered_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("last_seen_at", DateTime(timezone=True)),
    #: Rotated by every push; the device keeps it with its outbox. A device that shows neither
    #: the current nor the previous token runs on a database restored from a backup.
    Column("token", Uuid),
    Column("previous_token", Uuid),
    #: The highest outbox number this device ever had answered (across epochs). Only an
    #: operation at or below it can be a re-send or a late arrival. After a push whose
    #: receipt was lost the device shows the previous token and re-sends; a restored device
    #: shows it too, but numbers its new operations below this.
    Column("high_water", BigInteger, nullable=False, server_default="0"),
)

change = Table(
    "sync_change", metadata,
    Column("seq", BigInteger, Identity(always=False), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    Column("op_id", Uuid),
    #: Who wrote it, and the operation's place in that device's outbox: an operation older
    #: than the row's last write by the same device (a batch delivered late) changes nothing.
    Column("device_id", Uuid),
    Column("epoch", Integer),
    Column("local_seq", BigInteger),
    #: The row is exactly what that device sent: it does not pull its own echo back.
    Column("echo", Boolean, nullable=False, server_default=text("false")),
    Column("changed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_sync_change_entity_entity_id", "entity", "entity_id"),
    # A change names the operation that made it: that is the record of a plain success.
    Index("ix_sync_change_op_id", "op_id"),
)

#: Answers other than a plain success (rejected, superseded, unchanged): a success is
#: recorded by its change row.
applied_op = Table(
    "sync_applied_op", metadata,
    Column("op_id", Uuid, primary_key=True),
    Column("device_id", Uuid, ForeignKey("sync_device.id"), nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    #: applied or rejected; a re-sent op is answered from here as a duplicate.
    Column("result", String(16), nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("applied_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

#: Organisations made twice offline (two devices, one name key): the one merged away and the
#: one that kept its place (:mod:`kiosk.central.merge`). A row that still names the merged one
#: when it arrives is re-pointed.
organization_merge = Table(
    "sync_organization_merge", metadata,
    Column("merged_id", Uuid, primary_key=True),
    Column("survivor_id", Uuid, nullable=False),
    Column("merged_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

notification = Table(
    "sync_notification", metadata,
    Column("id", Uuid, primary_key=True),
    #: The device that made what was refused; None means every reception desk.
    Column("device_id", Uuid, ForeignKey("sync_device.id")),
    Column("kind", String(40), nullable=False),
    Column("booking_id", Uuid),
    Column("message", Text, nullable=False, server_default=""),
    Column("payload", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
