"""Telegram sends an update again when a process died before answering it: nothing twice."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.models import DialogState, HandledUpdate
from tests.bot.helpers import entries_of, register

# The dialect matters here (replays: a dialog step applied once when Telegram sends an update again): on PostgreSQL too.
pytestmark = pytest.mark.both_databases


def draft(harness: Harness, user_id: int) -> DialogState:
    with harness.services.sessions() as session:
        row = session.scalars(select(DialogState).where(DialogState.user_id == user_id)).one()
        session.expunge(row)
        return row


async def test_an_answer_sent_again_is_not_stored_as_the_next_answer(harness: Harness) -> None:
    ana = harness.user(801, language_code="en")
    await ana.send("/start")
    await ana.send("Ana Pérez")
    await ana.press(label("en", "actor-member_state"))
    country = harness.api.user_message(801, text="Haiti")
    await harness.deliver(country)
    before, question = draft(harness, 801), ana.last_text()
    assert before.data["country"] == "HT"
    await harness.deliver(country)  # Telegram never heard our answer: it sends the update again
    after = draft(harness, 801)
    assert (after.step, after.data) == (before.step, before.data)  # "Haiti" not taken twice
    assert ana.last_text() == question  # the same question, asked again
    assert harness.services.counters.get("redelivered") == 1


async def submit_press(harness: Harness, user: FakeUser, lang: str, kind: str) -> dict[str, Any]:
    """Fill an offer or need up to its summary; the press on Submit, made but not sent."""
    await register(user, lang)
    await user.send(f"/{kind}")
    await user.send("Disaster risk management")
    await user.send("Technical support for early warning systems.")
    for key in ("area-button-climate", "type-technical_assistance", "modality-south_south"):
        await user.press(label(lang, key))
    await user.press(label(lang, "entry-all-americas"))
    await user.press(label(lang, "entry-groups-none"))
    await user.press(label(lang, "timeframe-short"))
    if kind == "offer":
        await user.press(label(lang, "answer-no"))
    await user.press(label(lang, "entry-skip"))
    message = next(m for m in reversed(harness.api.bot_messages(user.id)) if "reply_markup" in m)
    submit = next(
        b["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == label(lang, "entry-submit")
    )
    return harness.api.user_press(user.id, message, submit)


async def test_a_submit_pressed_once_and_sent_twice_saves_one_offer(harness: Harness) -> None:
    bo = harness.user(802, language_code="en")
    press = await submit_press(harness, bo, "en", "offer")
    await harness.deliver(press)
    await harness.deliver(press)
    assert len(entries_of(harness, 802)) == 1
    with harness.services.sessions() as session:
        assert session.get(HandledUpdate, press["update_id"]) is not None


async def test_the_saved_message_lost_with_a_process_is_sent_when_telegram_retries(
    harness: Harness,
) -> None:
    cy = harness.user(803, language_code="fr")
    press = await submit_press(harness, cy, "fr", "need")
    harness.api.fail("sendMessage", "server_error", times=4)  # the answer never leaves
    await harness.deliver(press)
    assert len(entries_of(harness, 803)) == 1 and not cy.last_text().startswith("✅")
    await harness.deliver(press)  # Telegram tries again
    need = entries_of(harness, 803)[0]
    assert cy.last_text() == t("fr", "entry-saved-need", id=need.id)
    assert len(entries_of(harness, 803)) == 1


async def test_with_a_webhook_an_answer_telegram_refused_is_asked_for_again(
    harness: Harness,
) -> None:
    from bot.dialogs.engine import AnswerLost

    harness.app.bot_data["redeliver"] = True  # as `cidi-bot run --webhook-url` sets it
    ana = harness.user(804, language_code="pt")
    await ana.send("/start")
    name = harness.api.user_message(804, text="Ana Souza")
    harness.api.fail("sendMessage", "bad_gateway", times=4)  # the question never leaves
    with pytest.raises(AnswerLost):  # the webhook answers 503: Telegram will send it again
        await harness.deliver(name)
    asked = len(ana.messages())
    await harness.deliver(name)  # and it does: the stored question goes out, nothing twice
    assert len(ana.messages()) == asked + 1
    assert draft(harness, 804).data["full_name"] == "Ana Souza"


@pytest.mark.parametrize("command", ["/search telemedicine", "/start", "/help", "/agenda"])
async def test_a_command_replayed_with_the_same_update_id_runs_once(
    harness: Harness, command: str
) -> None:
    eva = harness.user(806, language_code="en")
    await register(eva, "en")
    before = len(eva.messages())
    update = harness.api.user_message(806, text=command)
    await harness.deliver(update)
    answered = len(eva.messages())
    assert answered > before
    await harness.deliver(update)  # the same update again, as a replaying proxy would send it
    assert len(eva.messages()) == answered
    await eva.send(command)  # a new update with the same text is a new request
    assert len(eva.messages()) > answered
