"""The fake's HTML check agrees with Telegram on what it accepts."""

from __future__ import annotations

import pytest

from presentation.render import fit
from richtext import HTMLParseError, parse, utf16_length


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<b>a</b> &lt;b&gt;", "a <b>"),
        ('<a href="https://oas.org">OEA</a>', "OEA"),
        ("<i>x</i> &amp; <code>y</code>", "x & y"),
        ("1 > 0", "1 > 0"),
        ("&#233;t&#xE9;", "été"),
    ],
)
def test_accepted_html_gives_the_text_a_reader_sees(html: str, plain: str) -> None:
    assert parse(html) == plain


@pytest.mark.parametrize("html", ["<b>x", "x</b>", "<script>x</script>", "a < b", "AT&T", "<br/>"])
def test_refused_html(html: str) -> None:
    with pytest.raises(HTMLParseError):
        parse(html)


def test_length_is_counted_in_utf16_units() -> None:
    assert utf16_length("é") == 1 and utf16_length("🙂") == 2


def test_fit_never_cuts_inside_an_entity() -> None:
    text = "a" * 4090 + "&amp;bbbbbb"
    cut = fit(text)
    assert len(cut) <= 4096 and parse(cut)
