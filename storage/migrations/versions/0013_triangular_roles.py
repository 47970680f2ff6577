"""triangular roles as the field names them: 'provider' becomes 'facilitator'

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 09:20:00

'provider' duplicated 'pivot' (both provide); the field's third role is the facilitating
partner (GPI; SEGIB's "segundo oferente"). Stored entries and their published snapshots
are migrated; files may still say 'provider' (an alias on import).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENTRIES = sa.table(
    "entries",
    sa.column("id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("published", sa.JSON),
)


def _rename(old: str, new: str) -> None:
    bind = op.get_bind()
    bind.execute(ENTRIES.update().where(ENTRIES.c.role == old).values(role=new))
    for entry_id, published in bind.execute(sa.select(ENTRIES.c.id, ENTRIES.c.published)):
        if isinstance(published, dict) and published.get("role") == old:
            bind.execute(
                ENTRIES.update()
                .where(ENTRIES.c.id == entry_id)
                .values(published={**published, "role": new})
            )


def upgrade() -> None:
    _rename("provider", "facilitator")


def downgrade() -> None:
    _rename("facilitator", "provider")
