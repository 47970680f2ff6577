"""Load through HTTP webhooks: the whole bot on one and two processes, beside an echo bot.

    python -m bench.load [--users 200] [--postgres postgresql://postgres@127.0.0.1:5432/test]

Simulated delegates (hundreds at once) post updates to `cidi-bot run --webhook-url`
processes on the local PostgreSQL, with the fake Bot API (served over HTTP by
`cidi-bot fake-api`) behind them: /start, registration by text and buttons,
/agenda, /search, /help. A webhook request is answered once its update has been
handled, so its latency is the update's. The same traffic goes to a bare
python-telegram-bot echo bot behind the same webhook server (the framework's
own ceiling on this machine). Everything runs on this 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bot.webhook import SECRET_HEADER, derive_secret

TOKEN = "777777:LOAD-test-token"
ECHO = """
import asyncio, sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters
from bot.webhook import serve, derive_secret
async def echo(update, context):
    await update.effective_message.reply_text(update.effective_message.text or "?")
app = (ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2] + "/bot")
       .base_file_url(sys.argv[2] + "/file/bot").build())
app.add_handler(MessageHandler(filters.ALL, echo))
asyncio.run(serve(app, sys.argv[3], "127.0.0.1", int(sys.argv[4]), derive_secret(sys.argv[1])))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def reset(url: str) -> str:
    """A fresh database of its own (never the test suite's), on the same server."""
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS cidi_load WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE cidi_load"))
    engine.dispose()
    return url.rsplit("/", 1)[0] + "/cidi_load"


class Load:
    def __init__(self, api: str, hooks: list[str], users: int, echo: bool) -> None:
        self.api, self.hooks, self.users, self.echo = api, hooks, users, echo
        self.latencies: list[float] = []
        self.errors = 0
        self.update_id = 0
        self.message_id = 10**6

    def update(self, uid: int, body: dict[str, object]) -> dict[str, object]:
        self.update_id += 1
        return {"update_id": self.update_id, **body}

    def message(self, uid: int, text: str) -> dict[str, object]:
        self.message_id += 1
        user = {"id": uid, "is_bot": False, "first_name": "Load", "language_code": "en"}
        msg: dict[str, object] = {
            "message_id": self.message_id,
            "from": user,
            "date": int(time.time()),
            "chat": {"id": uid, "type": "private", "first_name": "Load"},
            "text": text,
        }
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self.update(uid, {"message": msg})

    async def post(self, client: httpx.AsyncClient, uid: int, update: dict[str, object]) -> None:
        hook = self.hooks[uid % len(self.hooks)]
        start = time.perf_counter()
        try:
            r = await client.post(
                hook, content=json.dumps(update), headers={SECRET_HEADER: derive_secret(TOKEN)}
            )
            if r.status_code != 200:
                self.errors += 1
        except httpx.HTTPError as exc:
            self.errors += 1
            if self.errors <= 3:
                print(f"request failed: {exc!r}", file=sys.stderr)
            return
        self.latencies.append(time.perf_counter() - start)

    async def press_first(
        self, client: httpx.AsyncClient, uid: int, wanted: str | None = None
    ) -> None:
        chat = (await client.get(f"{self.api}/_fake/chat/{uid}")).json()["result"]
        for message in reversed(chat):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if wanted is None or button["text"] == wanted:
                        query = {
                            "id": str(self.update_id),
                            "from": {"id": uid, "is_bot": False, "first_name": "Load"},
                            "chat_instance": str(uid),
                            "data": button["callback_data"],
                            "message": message,
                        }
                        await self.post(client, uid, self.update(uid, {"callback_query": query}))
                        return

    async def delegate(self, client: httpx.AsyncClient, uid: int) -> None:
        await client.post(
            f"{self.api}/_fake/send", json={"user_id": uid, "text": "", "first_name": "Load"}
        )
        if self.echo:
            for text_ in (
                "/start",
                "Ana Load",
                "Haiti",
                "Officer",
                "/agenda",
                "/search telemedicine",
                "/help",
                "hello",
            ):
                await self.post(client, uid, self.message(uid, text_))
            return
        await self.post(client, uid, self.message(uid, "/start"))
        await self.post(client, uid, self.message(uid, f"Load Delegate {uid}"))
        await self.press_first(client, uid, "OAS member state")
        await self.post(client, uid, self.message(uid, "Haiti"))
        await self.post(client, uid, self.message(uid, "Cooperation officer"))
        await self.press_first(client, uid)
        await self.press_first(client, uid, "Yes, share my contact details")
        for text_ in ("/agenda", "/search telemedicine rural", "/help"):
            await self.post(client, uid, self.message(uid, text_))

    async def run(self) -> dict[str, float]:
        limits = httpx.Limits(max_connections=self.users, max_keepalive_connections=self.users)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            start = time.perf_counter()
            await asyncio.gather(*(self.delegate(client, 8_000_000 + i) for i in range(self.users)))
            wall = time.perf_counter() - start
        lat = sorted(self.latencies) or [float("nan")]
        return {
            "updates": len(lat),
            "per_second": len(lat) / wall,
            "p50": statistics.median(lat) * 1000,
            "p99": lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000,
            "errors": self.errors,
        }


def start_processes(
    n: int, api: str, db_url: str, tmp: Path, echo: bool
) -> tuple[list[subprocess.Popen[bytes]], list[str]]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api,
        "DATABASE_URL": db_url,
        "LOG_FORMAT": "json",
    }
    procs, hooks = [], []
    for _ in range(n):
        port = free_port()
        hook = f"http://127.0.0.1:{port}/telegram"
        if echo:
            cmd = [sys.executable, "-c", ECHO, TOKEN, api, hook, str(port)]
        else:
            cmd = [
                sys.executable,
                "-m",
                "bot",
                "--log-level",
                "WARNING",
                "run",
                "--webhook-url",
                hook,
                "--listen",
                "127.0.0.1",
                "--port",
                str(port),
            ]
        procs.append(
            subprocess.Popen(
                cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        hooks.append(hook)
        time.sleep(1.0)  # let the first process migrate the database alone
    deadline = time.time() + 60
    for hook in hooks:
        health = hook.replace("/telegram", "/healthz")
        while time.time() < deadline:
            try:
                if httpx.get(health, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
    return procs, hooks


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIDI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    api_port = free_port()
    api = f"http://127.0.0.1:{api_port}"
    fake = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "--log-level",
            "WARNING",
            "fake-api",
            "--port",
            str(api_port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    print(f"{args.users} simulated delegates at once; fake Bot API over HTTP; PostgreSQL")
    print("| bot | processes | updates | updates/s | p50 (ms) | p99 (ms) | errors |")
    print("|---|---|---|---|---|---|---|")
    try:
        for label, echo, n in (
            ("echo (bare python-telegram-bot)", True, 1),
            ("CIDI bot", False, 1),
            ("CIDI bot", False, 2),
        ):
            db_url = reset(args.postgres)
            with tempfile.TemporaryDirectory() as tmp:
                procs, hooks = start_processes(n, api, db_url, Path(tmp), echo)
                try:
                    r = asyncio.run(Load(api, hooks, args.users, echo).run())
                finally:
                    stop(procs)
            print(
                f"| {label} | {n} | {r['updates']:,.0f} | {r['per_second']:.0f} | {r['p50']:.0f} | {r['p99']:.0f} | {r['errors']:.0f} |",
                flush=True,
            )
    finally:
        fake.terminate()
        fake.wait()


if __name__ == "__main__":
    main()
