"""partnerships: what an accepted connection became, stage by stage (accepted ones start at
"talking")

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partnerships",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "connection_id",
            sa.Integer(),
            sa.ForeignKey("connections.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("drop_reason", sa.String(length=32), nullable=True),
        sa.Column("third_party", sa.String(length=200), nullable=True),
        sa.Column("third_role", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_partnerships_stage", "partnerships", ["stage"])
    op.create_index("ix_partnerships_updated_at", "partnerships", ["updated_at"])
    op.create_table(
        "partnership_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "partnership_id",
            sa.Integer(),
            sa.ForeignKey("partnerships.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index(
        "ix_partnership_events_partnership_id", "partnership_events", ["partnership_id"]
    )
    # Connections accepted before partnerships existed start at "talking", as new ones do.
    connections = sa.table(
        "connections",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("decided_at", sa.DateTime(timezone=True)),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    partnerships = sa.table(
        "partnerships",
        sa.column("id", sa.Integer),
        sa.column("connection_id", sa.Integer),
        sa.column("stage", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    events = sa.table(
        "partnership_events",
        sa.column("partnership_id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("stage", sa.String),
    )
    bind = op.get_bind()
    accepted = bind.execute(
        sa.select(connections.c.id, connections.c.decided_at, connections.c.created_at).where(
            connections.c.status == "accepted"
        )
    ).all()
    for connection_id, decided_at, created_at in accepted:
        when = decided_at or created_at
        bind.execute(
            partnerships.insert().values(
                connection_id=connection_id, stage="talking", created_at=when, updated_at=when
            )
        )
        new_id = bind.execute(
            sa.select(partnerships.c.id).where(partnerships.c.connection_id == connection_id)
        ).scalar_one()
        bind.execute(events.insert().values(partnership_id=new_id, at=when, stage="talking"))


def downgrade() -> None:
    op.drop_table("partnership_events")
    op.drop_table("partnerships")
