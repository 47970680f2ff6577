"""Reminder planning is a pure function of agenda, subscribers and now."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scheduler.agenda import default_text, parse
from scheduler.planning import Subscriber, judge_digest, judge_reminder, plan

AGENDA, _ = parse(default_text())
assert AGENDA is not None
BEFORE = datetime(2021, 12, 1, 12, 0, tzinfo=UTC)
OPENING = AGENDA.session("opening")
assert OPENING is not None

DST = """meeting:
  title: {en: Spring meeting}
  timezone: America/New_York
  days: [2021-03-13, 2021-03-14]
sessions:
  - id: sat
    start: 2021-03-13 10:00
    end: 2021-03-13 11:00
    title: {en: Saturday}
  - id: sun
    start: 2021-03-14 10:00
    end: 2021-03-14 11:00
    title: {en: Sunday}
"""


def reminders(planned: list, user: int = 1) -> dict[str, datetime]:  # type: ignore[type-arg]
    return {
        p.payload["session"]: p.due_at
        for p in planned
        if p.kind == "reminder" and p.user_id == user
    }


@pytest.mark.parametrize("lead", [5, 15, 30, 60])
def test_a_reminder_is_due_lead_minutes_before_the_session(lead: int) -> None:
    due = reminders(plan(AGENDA, [Subscriber(1, "en", "UTC", lead_minutes=lead)], BEFORE))
    assert due["opening"] == OPENING.start - timedelta(minutes=lead)
    assert due["opening"].astimezone(UTC) == datetime(2021, 12, 2, 15, 0, tzinfo=UTC) - timedelta(
        minutes=lead
    )
    assert "break-day-1" not in due


def test_only_chosen_sessions_are_planned_and_nothing_when_off() -> None:
    chosen = Subscriber(1, "en", "UTC", all_sessions=False, sessions=frozenset({"observers"}))
    assert set(reminders(plan(AGENDA, [chosen], BEFORE))) == {"observers"}
    assert plan(AGENDA, [Subscriber(2, "en", "UTC", enabled=False)], BEFORE) == []


@pytest.mark.parametrize(
    ("zone", "utc_hour", "utc_day"),
    [
        ("Pacific/Honolulu", 18, 2),
        ("Asia/Tokyo", 23, 1),
        ("America/Sao_Paulo", 11, 2),
        ("Europe/Madrid", 7, 2),
    ],
)
def test_the_morning_digest_is_at_eight_in_the_delegates_own_zone(
    zone: str, utc_hour: int, utc_day: int
) -> None:
    planned = plan(AGENDA, [Subscriber(1, "en", zone)], BEFORE)
    digests = sorted(p.due_at for p in planned if p.kind == "digest")
    assert len(digests) == 2
    first = digests[0].astimezone(UTC)
    assert (first.day, first.hour) == (utc_day, utc_hour)


def test_digests_follow_a_daylight_saving_change() -> None:
    agenda, problems = parse(DST)
    assert agenda is not None, problems
    planned = plan(
        agenda, [Subscriber(1, "en", "America/New_York")], datetime(2021, 3, 1, tzinfo=UTC)
    )
    digests = sorted(p.due_at.astimezone(UTC) for p in planned if p.kind == "digest")
    assert [d.hour for d in digests] == [13, 12]  # 08:00 EST, then 08:00 EDT
    due = reminders(planned)
    assert due["sat"].astimezone(UTC).hour == 14 and due["sun"].astimezone(UTC).hour == 13


def test_past_sessions_are_not_planned() -> None:
    late = datetime(2021, 12, 3, 17, 10, tzinfo=UTC)  # day two, after the partnerships panel
    assert set(reminders(plan(AGENDA, [Subscriber(1, "en", "UTC")], late))) == {"closing"}


def test_a_moved_session_gets_a_new_key() -> None:
    moved, _ = parse(default_text().replace("start: 2021-12-02 10:00", "start: 2021-12-02 10:15"))
    assert moved is not None
    key_before = {
        p.key for p in plan(AGENDA, [Subscriber(1, "en", "UTC")], BEFORE) if "opening" in p.key
    }
    key_after = {
        p.key for p in plan(moved, [Subscriber(1, "en", "UTC")], BEFORE) if "opening" in p.key
    }
    assert key_before and key_after and not key_before & key_after


def test_a_late_reminder_says_started_during_the_session_and_drops_after() -> None:
    start = OPENING.start.isoformat()
    assert judge_reminder(OPENING, start, OPENING.start - timedelta(minutes=10)).action == "send"
    assert judge_reminder(OPENING, start, OPENING.start + timedelta(minutes=5)).action == "started"
    assert judge_reminder(OPENING, start, OPENING.end).action == "drop"
    assert judge_reminder(None, start, BEFORE).action == "drop"
    assert judge_reminder(OPENING, "2021-12-02T09:00:00-05:00", BEFORE).action == "drop"


def test_a_digest_is_dropped_once_its_day_is_over() -> None:
    day = date(2021, 12, 2)
    assert (
        judge_digest(day, "Asia/Tokyo", datetime(2021, 12, 1, 23, 5, tzinfo=UTC)).action == "send"
    )
    assert (
        judge_digest(day, "Asia/Tokyo", datetime(2021, 12, 2, 16, 0, tzinfo=UTC)).action == "drop"
    )


def test_a_morning_digest_is_not_sent_after_noon() -> None:
    day = date(2021, 12, 2)
    lima = "America/Lima"  # UTC-5
    morning, afternoon = (
        datetime(2021, 12, 2, 16, 59, tzinfo=UTC),
        datetime(2021, 12, 2, 17, 0, tzinfo=UTC),
    )
    assert judge_digest(day, lima, morning).action == "send"  # 11:59 in Lima
    assert judge_digest(day, lima, afternoon).action == "drop"  # noon in Lima
