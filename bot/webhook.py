"""Webhook mode: Telegram posts updates to us over HTTPS (behind a reverse proxy).

python-telegram-bot's own webhook server cannot serve extra routes, and a
deployment needs /healthz (the process is alive) and /readyz (the database is
reachable and migrated) for its load balancer. So this is a small app of our own on
aiohttp, which also carries our Bot API calls (bot.transport); its HTTP parser is in C,
and it spends less CPU on a request than tornado, which python-telegram-bot uses (see
the README's load section). It checks Telegram's secret token on every request (403 and
nothing processed otherwise) and handles the update before it answers.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import signal
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application

from bot.dialogs.engine import AnswerLost
from bot.ordering import OrderedApplication, Slots
from storage.db import is_current

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
IN_FLIGHT = [0]  # updates being handled now (SIGTERM waits for them)
CONCURRENCY = 4  # updates handled at once in one process (bot.ordering.Slots)
LENDABLE = 4  # waiting out a 429, slot lent: locks 4 + 4, work 4, outbox and jobs 2: ≤ 15


def derive_secret(token: str) -> str:
    """The same secret in every process of one bot, without ever exposing the token."""
    return hashlib.sha256(b"cidi-webhook:" + token.encode()).hexdigest()


BOT_APP = web.AppKey("bot_app", Application)
SECRET = web.AppKey("secret", str)


async def take_update(request: web.Request) -> web.Response:
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given, request.app[SECRET]):
        return web.Response(status=403, text="forbidden")
    bot_app = request.app[BOT_APP]
    update = _update_from(await request.read(), bot_app)
    if update is None:
        return web.Response(status=400, text="bad update")
    # Handled before answering: Telegram waits for our answer, which is backpressure, and
    # the answer means "done". The user's lock (bot.ordering) keeps their updates in order.
    IN_FLIGHT[0] += 1
    try:  # the flood gate, the user's order, then a slot: bot.ordering
        await bot_app.process_update(update)
    except AnswerLost:
        # Handled, but Telegram refused our answer for good: 503 makes it send the update
        # again, and the answer stored with the change goes out then (bot.dialogs.engine).
        return web.Response(status=503, text="answer not delivered; send again")
    finally:
        IN_FLIGHT[0] -= 1
    return web.Response(text="ok")


def _update_from(body: bytes, bot_app: Application[Any, Any, Any, Any, Any, Any]) -> Update | None:
    """The update in a request body, or None for anything that is not one: invalid or deeply
    nested JSON, `null`, a list, a number, an update whose parts have the wrong types."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        return Update.de_json(data, bot_app.bot)
    except Exception:  # python-telegram-bot reads fields by their expected types
        return None


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def readyz(request: web.Request) -> web.Response:
    services = request.app[BOT_APP].bot_data["services"]
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        current = is_current(services.engine)
    except Exception:
        current = False
    if not current:
        return web.Response(status=503, text="not ready")
    return web.Response(text="ready")


def make_web_app(
    application: Application[Any, Any, Any, Any, Any, Any], path: str, secret: str
) -> web.Application:
    """The routes: Telegram's updates on the webhook path, and the two probes."""
    app = web.Application()
    if isinstance(application, OrderedApplication) and application.slots is None:
        application.slots = Slots(CONCURRENCY, LENDABLE)
    app[BOT_APP] = application
    app[SECRET] = secret
    app.router.add_post(path, take_update)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    return app


async def serve(
    application: Application[Any, Any, Any, Any, Any, Any],
    webhook_url: str,
    listen: str,
    port: int,
    secret: str,
) -> None:
    """Run until SIGTERM/SIGINT: stop taking updates, finish the queue, hand back claims."""
    path = urlparse(webhook_url).path or "/"
    runner = web.AppRunner(
        make_web_app(application, path, secret),
        access_log=None,
        handle_signals=False,
        shutdown_timeout=10,  # after the wait below: a stop takes 20 s at most, not 70
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    application.bot_data["redeliver"] = True  # Telegram resends what we answer 503
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()
    await application.bot.set_webhook(
        webhook_url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )
    await runner.setup()
    site = web.TCPSite(runner, listen, port)
    await site.start()
    log.info("webhook mode: listening on %s:%s, path %s", listen, port, path)
    await stop.wait()
    log.info("stopping: no new updates; finishing the ones in hand")
    await site.stop()  # no new connections; those open are answered, then closed below
    for _ in range(100):  # up to 10 s for the updates in hand
        if IN_FLIGHT[0] == 0:
            break
        await asyncio.sleep(0.1)
    await runner.cleanup()
    await application.stop()
    if application.post_stop is not None:
        await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
