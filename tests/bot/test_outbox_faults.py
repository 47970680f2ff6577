"""One bad delivery never poisons the outbox: whatever goes wrong with a notice (an answer
Telegram shaped oddly, 500s, slowness, a bug rendering it) stays with that notice, is
counted as an attempt and parked once the attempts are spent, while every other delivery
goes out exactly once, and the person whose action queued it is never told of it."""

from __future__ import annotations

from typing import Any

import pytest

from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from scheduler.delivery import MAX_ATTEMPTS
from storage.models import Delivery
from tests.bot.helpers import entries_of, register, submit_entry
from tests.conftest import SECRETARIAT_ID

# The dialect matters here (the outbox: leases, attempts and locks): on PostgreSQL too.
pytestmark = pytest.mark.both_databases

APPROVED_ES = "fue aprobada"


async def delegates_waiting_for_review(harness: Harness, ids: range) -> list[FakeUser]:
    people = []
    for uid in ids:
        person = harness.user(uid, language_code="es")
        await register(person, "es")
        await submit_entry(person, "es", title=f"Telemedicina rural número {uid}")
        people.append(person)
    return people


async def approve_all(harness: Harness, count: int) -> FakeUser:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    for _ in range(count):
        await sec.press(label("en", "review-approve"))
        await sec.press(label("en", "review-next"))
    return sec


async def run_outbox_for_a_while(harness: Harness, rounds: int = 12) -> None:
    """The periodic job, over more time than every back-off of every attempt."""
    for _ in range(rounds):
        harness.advance(400)
        await harness.deliver_outbox()


def told(person: FakeUser) -> int:
    return sum(1 for m in person.messages() if APPROVED_ES in m)


def decision_rows(harness: Harness, user_id: int) -> list[Delivery]:
    with harness.services.sessions() as session:
        rows = session.query(Delivery).filter_by(user_id=user_id, kind="tell").all()
        return [r for r in rows if r.payload["about"] == "entry-decided"]


async def test_a_notice_answered_with_garbage_was_sent_and_is_never_sent_again(
    harness: Harness,
) -> None:
    (ana,) = await delegates_waiting_for_review(harness, range(1201, 1202))
    harness.api.fail("sendMessage", "garbage", chat_id=1201)
    sec = await approve_all(harness, 1)
    await run_outbox_for_a_while(harness)
    assert told(ana) == 1
    assert [r.status for r in decision_rows(harness, 1201)] == ["sent"]
    assert t("en", "error-generic") not in sec.messages()


async def test_500s_slowness_and_garbage_for_some_chats_hold_back_no_one_else(
    harness: Harness,
) -> None:
    people = await delegates_waiting_for_review(harness, range(1211, 1217))
    broken, slow, odd = 1211, 1212, 1213
    harness.api.fail("sendMessage", "server_error", times=100, chat_id=broken)
    harness.api.fail("sendMessage", "slow", times=3, chat_id=slow, delay=0.05)
    harness.api.fail("sendMessage", "not_json", times=2, chat_id=odd)
    sec = await approve_all(harness, len(people))
    await run_outbox_for_a_while(harness)
    for person in people:
        assert told(person) == (0 if person.id == broken else 1), person.id
    (parked,) = decision_rows(harness, broken)
    assert parked.status == "failed" and parked.attempts == MAX_ATTEMPTS
    assert "500" in (parked.last_error or "") or "Internal" in (parked.last_error or "")
    assert t("en", "error-generic") not in sec.messages()


async def test_a_notice_that_cannot_be_written_is_parked_and_the_others_go_out(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = await delegates_waiting_for_review(harness, range(1221, 1224))
    poisoned = 1222
    deliverer = harness.services.deliverer
    real_render = deliverer.render

    def render(session: Any, row: Delivery, now: Any) -> Any:
        if row.user_id == poisoned:
            raise TypeError("a bug in a template")
        return real_render(session, row, now)

    monkeypatch.setattr(deliverer, "render", render)
    sec = await approve_all(harness, len(people))
    await run_outbox_for_a_while(harness)
    for person in people:
        assert told(person) == (0 if person.id == poisoned else 1), person.id
    (parked,) = decision_rows(harness, poisoned)
    assert parked.status == "failed" and parked.attempts == MAX_ATTEMPTS
    assert "TypeError: a bug in a template" in (parked.last_error or "")
    assert t("en", "error-generic") not in sec.messages()
    assert all(e.status == "approved" for p in people for e in entries_of(harness, p.id))


async def test_organisers_see_how_many_messages_could_not_be_delivered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await delegates_waiting_for_review(harness, range(1231, 1232))
    harness.api.fail("sendMessage", "server_error", times=100, chat_id=1231)
    sec = await approve_all(harness, 1)
    await run_outbox_for_a_while(harness)
    await sec.send("/stats")
    stats_text = next(m for m in reversed(sec.messages()) if "📊" in m or "\n" in m)
    assert t("en", "stats-failed", count=1, attempts=MAX_ATTEMPTS) in stats_text
