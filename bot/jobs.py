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
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CallbackContext

from bot.agenda_view import render_delivery
from bot.dialogs.engine import Button
from bot.keyboards import inline
from catalogue import delegates
from scheduler.delivery import Deliverer, Message, RateLimiter, SendResult
from storage.models import Delivery

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0


def worker_id() -> str:
    return f"{socket.gethostname()[:30]}-{os.getpid()}-{secrets.token_hex(3)}"


def make_sender(get_bot: Callable[[], Any]) -> Callable[[int, Message], Awaitable[SendResult]]:
    async def send(chat_id: int, message: Message) -> SendResult:
        rows = [[Button(text, data) for text, data in row] for row in message.buttons]
        try:
            await get_bot().send_message(
                chat_id,
                message.text,
                parse_mode=ParseMode.HTML,
                reply_markup=inline(rows),
                disable_web_page_preview=True,
            )
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
            return SendResult(False, error=type(exc).__name__)
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
) -> Deliverer:
    kwargs: dict[str, Any] = {}
    if monotonic is not None:
        kwargs["monotonic"] = monotonic
    if sleep is not None:
        kwargs["sleep"] = sleep

    def render(session: Session, row: Delivery, now: datetime) -> Message | None:
        return render_delivery(session, row, now, agenda_file)

    def blocked(session: Session, user_id: int, now: datetime) -> None:
        delegates.set_active(session, user_id, False, now)

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
