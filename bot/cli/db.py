"""`cidi-bot db`: migrations, backups and restores."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import Subparsers, database, load_settings


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from storage.db import normalise_url

    settings = load_settings()
    with database(settings):
        pass
    where = make_url(normalise_url(settings.database_url)).render_as_string(hide_password=True)
    print(f"Database {where} is at the latest schema.")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from storage.backup import BackupError, backup

    settings = load_settings()
    try:
        backup(settings.database_url, Path(args.file))
    except BackupError as exc:
        print(f"backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up to {args.file}.")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from storage.backup import BackupError, restore

    settings = load_settings()
    try:
        restore(settings.database_url, Path(args.file))
        with database(settings):  # migrate a backup taken by an older version
            pass
    except BackupError as exc:
        print(f"restore failed: {exc}", file=sys.stderr)
        return 1
    print(f"Restored from {args.file}.")
    return 0


def add(sub: Subparsers) -> None:
    """Database maintenance."""
    db = sub.add_parser("db", help="database maintenance", description="Database maintenance.")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.required = True
    up = db_sub.add_parser(
        "upgrade",
        help="apply all database migrations",
        description="Create or migrate the database at DATABASE_URL to the latest schema.",
    )
    up.set_defaults(func=cmd_db_upgrade)
    bk = db_sub.add_parser(
        "backup",
        help="copy the database to a file while the bot runs",
        description="SQLite: an online backup (a consistent copy). PostgreSQL: pg_dump "
        "--format=custom (needs the PostgreSQL client tools).",
    )
    bk.add_argument("file", metavar="FILE")
    bk.set_defaults(func=cmd_db_backup)
    rs = db_sub.add_parser(
        "restore",
        help="replace the database with a backup (stop the bot first)",
        description="Restore a backup made by `cidi-bot db backup`, then apply migrations.",
    )
    rs.add_argument("file", metavar="FILE")
    rs.set_defaults(func=cmd_db_restore)
