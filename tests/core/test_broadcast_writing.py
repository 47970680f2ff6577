"""A broadcast written with simple formatting becomes Telegram HTML that Telegram takes;
its preview in the console shows the formatting and never runs what was typed; a combined
audience is read back exactly or refused."""

from __future__ import annotations

import pytest

from richtext import from_markdown, parse, preview
from scheduler import broadcasts


def test_simple_formatting_becomes_telegram_html_and_the_rest_stays_text() -> None:
    written = from_markdown("**B.2** at _14:00_ <now> & `code` [OAS](https://oas.org/?a=1&b=2)")
    assert written == (
        "<b>B.2</b> at <i>14:00</i> &lt;now&gt; &amp; <code>code</code> "
        '<a href="https://oas.org/?a=1&amp;b=2">OAS</a>'
    )
    assert parse(written).startswith("B.2 at 14:00 <now> &")  # Telegram would take it
    assert from_markdown("snake_case_name and [x](javascript:alert(1))") == (
        "snake_case_name and [x](javascript:alert(1))"
    )


@pytest.mark.parametrize(
    ("telegram", "shown"),
    [
        ("<b>bold</b> &lt;script&gt;", "<b>bold</b> &lt;script&gt;"),
        ('<a href="javascript:alert(1)">x</a>', "x"),
        ('<i onclick="alert(1)">y</i>', "<i>y</i>"),
        ('<a href="https://oas.org">OAS</a>', '<a href="https://oas.org" rel="noopener">OAS</a>'),
    ],
)
def test_a_preview_shows_formatting_and_runs_nothing(telegram: str, shown: str) -> None:
    assert preview(telegram) == shown


def test_a_combined_audience_is_read_back_or_refused() -> None:
    audience = broadcasts.combined({"country": ["HT", "FR"], "language": ["fr"], "kind": []})
    assert audience.value == "country=HT,FR;language=fr"
    assert broadcasts.criteria_of(audience.value) == {"country": ("HT", "FR"), "language": ("fr",)}
    for bad in ("", "country=", "planet=Mars", "language=xx", "country=H T"):
        with pytest.raises(broadcasts.BroadcastRefused):
            broadcasts.Audience(type=broadcasts.COMBINED, value=bad)
