"""Console work never starves the chat: one browser session has at most IN_FLIGHT requests
served at a time (past WAITING_MAX waiting, 429), pages run on the console's own threads,
and the served console draws its charts in a process of its own."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient, TestServer

from fakegram.driver import Harness
from storage.rights import RIGHTS, Action
from tests.conftest import ORGANISER_ID
from tests.web.conftest import Browser
from tests.web.test_web_command import free_port
from web.app import Console, start
from web.http import IN_FLIGHT, PACE, WAITING_MAX, Page, Req, Router
from web.views import register


def chart_process(_lang: str) -> bytes:
    """Drawn where Console.draw sends it: which process that is."""
    return str(os.getpid()).encode()


async def test_one_session_is_served_a_few_requests_at_a_time(harness: Harness) -> None:
    console = Console(sessions=harness.services.sessions, clock=harness.clock,
                      base_url="http://127.0.0.1")  # fmt: skip
    router = Router(console)
    register(router)
    running, most, threads = [0], [0], set()
    lock = threading.Lock()

    def slow(req: Req) -> Page:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            threads.add(threading.current_thread().name)
        time.sleep(0.2)
        with lock:
            running[0] -= 1
        return Page("refused.html", {"key": "web-done", "values": {}})

    router.add("GET", "/slow", slow, RIGHTS[Action.FIGURES])
    client = TestClient(TestServer(router.app, host="127.0.0.1"))
    await client.start_server()
    try:
        await Browser(client, harness).sign_in(ORGANISER_ID)
        answers = await asyncio.gather(*(client.get("/slow") for _ in range(WAITING_MAX + 4)))
        statuses = sorted(a.status for a in answers)
        assert statuses.count(200) == WAITING_MAX and statuses.count(429) == 4
        assert 1 <= most[0] <= IN_FLIGHT  # the others waited their turn, costing nothing
        assert all(name.startswith("console") for name in threads)  # never the bot's threads
    finally:
        await client.close()


async def test_the_served_console_draws_charts_in_a_process_of_its_own(
    harness: Harness, browser: Browser
) -> None:
    console = Console(sessions=harness.services.sessions, clock=harness.clock,
                      base_url="http://127.0.0.1")  # fmt: skip
    assert console.draw(chart_process, "en") == str(os.getpid()).encode()  # not served: here
    port = free_port()
    runner = await start(console, "127.0.0.1", port)
    try:
        drawn = await asyncio.to_thread(console.draw, chart_process, "en")
        assert drawn != str(os.getpid()).encode()  # served: in the charts' process
        site, path = f"http://127.0.0.1:{port}", browser.link(ORGANISER_ID)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as web:
            page = await (await web.get(site + path)).text()
            pre = page.split('name="pre" value="', 1)[1].split('"', 1)[0]
            await web.post(site + path, data={"pre": pre})
            figures = await (await web.get(site + "/figures")).text()
        assert figures.count('<img src="data:image/svg+xml;base64,') >= 1
    finally:
        await runner.cleanup()


def test_what_documents_are_drawn_from_crosses_to_the_charts_process(harness: Harness) -> None:
    """PDFs are drawn in the charts' process when served: their inputs must pickle."""
    import pickle

    from catalogue import report
    from presentation import publish as published_document
    from scheduler import agenda_store

    with harness.services.sessions() as session:
        agenda = agenda_store.current(session, None)
        document = published_document.gather(session, harness.clock(), agenda, "es")
        figures = report.figures(session, harness.clock())
        titles = report.unmet_titles(session, figures)
    for value in (document, figures, titles, agenda):
        assert pickle.loads(pickle.dumps(value)) is not None


async def test_reloading_the_figures_draws_them_once_in_half_a_minute(
    harness: Harness, console: Console, browser: Browser
) -> None:
    drawn: list[str] = []
    inline = console.draw

    def counted(chart: Any, *args: Any) -> Any:
        drawn.append(chart.__name__)
        return inline(chart, *args)

    console.draw = counted  # type: ignore[method-assign]
    await browser.sign_in(ORGANISER_ID)
    for _ in range(5):
        assert (await browser.get("/figures"))[0] == 200
    assert drawn.count("area_chart") == 1
    console.kept.clear()  # as 30 seconds later
    await browser.get("/figures")
    assert drawn.count("area_chart") == 2


async def test_one_session_is_served_at_most_ten_requests_a_second(browser: Browser) -> None:
    await browser.sign_in(ORGANISER_ID)
    await asyncio.sleep(1.1)  # a full burst
    started = time.monotonic()
    for _ in range(PACE_TEST):
        assert (await browser.client.get("/", allow_redirects=False)).status == 200
    took = time.monotonic() - started
    assert took >= (PACE_TEST - PACE) / PACE * 0.9  # past the burst, at PACE a second


PACE_TEST = 25
