"""Ids and numbers from outside, in the chat (button data, commands, deep links) and in the
console (paths, forms, query strings): Unicode digits, numbers past the database's INTEGER
(PostgreSQL: "integer out of range") and negative ones are answered as a stale button, a
missing entry or a page not found — never "something went wrong", never a 500."""

from __future__ import annotations

import pytest

from bot import callbacks as cb
from fakegram.driver import Harness
from presentation.i18n import t
from storage import ids
from tests.bot.helpers import register
from tests.conftest import SECRETARIAT_ID
from tests.web.conftest import Browser

pytestmark = pytest.mark.both_databases

BAD = ["²", "٣", "１２", "2147483648", "9" * 40, "9" * 4400, "-1", "+1", " 1", "1_000", "0x1f", ""]
HUGE_IDS = ["2147483648", "9223372036854775808", "9" * 30]


def test_the_parser_takes_ascii_digits_within_the_column_and_nothing_else() -> None:
    assert ids.parse("42") == 42 and ids.parse("2147483647") == 2**31 - 1
    assert ids.parse_user("2147483648") == 2**31 and ids.parse_user("9" * 19) is None
    for text in BAD:
        assert ids.parse(text) is None, text
    assert "²".isdigit() and ids.parse("²") is None  # what str.isdigit let through


async def test_the_chat_answers_bad_numbers_as_stale_or_gone(harness: Harness) -> None:
    person = harness.user(3501, language_code="en")
    await register(person, "en", name="Fuzz Person")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/start")
    features = [f for f in vars(cb).values() if isinstance(f, cb.Feature)]
    pressed = 0
    for feature in features:
        for action, kinds in feature.actions.items():
            if not kinds:
                continue
            for bad in (*HUGE_IDS, "²", "-1"):
                values = [bad if k in (int, cb.User) else sorted(k)[0] for k in kinds]  # type: ignore[arg-type]
                data = ":".join([feature.prefix, action.value, *values])[:64]
                for who in (person, sec):
                    await who.press_data(data)
                    answer = (who.last_answer() or {}).get("text")
                    assert answer != t("en", "error-generic"), data
                    pressed += 1
    assert pressed > 100
    for text in (
        "/start e_2147483648",
        "/start e_²",
        "/start e_-1",
        "/start e_" + "9" * 60,
        "/open_2147483648",
        "/open_٣",
        "/verify 99999999999999999999",
    ):
        for who in (person, sec):
            await who.send(text)
            assert t("en", "error-generic") not in who.messages(), text
    assert harness.errors == []


async def test_the_console_answers_bad_numbers_with_404_or_400(
    harness: Harness, browser: Browser
) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/review")
    for bad in (*HUGE_IDS, "٣", "-1"):
        for path in (
            f"/entries/{bad}",
            f"/review?waiting={bad}",
            f"/review?page={bad}",
            f"/catalogue?page={bad}",
            f"/delegates?country={bad}",
        ):
            status, page = await browser.get(path)
            assert status in (200, 400, 404), (path, status)
            assert status != 500 and t("en", "web-error") not in page, path
        posts = [
            (f"/entries/{bad}/decide", {"version": "1", "decision": "approve"}),
            (f"/entries/{bad}/correct", {"title": "x"}),
            (f"/entries/{bad}/withdraw", {"reason": "duplicate"}),
            (f"/broadcasts/{bad}/cancel", {}),
            ("/entries/1/decide", {"version": bad, "decision": "approve"}),
            ("/review", {"pick": f"{bad}:1", "decision": "approve"}),
            ("/review", {"pick": f"1:{bad}", "decision": "approve"}),
            ("/delegates", {"action": "verify", "user": bad}),
            ("/connections", {"partnership": bad, "stage": "agreed"}),
        ]
        for path, form in posts:
            response = await browser.post(path, {"csrf": csrf, **form})
            page = await response.text()
            assert response.status in (200, 400, 404), (path, form, response.status)
            assert t("en", "web-error") not in page, (path, form)
    for bad in ("²", "9" * 4400):  # what gave 500s: ignored, the first page shown
        for name in ("waiting", "page"):
            status, page = await browser.get(f"/review?{name}={bad}")
            assert status == 200 and t("en", "web-error") not in page
