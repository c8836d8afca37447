"""sync state and notices

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import kiosk.db.types

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('central_identity', sa.Uuid(), nullable=True),
    sa.Column('cursor', sa.Integer(), nullable=False),
    sa.Column('token', sa.Uuid(), nullable=True),
    sa.Column('last_attempt_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_success_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('notice',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('booking_id', sa.Uuid(), nullable=True),
    sa.Column('message', sa.String(length=500), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('seen_at', kiosk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice'))
    )
    # Rebuilt with AUTOINCREMENT so that an outbox number is never reused.
    with op.batch_alter_table('outbox', schema=None, recreate='always',
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.create_index('ix_outbox_lane_seq', ['lane', 'seq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_lane_seq')
    op.drop_table('notice')
    op.drop_table('sync_state')
