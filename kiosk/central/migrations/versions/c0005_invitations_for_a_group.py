"""invitations for a group: a delegation's size

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = 'c0005'
down_revision: Union[str, Sequence[str], None] = 'c0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('invitation', sa.Column('group_size', sa.Integer(), nullable=False,
                                          server_default='1'))


def downgrade() -> None:
    op.drop_column('invitation', 'group_size')
