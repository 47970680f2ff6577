"""One user's updates, one at a time, across every process sharing PostgreSQL.

With several webhook processes, Telegram may hand a user's next update to
another process while the first is still being handled. A PostgreSQL advisory
lock keyed by the user id, held on an autocommit connection (so no transaction
stays open while the bot talks to Telegram), makes the second wait for the
first. On SQLite (one process) the Application's own sequential queue suffices.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Engine, text
from telegram import Update
from telegram.ext import Application

from bot.dialogs.engine import CURRENT_UPDATE, Handling

_local: dict[tuple[int, int], asyncio.Lock] = {}  # per (engine, user): this process's updates


@asynccontextmanager
async def user_lock(engine: Engine, user_id: int | None) -> AsyncIterator[None]:
    if user_id is None or engine.dialect.name != "postgresql":
        yield
        return
    # Within one process an asyncio lock orders the user's updates for free; only the first
    # in line asks PostgreSQL, so a thread is needed only when another process holds the user.
    slot = (id(engine), user_id)
    local = _local.setdefault(slot, asyncio.Lock())
    try:
        async with local:
            conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            try:
                key = {"k": user_id}
                got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), key).scalar()
                if not got:  # another process has this user: wait for it off the event loop
                    await asyncio.to_thread(conn.execute, text("SELECT pg_advisory_lock(:k)"), key)
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), key)
            finally:
                conn.close()
    finally:
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
        marker = (
            CURRENT_UPDATE.set(Handling(update.update_id)) if isinstance(update, Update) else None
        )
        try:
            async with user_lock(services.engine, user.id if user else None):
                await super().process_update(update)
        finally:
            if marker is not None:
                CURRENT_UPDATE.reset(marker)
