"""The fake Bot API over HTTP, so a whole `cidi-bot run` process can be tested.

Serves ``/bot<token>/<method>`` (JSON, form or multipart bodies, as the Bot API
accepts) and ``/file/bot<token>/<path>``. A small control API lets a script act
as users: ``POST /_fake/send`` ``{"user_id": 1, "text": "/start"}`` and
``GET /_fake/chat/<id>`` for what the bot wrote there. Binds to 127.0.0.1 by
default: it is a test double, never a public server.

On aiohttp's server (its HTTP parser is in C): the load bench runs this fake on the same
two cores as the bot it measures, and on tornado the fake spent about 1 ms of CPU a call,
three quarters of it in HTTP parsing and writing rather than in the fake itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiohttp import web

from fakegram.server import FakeBotApi, FakeTimeout, Limits, StoredFile

log = logging.getLogger(__name__)
API = web.AppKey("api", FakeBotApi)

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


def decode_params(arguments: dict[str, str]) -> dict[str, Any]:
    """Form values as the Bot API reads them: JSON where they parse, text where named so."""
    params: dict[str, Any] = {}
    for key, raw in arguments.items():
        if key in STRING_KEYS:
            params[key] = raw
            continue
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.Response(
        body=json.dumps(payload).encode(), status=status, content_type="application/json"
    )


async def bot_api(request: web.Request) -> web.Response:
    api = request.app[API]
    method = request.match_info["method"]
    files: dict[str, StoredFile] = {}
    if request.content_type == "application/json":
        params = json.loads(await request.read() or b"{}")
    else:
        arguments: dict[str, str] = dict(request.query)
        for key, value in (await request.post()).items():  # form or multipart
            if isinstance(value, web.FileField):
                files[key] = StoredFile(value.filename, value.file.read(), value.content_type)
            else:
                arguments[key] = value if isinstance(value, str) else value.decode()
        params = decode_params(arguments)
    try:
        status, answer = await api.call(method, params, files)
    except FakeTimeout:
        await asyncio.sleep(60)  # longer than any client's read timeout
        status, answer = 504, b'{"ok":false,"error_code":504,"description":"Gateway Timeout"}'
    return web.Response(body=answer, status=status, content_type="application/json")


async def file(request: web.Request) -> web.Response:
    stored = request.app[API].files.get(request.match_info["path"].rsplit("/", 1)[-1])
    if stored is None:
        return web.Response(body=b"", status=404)
    return web.Response(body=stored.content)


async def send(request: web.Request) -> web.Response:
    api = request.app[API]
    body = json.loads(await request.read() or b"{}")
    uid = int(body["user_id"])
    if uid not in api.users:
        api.add_user(uid, body.get("first_name", "Delegate"), body.get("language_code", "en"))
    if "callback_data" in body:
        message = api.bot_messages(uid)[-1]
        update = api.user_press(uid, message, str(body["callback_data"]))
    else:
        update = api.user_message(uid, text=str(body.get("text", "")))
    api.push(update)
    return _json({"ok": True, "update_id": update["update_id"]})


async def chat(request: web.Request) -> web.Response:
    messages = [
        {k: v for k, v in m.items() if not k.startswith("_")}
        for m in request.app[API].bot_messages(int(request.match_info["chat_id"]))
    ]
    return _json({"ok": True, "result": messages})


async def press(request: web.Request) -> web.Response:
    """A user's press, made but not queued, for a script that posts it to a webhook itself:
    ``{"user_id": 1, "label": "Yes"}`` (or no label: the first button of the last keyboard)."""
    api = request.app[API]
    body = json.loads(await request.read() or b"{}")
    uid, wanted = int(body["user_id"]), body.get("label")
    for message in reversed(api.bot_messages(uid)):
        for row in message.get("reply_markup", {}).get("inline_keyboard", []):
            for button in row:
                if "callback_data" in button and wanted in (None, button["text"]):
                    update = api.user_press(uid, message, button["callback_data"])
                    return _json({"ok": True, "result": update})
    return _json({"ok": False, "description": f"no button {wanted!r}"}, status=404)


async def users(request: web.Request) -> web.Response:
    """Many users at once, for benchmarks: ``{"ids": [1, 2], "language_code": "en"}``."""
    api = request.app[API]
    body = json.loads(await request.read() or b"{}")
    for uid in body.get("ids", []):
        api.add_user(int(uid), "Delegate", body.get("language_code", "en"))
    return _json({"ok": True})


async def stats(request: web.Request) -> web.Response:
    """What the fake saw: calls per method, messages accepted, 429s, and with
    ``?history=1`` every chat's messages from the bot (text only), for fault runs."""
    api = request.app[API]
    result: dict[str, Any] = {
        "calls": api.stats.calls,
        "sent": api.stats.sent,
        "rejected_429": api.stats.rejected_429,
        "rejected_global": api.stats.rejected_global,
        "faults": api.injected,
    }
    if request.query.get("history"):
        result["history"] = {
            str(chat): [m.get("text") or m.get("caption") or "" for m in api.bot_messages(chat)]
            for chat in api.history
        }
    return _json({"ok": True, "result": result})


def make_app(api: FakeBotApi) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)  # uploads up to the Bot API's 50 MB
    app[API] = api
    app.router.add_route("*", r"/bot{token:[^/]+}/{method:\w+}", bot_api)
    app.router.add_get(r"/file/bot{token:[^/]+}/{path:.+}", file)
    app.router.add_post("/_fake/send", send)
    app.router.add_get(r"/_fake/chat/{chat_id:-?\d+}", chat)
    app.router.add_post("/_fake/users", users)
    app.router.add_post("/_fake/press", press)
    app.router.add_get("/_fake/stats", stats)
    return app


class Served:
    """A running fake: its port, and `stop()` to close it."""

    def __init__(self, runner: web.AppRunner, port: int) -> None:
        self.runner, self.port = runner, port

    async def stop(self) -> None:
        await self.runner.cleanup()


async def start_server(
    api: FakeBotApi, host: str = "127.0.0.1", port: int = 0
) -> tuple[Served, int]:
    """Serve `api` on the running loop; returns the server and the port it got."""
    runner = web.AppRunner(make_app(api), access_log=None, handle_signals=False, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = int(runner.addresses[0][1])
    return Served(runner, bound), bound


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
        await server.stop()
    return 0
