"""Dialog buttons carry a short token so old or forged presses are recognised."""

from __future__ import annotations

import pytest

from bot.dialogs.engine import MAX_CALLBACK_BYTES, callback, parse_callback
from catalogue import countries


def test_callback_data_round_trips() -> None:
    assert parse_callback(callback(42, "v", "BR")) == (42, "v", "BR")
    assert parse_callback(callback(7, "<")) == (7, "<", "")


def test_the_longest_zone_still_fits_in_telegrams_64_bytes() -> None:
    longest = max((z for c in countries.world() for z in countries.zones_for(c)), key=len)
    assert len(callback(999_999, "v", longest).encode()) <= MAX_CALLBACK_BYTES


def test_data_that_would_not_fit_is_refused_before_telegram_sees_it() -> None:
    with pytest.raises(ValueError):
        callback(1, "v", "x" * 60)


@pytest.mark.parametrize("data", ["", "d", "d:1:v", "x:1:v:1", "d:-1:v:1", "d:1:q:1", "d:a:v:1"])
def test_malformed_data_is_not_parsed(data: str) -> None:
    assert parse_callback(data) is None
