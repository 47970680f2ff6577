"""drop cidi_enter: the user's lock and row are read in two plain statements again

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 03:20:00

The function (0008) copied the columns of catalogue.delegates.Presence and served a
raw-driver fast path that is gone (issue 16: one write path, one way to read).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS cidi_enter(bigint)")


def downgrade() -> None:
    """Not recreated: nothing calls it any more."""
