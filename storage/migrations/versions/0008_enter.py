"""PostgreSQL: the user's lock and the row every update reads, in one round trip

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A function rather than one SELECT: a statement reads from a snapshot taken before it
# runs, so a row read in the same statement as the lock could miss what the lock's previous
# holder committed just before releasing it. In a VOLATILE function each query takes its
# own snapshot, after the lock. The columns are those of catalogue.delegates.Presence.
ENTER = """
CREATE OR REPLACE FUNCTION cidi_enter(
    uid bigint,
    OUT locked boolean,
    OUT has_row boolean,
    OUT language delegates.language%TYPE,
    OUT registered boolean,
    OUT active delegates.active%TYPE,
    OUT username delegates.username%TYPE,
    OUT forgotten_at delegates.forgotten_at%TYPE,
    OUT granted text
) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    locked := pg_try_advisory_lock(uid);
    has_row := false;
    IF locked THEN
        SELECT true, d.language, d.registered_at IS NOT NULL, d.active, d.username,
               d.forgotten_at,
               (SELECT string_agg(r.role, ',') FROM roles r WHERE r.user_id = uid)
          INTO has_row, language, registered, active, username, forgotten_at, granted
          FROM delegates d WHERE d.user_id = uid;
        has_row := coalesce(has_row, false);
    END IF;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ENTER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS cidi_enter(bigint)")
