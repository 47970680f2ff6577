"""Webhook mode: Telegram posts updates to us over HTTPS (behind a reverse proxy).

python-telegram-bot's own webhook server cannot serve extra routes, and a
deployment needs /healthz (the process is alive) and /readyz (the database is
reachable and migrated) for its load balancer. So this is a small tornado app
of our own: it checks Telegram's secret token on every request (403 and nothing
processed otherwise) and handles the update before it answers.
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

from sqlalchemy import text
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as TornadoApplication
from tornado.web import RequestHandler

from bot.dialogs.engine import AnswerLost
from storage.db import is_current

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
IN_FLIGHT = [0]  # updates being handled now (SIGTERM waits for them)
# Updates handled at once in one process. Each holds a database connection for its user's
# lock and needs another for its work: bounded so the pool (15) can never run dry.
CONCURRENCY = 4
_slots: asyncio.Semaphore | None = None


def _semaphore() -> asyncio.Semaphore:
    global _slots
    if _slots is None:
        _slots = asyncio.Semaphore(CONCURRENCY)
    return _slots


def derive_secret(token: str) -> str:
    """The same secret in every process of one bot, without ever exposing the token."""
    return hashlib.sha256(b"cidi-webhook:" + token.encode()).hexdigest()


class UpdateHandler(RequestHandler):
    # Not `self.application`: tornado's RequestHandler uses that name for its own app.
    def initialize(self, bot_app: Application[Any, Any, Any, Any, Any, Any], secret: str) -> None:
        self.bot_app = bot_app
        self.secret = secret

    def check_xsrf_cookie(self) -> None:
        return None

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given, self.secret):
            self.set_status(403)
            self.finish("forbidden")
            return
        try:
            data = json.loads(self.request.body or b"{}")
            update = Update.de_json(data, self.bot_app.bot)
        except (ValueError, TypeError, KeyError):
            self.set_status(400)
            self.finish("bad update")
            return
        # Handled before answering: Telegram waits for our answer, which is backpressure, and
        # the answer means "done". The user's lock (bot.ordering) keeps their updates in order.
        IN_FLIGHT[0] += 1
        try:
            async with _semaphore():
                await self.bot_app.process_update(update)
        except AnswerLost:
            # Handled, but Telegram refused our answer for good: 503 makes it send the update
            # again, and the answer stored with the change goes out then (bot.dialogs.engine).
            self.set_status(503)
            self.finish("answer not delivered; send again")
            return
        finally:
            IN_FLIGHT[0] -= 1
        self.set_status(200)
        self.finish("ok")


class HealthHandler(RequestHandler):
    def get(self) -> None:
        self.finish("ok")


class ReadyHandler(RequestHandler):
    def initialize(self, bot_app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.bot_app = bot_app

    def get(self) -> None:
        services = self.bot_app.bot_data["services"]
        try:
            with services.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            current = is_current(services.engine)
        except Exception:
            current = False
        if not current:
            self.set_status(503)
            self.finish("not ready")
            return
        self.finish("ready")


async def serve(
    application: Application[Any, Any, Any, Any, Any, Any], webhook_url: str, listen: str,
    port: int, secret: str,
) -> None:  # fmt: skip
    """Run until SIGTERM/SIGINT: stop taking updates, finish the queue, hand back claims."""
    path = urlparse(webhook_url).path or "/"
    routes: list[Any] = [
        (path, UpdateHandler, {"bot_app": application, "secret": secret}),
        (r"/healthz", HealthHandler),
        (r"/readyz", ReadyHandler, {"bot_app": application}),
    ]
    server = HTTPServer(TornadoApplication(routes))
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
    server.listen(port, address=listen)
    log.info("webhook mode: listening on %s:%s, path %s", listen, port, path)
    await stop.wait()
    log.info("stopping: no new updates; finishing the ones in hand")
    server.stop()
    for _ in range(100):  # up to 10 s for the updates in hand
        if IN_FLIGHT[0] == 0:
            break
        await asyncio.sleep(0.1)
    await application.stop()
    if application.post_stop is not None:
        await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
