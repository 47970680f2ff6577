"""What a search and /country find: a country's entries are those of its actors and those
that cover it, and a searcher never finds their own entries."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, entries, review, roles
from catalogue.matches import CatalogueIndex
from storage.db import transaction
from tests.db.people import NOW, OFFER, PROFILE, entry_input

SECRETARIAT, FRENCH, GUATEMALAN, CHILEAN, MEXICAN = 1, 2, 3, 4, 5
COUNTRY_OF = {FRENCH: "FR", GUATEMALAN: "GT", CHILEAN: "CL", MEXICAN: "MX"}
QUERY = "telemedicine for rural clinics"


def person(session: Session, user_id: int, country: str) -> None:
    kind = "observer_state" if country == "FR" else "member_state"
    delegates.ensure(session, user_id, "en", None, NOW)
    profile = {**PROFILE, "actor_kind": kind, "country": country}
    delegates.save_profile(session, user_id, delegates.ProfileInput.read(profile), NOW)


def approved(session: Session, owner: int, kind: str, covered: list[str], title: str) -> int:
    values = {**OFFER, "title": title, "countries": covered}
    entry = review.submit(session, owner, entry_input(kind, values), NOW).entry
    review.decide(session, SECRETARIAT, entry.id, entry.version, "approve", None, NOW)
    return entry.id


@pytest.fixture
def catalogue(factory: sessionmaker[Session]) -> tuple[sessionmaker[Session], dict[str, int]]:
    """A French offer for Guatemala, a Guatemalan need, a Chilean offer for the whole of the
    Americas, and a Mexican offer for Mexico alone."""
    with transaction(factory) as session:
        delegates.ensure(session, SECRETARIAT, "en", None, NOW)
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        for uid, country in COUNTRY_OF.items():
            person(session, uid, country)
        ids = {
            "french": approved(session, FRENCH, "offer", ["GT"], "Telemedicine for rural clinics"),
            "guatemalan": approved(
                session, GUATEMALAN, "need", ["GT"], "Telemedicine for rural health posts"
            ),
            "chilean": approved(
                session, CHILEAN, "offer", ["ALL"], "Rural telemedicine across the Americas"
            ),
            "mexican": approved(
                session, MEXICAN, "offer", ["MX"], "Telemedicine for Mexican clinics"
            ),
        }
    return factory, ids


def test_a_countrys_entries_are_those_of_its_actors_and_those_covering_it(
    catalogue: tuple[sessionmaker[Session], dict[str, int]],
) -> None:
    factory, ids = catalogue
    with factory() as session:
        guatemala = [e.id for e in entries.of_country(session, "GT")]
        france = [e.id for e in entries.of_country(session, "FR")]
        mexico = {e.id for e in entries.of_country(session, "MX")}
    assert set(guatemala) == {ids["french"], ids["guatemalan"], ids["chilean"]}
    assert guatemala[0] == ids["guatemalan"]  # (one area) the country's own first
    assert france == [ids["french"]]  # "All of the Americas" covers no observer
    assert mexico == {ids["mexican"], ids["chilean"]}


def test_the_country_filter_finds_what_covers_the_country_and_its_count_agrees(
    catalogue: tuple[sessionmaker[Session], dict[str, int]],
) -> None:
    factory, ids = catalogue
    index = CatalogueIndex()
    with factory() as session:
        found = index.search(session, QUERY, {"country": "GT"}, top=50, searcher=MEXICAN)
        counts = index.facets(session, QUERY, {}, "country", searcher=MEXICAN)
    assert {int(m.id) for m in found.matches} == {ids["french"], ids["guatemalan"], ids["chilean"]}
    assert counts["GT"] == len(found.matches)
    assert counts["FR"] == 1 and "MX" in counts  # the Chilean offer covers Mexico


def test_a_searcher_never_finds_their_own_entries_nor_counts_them_in_a_filter(
    catalogue: tuple[sessionmaker[Session], dict[str, int]],
) -> None:
    factory, ids = catalogue
    index = CatalogueIndex()
    with factory() as session:
        everyone = {int(m.id) for m in index.search(session, QUERY, top=50).matches}
        french = {int(m.id) for m in index.search(session, QUERY, top=50, searcher=FRENCH).matches}
        counts = index.facets(session, QUERY, {}, "kind", searcher=FRENCH)
    assert ids["french"] in everyone
    assert french == everyone - {ids["french"]}
    assert counts == {"need": 1, "offer": 2}
