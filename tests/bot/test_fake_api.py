"""The fake Bot API refuses what Telegram refuses, seen through python-telegram-bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from fakegram.driver import FAKE_TOKEN
from fakegram.request import FakeRequest
from fakegram.server import FakeBotApi, FakeTimeout, Limits

CHAT = 555


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(clock: Clock) -> FakeBotApi:
    api = FakeBotApi(clock=clock, limits=Limits(chat_burst=1.0))
    api.add_user(CHAT, "Ana", "es")
    return api


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    request = FakeRequest(api)
    async with Bot(FAKE_TOKEN, request=request, get_updates_request=request) as b:
        yield b


async def test_plain_and_html_messages_are_delivered(
    bot: Bot, api: FakeBotApi, clock: Clock
) -> None:
    await bot.send_message(CHAT, "<b>Hola</b> &amp; bienvenida", parse_mode=ParseMode.HTML)
    assert api.bot_messages(CHAT)[-1]["text"] == "Hola & bienvenida"


@pytest.mark.parametrize(
    "text",
    ["<b>unclosed", "<blink>x</blink>", "1 < 2", "fish & chips", "<b><i>x</b></i>", "<a>x</a>"],
)
async def test_malformed_html_is_refused(bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)parse entities"):
        await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)


async def test_text_over_4096_characters_is_refused(bot: Bot, clock: Clock) -> None:
    await bot.send_message(CHAT, "x" * 4096)
    clock.t += 2
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(CHAT, "x" * 4097)


async def test_emoji_count_double_towards_the_limit_as_in_utf16(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(CHAT, "🙂" * 2049)


async def test_empty_text_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode=ParseMode.HTML)


async def test_callback_data_over_64_bytes_is_refused(bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(CHAT, "choose", reply_markup=markup)


async def test_more_than_100_buttons_are_refused(bot: Bot) -> None:
    rows = [[InlineKeyboardButton(str(i), callback_data=str(i))] for i in range(101)]
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(CHAT, "choose", reply_markup=InlineKeyboardMarkup(rows))


async def test_editing_a_missing_message_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)not found"):
        await bot.edit_message_text("new", chat_id=CHAT, message_id=999)


async def test_editing_without_a_change_is_refused(bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "same")
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("same", chat_id=CHAT, message_id=sent.message_id)


async def test_an_unknown_chat_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(424242, "hello")


async def test_a_second_message_to_one_chat_within_a_second_gets_429(
    bot: Bot, api: FakeBotApi, clock: Clock
) -> None:
    await bot.send_message(CHAT, "one")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "two")
    assert int(caught.value.retry_after) >= 1  # type: ignore[arg-type]
    clock.t += 1.0
    await bot.send_message(CHAT, "two, a second later")
    assert api.stats.rejected_429 == 1 and api.stats.rejected_global == 0


async def test_more_than_30_messages_a_second_overall_get_429(bot: Bot, api: FakeBotApi) -> None:
    for uid in range(1, 32):
        api.add_user(uid)
    for uid in range(1, 31):
        await bot.send_message(uid, "hello")
    with pytest.raises(RetryAfter):
        await bot.send_message(31, "one too many")
    assert api.stats.rejected_global == 1


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("retry_after", RetryAfter),
        ("blocked", Forbidden),
        ("server_error", NetworkError),
        ("timeout", TimedOut),
    ],
)
async def test_chosen_calls_can_fail_as_telegram_does(
    bot: Bot, api: FakeBotApi, kind: str, error: type[Exception]
) -> None:
    api.fail("sendMessage", kind, retry_after=7)
    with pytest.raises(error):
        await bot.send_message(CHAT, "hello")
    api.limits.enabled = False
    await bot.send_message(CHAT, "the next call goes through")


async def test_a_blocked_user_gets_403(bot: Bot, api: FakeBotApi) -> None:
    api.block(CHAT)
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(CHAT, "hello")


async def test_documents_are_kept_with_their_content(bot: Bot, api: FakeBotApi) -> None:
    await bot.send_document(
        CHAT,
        b"a,b\n1,2\n",
        filename="catalogue.csv",
        caption="<i>CSV</i>",
        parse_mode=ParseMode.HTML,
    )
    message = api.bot_messages(CHAT)[-1]
    assert message["document"]["file_name"] == "catalogue.csv"
    assert api.files[message["document"]["file_id"]].content == b"a,b\n1,2\n"


async def test_commands_are_checked_and_stored_per_scope_and_language(
    bot: Bot, api: FakeBotApi
) -> None:
    await bot.set_my_commands([("start", "Inicio")], language_code="es")
    assert [c.command for c in await bot.get_my_commands(language_code="es")] == ["start"]
    with pytest.raises(BadRequest):
        await bot.set_my_commands([("Start-Now", "bad name")])


async def test_get_updates_waits_for_an_update_then_returns_it(bot: Bot, api: FakeBotApi) -> None:
    assert await bot.get_updates(timeout=0) == ()
    api.push(api.user_message(CHAT, text="/start"))
    updates = await bot.get_updates(timeout=1)
    assert updates[0].message is not None and updates[0].message.text == "/start"


async def test_chaos_fails_about_the_share_asked_with_every_kind(api: FakeBotApi) -> None:
    api.limits.enabled = False
    api.chaos(0.2, seed=3)
    failed = 0
    for _ in range(2000):
        try:
            status, _ = await api.call("getMyCommands", {})
        except FakeTimeout:  # the HTTP layer turns this into a request that never answers
            status = 0
        failed += status != 200
    assert 300 < failed < 500  # about a fifth
    assert set(api.injected) == {"retry_after", "server_error", "bad_gateway", "timeout"}
    api.chaos(0.0)
    assert (await api.call("getMyCommands", {}))[0] == 200


async def test_a_script_adds_users_presses_buttons_and_reads_figures_over_http() -> None:
    import httpx

    from fakegram.http import start_server

    fake = FakeBotApi()
    server, port = await start_server(fake)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient() as client:
            await client.post(f"{base}/_fake/users", json={"ids": [81, 82], "language_code": "es"})
            keyboard = {"inline_keyboard": [[{"text": "Sí", "callback_data": "d:1:v:yes"}]]}
            await fake.call(
                "sendMessage", {"chat_id": 81, "text": "¿Seguro?", "reply_markup": keyboard}
            )
            pressed = await client.post(f"{base}/_fake/press", json={"user_id": 81, "label": "Sí"})
            missing = await client.post(f"{base}/_fake/press", json={"user_id": 82, "label": "Sí"})
            stats = (await client.get(f"{base}/_fake/stats?history=1")).json()["result"]
    finally:
        await server.stop()
    assert pressed.json()["result"]["callback_query"]["data"] == "d:1:v:yes"
    assert missing.status_code == 404  # no such button in that chat
    assert stats["sent"] == 1 and stats["history"] == {"81": ["¿Seguro?"]}
    assert fake.users[82]["language_code"] == "es"
