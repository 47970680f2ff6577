"""Dates and time zones as people of each language and country expect them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.agenda_view import day_name, when
from catalogue import countries


def test_a_day_reads_as_cldr_writes_it_in_each_language() -> None:
    day = date(2021, 12, 2)
    assert day_name(day, "es") == "jueves, 2 de diciembre"
    assert day_name(day, "pt") == "quinta-feira, 2 de dezembro"
    assert day_name(day, "fr") == "jeudi 2 décembre"
    assert day_name(day, "en") == "Thursday, 2 December"  # British order, as the texts (Y3 c)


def test_a_moment_in_another_year_says_its_year() -> None:
    moment = datetime(2022, 12, 1, 21, 0, tzinfo=UTC)
    same_year = datetime(2022, 11, 30, tzinfo=UTC)
    earlier_year = datetime(2021, 12, 2, tzinfo=UTC)
    assert "2022" not in when(moment, "America/New_York", "fr", same_year)
    assert when(moment, "America/New_York", "fr", earlier_year) == "jeudi 1 décembre 2022, 16:00"


def test_time_zone_choices_are_one_per_clock_with_the_main_cities() -> None:
    us = countries.zone_choices("US")
    assert us[:5] == (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
    )
    assert not any("Indiana" in z or "Kentucky" in z or z == "America/Detroit" for z in us)
    assert countries.zone_choices("AR") == ("America/Argentina/Buenos_Aires",)


def test_a_moment_outside_the_chat_names_its_zone_by_its_city_or_says_utc() -> None:
    """Y3: the console's histories, lists and documents never show a bare time: the reader's
    zone is named by its city, in their language; without one, UTC is said."""
    from presentation.render import zoned_moment

    at = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)
    assert zoned_moment(at, "en", "America/New_York") == "2 December 2021, 10:00 (New York time)"
    assert zoned_moment(at, "fr", "America/Bogota") == "2 décembre 2021, 10:00 (heure de Bogotá)"
    assert zoned_moment(at, "es", None) == "2 de diciembre de 2021, 15:00 UTC"


def test_a_day_heading_opens_with_a_capital_in_every_language() -> None:
    """X3: « jueves, 2 de diciembre » at the head of a line reads as a fragment."""
    from presentation.render import heading

    day = date(2021, 12, 2)
    assert [heading(day_name(day, lang)) for lang in ("es", "fr", "pt")] == [
        "Jueves, 2 de diciembre",
        "Jeudi 2 décembre",
        "Quinta-feira, 2 de dezembro",
    ]
