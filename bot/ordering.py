"""One user's updates, one at a time, across every process sharing PostgreSQL; and one
user never holding up the others.

With several webhook processes, Telegram may hand a user's next update to
another process while the first is still being handled. A PostgreSQL advisory
lock keyed by the user id, held on an autocommit connection (so no transaction
stays open while the bot talks to Telegram), makes the second wait for the
first. On SQLite (one process) the Application's own sequential queue suffices.

The order of an update's life: the flood gate (a token bucket per user: beyond it one
"please slow down", the rest ignored and nothing stored), then the user's own order, then
one of the process's few handling slots (webhook mode). So a user sending 300 messages at
once waits behind their own updates, not in front of everybody else's; and a handler
waiting out one chat's 429 lends its slot back meanwhile (`outside_slot`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Engine, text
from telegram import Update
from telegram.ext import Application

from bot.dialogs.engine import CURRENT_UPDATE, AnswerLost, Handling
from catalogue.taxonomy import pick_language
from presentation.i18n import t
from storage import dialog_rows
from storage.dialog_rows import Seen

log = logging.getLogger(__name__)

_local: dict[tuple[int, int], asyncio.Lock] = {}  # per (engine, user): this process's updates
TRY = text("SELECT pg_try_advisory_lock(:k)")
WAIT = text("SELECT pg_advisory_lock(:k)")
UNLOCK = text("SELECT pg_advisory_unlock(:k)")


@asynccontextmanager
async def user_lock(
    engine: Engine, user_id: int | None, slots: Slots | None = None
) -> AsyncIterator[Connection | None]:
    """The user's order, then a handling slot, then (PostgreSQL) the user's lock across
    processes, whose autocommit connection is lent for single statements meanwhile.

    In that order: an update waiting behind the same user's earlier ones holds nothing
    (an asyncio lock), so one user's flood queues behind itself, not in front of everyone,
    and a database connection is only taken inside a slot, so the pool never runs dry."""
    if user_id is None:
        async with _held(slots):
            yield None
        return
    key = (id(engine), user_id)
    local = _local.setdefault(key, asyncio.Lock())
    try:
        async with local, _held(slots):
            if engine.dialect.name != "postgresql":
                yield None
                return
            lock = {"k": user_id}
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as holder:
                if not holder.execute(TRY, lock).scalar():  # another process has the user
                    await asyncio.to_thread(holder.execute, WAIT, lock)
                try:
                    yield holder
                finally:
                    holder.execute(UNLOCK, lock)
    finally:
        if not local.locked() and _local.get(key) is local:
            del _local[key]


def _held(slots: Slots | None) -> Any:
    return slots.hold() if slots is not None else nullcontext()


class Slots:
    """At most `size` updates handled at once in this process, and at most `lendable` more
    waiting out a chat's rate limit with their slot lent to others. Each holds a database
    connection for its user's lock (PostgreSQL) and the ones handled need another for their
    work: 2 × size + lendable, with the outbox job beside them, stays within the pool (15)."""

    def __init__(self, size: int, lendable: int = 0) -> None:
        self.semaphore = asyncio.Semaphore(size)
        self.lendable = lendable
        self.lent = 0

    @asynccontextmanager
    async def hold(self) -> AsyncIterator[None]:
        await self.semaphore.acquire()
        token = _HELD.set(self)
        try:
            yield
        finally:
            _HELD.reset(token)
            self.semaphore.release()


_HELD: ContextVar[Slots | None] = ContextVar("cidi_slot", default=None)


async def outside_slot(wait: Awaitable[Any]) -> None:
    """Wait (for one chat's rate limit) without holding a slot others could use, as long as
    the lending budget allows (beyond it, the wait keeps its slot)."""
    slots = _HELD.get()
    if slots is None or slots.lent >= slots.lendable:
        await wait
        return
    slots.lent += 1
    slots.semaphore.release()
    try:
        await wait
    finally:
        await slots.semaphore.acquire()
        slots.lent -= 1


class Verdict(Enum):
    PASS = "pass"
    WARN = "warn"  # the first update over the limit: the sender is asked to slow down
    DROP = "drop"  # the rest: ignored, nothing stored


@dataclass
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


class FloodGate:
    """A token bucket per user: `burst` updates at once, then `rate` a second.

    Far above what a person types or taps (a dialog answer every second or two), far below
    what a script or a stuck client sends. Per process: with N processes a sender gets N
    times the rate at most, which still keeps them from holding the others up."""

    def __init__(
        self, rate: float, burst: float, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate, self.burst, self.monotonic = rate, burst, monotonic
        self.buckets: dict[int, _Bucket] = {}

    def admit(self, user_id: int) -> Verdict:
        now = self.monotonic()
        bucket = self.buckets.get(user_id)
        if bucket is None:
            if len(self.buckets) > 50_000:  # forget the full ones: they are like new
                self._prune(now)
            bucket = self.buckets[user_id] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return Verdict.PASS
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _prune(self, now: float) -> None:
        full = [
            u for u, b in self.buckets.items() if b.tokens + (now - b.at) * self.rate >= self.burst
        ]
        for user_id in full:
            del self.buckets[user_id]


def _on_holder(services: Any, holder: Connection | None) -> Any:
    """The lock's connection when there is one (no extra checkout), else a short transaction."""
    return nullcontext(holder) if holder is not None else services.engine.begin()


class OrderedApplication(Application):
    """An Application that lets a user's updates through the flood gate, then handles
    them under that user's lock, then in one of the process's slots (when it has slots)."""

    gate: FloodGate | None = None
    slots: Slots | None = None

    async def process_update(self, update: object) -> None:
        services: Any = self.bot_data.get("services")
        user = update.effective_user if isinstance(update, Update) else None
        if services is None:
            await super().process_update(update)
            return
        if user is not None and self.gate is not None:
            verdict = self.gate.admit(user.id)
            if verdict is not Verdict.PASS:
                services.count("flood_" + verdict.value)
                if verdict is Verdict.WARN:
                    await self._slow_down(update, services)
                return
        handling = Handling(update.update_id) if isinstance(update, Update) else None
        marker = CURRENT_UPDATE.set(handling) if handling is not None else None
        try:
            uid = user.id if user else None
            async with user_lock(services.engine, uid, self.slots) as holder:
                if handling is not None and user is not None:
                    with _on_holder(services, holder) as conn:
                        if dialog_rows.seen(conn, handling.update_id) is Seen.DONE:
                            services.count("replayed")  # handled and answered before
                            return
                await super().process_update(update)
                if handling is not None and user is not None and not handling.answer_lost:
                    with _on_holder(services, holder) as conn:
                        dialog_rows.record(conn, handling.update_id, user.id, services.clock())
        finally:
            if marker is not None:
                CURRENT_UPDATE.reset(marker)
        if handling is not None and handling.answer_lost and self.bot_data.get("redeliver"):
            raise AnswerLost(handling.update_id)

    async def _slow_down(self, update: Any, services: Any) -> None:
        """One message to a sender over the limit, in their language; never fatal."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or chat.type != "private":
            return
        seen = services.presence(user.id)
        lang = seen.language if seen else pick_language(user.language_code, "en")
        try:
            await self.bot._post(
                "sendMessage", {"chat_id": chat.id, "text": t(lang, "error-slow-down")}
            )
        except Exception as exc:  # a 429 for this very chat is likely: nothing to do about it
            log.info("could not ask user %s to slow down: %s", user.id, type(exc).__name__)
