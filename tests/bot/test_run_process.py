"""`cidi-bot run` as its own process, long polling the fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from fakegram.http import start_server
from fakegram.server import FakeBotApi
from presentation.i18n import t

TOKEN = "424242:SECRET-test-token-never-logged"


async def wait_for(predicate, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.1)
    return predicate()


async def test_start_gets_its_answer_through_real_long_polling_and_sigterm_stops_it(
    tmp_path: Path,
) -> None:
    api = FakeBotApi()
    server, port = await start_server(api)
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.sqlite3'}",
        "DEFAULT_LANGUAGE": "en",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--log-level",
        "DEBUG",
        "run",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert await wait_for(lambda: api.stats.calls.get("getUpdates", 0) > 0, 30), "never polled"
        api.add_user(77, "Rosa", "pt")
        api.push(api.user_message(77, text="/start"))
        assert await wait_for(lambda: len(api.bot_messages(77)) >= 2, 15), "no answer"
        assert "Boas-vindas" in api.bot_messages(77)[0]["text"]
        assert api.bot_messages(77)[-1]["text"].startswith(t("pt", "reg-intro"))
        proc.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await server.stop()
    log = stderr.decode()
    assert proc.returncode == 0, log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert "Traceback" not in log
