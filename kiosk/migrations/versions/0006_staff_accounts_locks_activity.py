"""staff accounts, their secrets and locks, activity; booking audit names the staff member

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import kiosk.db.types

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
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
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index('ix_activity_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_activity_staff_id', ['staff_id'], unique=False)
        batch_op.create_index('ix_activity_subject_id', ['subject_id'], unique=False)

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
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_account_login'), ['login'], unique=False)

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
    with op.batch_alter_table('booking_audit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staff_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('device_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_booking_audit_staff_id'), ['staff_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('booking_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_audit_staff_id'))
        batch_op.drop_column('device_id')
        batch_op.drop_column('staff_id')

    op.drop_table('staff_lock')
    op.drop_table('staff_secret')
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_account_login'))

    op.drop_table('staff_account')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_subject_id')
        batch_op.drop_index('ix_activity_staff_id')
        batch_op.drop_index('ix_activity_created_at')

    op.drop_table('activity')
