"""The typed bundle of what handlers need, built once per Application by bot.app.

Its own module so that handlers can name it without importing the application's wiring
(bot.app imports the handlers to register them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.dialogs.engine import DialogEngine
from bot.settings import Settings
from catalogue import delegates
from scheduler.delivery import Deliverer


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    """What handlers need, built once per Application."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    dialogs: DialogEngine
    deliverer: Deliverer
    clock: Callable[[], datetime] = utc_now
    # Tests set this to see unexpected handler errors instead of only logging them.
    on_error: Callable[[BaseException], None] | None = None
    counters: dict[str, int] = field(default_factory=dict)

    def read(self) -> Session:
        """A session for reading (a write goes through `transaction(sessions)`)."""
        return self.sessions()

    def presence(self, user_id: int) -> delegates.Presence | None:
        """The user's row as every update needs it: one Core read."""
        with self.engine.connect() as conn:
            return delegates.presence(conn, user_id)

    def count(self, name: str, by: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + by
