"""Bad input gets a clear answer in the user's language and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from bot.dialogs.engine import callback
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.models import DialogState
from tests.bot.helpers import register, stored


def dialog_row(h: Harness, user_id: int) -> tuple[str, dict[str, Any], int] | None:
    with h.services.sessions() as session:
        row = session.get(DialogState, user_id)
        return (row.step, dict(row.data), row.token) if row else None


async def at_kind_step(h: Harness, user_id: int, lang: str) -> FakeUser:
    user = h.user(user_id, language_code=lang)
    await user.send("/start")
    await user.send("Paz Duarte")
    return user


async def test_text_where_a_button_is_expected_asks_for_the_button(harness: Harness) -> None:
    u = await at_kind_step(harness, 301, "es")
    before = dialog_row(harness, 301)
    await u.send("Estado miembro")
    assert u.last_text().startswith(t("es", "dialog-expect-button"))
    assert label("es", "actor-member_state") in u.buttons()
    assert dialog_row(harness, 301) == before


async def test_a_button_value_where_text_is_expected_is_refused(harness: Harness) -> None:
    u = harness.user(302, language_code="fr")
    await u.send("/start")
    state = dialog_row(harness, 302)
    assert state is not None and state[0] == "full_name"
    await u.press_data(callback(state[2], "v", "member_state"))
    assert u.last_answer() is not None
    assert u.last_answer()["text"] == t("fr", "dialog-stale-button")  # type: ignore[index]
    assert dialog_row(harness, 302) == state


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
async def test_a_name_over_the_limit_is_refused_with_the_limit_named(
    harness: Harness, lang: str
) -> None:
    u = harness.user(303, language_code=lang)
    await u.send("/start")
    await u.send("N" * 101)
    assert u.last_text().startswith(t(lang, "error-too-long", max=100, length=101))
    state = dialog_row(harness, 303)
    assert state is not None and state[0] == "full_name" and "full_name" not in state[1]


@pytest.mark.parametrize("typed", ["   ", "\u200b", "12345", "🙂🙂🙂", "!!"])
async def test_empty_or_letterless_names_are_refused(harness: Harness, typed: str) -> None:
    u = harness.user(304, language_code="en")
    await u.send("/start")
    await u.send(typed)
    assert dialog_row(harness, 304)[0] == "full_name"  # type: ignore[index]
    assert any(
        u.last_text().startswith(t("en", key))
        for key in ("error-empty", "error-no-letters", "error-too-short")
    )


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document"])
async def test_media_where_text_is_expected_is_explained(harness: Harness, kind: str) -> None:
    u = harness.user(305, language_code="pt")
    await u.send("/start")
    before = dialog_row(harness, 305)
    await getattr(u, f"send_{kind}")()
    assert u.last_text().startswith(t("pt", "dialog-not-text"))
    after = dialog_row(harness, 305)
    assert after is not None and before is not None and after[:2] == before[:2]


async def test_media_outside_a_dialog_is_answered_too(harness: Harness) -> None:
    u = harness.user(306, language_code="en")
    await register(u, "en")
    await u.send_photo()
    assert u.last_text() == t("en", "error-not-understood")


async def test_an_unknown_command_is_named_and_the_dialog_goes_on(harness: Harness) -> None:
    u = await at_kind_step(harness, 307, "es")
    before = dialog_row(harness, 307)
    await u.send("/offer_everything")
    assert u.last_text() == t("es", "error-unknown-command")
    assert dialog_row(harness, 307) == before


async def test_a_button_from_an_old_message_is_stale(harness: Harness) -> None:
    u = await at_kind_step(harness, 308, "en")
    old_message = dict(u.last_message())
    old_data = old_message["reply_markup"]["inline_keyboard"][1][0]["callback_data"]
    await u.press(label("en", "actor-member_state"))
    before = dialog_row(harness, 308)
    await u.press_data(old_data, old_message)
    assert u.last_answer()["text"] == t("en", "dialog-stale-button")  # type: ignore[index]
    assert dialog_row(harness, 308) == before


@pytest.mark.parametrize(
    "data",
    [
        "d:1:v:member_state",
        "d:x:v:1",
        "d:999999:p:abc",
        "lang:de",
        "lang:",
        "prof:password",
        "forget:maybe",
        "lang:s:de",
        "prof:e:password",
        "💥",
        "a" * 64,
        "d:1:z:1",
    ],
)
async def test_forged_button_data_changes_nothing(harness: Harness, data: str) -> None:
    u = await at_kind_step(harness, 309, "fr")
    before = dialog_row(harness, 309)
    with harness.services.sessions() as session:
        language_before = session.get(type(stored(harness, 309)), 309).language  # type: ignore[arg-type]
    await u.press_data(data)
    assert u.last_answer()["text"] == t("fr", "dialog-stale-button")  # type: ignore[index]
    assert dialog_row(harness, 309) == before
    row = stored(harness, 309)
    assert row is not None and row.language == language_before


async def test_a_group_message_gets_a_short_private_chat_hint(harness: Harness) -> None:
    u = harness.user(310, language_code="es")
    harness.api.add_group(-1001, "Delegados CIDI")
    await u.send_in(-1001, "/start")
    group_texts = [m["text"] for m in harness.api.bot_messages(-1001)]
    assert group_texts == [t("es", "error-group-chat")]
    assert stored(harness, 310) is None  # nothing registered from a group
    assert u.messages() == []


async def test_an_internal_error_gets_an_apology_not_a_traceback(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    u = harness.user(311, language_code="fr")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(harness.services.dialogs, "start", broken)
    await u.send("/start")
    assert u.last_text() == t("fr", "error-generic")
    assert "Traceback" not in " ".join(u.messages())
    assert len(harness.errors) == 1 and "database on fire" in str(harness.errors[0])
    harness.errors.clear()


async def test_a_delegate_cannot_use_secretariat_commands(harness: Harness) -> None:
    u = harness.user(312, language_code="en")
    await register(u, "en")
    await u.send("/verify 312")
    assert u.last_text() == t("en", "error-not-allowed-secretariat")
    row = stored(harness, 312)
    assert row is not None and not row.verified


async def test_the_secretariat_verifies_a_delegate(harness: Harness) -> None:
    u = harness.user(313, language_code="en")
    await register(u, "en", name="Val Reyes")
    sec = harness.user(900, language_code="es")
    await sec.send("/verify abc")
    assert sec.last_text() == t("es", "verify-usage")
    await sec.send("/verify 99999")
    assert sec.last_text() == t("es", "verify-unknown", user="99999")
    await sec.send("/verify 313")
    assert sec.last_text() == t("es", "verify-done", name="Val Reyes", user="313")
    row = stored(harness, 313)
    assert row is not None and row.verified
    await u.send("/profile")
    assert t("en", "profile-verified-yes") in u.last_text()


async def test_an_edited_message_changes_nothing(harness: Harness) -> None:
    u = harness.user(314, language_code="en")
    await u.send("/start")
    sent = harness.api.history[314][-3]  # the user's /start
    before = dialog_row(harness, 314)
    await harness.deliver(harness.api.user_edit(314, sent, "/forget_me"))
    assert dialog_row(harness, 314) == before


async def test_blocking_the_bot_marks_the_delegate_inactive(harness: Harness) -> None:
    u = harness.user(315, language_code="en")
    await register(u, "en")
    await u.block_bot()
    row = stored(harness, 315)
    assert row is not None and not row.active
    await u.unblock_bot()
    row = stored(harness, 315)
    assert row is not None and row.active


async def test_an_answer_refused_with_429_arrives_once_telegram_allows(harness: Harness) -> None:
    u = harness.user(316, language_code="en")
    harness.api.fail("sendMessage", "retry_after", times=1, retry_after=3)
    before = harness.now
    await u.send("/start")
    assert u.messages()[0].startswith("👋 Welcome to the CIDI Cooperation Bot")
    assert (harness.now - before).total_seconds() >= 3  # it waited as told
    assert harness.services.counters.get("telegram_retryafter") is None


@pytest.mark.parametrize("kind", ["server_error", "bad_gateway", "timeout"])
async def test_an_answer_lost_to_a_flaky_telegram_is_sent_again(
    harness: Harness, kind: str
) -> None:
    u = harness.user(318, language_code="es")
    harness.api.fail("sendMessage", kind, times=2)
    await u.send("/start")
    welcome, question = u.messages()  # each once, as if nothing had failed
    assert welcome.startswith("👋 Le damos la bienvenida") and question.endswith(
        "(hasta 100 caracteres)"
    )


async def test_telegram_refusing_an_answer_for_good_is_counted_not_fatal(harness: Harness) -> None:
    u = harness.user(319, language_code="en")
    harness.api.fail("sendMessage", "server_error", times=4)
    await u.send("/start")
    assert u.messages() == []
    assert harness.services.counters.get("telegram_networkerror") == 1
    await u.send("/start")  # the next try, once Telegram has recovered, works
    assert harness.services.dialogs.active(319) == "profile"


async def test_a_user_who_blocked_the_bot_mid_answer_is_marked_inactive(harness: Harness) -> None:
    u = harness.user(317, language_code="en")
    await u.send("/start")
    harness.api.block(317)
    await u.send("Someone")
    row = stored(harness, 317)
    assert row is not None and not row.active
    assert harness.services.counters.get("telegram_blocked") == 1


async def test_a_press_whose_query_telegram_calls_too_old_is_still_handled(
    harness: Harness,
) -> None:
    u = harness.user(320, language_code="en")
    await u.send("/start")
    await u.send("Ana Pérez")
    message = u.last_message()
    data = next(
        b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row
    )
    press = harness.api.user_press(320, message, data)
    harness.api.callback_answers.clear()
    harness.api._pending_callbacks.clear()  # as if answered by a process that died since
    await harness.deliver(press)
    assert harness.services.dialogs.active(320) == "profile"
    assert u.last_text() != message.get("text")  # the next question came all the same
