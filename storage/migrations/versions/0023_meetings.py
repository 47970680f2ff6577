"""bilateral meetings: meetings, the quarters each delegate is booked, working hours

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 23:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("requester_id", sa.BigInteger(), nullable=False),
        sa.Column("invitee_id", sa.BigInteger(), nullable=False),
        sa.Column("proposer_id", sa.BigInteger(), nullable=False),
        sa.Column("turn_id", sa.BigInteger(), nullable=True),
        sa.Column("pair_id", sa.Integer(), nullable=True),
        sa.Column("connection_id", sa.Integer(), nullable=True),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("start_at", WHEN, nullable=False),
        sa.Column("end_at", WHEN, nullable=False),
        sa.Column("room", sa.String(64), nullable=False),
        sa.Column("link", sa.String(500), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("accepted_at", WHEN, nullable=True),
        sa.Column("held_by", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    for column in ("requester_id", "invitee_id", "connection_id", "partnership_id", "status",
                   "start_at"):  # fmt: skip
        op.create_index(op.f(f"ix_meetings_{column}"), "meetings", [column])
    op.create_table(
        "meeting_busy",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("cell", WHEN, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            ondelete="CASCADE",
            name=op.f("fk_meeting_busy_meeting_id_meetings"),
        ),
        sa.PrimaryKeyConstraint("user_id", "cell", name=op.f("pk_meeting_busy")),
    )
    op.create_index(op.f("ix_meeting_busy_meeting_id"), "meeting_busy", ["meeting_id"])
    op.create_table(
        "availability",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("weekdays", sa.String(7), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_availability")),
    )


def downgrade() -> None:
    op.drop_table("availability")
    op.drop_index(op.f("ix_meeting_busy_meeting_id"), table_name="meeting_busy")
    op.drop_table("meeting_busy")
    op.drop_table("meetings")
