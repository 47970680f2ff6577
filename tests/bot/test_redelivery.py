"""Telegram sends an update again when a process died before answering it: nothing twice."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.i18n import label
from fakegram.driver import FakeUser, Harness
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


async def submit_press(harness: Harness, user: FakeUser, lang: str, kind: str) -> dict[str, Any]:
    """Fill an offer or need up to its summary; the press on Submit, made but not sent."""
    await register(user, lang)
    await user.send(f"/{kind}")
    await user.send("Disaster risk management")
    await user.send("Technical support for early warning systems.")
    for key in ("area-climate", "type-technical_assistance", "modality-south_south"):
        await user.press(label(lang, key))
    await user.press(label(lang, "entry-all-americas"))
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


async def test_on_postgresql_a_typed_answer_costs_four_round_trips_and_no_row_lock(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the user's advisory lock a dialog step reads its row and writes it back with
    the redelivery mark in one statement (not BEGIN, read FOR UPDATE, update, mark, COMMIT),
    and the lock brings the delegate's row with it (bot.ordering): the round trips are
    what a webhook process waits on for every update. Counted on the driver, under
    SQLAlchemy, since the hot statements go to psycopg directly."""
    engine = harness.services.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite serves one process: its steps run in a transaction (BEGIN IMMEDIATE)")
    import psycopg

    ana = harness.user(805, language_code="en")
    await ana.send("/start")
    statements: list[str] = []
    execute = psycopg.Cursor.execute

    def seen(cursor: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(" ".join(str(query).split()))
        return execute(cursor, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", seen)
    await ana.send("Ana Pérez")
    monkeypatch.undo()
    assert draft(harness, 805).data["full_name"] == "Ana Pérez"
    assert "FOR UPDATE" not in " ".join(statements)
    assert [s.split("(")[0] for s in statements] == [
        "SELECT * FROM cidi_enter",  # the user's lock, with their delegate row
        "SELECT dialog_states.dialog, dialog_states.step, dialog_states.data, "
        "dialog_states.token, dialog_states.updated_at FROM dialog_states WHERE "
        "dialog_states.user_id = %",
        "WITH mark AS ",  # the row written back with the redelivery mark, in one statement
        "SELECT pg_advisory_unlock",
    ], statements
