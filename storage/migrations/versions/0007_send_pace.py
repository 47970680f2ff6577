"""one send pace for every process (the outbox's overall rate)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 14:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "send_pace",
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("next_free", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_send_pace")),
    )
    op.bulk_insert(table, [{"name": "outbox", "next_free": datetime(2000, 1, 1, tzinfo=UTC)}])


def downgrade() -> None:
    op.drop_table("send_pace")
