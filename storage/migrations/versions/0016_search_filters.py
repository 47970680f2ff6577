"""a stored /search remembers its filters (kind, area, country, modality, actor, group)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHES = sa.table("searches", sa.column("filters", sa.JSON))


def upgrade() -> None:
    with op.batch_alter_table("searches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("filters", sa.JSON(), nullable=True))
    op.get_bind().execute(SEARCHES.update().values(filters={}))
    with op.batch_alter_table("searches", schema=None) as batch_op:
        batch_op.alter_column("filters", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("searches", schema=None) as batch_op:
        batch_op.drop_column("filters")
