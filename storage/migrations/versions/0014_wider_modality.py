"""modality codes up to 32 characters ('multi_stakeholder' has 17)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 09:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.alter_column(
            "modality", existing_type=sa.String(length=16), type_=sa.String(length=32)
        )


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.alter_column(
            "modality", existing_type=sa.String(length=32), type_=sa.String(length=16)
        )
