"""sync bookkeeping: who wrote each change, device tokens

The change log no longer copies rows: a pull reads the row as it is now, so a change is
(sequence, entity, id) plus who wrote it and where it stood in that device's outbox.

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-30

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = 'c0002'
down_revision: Union[str, Sequence[str], None] = 'c0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_column('sync_change', 'payload')
    op.add_column('sync_change', sa.Column('device_id', sa.Uuid(), nullable=True))
    op.add_column('sync_change', sa.Column('epoch', sa.Integer(), nullable=True))
    op.add_column('sync_change', sa.Column('local_seq', sa.BigInteger(), nullable=True))
    op.add_column('sync_change', sa.Column('echo', sa.Boolean(), server_default=sa.text('false'),
                                           nullable=False))
    op.create_index('ix_sync_change_op_id', 'sync_change', ['op_id'], unique=False)
    op.add_column('sync_device', sa.Column('token', sa.Uuid(), nullable=True))
    op.add_column('sync_device', sa.Column('previous_token', sa.Uuid(), nullable=True))
    op.add_column('sync_device', sa.Column('high_water', sa.BigInteger(), server_default='0',
                                           nullable=False))


def downgrade() -> None:
    op.drop_column('sync_device', 'high_water')
    op.drop_column('sync_device', 'previous_token')
    op.drop_column('sync_device', 'token')
    op.drop_index('ix_sync_change_op_id', table_name='sync_change')
    op.drop_column('sync_change', 'echo')
    op.drop_column('sync_change', 'local_seq')
    op.drop_column('sync_change', 'epoch')
    op.drop_column('sync_change', 'device_id')
    op.add_column('sync_change', sa.Column('payload', sa.JSON(), nullable=False,
                                           server_default='{}'))
