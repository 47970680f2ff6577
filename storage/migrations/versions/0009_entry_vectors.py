"""entries' sentence embeddings (semantic matching)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 02:50:00

Existing entries get their vectors at the bot's next start (or `cidi-bot catalogue reindex`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entry_vectors",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=40), nullable=False),
        sa.Column("text_hash", sa.String(length=32), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_vectors_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_entry_vectors")),
    )
    with op.batch_alter_table("entry_vectors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entry_vectors_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("entry_vectors")
