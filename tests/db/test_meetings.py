"""Bilateral meetings in the core (catalogue.meetings), on SQLite and PostgreSQL: slots that
suit both parties across time zones and daylight saving, who may answer, move and cancel,
no double booking even when two processes accept at once, and the calendar invitations in
the order a calendar needs them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.deliveries import render_delivery
from catalogue import connections, delegates, meetings, review, roles
from scheduler import agenda_store
from storage.db import transaction
from storage.models import Delivery, Meeting, MeetingBusy, Partnership
from storage.rights import NotAllowed
from tests.db.people import OFFER, PROFILE, entry_input

# Monday 7 December 2026: Santiago keeps summer time (UTC−3), Madrid winter time (UTC+1),
# Honolulu never changes (UTC−10).
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SECRETARIAT, SANTIAGO, MADRID, HONOLULU, STRANGER = 1, 2, 3, 4, 5
ZONES = {SANTIAGO: "America/Santiago", MADRID: "Europe/Madrid", HONOLULU: "Pacific/Honolulu",
         STRANGER: "Europe/Madrid", SECRETARIAT: "America/New_York"}  # fmt: skip


def people(session: Session, now: datetime = NOW) -> None:
    for uid, zone in ZONES.items():
        delegates.ensure(session, uid, "es" if uid == SANTIAGO else "en", None, now)
        profile = delegates.ProfileInput.read({**PROFILE, "timezone": zone})
        delegates.save_profile(session, uid, profile, now)
    roles.grant(session, SECRETARIAT, "secretariat", now)


def partnership(session: Session, owner: int, requester: int, now: datetime = NOW) -> int:
    """An approved offer of `owner`'s, `requester` interested, accepted: a partnership."""
    entry = review.submit(session, owner, entry_input("offer", OFFER), now).entry
    review.decide(session, SECRETARIAT, entry.id, entry.version, "approve", None, now)
    asked = connections.request(session, requester, entry.id, None, now)
    connections.answer(session, owner, asked.connection.id, "accept", now)
    return session.execute(
        select(Partnership.id).where(Partnership.connection_id == asked.connection.id)
    ).scalar_one()


@pytest.fixture
def pair(factory: sessionmaker[Session]) -> tuple[sessionmaker[Session], int]:
    """Santiago and Madrid in a partnership (and Honolulu registered)."""
    with transaction(factory) as session:
        people(session)
        return factory, partnership(session, MADRID, SANTIAGO)


def local(at: datetime, zone: str) -> datetime:
    return at.astimezone(ZoneInfo(zone))


def test_slots_fall_within_both_working_hours_in_each_ones_zone_in_summer_time(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, _ = pair
    with factory() as session:
        found = meetings.slots(session, SANTIAGO, MADRID, NOW)
    assert len(found) == 3 and len({s.date() for s in found}) == 3  # three different days
    for start in found:
        end = start + timedelta(minutes=30)
        for zone in (ZONES[SANTIAGO], ZONES[MADRID]):
            a, b = local(start, zone), local(end, zone)
            assert a.weekday() < 5 and a.hour >= 9 and (b.hour, b.minute) <= (18, 0)
        # Santiago in summer time is UTC−3, Madrid UTC+1: the common hours are 12:00-17:00 UTC.
        assert start.hour >= 12 and end.hour * 60 + end.minute <= 17 * 60
        assert start >= NOW + meetings.LEAD and start <= NOW + meetings.WINDOW


def test_madrid_and_honolulu_share_no_working_hour_and_santiago_and_honolulu_share_two(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, _ = pair
    with factory() as session:
        assert meetings.slots(session, MADRID, HONOLULU, NOW) == []
        found = meetings.slots(session, SANTIAGO, HONOLULU, NOW, minutes=60)
    assert found
    for start in found:  # 09:00-18:00 in Honolulu is 19:00-04:00 UTC; Santiago ends at 21:00
        assert start.hour >= 19 and start.hour + 1 <= 21
        assert local(start, ZONES[HONOLULU]).weekday() < 5


def test_in_july_santiago_keeps_winter_time_and_the_common_hours_move(
    factory: sessionmaker[Session],
) -> None:
    july = datetime(2026, 7, 6, 12, 0, tzinfo=UTC)
    with transaction(factory) as session:
        people(session, july)
        found = meetings.slots(session, SANTIAGO, MADRID, july)
    # Santiago UTC−4 (09:00 = 13:00 UTC), Madrid summer time UTC+2 (18:00 = 16:00 UTC).
    assert found and all(s.hour >= 13 and s.hour < 16 for s in found)


def test_changed_hours_sessions_followed_and_meetings_booked_are_avoided(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    source = meetings.Source("partnership", partnership_id)
    day = datetime(2026, 12, 8, tzinfo=UTC)  # Tuesday
    programme = meetings.Programme(
        days=(day.date(),), zone="UTC",
        sessions=(("plenary", day.replace(hour=12), day.replace(hour=14)),),
    )  # fmt: skip
    with transaction(factory) as session:
        agenda_store.ensure_prefs(session, SANTIAGO, 15, NOW)  # follows every session
        # Madrid only takes meetings on Tuesdays from 14:00 to 16:00 (13:00-15:00 UTC).
        meetings.set_hours(session, MADRID, meetings.Hours("1", 14 * 60, 16 * 60), NOW)
        found = [s for s in meetings.slots(session, SANTIAGO, MADRID, NOW, programme)
                 if s.date() == day.date()]  # fmt: skip
        assert [s.hour * 60 + s.minute for s in found] == [14 * 60, 14 * 60 + 30]
        booked = meetings.propose(session, SANTIAGO, source, found[0], 30, NOW).meeting
        meetings.accept(session, MADRID, booked.id, NOW)
        again = [s for s in meetings.slots(session, SANTIAGO, MADRID, NOW, programme)
                 if s.date() == day.date()]  # fmt: skip
    assert [s.hour * 60 + s.minute for s in again] == [14 * 60 + 30]
    with transaction(factory) as session, pytest.raises(meetings.NotPossible):
        meetings.set_hours(session, MADRID, meetings.Hours("", 9 * 60, 18 * 60), NOW)


def test_only_the_two_parties_act_and_only_the_one_asked_answers(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    source = meetings.Source("partnership", partnership_id)
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        for outsider in (STRANGER, SECRETARIAT):
            with pytest.raises(NotAllowed):
                meetings.propose(session, outsider, source, start, 30, NOW)
        with pytest.raises(meetings.NotPossible):
            meetings.propose(session, SANTIAGO, source, NOW - timedelta(hours=1), 30, NOW)
        proposed = meetings.propose(session, SANTIAGO, source, start, 30, NOW)
        meeting_id = proposed.meeting.id
        again = meetings.propose(session, SANTIAGO, source, start, 30, NOW)  # pressed twice
        assert (again.meeting.id, again.told) == (meeting_id, [])
        assert proposed.meeting.link.startswith("https://meet.jit.si/CIDI-")
        assert len(proposed.meeting.room) >= 20
    with transaction(factory) as session:
        with pytest.raises(NotAllowed):
            meetings.accept(session, STRANGER, meeting_id, NOW)
        with pytest.raises(meetings.NotPossible):
            meetings.accept(session, SANTIAGO, meeting_id, NOW)  # the proposer cannot accept
        countered = meetings.counter(session, MADRID, meeting_id, start + timedelta(hours=1), NOW)
        assert countered.meeting.turn_id == SANTIAGO
    with transaction(factory) as session:
        declined = meetings.decline(session, SANTIAGO, meeting_id, NOW, "  Ya no es posible  ")
        assert declined.meeting.status == "declined"
        assert declined.meeting.message == "Ya no es posible"
        rows = session.execute(select(Delivery).where(Delivery.kind == "meeting")).scalars()
        told = [(r.user_id, r.payload["event"]) for r in rows]
    assert told == [(MADRID, "proposed"), (SANTIAGO, "proposed"), (MADRID, "declined")]


def test_nobody_is_booked_twice_and_the_second_acceptance_is_told_who_is_busy(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        other = partnership(session, HONOLULU, MADRID)
        first = meetings.propose(session, SANTIAGO, meetings.Source("partnership", partnership_id),
                                 start, 60, NOW).meeting.id  # fmt: skip
        second = meetings.propose(session, HONOLULU, meetings.Source("partnership", other),
                                  start + timedelta(minutes=45), 30, NOW).meeting.id  # fmt: skip
    with transaction(factory) as session:
        meetings.accept(session, MADRID, first, NOW)
    with transaction(factory) as session, pytest.raises(meetings.Busy) as busy:
        meetings.accept(session, MADRID, second, NOW)
    assert busy.value.who == MADRID
    with factory() as session:
        assert meetings.get(session, second).status == "proposed"  # still open to answer
        assert session.execute(select(MeetingBusy.meeting_id)).scalars().all() == [first] * 8


def test_two_processes_accepting_overlapping_meetings_at_once_end_with_exactly_one(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    """Two proposals to Madrid at overlapping times, accepted by Madrid in two processes
    at the same instant (two connections, two threads): one is booked, the other gets Busy."""
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        other = partnership(session, HONOLULU, MADRID)
        ids = [
            meetings.propose(session, SANTIAGO, meetings.Source("partnership", partnership_id),
                             start, 30, NOW).meeting.id,
            meetings.propose(session, HONOLULU, meetings.Source("partnership", other),
                             start + timedelta(minutes=15), 30, NOW).meeting.id,
        ]  # fmt: skip
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def accept(meeting_id: int) -> None:
        barrier.wait()
        try:
            with transaction(factory) as session:
                meetings.accept(session, MADRID, meeting_id, NOW)
            outcomes.append("accepted")
        except meetings.Busy as busy:
            outcomes.append(f"busy:{busy.who}")

    threads = [threading.Thread(target=accept, args=(i,)) for i in ids]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(outcomes) == ["accepted", f"busy:{MADRID}"]
    with factory() as session:
        statuses = sorted(meetings.get(session, i).status for i in ids)  # type: ignore[union-attr]
        assert statuses == ["accepted", "proposed"]
        cells = session.execute(select(MeetingBusy.user_id, MeetingBusy.cell)).all()
        assert len(cells) == len(set(cells)) == 4  # two quarters each for two people


def invitations_of(session: Session, user_id: int) -> list[Calendar]:
    rows = session.execute(
        select(Delivery).where(Delivery.user_id == user_id, Delivery.kind == "meeting")
        .order_by(Delivery.due_at, Delivery.id)
    ).scalars()  # fmt: skip
    found = []
    for row in rows:
        if row.payload["event"] != "invite":
            continue
        message = render_delivery(session, row, NOW, None)
        assert message is not None and message.document is not None
        name, content = message.document
        assert name.endswith(".ics") and len(message.text) <= 1024
        found.append(Calendar.from_ical(content))
    return found


def test_a_meeting_moved_twice_then_cancelled_sends_the_invitations_in_order(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        meeting_id = meetings.propose(session, SANTIAGO, meetings.Source("partnership",
                                      partnership_id), start, 30, NOW).meeting.id  # fmt: skip
        meetings.accept(session, MADRID, meeting_id, NOW)
    with transaction(factory) as session:
        meetings.move(session, SANTIAGO, meeting_id, start + timedelta(days=1), NOW)
    with transaction(factory) as session:
        meetings.move(session, MADRID, meeting_id, start + timedelta(days=2), NOW)
    with transaction(factory) as session:
        meetings.cancel(session, SANTIAGO, meeting_id, NOW, "Imprevisto")
    with factory() as session:
        for reader in (SANTIAGO, MADRID):
            calendars = invitations_of(session, reader)
            events = [c.walk("VEVENT")[0] for c in calendars]
            assert [str(c["METHOD"]) for c in calendars] == ["REQUEST"] * 3 + ["CANCEL"]
            assert [int(e["SEQUENCE"]) for e in events] == [0, 1, 2, 3]
            assert len({str(e["UID"]) for e in events}) == 1
            starts = [e.decoded("DTSTART") for e in events]
            assert starts[:3] == [start, start + timedelta(days=1), start + timedelta(days=2)]
            assert str(events[-1]["STATUS"]) == "CANCELLED"
            assert str(events[0]["LOCATION"]).startswith("https://meet.jit.si/CIDI-")
        assert session.execute(select(MeetingBusy)).first() is None  # nobody booked any more


def test_the_reminder_goes_fifteen_minutes_before_and_only_for_the_time_it_has_now(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        meeting_id = meetings.propose(session, SANTIAGO, meetings.Source("partnership",
                                      partnership_id), start, 30, NOW).meeting.id  # fmt: skip
        meetings.accept(session, MADRID, meeting_id, NOW)
        meetings.move(session, MADRID, meeting_id, start + timedelta(hours=1), NOW)
    with factory() as session:
        reminders = list(session.execute(select(Delivery).where(Delivery.kind == "meeting"))
                         .scalars())  # fmt: skip
        reminders = [r for r in reminders if r.payload["event"] == "reminder"]
        said = {
            (r.user_id, r.due_at): render_delivery(session, r, r.due_at, None) for r in reminders
        }
    old, new = start - meetings.REMINDER, start + timedelta(minutes=45)
    assert {due for _, due in said} == {old, new}
    assert all((message is None) == (due == old) for (_, due), message in said.items())
    spanish = said[(SANTIAGO, new)]
    assert spanish is not None and "11:00–11:30" in spanish.text  # 14:00 UTC in Santiago (UTC−3)
    assert "America/Santiago" in spanish.text


def test_once_over_a_party_says_it_was_held_and_the_figures_count_it(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        meeting_id = meetings.propose(session, SANTIAGO, meetings.Source("partnership",
                                      partnership_id), start, 30, NOW).meeting.id  # fmt: skip
        meetings.accept(session, MADRID, meeting_id, NOW)
        meetings.propose(session, MADRID, meetings.Source("partnership", partnership_id),
                         start + timedelta(days=1), 30, NOW)  # fmt: skip
        with pytest.raises(meetings.NotPossible):
            meetings.mark_held(session, MADRID, meeting_id, True, NOW)  # not over yet
    later = start + timedelta(hours=2)
    with transaction(factory) as session:
        coming, past = meetings.of_user(session, SANTIAGO, later)
        assert [m.id for m in past] == [meeting_id] and len(coming) == 1
        meetings.mark_held(session, SANTIAGO, meeting_id, True, later)
        with pytest.raises(meetings.NotPossible):
            meetings.mark_held(session, MADRID, meeting_id, False, later)  # said once
        assert meetings.counts(session) == {"proposed": 2, "accepted": 1, "held": 1}
        assert [m.id for m in meetings.held_of_partnership(session, partnership_id)] == [meeting_id]
        assert session.get(Meeting, meeting_id).status == "held"  # type: ignore[union-attr]


def test_forgetting_a_party_cancels_their_coming_meetings_and_tells_the_other(
    pair: tuple[sessionmaker[Session], int],
) -> None:
    factory, partnership_id = pair
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    with transaction(factory) as session:
        meeting_id = meetings.propose(session, SANTIAGO, meetings.Source("partnership",
                                      partnership_id), start, 30, NOW).meeting.id  # fmt: skip
        meetings.accept(session, MADRID, meeting_id, NOW)
        delegates.forget(session, SANTIAGO, NOW)
    with factory() as session:
        assert session.get(Meeting, meeting_id).status == "cancelled"  # type: ignore[union-attr]
        assert session.execute(select(MeetingBusy)).first() is None
        calendars = invitations_of(session, MADRID)
        assert [str(c["METHOD"]) for c in calendars] == ["REQUEST", "CANCEL"]
