"""`cidi-bot run --webhook-url`: secret token checked, health and readiness served, SIGTERM clean."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import httpx

from bot.webhook import SECRET_HEADER
from fakegram.http import start_server
from fakegram.server import FakeBotApi

TOKEN = "515151:SECRET-webhook-test-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_for(predicate, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        if await predicate():
            return True
        await asyncio.sleep(0.2)
    return False


async def test_webhook_mode_checks_the_secret_and_answers_through_the_bot_api(
    tmp_path: Path,
) -> None:
    api = FakeBotApi()
    server, api_port = await start_server(api)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{api_port}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hook.sqlite3'}",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--webhook-url",
        url,
        "--listen",
        "127.0.0.1",
        "--port",
        str(port),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with httpx.AsyncClient(timeout=5) as client:

            async def healthy() -> bool:
                try:
                    return (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200
                except httpx.TransportError:
                    return False

            assert await wait_for(healthy, 30), "never became healthy"
            assert (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200
            assert api.webhook_url == url and api.webhook_secret
            api.add_user(88, "Rosa", "es")
            update = api.user_message(88, text="/start")
            body = json.dumps(update)
            assert (await client.post(url, content=body)).status_code == 403
            assert (
                await client.post(url, content=body, headers={SECRET_HEADER: "wrong"})
            ).status_code == 403
            await asyncio.sleep(0.5)
            assert api.bot_messages(88) == []  # nothing processed
            ok = await client.post(url, content=body, headers={SECRET_HEADER: api.webhook_secret})
            assert ok.status_code == 200

            async def answered() -> bool:
                return len(api.bot_messages(88)) >= 2

            assert await wait_for(answered, 15)
            assert "bienvenida" in api.bot_messages(88)[0]["text"]
        proc.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await server.stop()
    log = stderr.decode()
    assert proc.returncode == 0, log
    assert TOKEN.split(":")[1] not in log and api.webhook_secret not in log
