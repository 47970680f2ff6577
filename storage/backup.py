"""Backup and restore of the database: SQLite online backup, PostgreSQL pg_dump/pg_restore.

A restore replaces everything the bot knows, so it checks before it touches anything: the
file must be a backup of this bot (its tables, an Alembic revision this version knows),
no bot process may be running against the database (their heartbeats, storage.liveness),
and a safety copy of the current database is taken first. A backup never overwrites the
live database, nor an existing file unless asked to. The PostgreSQL password reaches the
client tools through the environment, never their command line (visible to every user of
the machine in the process list).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

from storage import files, liveness
from storage.db import alembic_script, normalise_url

REQUIRED_TABLES = ("alembic_version", "delegates", "entries", "meta")


class BackupError(RuntimeError):
    """Why a backup or a restore was refused or failed, in words for the operator."""


def _url(url: str) -> URL:
    return make_url(normalise_url(url))


def _pg(url: str) -> tuple[str, dict[str, str]]:
    """The client tools' URL without the password, and an environment carrying it."""
    parsed = _url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    bare = URL.create("postgresql", parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query)  # fmt: skip
    return bare.render_as_string(hide_password=False), env


def _sqlite_path(url: str) -> Path:
    database = _url(url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(database)


def _is_sqlite(url: str) -> bool:
    return _url(url).get_backend_name() == "sqlite"


def known_revisions() -> set[str]:
    script: ScriptDirectory = alembic_script()
    return {rev.revision for rev in script.walk_revisions()}


def backup(url: str, target: Path, force: bool = False) -> None:
    """A consistent copy while the bot runs (SQLite's backup API; pg_dump's snapshot)."""
    if _is_sqlite(url) and target.resolve() == _sqlite_path(url).resolve():
        raise BackupError(f"{target} is the live database itself: choose another file")
    if target.exists() and not force:
        raise BackupError(f"{target} exists already: choose another name, or add --force")
    if target.exists() and target.is_dir():
        raise BackupError(f"{target} is a folder")
    if _is_sqlite(url):
        source_path = _sqlite_path(url)
        if not source_path.is_file():
            raise BackupError(f"no database at {source_path}")
        if target.exists():  # --force: a new file, not pages written over an old one
            target.unlink()
        files.create_private(target)  # personal data: its owner's eyes only (0600)
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        dest = sqlite3.connect(target)
        try:
            with dest:
                source.backup(dest)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"could not copy {source_path}: {exc}") from exc
        finally:
            dest.close()
            source.close()
        return
    if shutil.which("pg_dump") is None:
        raise BackupError("pg_dump is not installed (Debian: postgresql-client)")
    where, env = _pg(url)
    files.create_private(target)  # pg_dump writes into it and keeps its mode (0600)
    result = subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), where],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise BackupError(result.stderr.strip()[-500:])


@dataclass
class Checked:
    """A backup file found fit to restore."""

    path: Path
    revision: str


def check_backup(url: str, source: Path) -> Checked:
    """The file is a backup of this bot at a revision this version knows, or BackupError."""
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    revision = _sqlite_revision(source) if _is_sqlite(url) else _pg_dump_revision(url, source)
    if revision not in known_revisions():
        raise BackupError(
            f"{source} is at schema revision {revision!r}, which this version of cidi-bot "
            "does not know (a backup from a newer version?): nothing was changed"
        )
    return Checked(source, revision)


def _sqlite_revision(source: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                raise BackupError(
                    f"{source} is an SQLite database but not a cidi-bot backup "
                    f"(no {', '.join(missing)} table): nothing was changed"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{source} is not an SQLite database ({exc}): nothing was changed"
        ) from exc
    if row is None:
        raise BackupError(f"{source} has no schema revision: nothing was changed")
    return str(row[0])


def _pg_dump_revision(url: str, source: Path) -> str:
    if shutil.which("pg_restore") is None:
        raise BackupError("pg_restore is not installed (Debian: postgresql-client)")
    listing = subprocess.run(
        ["pg_restore", "--list", str(source)], capture_output=True, text=True, check=False
    )
    if listing.returncode != 0:
        raise BackupError(f"{source} is not a pg_dump archive: nothing was changed")
    missing = [t for t in REQUIRED_TABLES if f"TABLE public {t} " not in listing.stdout]
    if missing:
        raise BackupError(
            f"{source} is a PostgreSQL archive but not a cidi-bot backup "
            f"(no {', '.join(missing)} table): nothing was changed"
        )
    data = subprocess.run(
        ["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = data.stdout.splitlines()
    try:  # COPY public.alembic_version (version_num) FROM stdin; / the revision / \.
        start = next(i for i, line in enumerate(lines) if line.startswith("COPY "))
        return lines[start + 1].strip()
    except (StopIteration, IndexError) as exc:
        raise BackupError(f"{source} has no schema revision: nothing was changed") from exc


def running_processes(url: str, now: datetime) -> list[str]:
    """Bot processes that said they were alive against this database a moment ago."""
    if _is_sqlite(url) and not _sqlite_path(url).is_file():
        return []
    engine = create_engine(normalise_url(url))
    try:
        if not inspect(engine).has_table("meta"):
            return []
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT key, value FROM meta WHERE key LIKE 'alive:%'"))
            return liveness.alive([(str(k), str(v)) for k, v in rows], now)
    finally:
        engine.dispose()


def restore(url: str, source: Path, safety_folder: Path, now: datetime) -> Path:
    """Replace the database's content with a checked backup; the path of the safety copy
    of what was there before."""
    check_backup(url, source)
    running = running_processes(url, now)
    if running:
        raise BackupError(
            f"a bot process is running against this database ({', '.join(running)}): "
            "stop it first; nothing was changed"
        )
    stamp = now.strftime("%Y%m%d-%H%M%S")
    suffix = "sqlite3" if _is_sqlite(url) else "dump"
    safety = safety_folder / f"cidi-before-restore-{stamp}.{suffix}"
    if not _is_sqlite(url) or _sqlite_path(url).is_file():
        backup(url, safety)
    if _is_sqlite(url):
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(_sqlite_path(url))
        try:
            with dest:
                src.backup(dest)
        finally:
            dest.close()
            src.close()
        return safety
    if shutil.which("pg_restore") is None:
        raise BackupError("pg_restore is not installed (Debian: postgresql-client)")
    where, env = _pg(url)
    result = subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--dbname", where, str(source)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise BackupError(result.stderr.strip()[-500:] + f" (the safety copy is {safety})")
    return safety
