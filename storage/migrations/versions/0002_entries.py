"""catalogue entries and review events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 08:01:01.988213
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("area", sa.String(length=16), nullable=False),
        sa.Column("cooperation_type", sa.String(length=32), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("time_frame", sa.String(length=8), nullable=False),
        sa.Column("financing", sa.Boolean(), nullable=True),
        sa.Column("contact", sa.String(length=120), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("owner_country", sa.String(length=2), nullable=True),
        sa.Column("actor_kind", sa.String(length=32), nullable=True),
        sa.Column("published", sa.JSON(), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
        sa.UniqueConstraint("external_id", name=op.f("uq_entries_external_id")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_status"), ["status"], unique=False)

    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_review_events_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_events")),
    )
    with op.batch_alter_table("review_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_events_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("review_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_events_entry_id"))

    op.drop_table("review_events")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_status"))
        batch_op.drop_index(batch_op.f("ix_entries_owner_id"))
        batch_op.drop_index(batch_op.f("ix_entries_kind"))

    op.drop_table("entries")
