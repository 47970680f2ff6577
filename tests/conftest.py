"""Shared fixtures: a database per test (SQLite always, PostgreSQL when its URL is given)."""

from __future__ import annotations

import io
import logging
import os
import shutil
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.cli import main
from bot.settings import Settings
from fakegram.driver import Harness
from storage.db import make_engine, normalise_url, upgrade

POSTGRES_ENV = "CIDI_TEST_POSTGRES_URL"
SECRETARIAT_ID = 900
ORGANISER_ID = 901


DIALECTS = ("sqlite", "postgresql")
# The database a test gets a copy of: migrated once per test session (a template file on
# SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), not at every test.
# Under pytest-xdist (CI runs the tests on every core) each worker has PostgreSQL databases
# of its own: its base (whose schema `db_url` resets), its template and its copy.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
# Two checkouts testing against one PostgreSQL server at once keep apart by a suffix of their own.
CHECKOUT = os.environ.get("CIDI_TEST_DB_SUFFIX", "")


def own_database(name: str) -> str:
    """A database name of this worker's ("cidi_template_gw1"), or the name alone."""
    return "_".join(part for part in (name, WORKER, CHECKOUT) if part)


TEMPLATE_DB = own_database("cidi_template")
COPY_DB = own_database("cidi_test_copy")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "both_databases: a chat or console journey where the database's dialect matters "
        "(locks, replays, the outbox, races): run on PostgreSQL too, not only on SQLite",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Storage and service tests run on SQLite and PostgreSQL; journeys through the chat
    (`harness`) or the console run on SQLite alone unless marked `both_databases`."""
    if "dialect" not in metafunc.fixturenames:
        return
    journey = "harness" in metafunc.fixturenames or "settings" in metafunc.fixturenames
    both = not journey or metafunc.definition.get_closest_marker("both_databases")
    metafunc.parametrize("dialect", DIALECTS if both else DIALECTS[:1])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The rehearsed meeting's tests first: the longest file (it builds a meeting per
    database), started at once on one worker while the others share the rest."""
    items.sort(key=lambda item: "test_meeting_outputs" not in item.nodeid)


def reset_postgres(url: str) -> None:
    """An empty public schema, so each test starts from migrations."""
    engine = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _postgres_admin(url: str, *statements: str) -> None:
    engine = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def _beside(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + f"/{name}"


_WORKER_BASES: dict[str, str] = {}


def _postgres_url() -> str:
    """The PostgreSQL database the tests may reset: the configured one, or under xdist a
    database of this worker's beside it (made once)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL not configured: set {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/test)"
        )
    if not WORKER:
        return url
    if url not in _WORKER_BASES:
        name = own_database("cidi_tests")
        _postgres_admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
                        f"CREATE DATABASE {name}")  # fmt: skip
        _WORKER_BASES[url] = _beside(url, name)
    return _WORKER_BASES[url]


def postgres_url() -> str:
    """For the tests that need a PostgreSQL database of their own beside the others."""
    return _postgres_url()


@pytest.fixture
def db_url(dialect: str, tmp_path: Path) -> Iterator[str]:
    """An empty database (for the tests of migrations and of the commands that run them)."""
    if dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.sqlite3'}"
        return
    url = _postgres_url()
    reset_postgres(url)
    yield url


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Per dialect, a database migrated once (made when first asked for)."""
    return {"folder": str(tmp_path_factory.mktemp("template"))}


def _template(dialect: str, templates: dict[str, str]) -> str:
    if dialect in templates:
        return templates[dialect]
    if dialect == "sqlite":
        url = f"sqlite:///{Path(templates['folder']) / 'migrated.sqlite3'}"
    else:
        url = _beside(_postgres_url(), TEMPLATE_DB)
        _postgres_admin(_postgres_url(), f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)",
                        f"CREATE DATABASE {TEMPLATE_DB}")  # fmt: skip
    engine = make_engine(url)
    upgrade(engine)
    if dialect == "sqlite":
        with engine.connect() as conn:  # everything in the main file, ready to be copied
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    templates[dialect] = url
    return url


@pytest.fixture
def migrated_url(dialect: str, tmp_path: Path, templates: dict[str, str]) -> str:
    """A fresh copy of a migrated database: what the bot, the console and the services'
    tests start from."""
    template = _template(dialect, templates)
    if dialect == "sqlite":
        target = tmp_path / "bot.sqlite3"
        shutil.copyfile(template.removeprefix("sqlite:///"), target)
        return f"sqlite:///{target}"
    _postgres_admin(_postgres_url(), f"DROP DATABASE IF EXISTS {COPY_DB} WITH (FORCE)",
                    f"CREATE DATABASE {COPY_DB} TEMPLATE {TEMPLATE_DB}")  # fmt: skip
    return _beside(_postgres_url(), COPY_DB)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bot.sqlite3'}"


def make_settings(url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": url,
        "secretariat_ids": [SECRETARIAT_ID],
        "organiser_ids": [ORGANISER_ID],
        "telegram_bot_token": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture
def settings(migrated_url: str) -> Settings:
    return make_settings(migrated_url)


@pytest.fixture
async def harness(settings: Settings) -> AsyncIterator[Harness]:
    """The bot on a fresh database; any unexpected handler error fails the test."""
    h = Harness(settings)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
    assert not h.errors, f"handlers raised: {h.errors!r}"


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


Cidi = Callable[..., Ran]


@pytest.fixture
def cidi(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[Cidi]:
    """`cidi-bot …` in this process (`bot.cli.main`): the same parsing, settings, exit codes
    and output, without paying a Python start and the imports for each command. Only the
    tests whose subject is the process itself (the README's demo, what a terminal shows)
    start one."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    given: set[str] = set()  # what earlier calls set: each call has only its own `env`

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None, input: str = "") -> Ran:
        for name in [k for k in os.environ if k.startswith(("TELEGRAM_", "DATABASE_"))]:
            monkeypatch.delenv(name)
        for name in given - set(env or {}):
            monkeypatch.delenv(name, raising=False)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        given.update(env or {})
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse: --help, a usage error
            code = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 2
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    yield run
    root.handlers[:], root.level = handlers, level  # `configure_logging` replaced them
