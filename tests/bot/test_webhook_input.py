"""What reaches the webhook is not always an update, and not always sent at a human pace:
anything that is not an update gets 400 and changes nothing; one user flooding the
webhook is asked once to slow down, the rest of their flood is ignored, and the others
are answered as if nobody were flooding."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.webhook import SECRET_HEADER, make_web_app
from fakegram.driver import Harness
from presentation.i18n import t
from tests.bot.helpers import shown

# The dialect matters here (replays of webhook updates): on PostgreSQL too.
pytestmark = pytest.mark.both_databases

SECRET = "s3cret"
PATH = "/telegram/hook"
HEADERS = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}


@pytest.fixture
async def client(harness: Harness) -> AsyncIterator[TestClient]:
    assert harness.app is not None
    async with TestClient(TestServer(make_web_app(harness.app, PATH, SECRET))) as c:
        yield c


@pytest.mark.parametrize(
    "body",
    [
        b"null",
        b"[]",
        b"1",
        b'"update"',
        b"{",
        b'{"update_id": "7"}',
        b'{"update_id": 6, "message": 5}',
        b'{"update_id": 6, "callback_query": [1, 2]}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    ],
    ids=lambda b: b[:30].decode(errors="replace"),
)
async def test_a_body_that_is_not_an_update_gets_400_and_changes_nothing(
    harness: Harness, client: TestClient, body: bytes
) -> None:
    before = harness.api.stats.sent
    response = await client.post(PATH, data=body, headers=HEADERS)
    assert response.status == 400
    assert harness.api.stats.sent == before


async def test_a_real_update_is_handled_and_answered_200(
    harness: Harness, client: TestClient
) -> None:
    harness.user(4001, language_code="fr")
    update = harness.api.user_message(4001, text="/help")
    response = await client.post(PATH, data=json.dumps(update), headers=HEADERS)
    assert response.status == 200
    assert shown("fr", "help-delegate") in harness.api.bot_messages(4001)[-1]["text"]


async def test_one_user_flooding_is_asked_once_to_slow_down_and_holds_nobody_up(
    harness: Harness, client: TestClient
) -> None:
    # Time passes in the harness only when the bot waits; with Telegram's per-chat limit on,
    # every reply to the flooder would wait a simulated second and refill their bucket.
    harness.api.limits.enabled = False
    flooder = harness.user(4010, language_code="es")
    calm = harness.user(4011, language_code="pt")
    burst = harness.services.settings.flood_burst

    async def post(text: str, user_id: int) -> float:
        update = harness.api.user_message(user_id, text=text)
        started = time.perf_counter()
        response = await client.post(PATH, data=json.dumps(update), headers=HEADERS)
        assert response.status == 200  # an ignored update is not one to send again
        return time.perf_counter() - started

    quiet = [await post("/help", calm.id) for _ in range(3)]
    for start in range(0, 300, 50):  # 300 messages, 50 at a time, with the calm user's /help
        waves = [post(f"hola {n}", flooder.id) for n in range(start, start + 50)]
        *_, calm_wait = await asyncio.gather(*waves, post("/help", calm.id))
        assert calm_wait < max(1.0, 10 * max(quiet)), "the calm user waited on the flooder"
    slow_down = t("es", "error-slow-down")
    answers = [m["text"] for m in harness.api.bot_messages(flooder.id)]
    assert answers.count(slow_down) == 1
    assert len(answers) <= burst + 1  # the rest of the flood was ignored
    assert sum(shown("pt", "help-delegate") in m for m in calm.messages()) == 3 + 6
