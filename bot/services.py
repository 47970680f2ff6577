"""The typed bundle of what handlers need, built once per Application by bot.app.

Its own module so that handlers can name it without importing the application's wiring
(bot.app imports the handlers to register them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.dialogs.engine import DialogEngine
from bot.settings import Settings
from catalogue import delegates
from catalogue.matches import CatalogueIndex
from scheduler.delivery import Deliverer
from storage.db import HeldConnections, take_read_ahead


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    """What handlers need, built once per Application."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    dialogs: DialogEngine
    catalogue: CatalogueIndex
    deliverer: Deliverer
    clock: Callable[[], datetime] = utc_now
    # Tests set this to see unexpected handler errors instead of only logging them.
    on_error: Callable[[BaseException], None] | None = None
    counters: dict[str, int] = field(default_factory=dict)
    # For a single read: on PostgreSQL autocommit, one round trip instead of BEGIN, SELECT and
    # ROLLBACK. Never for a write (use `transaction(sessions)`).
    reads: sessionmaker[Session] | None = None
    held: HeldConnections | None = None  # PostgreSQL: see storage.db.HeldConnections

    def read(self) -> Session:
        return (self.reads or self.sessions)()

    def presence(self, user_id: int) -> delegates.Presence | None:
        """The user's row as the hot path needs it: one Core read on every update, on the
        connection held for this thread on PostgreSQL (`storage.db.HeldConnections`); on
        SQLite on a connection of its own, so no read stays open."""
        ahead, seen = take_read_ahead(delegates.presence_key(user_id))
        if ahead:  # read with the user's lock (bot.ordering), nothing written since
            return cast(delegates.Presence | None, seen)
        if self.held is None:
            with self.engine.connect() as fresh:
                return delegates.presence(fresh, user_id)
        return self.held.run(lambda conn: delegates.presence(conn, user_id))

    def release(self) -> None:
        """Close the held connections (at shutdown, before the engine is disposed)."""
        if self.held is not None:
            self.held.release()

    def count(self, name: str, by: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + by
