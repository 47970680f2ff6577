"""delegates' judgements of match pairs, kept as labelled pairs (match_feedback); whether a
recorded pair was likely enough to push (match_pairs.likely)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 23:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "need_id", sa.Integer(), sa.ForeignKey("entries.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "offer_id",
            sa.Integer(),
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_match_feedback_need_id", "match_feedback", ["need_id"])
    op.create_index("ix_match_feedback_offer_id", "match_feedback", ["offer_id"])
    with op.batch_alter_table("match_pairs") as batch:
        batch.add_column(
            sa.Column("likely", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("match_pairs") as batch:
        batch.drop_column("likely")
    op.drop_index("ix_match_feedback_offer_id", table_name="match_feedback")
    op.drop_index("ix_match_feedback_need_id", table_name="match_feedback")
    op.drop_table("match_feedback")
