"""the secretariat may bar a delegate from contact requests (after a report)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("delegates") as batch:
        batch.add_column(sa.Column("barred_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delegates") as batch:
        batch.drop_column("barred_at")
