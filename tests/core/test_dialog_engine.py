"""The dialog engine: buttons carry a short token so old or forged presses are recognised, and
dialogs step, go back, cancel and survive a redelivered update, on the in-memory store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.dialogs.engine import (
    CURRENT_UPDATE,
    MAX_CALLBACK_BYTES,
    Accepted,
    DialogEngine,
    Handling,
    Option,
    Outcome,
    Prompt,
    Redelivered,
    Rejected,
    Screen,
    StepContext,
    callback,
    parse_callback,
)
from catalogue import countries
from presentation.i18n import t
from storage.dialog_rows import MemoryDialogStore


def test_callback_data_round_trips() -> None:
    assert parse_callback(callback(42, "v", "BR")) == (42, "v", "BR")
    assert parse_callback(callback(7, "<")) == (7, "<", "")


def test_the_longest_zone_still_fits_in_telegrams_64_bytes() -> None:
    longest = max((z for c in countries.world() for z in countries.zones_for(c)), key=len)
    assert len(callback(999_999, "v", longest).encode()) <= MAX_CALLBACK_BYTES


def test_data_that_would_not_fit_is_refused_before_telegram_sees_it() -> None:
    with pytest.raises(ValueError):
        callback(1, "v", "x" * 60)


@pytest.mark.parametrize("data", ["", "d", "d:1:v", "x:1:v:1", "d:-1:v:1", "d:1:q:1", "d:a:v:1"])
def test_malformed_data_is_not_parsed(data: str) -> None:
    assert parse_callback(data) is None


# --- stepping, on the in-memory store (no database) ---------------------------------


@dataclass
class NameStep:
    name: str = "name"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return "name" in data

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt("Your name?")

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        if len(text) < 2:
            return Rejected("Too short.")
        return Accepted({"name": text})

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected("Type it, please.")


@dataclass
class ColourStep:
    name: str = "colour"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return "colour" in data

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt("Colour?", [Option("red", "Red"), Option("blue", "Blue")], free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected("Press a button.")

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"colour": value})


class Survey:
    name = "survey"
    steps = (NameStep(), ColourStep())

    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []

    def finish(self, session: Any, ctx: StepContext) -> str:
        self.results.append({k: v for k, v in ctx.data.items() if not k.startswith("_")})
        return f"Thanks, {ctx.data['name']}."


def survey_engine() -> tuple[DialogEngine, MemoryDialogStore, Survey]:
    store, survey = MemoryDialogStore(), Survey()
    clock = lambda: datetime(2021, 12, 2, 14, tzinfo=UTC)  # noqa: E731
    return DialogEngine([survey], store, clock), store, survey


def press(engine: DialogEngine, screen: Screen, text: str) -> Screen:
    data = next(b.data for row in screen.rows for b in row if b.label == text)
    return engine.on_button(1, "en", data)


def test_a_dialog_asks_each_question_and_stores_the_answers_once_finished() -> None:
    engine, store, survey = survey_engine()
    screen = engine.start(1, "survey", "en")
    assert screen.text == "Your name?" and engine.active(1) == "survey"
    assert engine.on_text(1, "en", "A").text.startswith("Too short.")  # nothing taken
    screen = engine.on_text(1, "en", "Ana")
    assert screen.text == "Colour?"
    assert engine.on_text(1, "en", "red").text.startswith(t("en", "dialog-expect-button"))
    done = press(engine, screen, "Blue")
    assert done.done and done.text == "Thanks, Ana."
    assert survey.results == [{"name": "Ana", "colour": "blue"}]
    assert engine.active(1) is None and store.rows == {}


def test_back_returns_to_the_previous_question_and_an_old_button_changes_nothing() -> None:
    engine, _store, survey = survey_engine()
    engine.start(1, "survey", "en")
    colour = engine.on_text(1, "en", "Ana")
    back = press(engine, colour, t("en", "dialog-back"))
    assert back.text == "Your name?"
    stale = press(engine, colour, "Red")  # a button of the question left behind
    assert stale.stale and survey.results == []


def test_cancel_drops_the_dialog() -> None:
    engine, store, _survey = survey_engine()
    screen = engine.start(1, "survey", "en")
    assert press(engine, screen, t("en", "dialog-cancel")).done
    assert engine.active(1) is None and store.rows == {}


def test_an_update_delivered_twice_is_applied_once_and_its_answer_kept() -> None:
    engine, store, _survey = survey_engine()
    engine.start(1, "survey", "en")
    marker = CURRENT_UPDATE.set(Handling(update_id=77))
    try:
        first = engine.on_text(1, "en", "Ana")
    finally:
        CURRENT_UPDATE.reset(marker)
    marker = CURRENT_UPDATE.set(Handling(update_id=77))
    try:
        with pytest.raises(Redelivered):
            engine.on_text(1, "en", "Bea")
    finally:
        CURRENT_UPDATE.reset(marker)
    assert store.rows[1].data["name"] == "Ana"  # the second delivery changed nothing
    kept = engine.stored_reply(77)
    assert first is not None and kept is not None and kept.text == first.text
