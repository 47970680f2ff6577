"""What each role may read in the console (storage.rights, the READ_ actions): an organiser
reads the published catalogue and the figures, never a submission outside it, nor a
person's name, position or contact details; the secretariat reads everything it needs to
review and broker."""

from __future__ import annotations

import pytest
from markupsafe import escape

from catalogue import connections
from fakegram.driver import Harness
from presentation.i18n import label
from storage.db import transaction
from storage.models import Entry
from storage.rights import RIGHTS, Action, Role
from tests.bot.helpers import approve_pending, entries_of, register, submit_entry
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID
from tests.web.conftest import Browser

NAME, POSITION, CONTACT = "Beatriz Quintana", "Head of international affairs", "+56 2 2345 6789"

# page -> the roles that open it; everyone else gets 403
PAGES = {
    "/": {Role.ORGANISER, Role.SECRETARIAT},
    "/catalogue": {Role.ORGANISER, Role.SECRETARIAT},
    "/figures": {Role.ORGANISER, Role.SECRETARIAT},
    "/agenda": {Role.ORGANISER, Role.SECRETARIAT},
    "/broadcasts": {Role.ORGANISER, Role.SECRETARIAT},
    "/review": {Role.SECRETARIAT},
    "/delegates": {Role.SECRETARIAT},
    "/connections": {Role.SECRETARIAT},
    "/exports": {Role.SECRETARIAT},
}


def text(value: str) -> str:
    return str(escape(value))


async def meeting(harness: Harness) -> tuple[int, int]:
    """An approved offer whose owner chose "only through the secretariat", asked about by
    another delegate; and a submission still waiting. (approved id, pending id)"""
    owner = harness.user(3301, language_code="es")
    await register(owner, "es", name=NAME, position=POSITION, consent="secretariat",
                   country="Chile")  # fmt: skip
    await submit_entry(owner, "es", title="Telesalud para clínicas rurales", contact=CONTACT)
    await approve_pending(harness)
    await submit_entry(owner, "es", kind="need", title="Laboratorios de agua potable",
                       contact=CONTACT)  # fmt: skip
    approved, pending = sorted(entries_of(harness, 3301), key=lambda e: e.id)
    asker = harness.user(3302, language_code="en")
    await register(asker, "en", name="Carl Asker")
    with transaction(harness.services.sessions) as session:
        connections.request(session, 3302, approved.id, "We would like to learn from you",
                            harness.clock())  # fmt: skip
    return approved.id, pending.id


@pytest.mark.parametrize("role", [Role.ORGANISER, Role.SECRETARIAT])
async def test_each_page_opens_to_the_roles_the_table_gives_it(
    harness: Harness, browser: Browser, role: Role
) -> None:
    await browser.sign_in(ORGANISER_ID if role is Role.ORGANISER else SECRETARIAT_ID)
    for path, roles in PAGES.items():
        status, page = await browser.get(path)
        assert status == (200 if role in roles else 403), path
        if role is Role.ORGANISER:
            assert f'href="{path}"' not in page or role in roles  # no link to a closed page


async def test_an_organiser_reads_an_entry_as_the_catalogue_shows_it(
    harness: Harness, browser: Browser
) -> None:
    approved, pending = await meeting(harness)
    await browser.sign_in(ORGANISER_ID)
    status, page = await browser.get(f"/entries/{approved}")
    assert status == 200
    assert text("Telesalud para clínicas rurales") in page and "Chile" in page
    for private in (NAME, POSITION, CONTACT, "Carl Asker", label("en", "web-history")):
        assert text(private) not in page, private
    status, page = await browser.get(f"/entries/{pending}")
    assert status == 404 and "Laboratorios" not in page  # not even whether it exists


async def test_the_secretariat_reads_an_entry_whole(harness: Harness, browser: Browser) -> None:
    approved, pending = await meeting(harness)
    await browser.sign_in(SECRETARIAT_ID)
    status, page = await browser.get(f"/entries/{approved}")
    assert status == 200
    for private in (NAME, POSITION, CONTACT, "Carl Asker", label("en", "web-history")):
        assert text(private) in page, private
    status, page = await browser.get(f"/entries/{pending}")
    assert status == 200 and text("Laboratorios de agua potable") in page


async def test_an_organiser_reads_the_published_version_not_the_edit_awaiting_review(
    harness: Harness, browser: Browser
) -> None:
    approved, _ = await meeting(harness)
    with transaction(harness.services.sessions) as session:  # as an owner's edit leaves it
        entry = session.get(Entry, approved)
        assert entry is not None
        entry.title, entry.status = "Telesalud con drones", "pending"
    await browser.sign_in(ORGANISER_ID)
    _, page = await browser.get(f"/entries/{approved}")
    assert "drones" not in page and text("Telesalud para clínicas rurales") in page
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get(f"/entries/{approved}")
    assert "Telesalud con drones" in page


def test_reading_is_in_the_core_table() -> None:
    assert RIGHTS[Action.READ_CATALOGUE] == {Role.ORGANISER, Role.SECRETARIAT}
    assert RIGHTS[Action.READ_SUBMISSIONS] == {Role.SECRETARIAT}
    assert RIGHTS[Action.READ_PEOPLE] == {Role.SECRETARIAT}
