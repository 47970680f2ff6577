"""Button data: each feature's codec gives back exactly what it encoded, fits Telegram's
64 bytes at its largest, and reads anything else as nothing."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import pytest

from bot import callbacks as cb
from storage import ids


def largest_values(feature: cb.Feature[Any], action: StrEnum) -> tuple[Any, ...]:
    """The largest each value can be: a row's id at the top of the database's INTEGER, a
    Telegram user id at the top of BIGINT, the longest word."""
    values: list[Any] = []
    for kind in feature.actions[action]:
        if kind is int:
            values.append(ids.ID_MAX)
        elif kind is cb.User:
            values.append(ids.BIG_MAX)
        else:
            values.append(max(kind, key=len))  # type: ignore[arg-type]
    return tuple(values)


def test_a_number_past_its_column_is_nothing() -> None:
    """PostgreSQL's INTEGER ends at 2³¹−1: a button past it is stale, never an error."""
    assert cb.REVIEW.parse(f"rv:h:{ids.ID_MAX + 1}") is None
    assert cb.PERSON.parse(f"pe:p:{ids.ID_MAX + 1}") is not None  # a user id is a BIGINT
    assert cb.PERSON.parse(f"pe:p:{ids.BIG_MAX + 1}") is None


@pytest.mark.parametrize("feature", cb.FEATURES, ids=lambda f: f.prefix)
def test_every_action_round_trips_within_64_bytes(feature: cb.Feature[Any]) -> None:
    for action in feature.actions:
        values = largest_values(feature, action)
        data = feature.data(action, *values)
        assert len(data.encode()) <= 64
        parsed = feature.parse(data)
        assert parsed is not None and parsed.action is action and parsed.values == values


def test_prefixes_are_distinct_and_do_not_shadow_the_dialog_buttons() -> None:
    prefixes = [f.prefix for f in cb.FEATURES]
    assert len(prefixes) == len(set(prefixes))
    assert "d" not in prefixes


@pytest.mark.parametrize(
    "data",
    ["", "rv", "rv:", "rv:z:1", "rv:a:1", "rv:a:1:x", "rv:a:-1:2", "rv:n:1", "sr:p:1:0:x:-",
     "sr:c:1:XX", "sr:m:1:colour", "sr:g:1:aliens", "ent:o:1:2", "lang:s:de", "xx:a:1", "rv:a:1:2:3", "rv:a:١:٢"],
)  # fmt: skip
def test_malformed_or_forged_data_parses_as_nothing(data: str) -> None:
    assert all(feature.parse(data) is None for feature in cb.FEATURES)


def test_encoding_refuses_values_its_own_parser_would_refuse() -> None:
    with pytest.raises(ValueError):
        cb.SEARCH.data(cb.Search.KIND, 1, "everything")
    with pytest.raises(ValueError):
        cb.REVIEW.data(cb.Review.APPROVE, 1)
