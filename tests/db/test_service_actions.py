"""The core's smaller actions called directly, as a chat button or a console form calls them:
each does what it says for its owner, and nothing for anyone else or for a value it does not
know. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, followup_state, matches, review, roles, searches
from catalogue.entries import Decision
from storage.db import transaction
from storage.models import MatchPair
from tests.db.people import NOW, OFFER, entry_input, register

SECRETARIAT, NEEDER, OFFERER, STRANGER = 1, 2, 3, 4


def test_a_match_is_dismissed_on_its_dismisser_side_only_and_by_no_one_else(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        register(session, SECRETARIAT, NEEDER, OFFERER, STRANGER)
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        for owner, kind in ((OFFERER, "offer"), (NEEDER, "need")):
            entry = review.submit(session, owner, entry_input(kind, OFFER), NOW).entry
            review.decide(session, SECRETARIAT, entry.id, entry.version, Decision.APPROVE, None,
                          NOW)  # fmt: skip
    with factory() as session:
        pair_id = session.execute(select(MatchPair.id)).scalar_one()
    with transaction(factory) as session:
        assert not matches.dismiss(session, STRANGER, pair_id, NOW)
        assert not matches.dismiss(session, NEEDER, pair_id + 1000, NOW)
        assert matches.dismiss(session, NEEDER, pair_id, NOW)
    with factory() as session:
        pair = session.get(MatchPair, pair_id)
        assert pair is not None and pair.need_dismissed and not pair.offer_dismissed
        assert matches.matches_of(session, NEEDER) == []
        assert [p.id for p, _, _ in matches.matches_of(session, OFFERER)] == [pair_id]


def test_a_language_the_bot_does_not_speak_is_refused_and_the_old_one_kept(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        register(session, NEEDER, language="pt")
    with pytest.raises(ValueError), transaction(factory) as session:
        delegates.set_language(session, NEEDER, "de", NOW)
    with transaction(factory) as session:
        delegates.set_language(session, NEEDER, "fr", NOW)
    with factory() as session:
        person = delegates.get(session, NEEDER)
        assert person is not None and person.language == "fr"


def test_a_forget_ticket_works_once_and_only_the_latest_one(
    factory: sessionmaker[Session],
) -> None:
    """The "yes, forget me" button carries the ticket of the confirmation it belongs to: an
    older confirmation's button, a forged number or a second press find nothing."""
    with transaction(factory) as session:
        register(session, NEEDER)
        older = delegates.forget_ticket(session, NEEDER)
        latest = delegates.forget_ticket(session, NEEDER)
    with transaction(factory) as session:
        assert not delegates.use_forget_ticket(session, NEEDER, older) or older == latest
        assert not delegates.use_forget_ticket(session, STRANGER, latest)
        assert delegates.use_forget_ticket(session, NEEDER, latest)
    with transaction(factory) as session:
        assert not delegates.use_forget_ticket(session, NEEDER, latest)


def test_check_ins_paused_twice_are_paused_once_and_resumed_by_one_word(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        register(session, NEEDER)
        followup_state.set_paused(session, NEEDER, True, NOW)
    with transaction(factory) as session:
        followup_state.set_paused(session, NEEDER, True, NOW)  # no second row, no error
    with factory() as session:
        assert followup_state.paused(session, NEEDER)
        assert not followup_state.paused(session, STRANGER)
    with transaction(factory) as session:
        followup_state.set_paused(session, NEEDER, False, NOW)
    with factory() as session:
        assert not followup_state.paused(session, NEEDER)


def test_a_search_is_narrowed_by_known_values_by_its_owner_only(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        register(session, NEEDER, STRANGER)
        search_id = searches.save(session, NEEDER, "telemedicine", NOW).id
    with transaction(factory) as session:
        assert searches.set_filter(session, STRANGER, search_id, "area", "health") is None
        searches.set_filter(session, NEEDER, search_id, "area", "health")
        searches.set_filter(session, NEEDER, search_id, "area", "astrology")  # kept as it was
        searches.set_filter(session, NEEDER, search_id, "colour", "blue")
        searches.set_filter(session, NEEDER, search_id, "kind", "offer")
    with factory() as session:
        saved = searches.own(session, NEEDER, search_id)
        assert saved is not None and saved.filters == {"area": "health", "kind": "offer"}
    with transaction(factory) as session:
        searches.set_filter(session, NEEDER, search_id, "area", None)
        assert searches.clear_filters(session, STRANGER, search_id) is None
    with factory() as session:
        saved = searches.own(session, NEEDER, search_id)
        assert saved is not None and saved.filters == {"kind": "offer"}
    with transaction(factory) as session:
        searches.clear_filters(session, NEEDER, search_id)
    with factory() as session:
        saved = searches.own(session, NEEDER, search_id)
        assert saved is not None and saved.filters == {}
