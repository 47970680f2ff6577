"""every update is marked when it is first seen, not only dialog steps

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 08:00:00

A command that is not a dialog step (/search, /start, a review button) replayed with the
same update id used to run again. `kind` says what the mark records: 'update' (seen, and
handled unless its answer was lost) or 'dialog' (a dialog change committed with its reply).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("handled_updates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=8), nullable=False, server_default="dialog")
        )


def downgrade() -> None:
    with op.batch_alter_table("handled_updates", schema=None) as batch_op:
        batch_op.drop_column("kind")
