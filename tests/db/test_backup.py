"""Backup and restore, tried for real on SQLite and PostgreSQL through the command line."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from catalogue import delegates
from storage import liveness
from storage.db import make_engine, make_session_factory, transaction
from storage.models import Delegate
from tests.conftest import Cidi, Ran

Run = Callable[..., Ran]


@pytest.fixture
def run(cidi: Cidi) -> Run:
    """`cidi-bot …` on the database at `url`, in this process (the commands are the subject,
    not the process: pg_dump and pg_restore still run as the product runs them)."""

    def call(*args: str, cwd: Path, url: str) -> Ran:
        return cidi(*args, cwd=cwd, env={"DATABASE_URL": url})

    return call


def names(url: str) -> list[str]:
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        found = [
            d.full_name or ""
            for d in session.execute(select(Delegate).order_by(Delegate.user_id)).scalars()
        ]
    engine.dispose()
    return found


def test_a_backup_brings_the_data_back_after_a_loss(run: Run, tmp_path: Path, db_url: str) -> None:
    from datetime import UTC, datetime

    from catalogue import delegates
    from storage.db import transaction

    assert run("db", "upgrade", cwd=tmp_path, url=db_url).returncode == 0
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 2, tzinfo=UTC)
    with transaction(factory) as session:
        for uid, name in ((1, "Ana"), (2, "Bruno")):
            row = delegates.ensure(session, uid, "es", None, now)
            row.full_name = name
    backup_file = tmp_path / "cidi.backup"
    made = run("db", "backup", str(backup_file), cwd=tmp_path, url=db_url)
    assert made.returncode == 0, made.stderr
    with transaction(factory) as session:  # the loss
        session.execute(Delegate.__table__.delete())
    engine.dispose()
    assert names(db_url) == []
    restored = run("db", "restore", str(backup_file), "--yes", cwd=tmp_path, url=db_url)
    assert restored.returncode == 0, restored.stderr
    assert names(db_url) == ["Ana", "Bruno"]
    safety = list(tmp_path.glob("cidi-before-restore-*"))
    assert safety, "a safety copy of the lost state"
    # everyone's personal data: readable by the operator's account only
    for written in (backup_file, *safety):
        assert written.stat().st_mode & 0o777 == 0o600, written


def test_exports_and_the_report_written_to_disk_are_for_their_owner_only(
    run: Run, tmp_path: Path, sqlite_url: str
) -> None:
    assert run("db", "upgrade", cwd=tmp_path, url=sqlite_url).returncode == 0
    old = tmp_path / "old.csv"
    old.write_text("")
    old.chmod(0o644)  # an existing file is narrowed too
    for args in (
        ("catalogue", "export", "--format", "csv", "--output", str(old)),
        ("catalogue", "export", "--format", "xlsx", "--output", str(tmp_path / "c.xlsx")),
        ("report", "--format", "json", "--output", str(tmp_path / "report.json")),
    ):
        done = run(*args, cwd=tmp_path, url=sqlite_url)
        assert done.returncode == 0, done.stderr
        assert Path(args[-1]).stat().st_mode & 0o777 == 0o600, args


def test_restoring_a_missing_file_says_so(run: Run, tmp_path: Path, sqlite_url: str) -> None:
    result = run("db", "restore", str(tmp_path / "nope.backup"), cwd=tmp_path, url=sqlite_url)
    assert result.returncode == 1 and "no backup file" in result.stderr


NOW = datetime(2021, 12, 2, tzinfo=UTC)


def with_two_delegates(run: Run, url: str, tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path, url=url).returncode == 0
    engine = make_engine(url)
    with transaction(make_session_factory(engine)) as session:
        for uid, name in ((1, "Ana"), (2, "Bruno")):
            delegates.ensure(session, uid, "es", None, NOW).full_name = name
    engine.dispose()


def refused(result: Ran, words: str) -> bool:
    return result.returncode != 0 and words in result.stderr and "Traceback" not in result.stderr


def test_an_unrelated_sqlite_file_is_refused_and_nothing_changes(
    run: Run, tmp_path: Path, sqlite_url: str
) -> None:
    with_two_delegates(run, sqlite_url, tmp_path)
    other = tmp_path / "photos.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    result = run("db", "restore", str(other), "--yes", cwd=tmp_path, url=sqlite_url)
    assert refused(result, "not a cidi-bot backup")
    assert names(sqlite_url) == ["Ana", "Bruno"]


@pytest.mark.parametrize("content", [b"", b"hello", b"PGDMP garbage", bytes(range(256)) * 40])
def test_a_file_that_is_no_database_is_refused_in_words(
    run: Run, tmp_path: Path, db_url: str, content: bytes
) -> None:
    with_two_delegates(run, db_url, tmp_path)
    junk = tmp_path / "junk.backup"
    junk.write_bytes(content)
    result = run("db", "restore", str(junk), "--yes", cwd=tmp_path, url=db_url)
    assert refused(result, "nothing was changed")
    assert names(db_url) == ["Ana", "Bruno"]


def test_a_backup_from_an_unknown_schema_is_refused_before_anything_is_touched(
    run: Run, tmp_path: Path, sqlite_url: str
) -> None:
    with_two_delegates(run, sqlite_url, tmp_path)
    future = tmp_path / "future.backup"
    assert run("db", "backup", str(future), cwd=tmp_path, url=sqlite_url).returncode == 0
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run("db", "restore", str(future), "--yes", cwd=tmp_path, url=sqlite_url)
    assert refused(result, "does not know")
    assert names(sqlite_url) == ["Ana", "Bruno"]
    assert run("db", "upgrade", cwd=tmp_path, url=sqlite_url).returncode == 0  # still starts


def test_a_restore_is_refused_while_a_bot_process_runs_on_the_database(
    run: Run, tmp_path: Path, db_url: str
) -> None:
    with_two_delegates(run, db_url, tmp_path)
    saved = tmp_path / "saved.backup"
    assert run("db", "backup", str(saved), cwd=tmp_path, url=db_url).returncode == 0
    engine = make_engine(db_url)
    with transaction(make_session_factory(engine)) as session:
        liveness.beat(session, "host-1234-abc", datetime.now(UTC))
    engine.dispose()
    result = run("db", "restore", str(saved), "--yes", cwd=tmp_path, url=db_url)
    assert refused(result, "a bot process is running") and "host-1234-abc" in result.stderr


def test_a_restore_asks_first_and_without_an_answer_changes_nothing(
    run: Run, tmp_path: Path, sqlite_url: str
) -> None:
    with_two_delegates(run, sqlite_url, tmp_path)
    saved = tmp_path / "saved.backup"
    assert run("db", "backup", str(saved), cwd=tmp_path, url=sqlite_url).returncode == 0
    engine = make_engine(sqlite_url)
    with transaction(make_session_factory(engine)) as session:
        session.execute(Delegate.__table__.delete())
    engine.dispose()
    result = run("db", "restore", str(saved), cwd=tmp_path, url=sqlite_url)  # no --yes, no tty
    assert result.returncode == 2 and "nothing was changed" in result.stderr
    assert names(sqlite_url) == []


def test_a_backup_never_overwrites_the_live_database_nor_a_file_unasked(
    run: Run, tmp_path: Path, sqlite_url: str
) -> None:
    with_two_delegates(run, sqlite_url, tmp_path)
    live = make_engine(sqlite_url).url.database
    assert live is not None
    result = run("db", "backup", live, "--force", cwd=tmp_path, url=sqlite_url)
    assert refused(result, "live database")
    existing = tmp_path / "notes.txt"
    existing.write_text("keep me")
    assert refused(run("db", "backup", str(existing), cwd=tmp_path, url=sqlite_url), "exists")
    assert existing.read_text() == "keep me"
    forced = run("db", "backup", str(existing), "--force", cwd=tmp_path, url=sqlite_url)
    assert forced.returncode == 0 and existing.read_bytes().startswith(b"SQLite format 3")
    assert names(sqlite_url) == ["Ana", "Bruno"]


def test_the_postgresql_password_travels_in_the_environment_not_the_command_line() -> None:
    from storage.backup import _pg

    where, env = _pg("postgresql://cidi:s3cr3t@db.example:5432/cidi")
    assert "s3cr3t" not in where and env["PGPASSWORD"] == "s3cr3t"
