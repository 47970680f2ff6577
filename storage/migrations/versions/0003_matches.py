"""matches, connections, searches

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 08:18:36.887513
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "searches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_searches")),
    )
    with op.batch_alter_table("searches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_searches_user_id"), ["user_id"], unique=False)

    op.create_table(
        "connections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.BigInteger(), nullable=False),
        sa.Column("requester_entry_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_connections_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connections")),
        sa.UniqueConstraint("entry_id", "requester_id", name=op.f("uq_connections_entry_id")),
    )
    with op.batch_alter_table("connections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_connections_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_connections_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_connections_requester_id"), ["requester_id"], unique=False
        )

    op.create_table(
        "match_pairs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("need_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("offer_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("need_dismissed", sa.Boolean(), nullable=False),
        sa.Column("offer_dismissed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["entries.id"],
            name=op.f("fk_match_pairs_need_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["entries.id"],
            name=op.f("fk_match_pairs_offer_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_pairs")),
        sa.UniqueConstraint("need_id", "offer_id", name=op.f("uq_match_pairs_need_id")),
    )
    with op.batch_alter_table("match_pairs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_pairs_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_pairs_offer_id"), ["offer_id"], unique=False)

    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_updated_at"))

    with op.batch_alter_table("match_pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_pairs_offer_id"))
        batch_op.drop_index(batch_op.f("ix_match_pairs_need_id"))

    op.drop_table("match_pairs")
    with op.batch_alter_table("connections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_connections_requester_id"))
        batch_op.drop_index(batch_op.f("ix_connections_owner_id"))
        batch_op.drop_index(batch_op.f("ix_connections_entry_id"))

    op.drop_table("connections")
    with op.batch_alter_table("searches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_searches_user_id"))

    op.drop_table("searches")
