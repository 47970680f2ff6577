"""Backup and restore, tried for real on SQLite and PostgreSQL through the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from storage.db import make_engine, make_session_factory
from storage.models import Delegate


def cidi(*args: str, cwd: Path, url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["DATABASE_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def names(url: str) -> list[str]:
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        found = [
            d.full_name or ""
            for d in session.execute(select(Delegate).order_by(Delegate.user_id)).scalars()
        ]
    engine.dispose()
    return found


def test_a_backup_brings_the_data_back_after_a_loss(tmp_path: Path, db_url: str) -> None:
    from datetime import UTC, datetime

    from catalogue import delegates
    from storage.db import transaction

    assert cidi("db", "upgrade", cwd=tmp_path, url=db_url).returncode == 0
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 2, tzinfo=UTC)
    with transaction(factory) as session:
        for uid, name in ((1, "Ana"), (2, "Bruno")):
            row = delegates.ensure(session, uid, "es", None, now)
            row.full_name = name
    backup_file = tmp_path / "cidi.backup"
    made = cidi("db", "backup", str(backup_file), cwd=tmp_path, url=db_url)
    assert made.returncode == 0, made.stderr
    with transaction(factory) as session:  # the loss
        session.execute(Delegate.__table__.delete())
    engine.dispose()
    assert names(db_url) == []
    restored = cidi("db", "restore", str(backup_file), cwd=tmp_path, url=db_url)
    assert restored.returncode == 0, restored.stderr
    assert names(db_url) == ["Ana", "Bruno"]


def test_restoring_a_missing_file_says_so(tmp_path: Path, sqlite_url: str) -> None:
    result = cidi("db", "restore", str(tmp_path / "nope.backup"), cwd=tmp_path, url=sqlite_url)
    assert result.returncode == 1 and "no backup file" in result.stderr
