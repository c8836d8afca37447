"""staff accounts, their secrets and locks, activity; booking audit names the staff member

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import kiosk.db.types

revision: str = 'c0004'
down_revision: Union[str, Sequence[str], None] = 'c0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('activity',
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('booking', 'closure', 'room', 'organization', 'visit', 'invitation', 'export', 'staff', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    op.create_table('staff_account',
    sa.Column('login', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('receptionist', 'manager', 'admin', name='role', native_enum=False, length=24), nullable=False),
    sa.Column('disabled_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account'))
    )
    op.create_table('staff_secret',
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_secret'))
    )
    op.create_table('staff_lock',
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_lock'))
    )
    op.create_index('ix_activity_created_at', 'activity', ['created_at'], unique=False)
    op.create_index('ix_activity_staff_id', 'activity', ['staff_id'], unique=False)
    op.create_index('ix_activity_subject_id', 'activity', ['subject_id'], unique=False)
    op.create_index(op.f('ix_staff_account_login'), 'staff_account', ['login'], unique=False)
    op.add_column('booking_audit', sa.Column('staff_id', sa.Uuid(), nullable=True))
    op.add_column('booking_audit', sa.Column('device_id', sa.Uuid(), nullable=True))
    op.create_index(op.f('ix_booking_audit_staff_id'), 'booking_audit', ['staff_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_booking_audit_staff_id'), table_name='booking_audit')
    op.drop_column('booking_audit', 'device_id')
    op.drop_column('booking_audit', 'staff_id')
    op.drop_table('staff_lock')
    op.drop_table('staff_secret')
    op.drop_table('staff_account')
    op.drop_table('activity')
