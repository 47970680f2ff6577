"""What every `cidi-bot` command shares: settings, the database, logging, exit codes."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias

from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings

EXIT_USAGE = 2
if TYPE_CHECKING:
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # what `add_subparsers` returns; only subscriptable for the type checker
    Subparsers = argparse._SubParsersAction


class RedactToken(logging.Filter):
    """Never let the bot token reach a log line (httpx logs request URLs)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        message = record.getMessage()
        if self.secret in message:
            record.msg = message.replace(self.secret, "<token>")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = str(record.exc_info[1])
            if self.secret in text:
                record.exc_info = None
                record.msg = f"{record.msg} (exception text withheld: it contained the token)"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: what log collectors read; ids only, never personal data."""

    def format(self, record: logging.LogRecord) -> str:
        import json

        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("update_id", "user_id", "event"):
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str, secret: str | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if os.environ.get("LOG_FORMAT", "").lower() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if secret:
        handler.addFilter(RedactToken(secret))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs every request URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


@contextmanager
def database(settings: Settings) -> Iterator[sessionmaker[Session]]:
    """The migrated database of the settings, for one command; disposed after."""
    from storage.db import make_engine, make_session_factory, upgrade

    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        sessions = make_session_factory(engine)
        bootstrap(settings, sessions)
        yield sessions
    finally:
        engine.dispose()


def bootstrap(settings: Settings, sessions: sessionmaker[Session]) -> None:
    """The roles the settings name (SECRETARIAT_IDS, ORGANISER_IDS), as the bot grants them
    at start: idempotent, never revokes."""
    from datetime import UTC, datetime

    from catalogue import roles
    from storage.db import transaction

    with transaction(sessions, via="cli") as session:
        roles.bootstrap_roles(
            session, settings.secretariat_ids, settings.organiser_ids, datetime.now(UTC)
        )


def load_settings() -> Settings:
    """Settings from the environment and .env; a clear message and exit 2 if wrong."""
    try:
        return Settings()
    except ValidationError as exc:
        lines = ["The settings are not valid:"]
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]).upper()
            lines.append(f"  {where}: {err['msg']}")
        print("\n".join(lines), file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def use_uvloop() -> None:
    """uvloop where it is installed: the same asyncio, with less CPU per socket event."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def problem_text(key: str, values: dict[str, object]) -> str:
    """A problem code in English words, for the terminal."""
    from presentation.i18n import MissingMessage, label

    try:
        return label("en", key, **values)
    except MissingMessage:
        return key
