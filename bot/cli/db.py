"""`cidi-bot db`: migrations, backups and restores."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import EXIT_USAGE, Subparsers, database, load_settings


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
        backup(settings.database_url, Path(args.file), force=args.force)
    except (BackupError, OSError) as exc:
        print(f"backup refused: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up to {args.file}.")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.services import utc_now
    from storage.backup import BackupError, check_backup, restore

    settings = load_settings()
    source = Path(args.file)
    try:
        checked = check_backup(settings.database_url, source)
    except (BackupError, OSError) as exc:
        print(f"restore refused: {exc}", file=sys.stderr)
        return 1
    if not args.yes and not _confirmed(source, checked.revision):
        print("restore cancelled: nothing was changed (--yes skips the question)", file=sys.stderr)
        return EXIT_USAGE
    try:
        safety = restore(settings.database_url, source, Path.cwd(), utc_now())
        with database(settings):  # migrate a backup taken by an older version
            pass
    except (BackupError, OSError) as exc:
        print(f"restore refused: {exc}", file=sys.stderr)
        return 1
    print(f"Restored from {source}. What was there before is in {safety}.")
    return 0


def _confirmed(source: object, revision: str) -> bool:
    """Asked at a terminal; anything but "yes" (or no terminal at all) keeps the data."""
    if not sys.stdin.isatty():
        return False
    question = (
        f"This replaces every delegate, entry and message of the bot's database with the "
        f"backup {source} (schema {revision}). Type yes to go on: "
    )
    print(question, end="", flush=True)
    return sys.stdin.readline().strip().lower() == "yes"


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
    bk.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    bk.set_defaults(func=cmd_db_backup)
    rs = db_sub.add_parser(
        "restore",
        help="replace the database with a backup (stop the bot first)",
        description="Restore a backup made by `cidi-bot db backup`, then apply migrations. "
        "Refused unless FILE is a backup of this bot at a schema this version knows, and "
        "while a bot process is running against the database. A copy of the current "
        "database is written to the current folder first.",
    )
    rs.add_argument("file", metavar="FILE")
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rs.set_defaults(func=cmd_db_restore)
