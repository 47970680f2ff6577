"""The outbox worker inside the bot: a short periodic job that delivers what is due.

The job only wakes the Deliverer; what is due lives in the database, so a
restart loses nothing and several processes share the work (see scheduler/).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from telegram import InputFile, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CallbackContext

from bot.deliveries import render_delivery
from bot.keyboards import inline
from bot.screens import Button
from catalogue import connections, delegates, followups, searches, signin
from presentation.render import progress_text
from scheduler import agenda_store, broadcasts
from scheduler.delivery import Deliverer, Message, RateLimiter, SendResult
from storage import dialog_rows, liveness, outbox
from storage.db import transaction
from storage.models import Delivery

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0


def worker_id() -> str:
    return f"{socket.gethostname()[:30]}-{os.getpid()}-{secrets.token_hex(3)}"


def make_sender(get_bot: Callable[[], Any]) -> Callable[[int, Message], Awaitable[SendResult]]:
    async def send(chat_id: int, message: Message) -> SendResult:
        rows = [[Button(text, data) for text, data in row] for row in message.buttons]
        params: dict[str, Any] = {
            "chat_id": chat_id,
            "parse_mode": ParseMode.HTML,
            "reply_markup": inline(rows),
        }
        method = "sendMessage"
        if message.document is not None:  # a file (a calendar invitation), the text its caption
            name, content = message.document
            method = "sendDocument"
            params |= {"document": InputFile(content, filename=name), "caption": message.text}
        else:
            params |= {
                "text": message.text,
                "link_preview_options": LinkPreviewOptions(is_disabled=not message.link_preview),
            }
        try:
            # `_post`, not `send_message`: the answer is not needed, and building a Message
            # from it can fail on an answer Telegram (or an emulator) shaped oddly, after the
            # message was sent (it would then be sent again).
            # The outbox keeps its own retries: one try at the rate limiter ("once").
            bot = get_bot()
            once = bot._merge_api_rl_kwargs(None, {"once": True})
            await bot._post(method, params, api_kwargs=once)
        except RetryAfter as exc:
            seconds = exc.retry_after
            return SendResult(
                False,
                retry_after=float(
                    seconds if isinstance(seconds, int | float) else seconds.total_seconds()
                ),
            )
        except Forbidden:
            return SendResult(False, blocked=True)
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                return SendResult(False, blocked=True)
            return SendResult(False, error=f"BadRequest: {exc}"[:200])
        except (TimedOut, NetworkError) as exc:
            return SendResult(False, error=f"{type(exc).__name__}: {exc}"[:200])
        return SendResult(True)

    return send


def make_deliverer(
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime],
    agenda_file: str | None,
    rate: float,
    get_bot: Callable[[], Any],
    monotonic: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
    default_language: str = "en",
) -> Deliverer:
    kwargs: dict[str, Any] = {}
    if monotonic is not None:
        kwargs["monotonic"] = monotonic
    if sleep is not None:
        kwargs["sleep"] = sleep

    def render(session: Session, row: Delivery, now: datetime) -> Message | None:
        return render_delivery(session, row, now, agenda_file, default_language)

    def blocked(session: Session, row: Delivery, now: datetime) -> None:
        delegates.set_active(session, row.user_id, False, now)
        connections.undeliverable(session, row.kind, row.payload or {}, now)

    return Deliverer(
        sessions,
        render,
        make_sender(get_bot),
        worker_id(),
        clock,
        RateLimiter(rate, **kwargs),
        on_blocked=blocked,
    )


async def deliver_due(context: CallbackContext[Any, Any, Any, Any]) -> None:
    services = context.bot_data["services"]
    stats = await services.deliverer.run_once()
    if stats.claimed:
        log.info(
            "outbox: %s sent, %s dropped, %s blocked, %s retried, %s rate-limited",
            stats.sent,
            stats.dropped,
            stats.blocked,
            stats.retried,
            stats.rate_limited,
        )


def schedule(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    if application.job_queue is None:
        return
    application.job_queue.run_repeating(
        deliver_due,
        interval=INTERVAL_SECONDS,
        first=1.0,
        name="outbox",
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )
    application.job_queue.run_repeating(prune, interval=3600, first=60, name="prune")
    application.job_queue.run_repeating(
        followups_job, interval=3600, first=120, name="follow-ups",
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )  # fmt: skip
    application.job_queue.run_repeating(
        heartbeat,
        interval=liveness.BEAT.total_seconds(),
        first=liveness.BEAT.total_seconds(),
        name="heartbeat",
    )
    application.job_queue.run_repeating(
        broadcasts_job,
        interval=INTERVAL_SECONDS,
        first=2.0,
        name="broadcast-progress",
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )


async def followups_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Hourly: the partnerships' check-ins that are due go into the outbox (sent by its job)."""
    services = context.bot_data["services"]
    settings = services.settings
    with services.sessions() as session:
        agenda = agenda_store.current(session, settings.agenda_file)
    horizon = followups.horizon(settings.followup_until, agenda.days[-1])
    now = services.clock()
    if horizon < now and not context.bot_data.get("horizon_told"):
        context.bot_data["horizon_told"] = True  # once a process: it is a setting to fix
        log.warning(
            "No partnership check-in will go out: their end (%s) is past. Set FOLLOWUP_UNTIL "
            "to a later day, or load the agenda of a meeting that has not ended.",
            horizon.date(),
        )
    with transaction(services.sessions) as session:
        followups.advance(session, now, horizon)


async def heartbeat(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """This process is alive (a restore refuses to run under a live bot)."""
    services = context.bot_data["services"]
    with transaction(services.sessions) as session:
        liveness.beat(session, services.deliverer.worker, services.clock())


async def prune(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Hourly: forget redelivery marks, stored search queries and sent notices that nobody
    needs any more."""
    services = context.bot_data["services"]
    now = services.clock()
    with transaction(services.sessions) as session:
        dialog_rows.prune_handled(session, now)
        searches.prune(session, now)
        signin.prune(session, now)
        outbox.prune_finished(session, now - timedelta(days=services.settings.sent_kept_days))


async def update_broadcasts(bot: Any, services: Any) -> None:
    """Start scheduled broadcasts whose time has come; keep progress messages current."""
    now = services.clock()
    edits: list[tuple[int, int, str]] = []
    with transaction(services.sessions) as session:
        for b, p in broadcasts.advance(session, now):
            if b.progress_chat_id and b.progress_message_id:
                owner = delegates.get(session, b.created_by)
                lang = owner.language if owner else "en"
                rate = services.settings.broadcast_rate
                text = progress_text(lang, b.id, p, rate, done=b.status == "done")
                edits.append((b.progress_chat_id, b.progress_message_id, text))
    for chat_id, message_id, text in edits:
        try:
            await bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML
            )
        except BadRequest:
            continue  # not modified, or gone: the next run tries again
        except (TimedOut, NetworkError, RetryAfter, Forbidden):
            continue


async def broadcasts_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    await update_broadcasts(context.bot, context.bot_data["services"])
