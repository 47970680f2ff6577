"""Telegram sends an update again when a process died before answering it: nothing twice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.fakeapi.driver import Harness
from bot.i18n import label
from storage.models import DialogState, HandledUpdate
from tests.bot.helpers import entries_of, register


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


async def test_a_submit_pressed_once_and_sent_twice_saves_one_offer(harness: Harness) -> None:
    bo = harness.user(802, language_code="en")
    await register(bo, "en")
    await bo.send("/offer")
    await bo.send("Digital skills for MSMEs")
    await bo.send("Online courses on e-commerce for small businesses in the Caribbean.")
    for key in ("area-digital", "type-programme", "modality-south_south"):
        await bo.press(label("en", key))
    await bo.press(label("en", "entry-all-americas"))
    await bo.press(label("en", "timeframe-medium"))
    await bo.press(label("en", "answer-no"))
    await bo.press(label("en", "entry-skip"))
    message = next(m for m in reversed(harness.api.bot_messages(802)) if "reply_markup" in m)
    submit = next(
        b["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == label("en", "entry-submit")
    )
    press = harness.api.user_press(802, message, submit)
    await harness.deliver(press)
    await harness.deliver(press)
    assert len(entries_of(harness, 802)) == 1
    with harness.services.sessions() as session:
        assert session.get(HandledUpdate, press["update_id"]) is not None


async def test_the_saved_message_lost_with_a_process_is_sent_when_telegram_retries(
    harness: Harness,
) -> None:
    cy = harness.user(803, language_code="fr")
    await register(cy, "fr")
    await cy.send("/need")
    await cy.send("Gestion des risques de catastrophe")
    await cy.send("Appui technique pour les systèmes d'alerte précoce.")
    for key in ("area-climate", "type-technical_assistance", "modality-south_south"):
        await cy.press(label("fr", key))
    await cy.press(label("fr", "entry-all-americas"))
    await cy.press(label("fr", "timeframe-short"))
    await cy.press(label("fr", "entry-skip"))
    message = next(m for m in reversed(harness.api.bot_messages(803)) if "reply_markup" in m)
    submit = next(
        b["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == label("fr", "entry-submit")
    )
    press = harness.api.user_press(803, message, submit)
    harness.api.fail("sendMessage", "server_error", times=4)  # the answer never leaves
    await harness.deliver(press)
    assert len(entries_of(harness, 803)) == 1 and not cy.last_text().startswith("✅")
    await harness.deliver(press)  # Telegram tries again
    need = entries_of(harness, 803)[0]
    assert cy.last_text().startswith("✅") and f"#{need.id}" in cy.last_text()
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
