"""entries name their target groups (women, children, older persons...): none for old ones

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 13:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENTRIES = sa.table("entries", sa.column("target_groups", sa.JSON))


def upgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("target_groups", sa.JSON(), nullable=True))
    op.get_bind().execute(ENTRIES.update().values(target_groups=[]))
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.alter_column("target_groups", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_column("target_groups")
