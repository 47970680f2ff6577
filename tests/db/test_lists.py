"""The secretariat's lists (catalogue.lists): a total and a page counted by the database,
sorts by a column, filters that combine, and "country" as the owner's or a covered one."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, lists, review, roles
from storage.db import transaction
from tests.db.people import NOW, OFFER, PROFILE, entry_input

SECRETARIAT = 1


def person(session: Session, user_id: int, country: str, name: str, org: str | None) -> None:
    kind = "observer_state" if country == "FR" else "member_state"
    delegates.ensure(session, user_id, "fr" if country in ("FR", "HT") else "en", None, NOW)
    profile = {**PROFILE, "actor_kind": kind, "country": country, "full_name": name,
               "organisation": org}  # fmt: skip
    delegates.save_profile(session, user_id, delegates.ProfileInput.read(profile), NOW)


def entry(session: Session, owner: int, title: str, covered: list[str], decide: str | None) -> int:
    values = {**OFFER, "title": title, "countries": covered}
    made = review.submit(session, owner, entry_input("offer", values), NOW).entry
    if decide:
        reason = None if decide == "approve" else "preset:duplicate"
        review.decide(session, SECRETARIAT, made.id, made.version, decide, reason, NOW)
    return made.id


def meeting(factory: sessionmaker[Session]) -> dict[str, int]:
    with transaction(factory) as session:
        delegates.ensure(session, SECRETARIAT, "en", None, NOW)
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        person(session, 2, "FR", "Claire Martin", "Agence française de développement")
        person(session, 3, "HT", "Jean Pierre", "Ministère de la Santé")
        person(session, 4, "CL", "Ana Pérez", "AGCID")
        return {
            "french_for_haiti": entry(session, 2, "Water for Haiti", ["HT"], "approve"),
            "haitian": entry(session, 3, "Clinics in Port-au-Prince", ["HT"], "approve"),
            "chilean": entry(session, 4, "Andean telehealth", ["CL", "PE"], "approve"),
            "rejected": entry(session, 4, "Andean telehealth again", ["CL"], "reject"),
            "pending": entry(session, 4, "Andean telehealth", ["CL"], None),
        }


def titles(found: lists.Found[object]) -> list[str]:
    return [getattr(e, "title", "") for e in found.rows]


def test_a_country_means_the_owners_or_a_covered_one_as_the_reader_chooses(
    factory: sessionmaker[Session],
) -> None:
    ids = meeting(factory)
    with factory() as session:
        for mode, expected in (
            ("either", {ids["french_for_haiti"], ids["haitian"]}),
            ("owner", {ids["haitian"]}),
            ("covered", {ids["french_for_haiti"], ids["haitian"]}),
        ):
            f = lists.EntryFilter(country="HT", country_mode=mode)
            assert {e.id for e in lists.catalogue_entries(session, f, lists.Window()).rows} == (
                expected
            )
        owner_fr = lists.EntryFilter(country="FR", country_mode="owner")
        assert titles(lists.catalogue_entries(session, owner_fr, lists.Window())) == [
            "Water for Haiti"
        ]


def test_the_catalogue_pages_and_sorts_and_finds_other_statuses(
    factory: sessionmaker[Session],
) -> None:
    ids = meeting(factory)
    with factory() as session:
        first = lists.catalogue_entries(session, lists.EntryFilter(), lists.Window(1, 2))
        assert (first.total, first.pages, first.page, len(first.rows)) == (3, 2, 1, 2)
        assert [e.id for e in first.rows] == sorted([e.id for e in first.rows], reverse=True)
        last = lists.catalogue_entries(session, lists.EntryFilter(), lists.Window(9, 2))
        assert (last.page, len(last.rows)) == (2, 1)  # past the end: the last page
        by_title = lists.catalogue_entries(session, lists.EntryFilter(),
                                           lists.Window(sort="title"))  # fmt: skip
        assert titles(by_title) == sorted(titles(by_title), key=str.lower)
        rejected = lists.catalogue_entries(session, lists.EntryFilter(status="rejected"),
                                           lists.Window())  # fmt: skip
        assert [e.id for e in rejected.rows] == [ids["rejected"]]
        french = lists.catalogue_entries(session, lists.EntryFilter(language="fr"), lists.Window())
        assert french.total == 0  # the entries were written in English


def test_the_queue_is_searched_and_its_likely_duplicates_are_named(
    factory: sessionmaker[Session],
) -> None:
    ids = meeting(factory)
    with factory() as session:
        found = lists.queue(session, lists.QueueFilter(text="ANDEAN"), lists.Window())
        assert [e.id for e in found.rows] == [ids["pending"]]
        assert lists.queue(session, lists.QueueFilter(text="water"), lists.Window()).total == 0
        twins = lists.likely_duplicates(session, found.rows)[ids["pending"]]
        assert [(t.id, t.status, t.why) for t in twins] == [(ids["chilean"], "approved", "title")]
        assert lists.next_in_queue(session, after=ids["pending"]) is None


def test_delegates_are_found_by_name_organisation_or_country_in_any_language(
    factory: sessionmaker[Session],
) -> None:
    meeting(factory)
    with factory() as session:

        def names(text: str) -> list[str | None]:
            found = lists.delegates(session, lists.DelegateFilter(text=text), lists.Window())
            return [d.full_name for d in found.rows]

        assert names("claire") == ["Claire Martin"]
        assert names("agence française") == ["Claire Martin"]
        assert names("Haití") == ["Jean Pierre"]  # the country's Spanish name
        assert names("100%_") == []  # wildcards are letters here
        by_country = lists.delegates(session, lists.DelegateFilter(),
                                     lists.Window(sort="country", descending=True))  # fmt: skip
        assert [d.country for d in by_country.rows][:3] == ["HT", "FR", "CL"]
