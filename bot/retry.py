"""Answers to people survive a busy or flaky Telegram.

A reply lost to a 429, a 502 or a timeout leaves a delegate in the middle of a dialog
looking at nothing. python-telegram-bot's AIORateLimiter retries 429s only, and holds
every call to 30 a second overall, which would queue the replies to hundreds of people
writing in at once. So this limiter throttles nothing and retries: after a 429 it waits
as long as Telegram asks (up to MAX_WAIT), after a 5xx or a timeout it tries again shortly.

A timeout is ambiguous (Telegram may have taken the message), so a retried reply can, rarely,
show twice; for a reply to someone's own message that beats silence. The outbox (reminders,
broadcasts, notices) does not go through these retries: it passes ``rate_limit_args={"once":
True}`` and keeps its own accounting of what was sent (scheduler.delivery).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.ordering import outside_slot

log = logging.getLogger(__name__)

ATTEMPTS = 4
MAX_WAIT = 10.0  # seconds: longer than that, the person is better told to try again
PAUSE = 0.5  # seconds before trying again after a 5xx or a timeout


class ReplyRetry(BaseRateLimiter[dict[str, Any]]):
    def __init__(self, sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> None:
        self.sleep = sleep
        self.retried = 0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if (rate_limit_args or {}).get("once") or endpoint in ("getUpdates", "setWebhook"):
            return await callback(*args, **kwargs)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                if attempt == ATTEMPTS or seconds > MAX_WAIT:
                    raise
                await outside_slot(self.sleep(seconds))  # lend the slot meanwhile
            except BadRequest as exc:
                if endpoint == "answerCallbackQuery" and "too old" in str(exc).lower():
                    # Answering only stops the button's spinner. A press sent again after a
                    # crash was answered already, or too long ago: carry on with the handling.
                    return True
                raise  # our mistake (or the user's message is gone): trying again cannot help
            except NetworkError:  # 5xx, a timeout, a dropped connection
                if attempt == ATTEMPTS:
                    raise
                await outside_slot(self.sleep(PAUSE * attempt))
            self.retried += 1
            log.info("%s: trying again (attempt %s)", endpoint, attempt + 1)
        raise AssertionError("unreachable")
