"""Every privileged service checks the right itself, from one table (storage.rights): a
caller without it is refused and nothing changes, whichever front end called; the rules
that went with a right (not one's own role, a reason unless approving, a withdrawal reason
never cut) are the core's too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, entries, review, roles
from catalogue import io as catalogue_io
from scheduler import agenda_store, broadcasts
from scheduler.agenda import default_text
from storage.db import transaction
from storage.models import AuditEntry, Broadcast, Delegate, Entry, Invitation, Meta, Role
from storage.rights import RIGHTS, Action, NotAllowed, allowed
from tests.db.people import NOW, OFFER, entry_input, register

SECRETARIAT, ORGANISER, DELEGATE, OTHER = 1, 2, 3, 4


@pytest.fixture
def people(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """A secretariat member, an organiser, two registered delegates and one pending entry."""
    with transaction(factory) as session:
        register(session, SECRETARIAT, ORGANISER, DELEGATE, OTHER)
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        roles.grant(session, ORGANISER, "organiser", NOW)
        review.submit(session, DELEGATE, entry_input("offer", OFFER, "en"), NOW)
    return factory


def snapshot(session: Session) -> tuple[Any, ...]:
    """What a refused action must leave as it was."""
    counts = tuple(
        session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in (Role, Invitation, Broadcast, Meta)
    )
    entry = session.execute(select(Entry.status, Entry.version)).one()
    verified = session.execute(select(func.count()).where(Delegate.verified.is_(True))).scalar_one()
    audits = session.execute(
        select(func.count()).where(AuditEntry.action != "refused")
    ).scalar_one()
    return counts, tuple(entry), verified, audits


def held(factory: sessionmaker[Session], user_id: int) -> set[str]:
    with factory() as session:
        return roles.roles_of(session, user_id)


def entry_id(session: Session) -> tuple[int, int]:
    entry = session.execute(select(Entry)).scalar_one()
    return entry.id, entry.version


ACTIONS: dict[str, tuple[Action, Callable[[Session, int], Any]]] = {
    "review.decide": (Action.REVIEW, lambda s, by: review.decide(
        s, by, *entry_id(s), "approve", None, NOW)),
    "review.correct": (Action.REVIEW, lambda s, by: review.correct(
        s, by, entry_id(s)[0], {"time_frame": "medium"}, NOW)),
    "review.withdraw": (Action.REVIEW, lambda s, by: review.withdraw(
        s, by, entry_id(s)[0], "Duplicate.", NOW)),
    "roles.grant": (Action.MANAGE_ROLES, lambda s, by: roles.grant(
        s, OTHER, "organiser", NOW, by=by)),
    "roles.revoke": (Action.MANAGE_ROLES, lambda s, by: roles.revoke(
        s, ORGANISER, "organiser", NOW, by=by)),
    "roles.invite": (Action.MANAGE_ROLES, lambda s, by: roles.invite(s, "organiser", by, NOW)),
    "delegates.set_verified": (Action.VERIFY, lambda s, by: delegates.set_verified(
        s, OTHER, True, by, NOW)),
    "broadcasts.create": (Action.BROADCAST, lambda s, by: broadcasts.create(s, by, broadcasts.Draft(texts={"en": "Hello"}, language="en"), NOW, None, 15)),
    "agenda_store.stage": (Action.AGENDA, lambda s, by: agenda_store.stage(
        s, by, default_text().replace("start: 2021-12-03 10:00", "start: 2021-12-03 10:30").encode())),
    "io.export": (Action.EXPORT, lambda s, by: catalogue_io.export(s, by, NOW, "all")),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_a_caller_without_the_right_is_refused_and_nothing_changes(
    people: sessionmaker[Session], name: str
) -> None:
    action, call = ACTIONS[name]
    with people() as session:
        before = snapshot(session)
    for who in (DELEGATE, ORGANISER, SECRETARIAT):
        if allowed(held(people, who), action):
            continue
        with pytest.raises(NotAllowed), transaction(people) as session:
            call(session, who)
        with people() as session:
            assert snapshot(session) == before, (name, who)
    holder = next(u for u in (ORGANISER, SECRETARIAT)
                  if allowed(held(people, u), action))  # fmt: skip
    with transaction(people) as session:
        call(session, holder)  # the right holder may
    with people() as session:
        assert snapshot(session) != before


def test_every_action_of_the_table_is_checked_by_a_service() -> None:
    checked = {action for action, _ in ACTIONS.values()}
    # BROKER is the partnerships' (tests/bot/test_partnerships.py), FIGURES the front ends',
    # CONSOLE the sign-in's (signin.issue_link refuses a link: tests/web/test_console.py),
    # the READ_ ones the pages' (tests/web/test_read_rights.py)
    reading = {Action.READ_CATALOGUE, Action.READ_SUBMISSIONS, Action.READ_PEOPLE}
    assert checked | {Action.BROKER, Action.FIGURES, Action.CONSOLE} | reading == set(RIGHTS)


def test_the_operator_at_the_command_line_needs_no_role(people: sessionmaker[Session]) -> None:
    with transaction(people, via="cli") as session:
        assert roles.grant(session, OTHER, "secretariat", NOW, by=None)
        rows = catalogue_io.export(session, None, NOW, "all")
    with people() as session:
        assert len(rows) == 1
        last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars()
        export = next(a for a in last if a.action == "export")
        assert export.via == "cli" and export.actor_id is None  # the export recorded itself


def test_nobody_withdraws_their_own_role(people: sessionmaker[Session]) -> None:
    with pytest.raises(NotAllowed) as refused, transaction(people) as session:
        roles.revoke(session, SECRETARIAT, "secretariat", NOW, by=SECRETARIAT)
    assert refused.value.why == "own-role"
    with people() as session:
        assert "secretariat" in roles.roles_of(session, SECRETARIAT)


@pytest.mark.parametrize("decision", ["request_changes", "reject"])
def test_asking_for_changes_or_rejecting_needs_a_reason(
    people: sessionmaker[Session], decision: str
) -> None:
    for reason in (None, "", "   ", "x" * (entries.REASON_MAX + 1), "preset:nonsense"):
        with pytest.raises(review.ReasonNeeded), transaction(people) as session:
            review.decide(session, SECRETARIAT, *entry_id(session), decision, reason, NOW)
    with people() as session:
        assert session.execute(select(Entry.status)).scalar_one() == "pending"
    with transaction(people) as session:
        review.decide(session, SECRETARIAT, *entry_id(session), decision, "preset:duplicate",
                      NOW)  # fmt: skip


def test_a_withdrawal_reason_is_refused_when_too_long_never_cut(
    people: sessionmaker[Session],
) -> None:
    long = "y" * (entries.REASON_MAX + 1)
    for reason in ("", long):
        with pytest.raises(review.ReasonNeeded), transaction(people) as session:
            review.withdraw(session, SECRETARIAT, entry_id(session)[0], reason, NOW)
    with people() as session:
        assert session.execute(select(Entry.status)).scalar_one() == "pending"


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        ({"en": "<b>Welcome</i>"}, "broadcast-bad-html"),
        ({"en": "Fine", "fr": "Tarif < 5 & plus"}, "broadcast-bad-html"),
        ({"en": "   "}, "error-empty"),
        ({"en": "x" * 4097}, "error-too-long"),
        ({}, "web-broadcast-no-text"),
    ],
    ids=["unclosed tag", "a bare < in one language", "empty", "over 4,096", "no text"],
)
def test_a_broadcast_telegram_would_refuse_is_refused_by_the_core_whoever_sends_it(
    people: sessionmaker[Session], texts: dict[str, str], key: str
) -> None:
    with pytest.raises(broadcasts.BroadcastRefused) as refused, transaction(people) as session:
        draft = broadcasts.Draft(texts=texts, language="en")
        broadcasts.create(session, ORGANISER, draft, NOW, None, 15)
    assert refused.value.key == key
    with people() as session:
        assert session.execute(select(func.count()).select_from(Broadcast)).scalar_one() == 0


@pytest.mark.parametrize(
    ("audience", "key"),
    [
        ({"type": "everyone"}, "web-bad-input"),
        ({"type": "role", "value": "president"}, "web-audience-value"),
        ({"type": "language", "value": "de"}, "web-audience-value"),
        ({"type": "country"}, "web-audience-value"),
        ({"type": "country", "value": "<script>"}, "web-audience-value"),
        ({"type": "all", "value": "CL"}, "web-audience-value"),
    ],
    ids=["unknown type", "no such role", "not an OAS language", "no country", "not a code",
         "a value for everyone"],
)  # fmt: skip
def test_an_audience_that_cannot_be_is_refused_by_the_core_as_any_front_end_builds_it(
    audience: dict[str, str], key: str
) -> None:
    with pytest.raises(broadcasts.BroadcastRefused) as refused:
        broadcasts.Audience.model_validate(audience)
    assert refused.value.key == key


def test_an_audience_nobody_is_in_is_refused_when_chosen_and_when_sent(
    people: sessionmaker[Session],
) -> None:
    """A country without delegates is a well-formed audience that reaches nobody: refused
    when counted (the chat says so at once) and never stored."""
    nowhere = broadcasts.Audience(type="country", value="JM")
    with people() as session:
        with pytest.raises(broadcasts.BroadcastRefused) as refused:
            broadcasts.check_reaches(session, nowhere, None, 15)
        assert refused.value.key == "broadcast-nobody"
        assert broadcasts.check_reaches(session, broadcasts.Audience(), None, 15) >= 1
    with pytest.raises(broadcasts.BroadcastRefused), transaction(people) as session:
        draft = broadcasts.Draft(texts={"en": "Hi"}, language="en", audience=nowhere)
        broadcasts.create(session, ORGANISER, draft, NOW, None, 15)


@pytest.mark.parametrize(
    ("typed", "key"),
    [("tomorrow morning", "broadcast-time-format"), ("2021-12-01 10:00", "broadcast-time-past"),
     ("2022-03-01 10:00", "broadcast-time-far")],
)  # fmt: skip
def test_a_typed_time_is_read_in_the_zone_given_and_refused_when_it_cannot_be(
    typed: str, key: str
) -> None:
    moment = broadcasts.read_time("2021-12-02 12:30", "America/Bogota", NOW)
    assert moment == datetime(2021, 12, 2, 17, 30, tzinfo=UTC)  # Bogotá is UTC−5
    assert broadcasts.read_time("2021-12-02T12:30", "America/Bogota", NOW) == moment  # a browser
    with pytest.raises(broadcasts.BroadcastRefused) as refused:
        broadcasts.read_time(typed, "America/Bogota", NOW)
    assert refused.value.key == key


def test_an_organisers_time_is_read_in_their_own_zone_else_the_meetings(
    people: sessionmaker[Session],
) -> None:
    from scheduler.agenda import parse

    meeting = parse(default_text())[0]
    with transaction(people) as session:
        assert broadcasts.zone_of(session, ORGANISER, meeting) == "America/Santiago"
        assert broadcasts.zone_of(session, 999_999, meeting) == meeting.timezone
