"""The fake Bot API over HTTP, so a whole `cidi-bot run` process can be tested.

Serves ``/bot<token>/<method>`` (JSON, form or multipart bodies, as the Bot API
accepts) and ``/file/bot<token>/<path>``. A small control API lets a script act
as users: ``POST /_fake/send`` ``{"user_id": 1, "text": "/start"}`` and
``GET /_fake/chat/<id>`` for what the bot wrote there. Binds to 127.0.0.1 by
default: it is a test double, never a public server.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from tornado.httpserver import HTTPServer
from tornado.httputil import HTTPFile, parse_body_arguments
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.fakeapi.server import FakeBotApi, FakeTimeout, Limits, StoredFile

log = logging.getLogger(__name__)

# Values the Bot API takes as plain strings even when they look like JSON ("123").
STRING_KEYS = {
    "text",
    "caption",
    "parse_mode",
    "callback_query_id",
    "language_code",
    "url",
    "secret_token",
    "file_id",
    "title",
    "description",
    "emoji",
    "name",
    "query",
}


def decode_params(arguments: dict[str, list[bytes]]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, values in arguments.items():
        raw = values[-1].decode("utf-8", "replace")
        if key in STRING_KEYS:
            params[key] = raw
            continue
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


class FakeHandler(RequestHandler):
    """Every route serves the one FakeBotApi; scripts post without cookies."""

    def initialize(self, api: FakeBotApi) -> None:
        self.api = api

    def check_xsrf_cookie(self) -> None:
        return None


class BotApiHandler(FakeHandler):
    async def post(self, token: str, method: str) -> None:
        await self._handle(method)

    async def get(self, token: str, method: str) -> None:
        await self._handle(method)

    async def _handle(self, method: str) -> None:
        content_type = self.request.headers.get("Content-Type", "")
        files: dict[str, StoredFile] = {}
        if content_type.startswith("application/json") and self.request.body:
            params = json.loads(self.request.body)
        else:
            arguments: dict[str, list[bytes]] = {}
            uploads: dict[str, list[HTTPFile]] = {}
            parse_body_arguments(content_type, self.request.body, arguments, uploads)
            for key, values in self.request.query_arguments.items():
                arguments.setdefault(key, values)
            params = decode_params(arguments)
            for key, found in uploads.items():
                f = found[-1]
                files[key] = StoredFile(f.filename, f.body, f.content_type)
        try:
            status, body = await self.api.call(method, params, files)
        except FakeTimeout:
            await asyncio.sleep(60)  # longer than any client's read timeout
            status, body = 504, b'{"ok":false,"error_code":504,"description":"Gateway Timeout"}'
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(body)


class FileHandler(FakeHandler):
    def get(self, token: str, path: str) -> None:
        stored = self.api.files.get(path.rsplit("/", 1)[-1])
        if stored is None:
            self.set_status(404)
            self.finish(b"")
            return
        self.finish(stored.content)


class SendHandler(FakeHandler):
    def post(self) -> None:
        body = json.loads(self.request.body or b"{}")
        uid = int(body["user_id"])
        if uid not in self.api.users:
            self.api.add_user(
                uid, body.get("first_name", "Delegate"), body.get("language_code", "en")
            )
        if "callback_data" in body:
            message = self.api.bot_messages(uid)[-1]
            update = self.api.user_press(uid, message, str(body["callback_data"]))
        else:
            update = self.api.user_message(uid, text=str(body.get("text", "")))
        self.api.push(update)
        self.finish({"ok": True, "update_id": update["update_id"]})


class ChatHandler(FakeHandler):
    def get(self, chat_id: str) -> None:
        messages = [
            {k: v for k, v in m.items() if not k.startswith("_")}
            for m in self.api.bot_messages(int(chat_id))
        ]
        self.finish({"ok": True, "result": messages})


class PressHandler(FakeHandler):
    """A user's press, made but not queued, for a script that posts it to a webhook itself:
    ``{"user_id": 1, "label": "Yes"}`` (or no label: the first button of the last keyboard)."""

    def post(self) -> None:
        body = json.loads(self.request.body or b"{}")
        uid, wanted = int(body["user_id"]), body.get("label")
        for message in reversed(self.api.bot_messages(uid)):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if "callback_data" in button and wanted in (None, button["text"]):
                        update = self.api.user_press(uid, message, button["callback_data"])
                        self.finish({"ok": True, "result": update})
                        return
        self.set_status(404)
        self.finish({"ok": False, "description": f"no button {wanted!r}"})


class UsersHandler(FakeHandler):
    """Many users at once, for benchmarks: ``{"ids": [1, 2], "language_code": "en"}``."""

    def post(self) -> None:
        body = json.loads(self.request.body or b"{}")
        for uid in body.get("ids", []):
            self.api.add_user(int(uid), "Delegate", body.get("language_code", "en"))
        self.finish({"ok": True})


class StatsHandler(FakeHandler):
    """What the fake saw: calls per method, messages accepted, 429s, and with
    ``?history=1`` every chat's messages from the bot (text only), for fault runs."""

    def get(self) -> None:
        result: dict[str, Any] = {
            "calls": self.api.stats.calls,
            "sent": self.api.stats.sent,
            "rejected_429": self.api.stats.rejected_429,
            "rejected_global": self.api.stats.rejected_global,
            "faults": self.api.injected,
        }
        if self.get_query_argument("history", ""):
            result["history"] = {
                str(chat): [
                    m.get("text") or m.get("caption") or "" for m in self.api.bot_messages(chat)
                ]
                for chat in self.api.history
            }
        self.finish({"ok": True, "result": result})


def make_app(api: FakeBotApi) -> Application:
    args = {"api": api}
    return Application(
        [
            (r"/bot([^/]+)/(\w+)", BotApiHandler, args),
            (r"/file/bot([^/]+)/(.+)", FileHandler, args),
            (r"/_fake/send", SendHandler, args),
            (r"/_fake/chat/(-?\d+)", ChatHandler, args),
            (r"/_fake/users", UsersHandler, args),
            (r"/_fake/press", PressHandler, args),
            (r"/_fake/stats", StatsHandler, args),
        ]
    )


async def start_server(
    api: FakeBotApi, host: str = "127.0.0.1", port: int = 0
) -> tuple[HTTPServer, int]:
    """Serve `api` on the running loop; returns the server and the port it got."""
    server = HTTPServer(make_app(api))
    sockets = bind_sockets(port, host)
    server.add_sockets(sockets)
    return server, sockets[0].getsockname()[1]


async def serve_forever(
    host: str, port: int, limits: Limits | None = None, chaos: float = 0.0, seed: int = 0
) -> int:
    api = FakeBotApi(limits=limits)
    if chaos:
        api.chaos(chaos, seed)
    server, bound = await start_server(api, host, port)
    print(
        f"fake Bot API on http://{host}:{bound} (TELEGRAM_API_URL=http://{host}:{bound})",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        server.stop()
    return 0
