"""Country lookup in four languages, from CLDR names and the IANA zone database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from catalogue import countries


def test_the_oas_has_35_member_states_all_known_to_iso() -> None:
    assert len(set(countries.OAS_MEMBERS)) == 35
    assert all(countries.is_country(c) for c in countries.OAS_MEMBERS)
    observer_states = [c for c in countries.OAS_OBSERVERS if c != countries.EUROPEAN_UNION]
    assert len(observer_states) == 69 and all(countries.is_country(c) for c in observer_states)
    assert not countries.is_country("EU") and countries.is_place("EU")  # an observer, no country
    assert not set(countries.OAS_MEMBERS) & set(countries.OAS_OBSERVERS)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Brasil", "BR"),
        ("Brésil", "BR"),
        ("brazil", "BR"),
        ("Haïti", "HT"),
        ("haiti", "HT"),
        ("Estados Unidos", "US"),
        ("États-Unis", "US"),
        ("EEUU", "US"),
        ("mexco", "MX"),
        ("Jamaïque", "JM"),
        ("trinidad", "TT"),
        ("br", "BR"),
        ("Perú", "PE"),
    ],
)
def test_a_member_state_is_found_by_any_of_its_names(query: str, code: str) -> None:
    assert countries.find(query, "member")[0].code == code


def test_the_member_list_does_not_find_an_observer() -> None:
    assert countries.find("España", "member") == []
    assert countries.find("España", "observer")[0].code == "ES"


@pytest.mark.parametrize("query", ["", "   ", "x", "🙂", "'; DROP TABLE delegates; --"])
def test_nonsense_finds_nothing(query: str) -> None:
    assert countries.find(query, "world") == []


def test_names_come_in_the_readers_language() -> None:
    assert [countries.name("HT", lang) for lang in ("en", "es", "fr", "pt")] == [
        "Haiti",
        "Haití",
        "Haïti",
        "Haiti",
    ]


def test_the_proposed_zone_is_the_capitals_for_countries_with_several() -> None:
    assert countries.proposed_zone("BR", "America/New_York") == "America/Sao_Paulo"
    assert countries.proposed_zone("US", "UTC") == "America/New_York"
    assert countries.proposed_zone("JM", "UTC") == "America/Jamaica"
    assert countries.proposed_zone(None, "America/New_York") == "America/New_York"


def test_every_capital_zone_is_a_zone_of_its_country() -> None:
    for code, zone in countries.CAPITAL_ZONES.items():
        assert zone in countries.zones_for(code), code


@pytest.mark.parametrize(
    ("query", "zone"),
    [
        ("America/Lima", "America/Lima"),
        ("lima", "America/Lima"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("tokio", "Asia/Tokyo"),
        ("honolulu", "Pacific/Honolulu"),
    ],
)
def test_a_zone_is_found_by_name_or_city(query: str, zone: str) -> None:
    assert countries.find_zone(query) == zone


def test_nonsense_zones_are_not_found() -> None:
    assert countries.find_zone("EST5") is None or "/" in str(countries.find_zone("EST5"))
    assert countries.find_zone("qwertyuiop") is None


def test_utc_offsets_follow_daylight_saving() -> None:
    winter = datetime(2021, 12, 2, 15, tzinfo=UTC)
    summer = datetime(2021, 7, 2, 15, tzinfo=UTC)
    assert countries.utc_offset("America/New_York", winter) == "UTC−05:00"
    assert countries.utc_offset("America/New_York", summer) == "UTC−04:00"
    assert countries.utc_offset("Asia/Kolkata", winter) == "UTC+05:30"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Frnace", "FR"), ("Mexcio", "MX"), ("Belzie", "BZ"), ("Chiel", "CL"), ("Peur", "PE")],
)
def test_a_short_name_with_two_letters_swapped_finds_its_country(typed: str, code: str) -> None:
    assert [h.code for h in countries.find(typed, "world")] == [code]


def test_one_swap_in_any_name_in_any_language_finds_its_country() -> None:
    names, owners = countries._choices("world")
    exact = set(names)
    for name, code in zip(names, owners, strict=True):
        if len(name) < 5:
            continue
        inner = [i for i in range(1, len(name) - 2) if name[i : i + 2].isalpha()]
        if not inner:
            continue
        i = inner[len(inner) // 2]
        swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        if swapped == name or swapped in exact:  # a doubled letter, or another country's name
            continue
        assert code in [h.code for h in countries.find(swapped, "world")], (name, swapped)


@pytest.mark.parametrize("typed", ["Narnia", "Atlantis", "Zzz", "test", "hello", "Gondor"])
def test_words_that_are_no_country_find_none(typed: str) -> None:
    assert countries.find(typed, "world") == []


def test_every_piece_of_a_typed_list_is_found_offered_or_named() -> None:
    found = countries.resolve_many("Colombie, Guatemla et Mexcio")
    assert (found.codes, found.ambiguous, found.unknown) == (["CO", "GT", "MX"], [], [])
    mixed = countries.resolve_many("Colombia, San Cristobal y Narnia")
    assert mixed.codes == ["CO"] and mixed.unknown == ["Narnia"]
    [(piece, hits)] = mixed.ambiguous
    assert piece == "San Cristobal" and "KN" in [h.code for h in hits]
    whole = countries.resolve_many("Trinidad y Tobago, Antigua and Barbuda")
    assert (whole.codes, whole.ambiguous, whole.unknown) == (["TT", "AG"], [], [])


def test_a_list_of_countries_reads_in_the_readers_alphabetical_order() -> None:
    from presentation.render import places

    assert places("en", ["JM", "HN", "HT"]) == "Haiti, Honduras, Jamaica"
    assert places("es", ["JM", "HN", "HT"]) == "Haití, Honduras, Jamaica"
    assert places("fr", ["US", "DE", "BR"]) == "Allemagne, Brésil, États-Unis"
