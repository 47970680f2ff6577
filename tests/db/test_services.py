"""The core's actions called directly, as each front end calls them: contact requests and
their answers, partnership stages, check-ins, console sign-in. Each rule is stated once
here, without the chat or the console around it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import connections, followups, invitations, partnerships, review, roles, signin
from storage.db import transaction
from storage.models import Connection, ContactBlock, Delivery, Partnership, PartnershipEvent
from storage.rights import NotAllowed
from tests.db.people import NOW, OFFER, entry_input, register

SECRETARIAT, OWNER, ASKER, OTHER = 1, 2, 3, 4


@pytest.fixture
def offer(factory: sessionmaker[Session]) -> tuple[sessionmaker[Session], int]:
    """Four registered people and one approved offer of OWNER's."""
    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, OTHER, language="es")
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        entry = review.submit(session, OWNER, entry_input("offer", OFFER, "es"), NOW).entry
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
        second = review.submit(session, OWNER, entry_input("offer", OFFER, "es"), NOW).entry
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


def test_an_approval_records_its_matches_whichever_front_end_approved(
    factory: sessionmaker[Session],
) -> None:
    """The catalogue index belongs to the core: review.decide takes none from its caller,
    and still records the pair an approval makes and tells both owners."""
    from storage.models import MatchPair

    need = dict(OFFER, title="Telemedicina para clínicas rurales",
                description="Buscamos formación de enfermeras en telemedicina.")  # fmt: skip
    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, language="es")
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        for who, kind, text in ((OWNER, "offer", OFFER), (ASKER, "need", need)):
            entry = review.submit(session, who, entry_input(kind, text, "es"), NOW).entry
            review.decide(session, SECRETARIAT, entry.id, entry.version, "approve", None, NOW)
    with factory() as session:
        assert session.execute(select(func.count()).select_from(MatchPair)).scalar_one() == 1
        told = session.execute(select(Delivery.user_id, Delivery.payload)).all()
        assert sorted(u for u, p in told if p.get("about") == "match-new") == [OWNER, ASKER]


def test_a_broadcast_goes_from_scheduled_to_sending_to_done_and_counts_what_became_of_each(
    factory: sessionmaker[Session],
) -> None:
    """broadcasts.advance and progress, as the chat's progress message and the console's
    list read them: a blocked recipient counts as blocked, not as failed or left."""
    from scheduler import broadcasts
    from storage import outbox

    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, OTHER)
        roles.grant(session, SECRETARIAT, "organiser", NOW)
        draft = broadcasts.Draft(texts={"en": "Room B"}, language="en",
                                 at=NOW + timedelta(hours=1))  # fmt: skip
        b_id = broadcasts.create(session, SECRETARIAT, draft, NOW, None, 15).id
    with transaction(factory) as session:
        assert broadcasts.advance(session, NOW) == []  # not yet its time
        assert broadcasts.get(session, b_id).status == "scheduled"  # type: ignore[union-attr]
        assert outbox.claim(session, "w", NOW, 10) == []  # its rows wait for their time too
    later = NOW + timedelta(hours=1, minutes=1)
    with transaction(factory) as session:
        ((moving, progress),) = broadcasts.advance(session, later)
        assert moving.status == "sending" and progress.left == progress.total == 4
        rows = outbox.claim(session, "w", later, 10)
        assert len(rows) == 4
        outbox.mark_sent(session, rows[0].id, "w", later)
        outbox.mark_sent(session, rows[1].id, "w", later)
        outbox.mark_failed(session, rows[2].id, "w", "blocked")
        outbox.mark_failed(session, rows[3].id, "w", "timed out, three times")
    with transaction(factory) as session:
        ((done, progress),) = broadcasts.advance(session, later)
        assert done.status == "done" and done.finished_at is not None
        assert (progress.sent, progress.blocked, progress.failed, progress.left) == (2, 1, 1, 0)
        assert broadcasts.cancel(session, b_id, later, by=SECRETARIAT) is False  # it is over


def test_a_cancelled_broadcast_sends_nothing_more_and_what_was_sent_stays_sent(
    factory: sessionmaker[Session],
) -> None:
    from scheduler import broadcasts
    from storage import outbox

    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, OTHER)
        roles.grant(session, SECRETARIAT, "organiser", NOW)
        draft = broadcasts.Draft(texts={"en": "Room B"}, language="en")
        b_id = broadcasts.create(session, SECRETARIAT, draft, NOW, None, 15).id
        first = outbox.claim(session, "w", NOW, 1)
        outbox.mark_sent(session, first[0].id, "w", NOW)
    with transaction(factory) as session:
        assert broadcasts.cancel(session, b_id, NOW, by=SECRETARIAT) is True
    with transaction(factory) as session:
        assert outbox.claim(session, "w", NOW, 10) == []
        progress = broadcasts.progress(session, b_id)
        assert (progress.sent, progress.cancelled, progress.failed, progress.left) == (1, 3, 0, 0)
        assert broadcasts.get(session, b_id).status == "cancelled"  # type: ignore[union-attr]


def test_the_secretariat_hears_of_waiting_entries_once_at_once_then_once_per_window(
    factory: sessionmaker[Session],
) -> None:
    """Ten submissions in five minutes: one notice at once and one summary at the window's
    end per secretariat member, not ten; a member who left hears nothing."""
    from catalogue import delegates, notices

    with transaction(factory) as session:
        register(session, SECRETARIAT, OTHER, OWNER)
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        roles.grant(session, OTHER, "secretariat", NOW)
        delegates.set_active(session, OTHER, False, NOW)  # blocked the bot
        due = [notices.tell_secretariat_batched(session, "entries-waiting",
                                                NOW + timedelta(seconds=20 * i))
               for i in range(10)]  # fmt: skip
    assert [len(d) for d in due] == [1] + [0] * 9
    with factory() as session:
        rows = session.execute(select(Delivery.user_id, Delivery.due_at)).all()
    assert sorted(uid for uid, _ in rows) == [SECRETARIAT, SECRETARIAT]
    assert max(due_at for _, due_at in rows).replace(tzinfo=None) == datetime(2021, 12, 2, 15, 5)


def told(session: Session, about: str) -> list[tuple[int, int]]:
    """(reader, partnership) of every notice of one kind in the outbox."""
    rows = session.execute(select(Delivery.user_id, Delivery.payload)).all()
    return sorted(
        (uid, payload["partnership"]) for uid, payload in rows if payload.get("about") == about
    )


def test_a_move_a_note_and_a_third_party_are_told_to_the_other_party_not_to_the_mover(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    pid = partnership_of(factory, entry_id)
    with transaction(factory) as session:
        moved = partnerships.move(session, ASKER, pid, "agreed", NOW, note="Firmamos el acuerdo")
        assert len(moved.told) == 1
        assert told(session, "partnership-moved") == [(OWNER, pid)]
        partnerships.note(session, OWNER, pid, "Primera misión en marzo", NOW)
        assert told(session, "partnership-noted") == [(ASKER, pid)]
        partnerships.name_third_party(session, ASKER, pid, "AECID", "facilitator", NOW)
        assert told(session, "partnership-third-party") == [(OWNER, pid)]
        # The secretariat is no party: both parties hear of its move.
        partnerships.move(session, SECRETARIAT, pid, "dropped", NOW, reason="no_funding")
        assert told(session, "partnership-moved") == sorted(
            [(OWNER, pid), (ASKER, pid), (OWNER, pid)]
        )
        # A notice names the rows, never the words: they are read when it is sent.
        payloads = session.execute(select(Delivery.payload)).scalars()
        assert not any("Firmamos" in str(p) or "marzo" in str(p) for p in payloads)


def test_each_party_answers_their_own_check_in_after_the_other_moved_it_on(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    factory, entry_id = offer
    pid = partnership_of(factory, entry_id)
    horizon = followups.horizon(None, NOW.date())
    with transaction(factory) as session:
        followups.advance(session, NOW + timedelta(days=31), horizon)  # both are asked
    with transaction(factory) as session:
        first = followups.answer(session, ASKER, pid, "agreed", NOW + timedelta(days=31))
        assert not first.overtaken and first.partnership.stage == "agreed"
    with transaction(factory) as session:  # the owner's tap, from the check-in sent at talking
        second = followups.answer(session, OWNER, pid, "talking", NOW + timedelta(days=32))
        assert second.overtaken and second.partnership.stage == "agreed"  # nothing moved back
    with pytest.raises(partnerships.NotPossible), transaction(factory) as session:
        followups.answer(session, OWNER, pid, "completed", NOW)  # a step skipped stays refused
    with transaction(factory) as session:
        followups.answer(session, ASKER, pid, "dropped", NOW + timedelta(days=33), "no_funding")
    with transaction(factory) as session:  # ended by the other: still an answer, not an error
        last = followups.answer(session, OWNER, pid, "dropped", NOW + timedelta(days=34), "other")
        assert last.overtaken and last.partnership.drop_reason == "no_funding"
    with factory() as session:
        for party in (ASKER, OWNER):
            state = followups.state_of(session, pid, party)
            assert state.unanswered == 0 and not state.reminded
        stages = [e.stage for e in partnerships.history(session, pid)]
        assert stages == ["talking", "agreed", "dropped"]


def test_forgetting_a_party_erases_every_note_of_their_partnerships_and_keeps_the_stages(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    from catalogue import delegates

    factory, entry_id = offer
    pid = partnership_of(factory, entry_id)
    with transaction(factory) as session:
        partnerships.note(session, ASKER, pid, "Llamar a Ana al +56 9 5555 0101", NOW)
        partnerships.note(session, OWNER, pid, "Documento enviado a Ana", NOW)  # names her too
        partnerships.name_third_party(session, OWNER, pid, "Ana's cousin Luis", "facilitator", NOW)
        partnerships.move(session, ASKER, pid, "dropped", NOW, "other", "Ana cambió de puesto")
    with transaction(factory) as session:
        delegates.forget(session, ASKER, NOW)
    with factory() as session:
        partnership = session.get(Partnership, pid)
        assert partnership is not None and partnership.drop_reason == "other"
        assert (partnership.third_party, partnership.third_role) == (None, "facilitator")
        steps = [(s.kind, s.actor_id, s.reason, s.note)
                 for s in partnerships.steps(session, partnership)]  # fmt: skip
        assert steps == [
            ("start", None, None, None),
            ("note", ASKER, None, None),
            ("note", OWNER, None, None),  # the partner's words about their work together
            ("drop", ASKER, "other", None),
        ]


def test_a_reported_request_is_listed_as_reported_and_ownerless_sides_by_what_they_are(
    offer: tuple[sessionmaker[Session], int], tmp_path: Path
) -> None:
    from catalogue import delegates
    from catalogue import io as catalogue_io

    factory, entry_id = offer
    reported = ask(factory, entry_id)
    with transaction(factory) as session:
        connections.answer(session, OWNER, reported, "report", NOW)
    path = tmp_path / "survey.csv"
    path.write_text(
        "external_id,kind,title,description,area,cooperation_type,modality,countries,"
        "time_frame,language,organisation,owner_country\n"
        "s1,offer,Vigilancia epidemiológica,Formación de equipos de vigilancia,health,"
        "technical_assistance,south_south,CL,short,es,Ministerio de Salud,CL\n",
        encoding="utf-8",
    )
    good, problems = catalogue_io.prepare(catalogue_io.read(path))
    assert problems == []
    with transaction(factory) as session:
        imported = catalogue_io.import_rows(session, good, "survey", NOW, approved=True)
    to_catalogue = ask(factory, imported.published[0], OTHER)
    forgotten_owner = ask(factory, entry_id, OTHER)
    with transaction(factory) as session:
        delegates.forget(session, OWNER, NOW)
    with factory() as session:
        listed = {c.id: c for c in connections.listing(session)}
    assert listed[reported].status == "reported"
    assert (listed[to_catalogue].owner, listed[to_catalogue].owner_kind) == (None, "catalogue")
    assert (listed[forgotten_owner].owner, listed[forgotten_owner].owner_kind) == (
        None,
        "forgotten",
    )


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


def test_the_secretariat_bars_a_delegate_from_contact_requests_and_lifts_it(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    """After a report, the secretariat may stop someone writing to anyone: refused when
    they tap "I'm interested", requests already sent untouched; only the secretariat may."""
    factory, entry_id = offer
    with transaction(factory) as session, pytest.raises(NotAllowed):
        connections.bar(session, OTHER, ASKER, True, NOW)
    with transaction(factory) as session:
        assert connections.bar(session, SECRETARIAT, ASKER, True, NOW) is True
        assert connections.bar(session, SECRETARIAT, ASKER, True, NOW) is False  # already
    with pytest.raises(connections.ConnectionRefused) as refused, factory() as session:
        connections.check(session, ASKER, entry_id, NOW)
    assert refused.value.reason == "barred"
    with transaction(factory) as session:
        assert connections.bar(session, SECRETARIAT, ASKER, False, NOW) is True
    ask(factory, entry_id)  # lifted: the request goes through


def test_a_decision_an_answer_or_a_stage_the_core_does_not_know_changes_nothing(
    offer: tuple[sessionmaker[Session], int],
) -> None:
    """Each front end parses into the core's enums; a word it let through by mistake (a forged
    form, an old button) is still refused by the core before anything is written."""
    factory, entry_id = offer
    with transaction(factory) as session:
        other = review.submit(session, OTHER, entry_input("offer", OFFER, "es"), NOW).entry
        review.decide(session, SECRETARIAT, other.id, other.version, "approve", None, NOW)
    connection_id = ask(factory, other.id)
    with transaction(factory) as session:
        pending = review.submit(session, OWNER, entry_input("need", OFFER, "es"), NOW).entry.id
    bad_calls = [
        lambda s: review.decide(s, SECRETARIAT, pending, 1, "publish", None, NOW),  # type: ignore[arg-type]
        lambda s: connections.answer(s, OTHER, connection_id, "ignore", NOW),  # type: ignore[arg-type]
    ]
    for call in bad_calls:
        with pytest.raises(ValueError), transaction(factory) as session:
            call(session)
    with factory() as session:
        assert session.get(Connection, connection_id).status == "requested"  # type: ignore[union-attr]
        assert review.queue_size(session) == 1
    partnership_id = partnership_of(factory, entry_id)  # the request above, accepted
    for stage, reason in (("signed", None), ("dropped", "bored")):
        with pytest.raises(partnerships.NotPossible), transaction(factory) as session:
            partnerships.move(session, OWNER, partnership_id, stage, NOW, reason)  # type: ignore[arg-type]
    with factory() as session:
        assert session.get(Partnership, partnership_id).stage == "talking"  # type: ignore[union-attr]
