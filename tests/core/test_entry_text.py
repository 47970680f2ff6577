"""What an offer's or a need's description must say: words, and more than one of them."""

from __future__ import annotations

import pytest

from catalogue.entries import Problem, check_description, validate


@pytest.mark.parametrize(
    "text",
    [
        "test test test test",
        "Test TEST test, test!",
        "salud salud salud salud",
        "Telemedicine training",
    ],
)
def test_a_description_of_too_few_different_words_is_refused(text: str) -> None:
    refused = check_description(text)
    assert isinstance(refused, Problem)
    assert (refused.field, refused.key, refused.values) == ("description", "error-few-words",
                                                            {"min": 3})  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Training for nurses.", "Formación de enfermeras rurales", "Télémédecine en zone rurale"],
)
def test_a_short_description_of_three_different_words_is_taken(text: str) -> None:
    assert check_description(text) == text


def test_the_file_import_refuses_it_by_the_same_rule() -> None:
    _, problems = validate({"description": "test test test test"})
    assert Problem("description", "error-few-words", {"min": 3}) in problems
