"""The console served on 127.0.0.1 beside the bot of the test harness: one database, one
clock, the fake Telegram recording what the bot sends."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from catalogue import signin
from fakegram.driver import Harness
from storage.db import transaction
from web.app import Console, make_app

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Browser:
    """One browser (its own cookies) talking HTTP to the console."""

    client: TestClient  # type: ignore[type-arg]
    harness: Harness

    def link(self, user_id: int) -> str:
        with transaction(self.harness.services.sessions) as session:
            token = signin.issue_link(session, user_id, self.harness.clock())
        return f"/signin/{token}"

    async def sign_in(self, user_id: int) -> None:
        path = self.link(user_id)
        page = await self.client.get(path)
        assert page.status == 200, await page.text()
        done = await self.confirm(path, look=False)
        assert done.status == 303, await done.text()

    async def confirm(self, path: str, look: bool = True) -> ClientResponse:
        """Press the confirmation page's button: the form carries the page's pre-session
        token (its cookie came with the page)."""
        if look:
            await self.client.get(path)
        cookie = self.client.session.cookie_jar.filter_cookies(self.client.make_url(path))
        pre = cookie.get("cidi_signin")
        data = {"pre": pre.value} if pre is not None else {}
        return await self.client.post(path, data=data, allow_redirects=False)

    async def get(self, path: str) -> tuple[int, str]:
        response = await self.client.get(path)
        return response.status, await response.text()

    async def csrf(self, path: str = "/") -> str:
        status, html = await self.get(path)
        found = CSRF.search(html)
        assert found, f"no CSRF token on {path} ({status})"
        return found.group(1)

    async def post(
        self, path: str, data: dict[str, object] | list[tuple[str, str]]
    ) -> ClientResponse:
        return await self.client.post(path, data=data)


@pytest.fixture
async def console(harness: Harness) -> AsyncIterator[Console]:
    yield Console(
        sessions=harness.services.sessions,
        clock=harness.clock,
        base_url="http://127.0.0.1",
    )


@pytest.fixture
async def browsers(harness: Harness, console: Console) -> AsyncIterator[list[Browser]]:
    """Two browsers on one console server (two people, or one person's two tabs)."""
    server = TestServer(make_app(console), host="127.0.0.1")
    clients = [TestClient(server), TestClient(server)]
    for c in clients:
        await c.start_server()
    try:
        yield [Browser(c, harness) for c in clients]
    finally:
        for c in clients:
            await c.close()


@pytest.fixture
def browser(browsers: list[Browser]) -> Browser:
    return browsers[0]
