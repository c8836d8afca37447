"""organisations: quota, retirement, contacts; visits indexed for their history

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import kiosk.db.types

revision: str = 'c0003'
down_revision: Union[str, Sequence[str], None] = 'c0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('organization_contact',
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('wants_notices', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_contact'))
    )
    op.create_index(op.f('ix_organization_contact_organization_id'), 'organization_contact', ['organization_id'], unique=False)
    op.create_table('sync_organization_merge',
    sa.Column('merged_id', sa.Uuid(), nullable=False),
    sa.Column('survivor_id', sa.Uuid(), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
              nullable=False),
    sa.PrimaryKeyConstraint('merged_id', name=op.f('pk_sync_organization_merge'))
    )
    for column in ('checked_in_at', 'organization_id', 'host_organization_id', 'room_id'):
        op.create_index(op.f(f'ix_visit_{column}'), 'visit', [column], unique=False)
    op.create_index(op.f('ix_visitor_name_key'), 'visitor', ['name_key'], unique=False)
    op.add_column('organization', sa.Column('quota_hours', sa.Integer(), nullable=True))
    op.add_column('organization', sa.Column('retired_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_table('sync_organization_merge')
    for column in ('checked_in_at', 'organization_id', 'host_organization_id', 'room_id'):
        op.drop_index(op.f(f'ix_visit_{column}'), table_name='visit')
    op.drop_index(op.f('ix_visitor_name_key'), table_name='visitor')
    op.drop_column('organization', 'retired_at')
    op.drop_column('organization', 'quota_hours')
    op.drop_index(op.f('ix_organization_contact_organization_id'), table_name='organization_contact')
    op.drop_table('organization_contact')
