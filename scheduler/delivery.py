"""Delivering the outbox within Telegram's limits.

Why not python-telegram-bot's AIORateLimiter: it limits the overall rate but has
no per-chat limit, and it retries a 429 by sleeping inside the call. Here one
limiter holds both rules (a configured overall rate, at most one message a
second to one chat), a 429 pauses everything for retry_after, and the row is
put back in the outbox rather than retried in memory. The overall rate holds for the whole
bot, whatever the number of processes: each send takes a slot kept in the database. Time
comes in through `now`, `monotonic` and `sleep`, so tests run it on a clock they control.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from storage import outbox
from storage.db import transaction
from storage.models import Delivery

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass
class SendResult:
    ok: bool
    retry_after: float | None = None
    blocked: bool = False
    error: str | None = None


@dataclass
class Message:
    """A rendered delivery: text (HTML) and buttons as (label, data) rows; with a
    `document` (file name, bytes), the file is sent with the text as its caption."""

    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    link_preview: bool = False
    document: tuple[str, bytes] | None = None


Render = Callable[[Session, Delivery, datetime], Message | None]
Send = Callable[[int, Message], Awaitable[SendResult]]


class RateLimiter:
    """At most `rate` messages a second overall and one a second per chat, in this process.

    The overall rate is also kept across processes by `outbox.reserve_slot` (the Deliverer
    takes a shared slot before each send); this in-process pacing makes the common case,
    one process, need no wait on the database."""

    def __init__(
        self,
        rate: float,
        per_chat: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / rate
        self.per_chat = per_chat
        self.monotonic = monotonic
        self.sleep = sleep
        self.next_free = 0.0
        self.last_chat: dict[int, float] = {}
        self.paused_until = 0.0

    async def wait(self, chat_id: int) -> None:
        now = self.monotonic()
        ready = max(
            now,
            self.next_free,
            self.paused_until,
            self.last_chat.get(chat_id, -1e9) + self.per_chat,
        )
        if ready > now:
            await self.sleep(ready - now)
        stamp = max(ready, self.monotonic())
        self.next_free = stamp + self.interval
        self.last_chat[chat_id] = stamp

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until retry_after has passed."""
        self.paused_until = max(self.paused_until, self.monotonic() + seconds)


@dataclass
class RunStats:
    claimed: int = 0
    sent: int = 0
    dropped: int = 0
    blocked: int = 0
    failed: int = 0
    retried: int = 0
    rate_limited: int = 0
    lost_claims: int = 0  # rows held past their lease and taken over by another worker


class Deliverer:
    """Claims due rows, renders them, sends them, and marks each one."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        render: Render,
        send: Send,
        worker: str,
        clock: Callable[[], datetime],
        limiter: RateLimiter,
        batch: int = 500,
        on_blocked: Callable[[Session, Delivery, datetime], None] | None = None,
    ) -> None:
        self.sessions = sessions
        self.render = render
        self.send = send
        self.worker = worker
        self.clock = clock
        self.limiter = limiter
        self.batch = batch
        self.on_blocked = on_blocked
        self.totals = RunStats()
        self.stopping = False

    async def run_once(self) -> RunStats:
        """Deliver what is due now (one batch); safe to call from several processes."""
        stats = RunStats()
        with transaction(self.sessions) as session:
            rows = outbox.claim(session, self.worker, self.clock(), self.batch)
            claimed = [(r.id, r.user_id) for r in rows]
        stats.claimed = len(claimed)
        for index, (delivery_id, user_id) in enumerate(claimed):
            if self.stopping:  # shutting down: hand back the rest at once
                with transaction(self.sessions) as session:
                    outbox.release(session, self.worker)
                break
            await self._deliver_safely(delivery_id, user_id, stats)
            if index % 50 == 49:
                await asyncio.sleep(0)
        self._add(stats)
        return stats

    async def run_keys(self, keys: list[str]) -> RunStats:
        """Deliver these rows now (notices just committed by a handler), if still pending.

        Never raises: the person whose action queued them is not told of someone else's
        delivery failing; a row that could not go now is the periodic job's to retry."""
        stats = RunStats()
        if not keys:
            return stats
        try:
            with transaction(self.sessions) as session:
                rows = outbox.claim_keys(session, self.worker, self.clock(), keys)
                claimed = [(r.id, r.user_id) for r in rows]
        except Exception:
            log.exception("outbox: could not claim %d notices; the periodic job will", len(keys))
            return stats
        stats.claimed = len(claimed)
        for delivery_id, user_id in claimed:
            await self._deliver_safely(delivery_id, user_id, stats)
        self._add(stats)
        return stats

    async def _deliver_safely(self, delivery_id: int, user_id: int, stats: RunStats) -> None:
        """One row; whatever goes wrong with it stays with it and never holds back the rest."""
        try:
            await self._deliver(delivery_id, user_id, stats)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug or the database: recorded on the row, counted
            log.exception("outbox: delivery %s failed unexpectedly", delivery_id)
            self._failed_attempt(delivery_id, _describe(exc), stats)

    def _failed_attempt(self, delivery_id: int, error: str, stats: RunStats) -> None:
        """An attempt that failed: retried later with a growing pause, parked as failed once
        MAX_ATTEMPTS have been spent (attempts are counted when a row is taken)."""
        try:
            with transaction(self.sessions) as session:
                row = session.get(Delivery, delivery_id)
                attempts = row.attempts if row is not None else MAX_ATTEMPTS
                if attempts >= MAX_ATTEMPTS:
                    outbox.mark_failed(session, delivery_id, self.worker, error)
                    stats.failed += 1
                else:
                    backoff = timedelta(seconds=min(300, 5 * 2**attempts))
                    outbox.retry_at(
                        session, delivery_id, self.worker, self.clock() + backoff, error
                    )
                    stats.retried += 1
        except Exception:  # the database itself: the lease runs out and the row is retaken
            log.exception("outbox: could not record the failure of delivery %s", delivery_id)

    async def _deliver(self, delivery_id: int, user_id: int, stats: RunStats) -> None:
        with self.sessions() as session:
            row = session.get(Delivery, delivery_id)
            try:
                message = self.render(session, row, self.clock()) if row is not None else None
            except Exception as exc:  # a rendering bug: this row only
                log.exception("outbox: delivery %s could not be rendered", delivery_id)
                rendered_error: str | None = _describe(exc)
            else:
                rendered_error = None
            attempt = (row.attempts if row is not None else 0) + 1  # renew counts this one
        if rendered_error is not None:
            self._count_attempt(delivery_id)
            self._failed_attempt(delivery_id, rendered_error, stats)
            return
        if message is None:
            with transaction(self.sessions) as session:
                outbox.mark_dropped(session, delivery_id, self.worker, "no longer relevant")
            stats.dropped += 1
            return
        await self.limiter.wait(user_id)
        with transaction(self.sessions) as session:
            now = self.clock()
            if not outbox.renew(session, delivery_id, self.worker, now):
                stats.lost_claims += 1  # another worker has it now: theirs to send
                return
            wait = outbox.reserve_slot(session, now, timedelta(seconds=self.limiter.interval))
        if wait > 0:  # other processes took the slots before ours
            await self.limiter.sleep(wait)
        try:
            result = await self.send(user_id, message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # not a Telegram answer we know: an attempt, recorded
            log.exception("outbox: delivery %s: unexpected error sending", delivery_id)
            result = SendResult(False, error=_describe(exc))
        now = self.clock()
        with transaction(self.sessions) as session:
            if result.ok:
                outbox.mark_sent(session, delivery_id, self.worker, now)
                stats.sent += 1
            elif result.blocked:
                outbox.mark_failed(session, delivery_id, self.worker, "blocked")
                row = session.get(Delivery, delivery_id)
                if self.on_blocked is not None and row is not None:
                    self.on_blocked(session, row, now)  # the person, and what failed to reach them
                stats.blocked += 1
            elif result.retry_after is not None:
                self.limiter.pause(result.retry_after)
                when = now + timedelta(seconds=result.retry_after)
                outbox.pause_all(session, when)
                outbox.retry_at(session, delivery_id, self.worker, when, "429")
                stats.rate_limited += 1
            elif attempt >= MAX_ATTEMPTS:
                outbox.mark_failed(session, delivery_id, self.worker, result.error or "error")
                stats.failed += 1
            else:
                backoff = timedelta(seconds=min(300, 5 * 2**attempt))
                outbox.retry_at(
                    session, delivery_id, self.worker, now + backoff, result.error or "error"
                )
                stats.retried += 1

    def _count_attempt(self, delivery_id: int) -> None:
        """Count an attempt that never reached `renew` (it failed before sending)."""
        with transaction(self.sessions) as session:
            outbox.renew(session, delivery_id, self.worker, self.clock())

    def _add(self, stats: RunStats) -> None:
        for name in vars(stats):
            setattr(self.totals, name, getattr(self.totals, name) + getattr(stats, name))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]
