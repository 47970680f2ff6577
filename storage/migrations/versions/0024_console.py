"""the name the secretariat gives a staff member who has no chat registration; the
indexes the console's lists sort by (entries by title, the queue by waiting time)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("roles") as batch:
        batch.add_column(sa.Column("display_name", sa.String(100), nullable=True))
    op.create_index("ix_entries_title", "entries", ["title"])
    op.create_index("ix_entries_status_submitted", "entries", ["status", "submitted_at"])


def downgrade() -> None:
    op.drop_index("ix_entries_status_submitted", table_name="entries")
    op.drop_index("ix_entries_title", table_name="entries")
    with op.batch_alter_table("roles") as batch:
        batch.drop_column("display_name")
