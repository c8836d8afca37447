"""organisations: quota, retirement, contacts; visits indexed for their history

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import kiosk.db.types

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
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
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_organization_contact_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_contact'))
    )
    with op.batch_alter_table('organization_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_contact_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('visit', schema=None) as batch_op:
        for column in ('checked_in_at', 'organization_id', 'host_organization_id', 'room_id'):
            batch_op.create_index(batch_op.f(f'ix_visit_{column}'), [column], unique=False)

    with op.batch_alter_table('visitor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visitor_name_key'), ['name_key'], unique=False)

    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quota_hours', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('retired_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visitor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visitor_name_key'))
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_column('retired_at')
        batch_op.drop_column('quota_hours')

    with op.batch_alter_table('visit', schema=None) as batch_op:
        for column in ('checked_in_at', 'organization_id', 'host_organization_id', 'room_id'):
            batch_op.drop_index(batch_op.f(f'ix_visit_{column}'))

    with op.batch_alter_table('organization_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_contact_organization_id'))

    op.drop_table('organization_contact')
