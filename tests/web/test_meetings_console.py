"""Organisers follow the bilateral meetings in the console: the figures, a page of meetings
filtered by status, delegate, entry and partnership, and the counts on an entry's page."""

from __future__ import annotations

from datetime import timedelta

from catalogue import meetings
from fakegram.driver import Harness
from presentation.i18n import label
from storage.db import transaction
from tests.bot.test_partnerships import connected
from tests.conftest import ORGANISER_ID
from tests.web.conftest import Browser
from tests.web.test_console import shown


async def test_the_meetings_page_counts_and_filters_the_meetings(
    harness: Harness, browser: Browser
) -> None:
    _paulo, marie = await connected(harness)
    for slot in (0, 1):  # two proposals; Paulo accepts the first
        await marie.send("/partnerships")
        await marie.press(label("fr", "meeting-propose-id", id=1))
        await marie.press(marie.buttons()[slot])
    harness.advance(timedelta(minutes=1).total_seconds())
    with transaction(harness.services.sessions) as session:
        meetings.accept(session, 1201, 1, harness.clock())
    await browser.sign_in(ORGANISER_ID)
    status, page = await browser.get("/meetings")
    # an organiser follows the figures, not the people: each side by its affiliation
    assert status == 200 and "Paulo Souza" not in page and "Marie Joseph" not in page
    assert "Haiti" in page and "Brazil" in page
    assert shown(label("en", "report-meetings-accepted", count=1)) in page
    _, booked = await browser.get("/meetings?status=accepted")
    _, waiting = await browser.get("/meetings?status=proposed")
    assert booked.count('class="status status-accepted"') == 1
    assert waiting.count('class="status status-proposed"') == 1
    assert 'class="status status-proposed"' not in booked
    _, nobody = await browser.get("/meetings?delegate=999")
    assert "status status-" not in nobody
    _, partnership = await browser.get("/meetings?partnership=1")
    assert partnership.count('class="status status-') == 2
    for key, count in (("proposed", 2), ("accepted", 1), ("held", 0)):  # this partnership's
        assert (
            f"<b>{count}</b>" + shown(label("en", f"report-meetings-{key}", count=count))
            in partnership
        )
    _, entry = await browser.get("/entries/1")
    counts = label("en", "web-meetings-of", proposed=2, accepted=1, held=0)
    assert shown(counts) in entry and 'href="/meetings?entry=1"' in entry
