"""Engines and sessions; created by the application builder, never at import time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
WRITE_OPTION = "cidi_write"


def normalise_url(url: str) -> str:
    """Map the plain URLs of the settings to the drivers we ship (psycopg 3)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str) -> Engine:
    """An engine with SQLite set up for a bot: WAL, foreign keys, a busy timeout."""
    url = normalise_url(url)
    kwargs: dict[str, Any] = {"future": True}
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    if not is_sqlite:
        _ping_when_idle(engine)
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy own transactions (pysqlite's implicit BEGIN is unreliable).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # A unit of work that writes takes the write lock at once (IMMEDIATE), so two
            # writers queue on busy_timeout instead of failing on a lock upgrade; reads
            # stay deferred and never wait for a writer (WAL).
            write = conn.get_execution_options().get(WRITE_OPTION, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


IDLE_PING = 10.0  # seconds a pooled connection may rest before it is checked again


def _ping_when_idle(engine: Engine) -> None:
    """Hand out only live connections (the server may have restarted), cheaply.

    pool_pre_ping would cost a round trip on every checkout, several per update; a connection
    checked in less than IDLE_PING seconds ago is taken as alive, an older one is pinged and,
    if dead, replaced by the pool (DisconnectionError) before anyone uses it."""

    @event.listens_for(engine, "checkin")
    def _checked_in(dbapi_conn: Any, record: Any) -> None:
        record.info["checked_in"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        if time.monotonic() - record.info.get("checked_in", 0.0) < IDLE_PING:
            return
        try:
            autocommit = dbapi_conn.autocommit
            dbapi_conn.autocommit = True
            dbapi_conn.execute("SELECT 1")
            dbapi_conn.autocommit = autocommit
        except Exception as exc:
            raise DisconnectionError("connection lost while idle") from exc


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session], via: str = "chat") -> Iterator[Session]:
    """One short unit of work: committed on success, rolled back on error. `via` names the
    front end it serves ("chat", "web", "cli"): the audit history records it."""
    with factory() as session, session.begin():
        session.info["via"] = via
        session.connection(execution_options={WRITE_OPTION: True})
        yield session


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def alembic_script() -> ScriptDirectory:
    """The migrations this version of the bot knows."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (idempotent)."""
    command.upgrade(_alembic_config(engine), "head")


def is_current(engine: Engine) -> bool:
    """True when the database is at the newest migration."""
    script = ScriptDirectory.from_config(_alembic_config(engine))
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    return set(current) == set(script.get_heads())
