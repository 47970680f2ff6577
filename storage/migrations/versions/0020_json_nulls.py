""" "none" stored as SQL NULL in the JSON columns that may hold none

`entries.published` and `handled_updates.reply` were written through SQLAlchemy's JSON type
without `none_as_null`, so Python's None was stored as the JSON text `null`, which
`IS NULL` does not see: every "in the catalogue" query (`published IS NOT NULL`) took
withdrawn entries and pending imports too. The models now store SQL NULL; this turns the
JSON `null`s already stored into SQL NULL, on SQLite and PostgreSQL alike (their text is
`null` on both).

It also fills `connections.requester_entry_id`, which nothing wrote: the requester's own
approved entry that was matched with the entry asked about (the closest match), so that a
partnership counts on both entries it joins (catalogue.connections.matched_own_entry).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("entries", "published"), ("handled_updates", "reply"))


def upgrade() -> None:
    for table, column in COLUMNS:
        op.execute(
            sa.text(
                f"UPDATE {table} SET {column} = NULL "
                f"WHERE {column} IS NOT NULL AND CAST({column} AS TEXT) = 'null'"
            )
        )

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT c.id, c.requester_id, e.id, e.kind FROM connections c "
            "JOIN entries e ON e.id = c.entry_id WHERE c.requester_entry_id IS NULL"
        )
    ).all()
    for connection_id, requester_id, entry_id, kind in rows:
        mine, theirs = ("need_id", "offer_id") if kind == "offer" else ("offer_id", "need_id")
        own = bind.execute(
            sa.text(
                f"SELECT m.{mine} FROM match_pairs m JOIN entries e ON e.id = m.{mine} "
                f"WHERE m.{theirs} = :entry AND e.owner_id = :requester "
                "AND e.published IS NOT NULL ORDER BY m.score DESC, m.id LIMIT 1"
            ),
            {"entry": entry_id, "requester": requester_id},
        ).scalar()
        if own is not None:
            bind.execute(
                sa.text("UPDATE connections SET requester_entry_id = :own WHERE id = :id"),
                {"own": own, "id": connection_id},
            )


def downgrade() -> None:
    """Nothing to undo: SQL NULL reads back as None, as JSON null did."""
