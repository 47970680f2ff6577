"""Three years of check-ins on a simulated clock: who is asked, when, and when it stops."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from catalogue import followups
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.db import transaction
from storage.models import Partnership
from tests.bot.helpers import shown
from tests.bot.test_partnerships import connected
from tests.conftest import SECRETARIAT_ID

# The dialect matters here (check-ins queued once under a key, three years of them): on PostgreSQL too.
pytestmark = pytest.mark.both_databases

# The rule: 30, 90 and 180 days, then every three months (91 days) until three
# years after the meeting's last day (3 December 2021 → 3 December 2024).
ASKED_ON = [30, 90, 180, 271, 362, 453, 544, 635, 726, 817, 908, 999, 1090]
HORIZON = followups.horizon_after(date(2021, 12, 3))


def asked(person: FakeUser, lang: str, seen: int) -> list[str]:
    """The check-ins (and reminders) among the messages since `seen`."""
    ask = t(lang, "followup-ask", id=1, title="§", stage="§").split("§")[0][:12]
    remind = t(lang, "followup-reminder", id=1, title="§", stage="§").split("§")[0][:12]
    return [m for m in person.messages()[seen:] if m.startswith((ask, remind))]


async def walk(
    harness: Harness,
    days: int,
    people: dict[int, FakeUser],
    answer: list[FakeUser],
    stage: str = "talking",
) -> dict[int, list[int]]:
    """Day by day: due check-ins queued and sent; `answer` people answer each at once (still
    at `stage`)."""
    days_asked: dict[int, list[int]] = {}
    seen = {uid: len(p.messages()) for uid, p in people.items()}
    seen[SECRETARIAT_ID] = len(harness.api.bot_messages(SECRETARIAT_ID))
    for day in range(1, days + 1):
        harness.advance(86400)
        with transaction(harness.services.sessions) as session:
            followups.advance(session, harness.clock(), HORIZON)
        await harness.deliver_outbox()
        for uid, lang in ((1201, "pt"), (1202, "fr")):
            person = people[uid]
            new = asked(person, lang, seen[uid])
            if new:
                days_asked.setdefault(uid, []).append(day)
                if person in answer:
                    await person.press(label(lang, "followup-same",
                                             stage=label(lang, f"stage-{stage}")))  # fmt: skip
            seen[uid] = len(person.messages())
        sec = harness.api.bot_messages(SECRETARIAT_ID)[seen[SECRETARIAT_ID] :]
        if any("📭" in m.get("text", "") for m in sec):
            days_asked.setdefault(SECRETARIAT_ID, []).append(day)
        seen[SECRETARIAT_ID] = len(harness.api.bot_messages(SECRETARIAT_ID))
    return days_asked


async def test_three_years_of_check_ins_and_a_party_who_stops_answering(
    harness: Harness,
) -> None:
    """Paulo answers every check-in; Marie never does: asked twice, reminded once, then the
    secretariat is told and she hears nothing more."""
    paulo, marie = await connected(harness)
    days = await walk(harness, 3 * 365 + 60, {1201: paulo, 1202: marie}, answer=[paulo])
    assert days[1201] == ASKED_ON
    assert days[1202] == [30, 90, 180]  # two check-ins, then the one reminder
    assert days[SECRETARIAT_ID] == [271]  # told once, when her next one was due
    reminder = t("fr", "followup-reminder", id=1, title="§", stage="§").split("§")[0][:12]
    assert marie.messages()[-1].startswith(reminder)
    assert label("pt", "stage-talking") in paulo.messages()[-1]  # the last thanks


async def test_a_party_can_turn_check_ins_off_and_a_final_stage_ends_them(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    await marie.send("/followup off")
    assert marie.last_text() == t("fr", "followup-off")
    days = await walk(harness, 100, {1201: paulo, 1202: marie}, answer=[paulo])
    assert days.get(1202) is None and days[1201] == [30, 90]
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-drop", id=1))
    await paulo.press(label("pt", "drop-priorities_changed"))
    later = await walk(harness, 400, {1201: paulo, 1202: marie}, answer=[paulo])
    assert later == {}  # dropped: nobody is asked any more


async def test_forgetting_a_delegate_removes_their_check_ins(harness: Harness) -> None:
    from sqlalchemy import select

    from catalogue import delegates
    from storage.models import FollowUp, FollowUpPause

    paulo, marie = await connected(harness)
    await walk(harness, 31, {1201: paulo, 1202: marie}, answer=[])
    await marie.send("/followup off")
    with transaction(harness.services.sessions) as session:
        assert session.execute(select(FollowUp).where(FollowUp.user_id == 1202)).first()
        delegates.forget(session, 1202, harness.clock())
    with harness.services.sessions() as session:
        assert session.execute(select(FollowUp).where(FollowUp.user_id == 1202)).first() is None
        assert session.get(FollowUpPause, 1202) is None
        assert session.execute(select(FollowUp).where(FollowUp.user_id == 1201)).first()


async def test_both_parties_answer_the_same_check_in_and_nobody_is_reminded(
    harness: Harness,
) -> None:
    """Marie answers first and moves the partnership on; Paulo's tap on his own check-in
    (sent when it was still at talking) is his answer all the same: thanked, counted, and
    neither of them is reminded nor reported silent to the secretariat."""
    paulo, marie = await connected(harness)
    await walk(harness, 30, {1201: paulo, 1202: marie}, answer=[])
    await marie.press(label("fr", "followup-next", stage=label("fr", "stage-agreed")))
    await paulo.press(label("pt", "followup-same", stage=label("pt", "stage-talking")))
    assert (paulo.last_answer() or {}).get("text") != t("pt", "dialog-stale-button")
    thanked = shown("pt", "followup-thanks-overtaken", id=1, stage=label("pt", "stage-agreed"))
    assert thanked in paulo.messages()
    days = await walk(harness, 400, {1201: paulo, 1202: marie}, answer=[paulo, marie],
                      stage="agreed")  # fmt: skip
    expected = [d - 30 for d in ASKED_ON if 30 < d <= 430]
    assert days[1201] == days[1202] == expected
    assert SECRETARIAT_ID not in days
    reminders = [t(lang, "followup-reminder", id=1, title="§", stage="§").split("§")[0][:12]
                 for lang in ("pt", "fr")]  # fmt: skip
    assert not any(m.startswith(r) for p in (paulo, marie) for m in p.messages() for r in reminders)


async def test_a_check_ins_drop_reasons_go_back_to_the_check_in_or_cancel(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    await walk(harness, 30, {1201: paulo, 1202: marie}, answer=[])
    still = label("fr", "followup-same", stage=label("fr", "stage-talking"))
    await marie.press(label("fr", "stage-dropped"))
    assert marie.last_text() == shown("fr", "partnership-ask-reason", id=1)
    await marie.press(label("fr", "dialog-back"))
    assert still in marie.buttons()  # the check-in again, to answer
    await marie.press(label("fr", "stage-dropped"))
    await marie.press(label("fr", "dialog-cancel"))
    assert marie.last_text() == shown("fr", "partnership-drop-kept", id=1)
    with harness.services.sessions() as session:
        assert session.execute(select(Partnership.stage)).scalar_one() == "talking"
