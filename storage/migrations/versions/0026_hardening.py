"""invitation tokens stored hashed (SHA-256), like the console's sign-in links

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 23:20:00

Invitations already made keep working: their tokens are replaced by their hashes, which
is what a link's token is compared with from now on.
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invitations") as batch:
        batch.alter_column("token", new_column_name="token_hash", existing_type=sa.String(64))
    invitations = sa.table("invitations", sa.column("token_hash", sa.String(64)))
    bind = op.get_bind()
    for (token,) in bind.execute(sa.select(invitations.c.token_hash)).all():
        hashed = hashlib.sha256(str(token).encode()).hexdigest()
        bind.execute(
            invitations.update().where(invitations.c.token_hash == token).values(token_hash=hashed)
        )


def downgrade() -> None:
    # a hash cannot be turned back into its token: the invitations made since are void
    op.execute("DELETE FROM invitations")
    with op.batch_alter_table("invitations") as batch:
        batch.alter_column("token_hash", new_column_name="token", existing_type=sa.String(64))
