"""The aiohttp transport speaks the Bot API as python-telegram-bot's own does."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.transport import AiohttpRequest
from fakegram.http import start_server
from fakegram.server import FakeBotApi

TOKEN = "616161:TRANSPORT-test-token"


async def bot_on(api: FakeBotApi, **timeouts: float) -> Bot:
    _, port = await start_server(api)
    base = f"http://127.0.0.1:{port}"
    bot = Bot(
        TOKEN,
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=AiohttpRequest(**timeouts),
    )
    await bot.initialize()
    return bot


async def test_messages_and_files_reach_telegram_intact() -> None:
    api = FakeBotApi()
    api.add_user(71, language_code="pt")
    bot = await bot_on(api)
    try:
        sent = await bot.send_message(71, "<b>Olá</b> &amp; até já", parse_mode="HTML")
        await bot.send_document(71, b"id;title\n1;Sa\xc3\xbade\n", filename="catalogo.csv")
    finally:
        await bot.shutdown()
    assert sent.text == "Olá & até já" and sent.chat.id == 71
    stored = next(iter(api.files.values()))
    assert (stored.file_name, stored.content) == ("catalogo.csv", b"id;title\n1;Sa\xc3\xbade\n")


@pytest.mark.parametrize(
    ("kind", "error"),
    [("retry_after", RetryAfter), ("bad_gateway", NetworkError), ("timeout", TimedOut)],
)
async def test_telegram_failures_become_the_library_errors(kind: str, error: type) -> None:
    api = FakeBotApi()
    api.add_user(72)
    api.fail("sendMessage", kind)
    bot = await bot_on(api, read_timeout=0.5)
    try:
        with pytest.raises(error):
            await bot.send_message(72, "hello")
        assert (await bot.send_message(72, "again")).text == "again"  # the connection recovers
    finally:
        await bot.shutdown()
