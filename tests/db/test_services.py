"""The core's actions called directly, as each front end calls them: contact requests and
their answers, partnership stages, check-ins, console sign-in. Each rule is stated once
here, without the chat or the console around it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import connections, followups, invitations, partnerships, review, roles, signin
from storage.db import transaction
from storage.models import Connection, ContactBlock, Delivery, Partnership, PartnershipEvent
from storage.rights import NotAllowed
from tests.db.people import NOW, OFFER, register

SECRETARIAT, OWNER, ASKER, OTHER = 1, 2, 3, 4


@pytest.fixture
def offer(factory: sessionmaker[Session]) -> tuple[sessionmaker[Session], int]:
    """Four registered people and one approved offer of OWNER's."""
    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, OTHER, language="es")
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        entry = review.submit(session, OWNER, "offer", OFFER, "es", NOW).entry
        review.decide(session, SECRETARIAT, entry.id, entry.version, "approve", None, NOW)
        entry_id = entry.id
    return factory, entry_id


def ask(factory: sessionmaker[Session], entry_id: int, who: int = ASKER, daily: int = 10) -> int:
    with transaction(factory) as session:
        done = connections.request(session, who, entry_id, "Hola", NOW, daily)
        return done.connection.id


def test_a_contact_request_reaches_the_owner_once_and_is_refused_when_it_cannot_be(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    ask(factory, entry_id)
    for who, reason in ((ASKER, "already"), (OWNER, "own")):
        with pytest.raises(connections.ConnectionRefused) as refused:
            ask(factory, entry_id, who)
        assert refused.value.reason == reason
    with pytest.raises(connections.ConnectionRefused) as refused:
        ask(factory, entry_id, OTHER, daily=0)
    assert refused.value.reason == "cap"
    with pytest.raises(connections.ConnectionRefused) as refused:
        ask(factory, entry_id + 1000)
    assert refused.value.reason == "gone"
    with factory() as session:
        assert session.execute(select(func.count()).select_from(Connection)).scalar_one() == 1
        told = session.execute(
            select(func.count()).where(Delivery.user_id == OWNER, Delivery.kind == "tell")
        ).scalar_one()
        assert told >= 1


def test_the_days_cap_is_known_before_a_message_is_written_and_nothing_is_recorded(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    """ "I'm interested" asks the core first: past the cap the delegate is refused at the tap,
    the same rule as when the request is recorded, and checking records nothing."""
    factory, entry_id = offer
    with factory() as session:
        assert connections.check(session, ASKER, entry_id, NOW, daily=1).id == entry_id
    with transaction(factory) as session:
        second = review.submit(session, OWNER, "offer", OFFER, "es", NOW).entry
        review.decide(session, SECRETARIAT, second.id, second.version, "approve", None, NOW)
        second_id = second.id
    ask(factory, entry_id, daily=1)
    with factory() as session, pytest.raises(connections.ConnectionRefused) as refused:
        connections.check(session, ASKER, second_id, NOW, daily=1)
    assert refused.value.reason == "cap"
    with factory() as session:  # tomorrow the count starts again
        assert connections.check(session, ASKER, second_id, NOW + timedelta(days=1), daily=1)
        assert session.execute(select(func.count()).select_from(Connection)).scalar_one() == 1


def test_accepting_starts_a_partnership_and_tells_both_sides(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    connection_id = ask(factory, entry_id)
    with transaction(factory) as session:
        assert (
            connections.answer(session, ASKER, connection_id, "accept", NOW) is None
        )  # not theirs
        answered = connections.answer(session, OWNER, connection_id, "accept", NOW)
        assert answered is not None and len(answered.told) >= 2
        assert connections.answer(session, OWNER, connection_id, "decline", NOW) is None  # done
    with factory() as session:
        partnership = session.execute(select(Partnership)).scalar_one()
        assert partnership.stage == partnerships.Stage.TALKING


def test_reporting_blocks_the_requester_and_tells_only_the_secretariat(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    connection_id = ask(factory, entry_id)
    with transaction(factory) as session:
        answered = connections.answer(session, OWNER, connection_id, "report", NOW)
    assert answered is not None
    with factory() as session:
        assert session.get(ContactBlock, (OWNER, ASKER)) is not None
        to_asker = session.execute(
            select(func.count()).where(Delivery.user_id == ASKER)
        ).scalar_one()
        assert to_asker == 0  # the requester is not told they were reported
    with pytest.raises(connections.ConnectionRefused) as refused:
        ask(factory, entry_id)
    assert refused.value.reason in ("blocked", "already")
    with factory() as session:  # what the secretariat reads from the report's button
        record = connections.record_of(session, SECRETARIAT, ASKER)
        assert record is not None and record.person.user_id == ASKER
        assert (record.sent, record.accepted, record.blocked_by, record.reported_by) == (1, 0, 1, 1)
        with pytest.raises(NotAllowed):
            connections.record_of(session, OWNER, ASKER)  # not for a delegate's eyes


def partnership_of(factory: sessionmaker[Session], entry_id: int) -> int:
    connection_id = ask(factory, entry_id)
    with transaction(factory) as session:
        connections.answer(session, OWNER, connection_id, "accept", NOW)
        return session.execute(select(Partnership.id)).scalar_one()


def test_a_partnership_moves_one_stage_at_a_time_by_its_parties_or_the_secretariat(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    pid = partnership_of(factory, entry_id)
    for who, stage in ((OTHER, "agreed"), (ASKER, "implementing"), (ASKER, "talking")):
        with pytest.raises((NotAllowed, partnerships.NotPossible)), transaction(factory) as s:
            partnerships.move(s, who, pid, stage, NOW)
    with pytest.raises(partnerships.NotPossible), transaction(factory) as s:
        partnerships.move(s, ASKER, pid, "dropped", NOW, reason="because")  # not a listed reason
    for who, stage in ((ASKER, "agreed"), (OWNER, "implementing"), (SECRETARIAT, "completed")):
        with transaction(factory) as s:
            partnerships.move(s, who, pid, stage, NOW)
    with pytest.raises(partnerships.NotPossible), transaction(factory) as s:
        partnerships.move(s, OWNER, pid, "dropped", NOW, reason="no_funding")  # final
    with factory() as session:
        stages = session.execute(
            select(PartnershipEvent.stage).order_by(PartnershipEvent.id)
        ).scalars()
        assert list(stages) == ["talking", "agreed", "implementing", "completed"]


def test_answering_a_check_in_starts_the_count_of_unanswered_again(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    pid = partnership_of(factory, entry_id)
    horizon = followups.horizon(None, NOW.date())
    for days in (31, 91):
        with transaction(factory) as session:
            followups.advance(session, NOW + timedelta(days=days), horizon)
    with factory() as session:
        state = followups.state_of(session, pid, ASKER)
        assert state.unanswered == 2 and state.sent == 2
    with transaction(factory) as session:
        followups.answer(session, ASKER, pid, "talking", NOW + timedelta(days=92), note="Bien")
    with factory() as session:
        state = followups.state_of(session, pid, ASKER)
        assert state.unanswered == 0 and not state.reminded
    with pytest.raises(NotAllowed), transaction(factory) as session:
        followups.answer(session, OTHER, pid, "agreed", NOW)  # not a party


def test_a_console_link_opens_one_session_once_before_it_expires(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, _ = offer
    with pytest.raises(signin.LinkRefused), transaction(factory) as session:
        signin.issue_link(session, ASKER, NOW)  # a delegate has no console
    with transaction(factory) as session:
        token = signin.issue_link(session, SECRETARIAT, NOW, "pt")
        late = signin.issue_link(session, SECRETARIAT, NOW)
    with transaction(factory) as session:
        opened = signin.redeem(session, token, NOW + timedelta(minutes=1))
        assert signin.current(session, opened.session_id, NOW + timedelta(minutes=2))
    for used, when in ((token, NOW), (late, NOW + signin.LINK_LIFETIME), ("x" * 30, NOW)):
        with pytest.raises(signin.LinkRefused), transaction(factory) as session:
            signin.redeem(session, used, when)
    with factory() as session:
        assert signin.current(session, opened.session_id, NOW + signin.IDLE * 2) is None


def test_an_invitation_used_tells_its_maker_who_opened_it_once(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, _ = offer
    with transaction(factory) as session:
        token = roles.invite(session, "organiser", SECRETARIAT, NOW).token
    with transaction(factory) as session:
        outcome, role, told = invitations.redeem(session, token, OTHER, NOW)
    assert (outcome, role, len(told)) == ("ok", "organiser", 1)
    with transaction(factory) as session:
        assert invitations.redeem(session, token, ASKER, NOW)[::2] == ("used", [])
    with factory() as session:
        notice = session.execute(select(Delivery).where(Delivery.key == told[0])).scalar_one()
        assert notice.user_id == SECRETARIAT
        assert notice.payload == {"about": "invitation-used", "role": "organiser", "user": OTHER}
