"""One user's updates, one at a time, across every process sharing PostgreSQL.

With several webhook processes, Telegram may hand a user's next update to
another process while the first is still being handled. A PostgreSQL advisory
lock keyed by the user id, held on an autocommit connection (so no transaction
stays open while the bot talks to Telegram), makes the second wait for the
first. On SQLite (one process) the Application's own sequential queue suffices.
The statement that takes the lock also reads the user's row, which every update reads
next (`cidi_enter`, migration 0008; storage.db.READ_AHEAD): one round trip for both.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from telegram import Update
from telegram.ext import Application

from bot.dialogs.engine import CURRENT_UPDATE, AnswerLost, Handling
from catalogue.delegates import Presence, presence_key
from storage.db import READ_AHEAD
from storage.models import utc_from_db

_local: dict[tuple[int, int], asyncio.Lock] = {}  # per (engine, user): this process's updates
_shared: dict[int, Connection] = {}  # per engine: the connection that takes uncontended locks
WAIT = text("SELECT pg_advisory_lock(:k)")
UNLOCK = text("SELECT pg_advisory_unlock(:k)")


def _driver_call(conn: Connection, function: str, user_id: int) -> bool:
    """`SELECT function(user_id)` straight on the driver (psycopg), PostgreSQL only.

    Why not through SQLAlchemy: a lock and an unlock run on every update, and SQLAlchemy's
    execution costs three times the driver's (0.15 against 0.05 ms of CPU here)."""
    driver: Any = conn.connection.dbapi_connection
    return bool(driver.execute(f"SELECT {function}(%s)", (user_id,)).fetchone()[0])


ENTER = "SELECT * FROM cidi_enter(%s)"  # storage/migrations/versions/0008_enter.py


def _try_lock(engine: Engine, user_id: int) -> tuple[Connection | None, Presence | None]:
    """Take the lock on the process's shared connection if nobody holds it (no pool checkout,
    one round trip), reading the user's row with it; (None, None) when another process has
    the user. Why the row too: every update reads it next (bot.handlers.common.touch), and
    a round trip costs the bot and PostgreSQL more CPU than the read itself."""
    for attempt in (1, 2):
        conn = _shared.get(id(engine))
        if conn is None or conn.closed or conn.invalidated:
            conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            _shared[id(engine)] = conn
        driver: Any = conn.connection.dbapi_connection
        try:
            locked, has_row, *fields = driver.execute(ENTER, (user_id,)).fetchone()
        except (DBAPIError, psycopg.Error):  # the server dropped it: once more on a fresh one
            conn.invalidate()
            if attempt == 2:
                raise
            continue
        if not locked:
            return None, None
        if not has_row:
            return conn, None
        language, registered, active, username, forgotten_at, granted = fields
        forgotten_at = utc_from_db(forgotten_at)  # as storage.models.UTCDateTime reads it
        return conn, Presence(language, registered, active, username, forgotten_at, granted)
    return None, None


def release(engine: Engine) -> None:
    """Close the shared lock connection (at shutdown, before the engine is disposed)."""
    conn = _shared.pop(id(engine), None)
    if conn is not None and not conn.closed:
        conn.close()


@asynccontextmanager
async def user_lock(engine: Engine, user_id: int | None) -> AsyncIterator[bool]:
    """Hold the user's lock; yields whether a PostgreSQL lock is held (not on SQLite)."""
    if user_id is None or engine.dialect.name != "postgresql":
        yield False
        return
    # Within one process an asyncio lock orders the user's updates for free; only the first
    # in line asks PostgreSQL, so a thread is needed only when another process holds the user.
    slot = (id(engine), user_id)
    local = _local.setdefault(slot, asyncio.Lock())
    key = {"k": user_id}
    ahead = None
    try:
        async with local:
            holder, seen = _try_lock(engine, user_id)
            own = holder is None
            if not own:  # the row as of the lock, for the update's first read of it
                ahead = READ_AHEAD.set({presence_key(user_id): seen})
            if holder is None:  # another process has this user: wait for it off the event loop
                holder = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                await asyncio.to_thread(holder.execute, WAIT, key)
            try:
                yield True
            finally:
                try:
                    if own:
                        holder.execute(UNLOCK, key)
                    else:
                        _driver_call(holder, "pg_advisory_unlock", user_id)
                finally:
                    if own:
                        holder.close()
    finally:
        if ahead is not None:
            READ_AHEAD.reset(ahead)
        if not local.locked() and _local.get(slot) is local:
            del _local[slot]


class OrderedApplication(Application):
    """An Application that handles a user's updates under that user's lock."""

    async def process_update(self, update: object) -> None:
        services: Any = self.bot_data.get("services")
        user = update.effective_user if isinstance(update, Update) else None
        if services is None:
            await super().process_update(update)
            return
        handling = Handling(update.update_id) if isinstance(update, Update) else None
        marker = CURRENT_UPDATE.set(handling) if handling is not None else None
        try:
            async with user_lock(services.engine, user.id if user else None) as locked:
                if handling is not None:
                    handling.locked = locked
                await super().process_update(update)
        finally:
            if marker is not None:
                CURRENT_UPDATE.reset(marker)
        if handling is not None and handling.answer_lost and self.bot_data.get("redeliver"):
            raise AnswerLost(handling.update_id)
