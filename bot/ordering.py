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

from bot.dialogs.engine import CURRENT_UPDATE, AnswerLost, Handling

_local: dict[tuple[int, int], asyncio.Lock] = {}  # per (engine, user): this process's updates
TRY = text("SELECT pg_try_advisory_lock(:k)")
WAIT = text("SELECT pg_advisory_lock(:k)")
UNLOCK = text("SELECT pg_advisory_unlock(:k)")


@asynccontextmanager
async def user_lock(engine: Engine, user_id: int | None) -> AsyncIterator[None]:
    """Hold the user's lock for the update (PostgreSQL; nothing to hold on SQLite)."""
    if user_id is None or engine.dialect.name != "postgresql":
        yield
        return
    # Within one process an asyncio lock orders the user's updates for free; only the first
    # in line asks PostgreSQL, and a thread is needed only when another process holds the user.
    slot = (id(engine), user_id)
    local = _local.setdefault(slot, asyncio.Lock())
    key = {"k": user_id}
    try:
        async with local:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as holder:
                if not holder.execute(TRY, key).scalar():
                    await asyncio.to_thread(holder.execute, WAIT, key)
                try:
                    yield
                finally:
                    holder.execute(UNLOCK, key)
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
        handling = Handling(update.update_id) if isinstance(update, Update) else None
        marker = CURRENT_UPDATE.set(handling) if handling is not None else None
        try:
            async with user_lock(services.engine, user.id if user else None):
                await super().process_update(update)
        finally:
            if marker is not None:
                CURRENT_UPDATE.reset(marker)
        if handling is not None and handling.answer_lost and self.bot_data.get("redeliver"):
            raise AnswerLost(handling.update_id)
