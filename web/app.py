"""The console put together: the pages (web.views) on the request handling (web.http), and
how it is served, alone (`cidi-bot web`) or beside the bot (`cidi-bot run --web`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from aiohttp import web

from storage import liveness
from storage.db import transaction
from web.http import Console, Router
from web.views import register

__all__ = ["Console", "alive", "make_app", "start"]

log = logging.getLogger("cidi-bot.web")


def make_app(console: Console) -> web.Application:
    """The console as an aiohttp application."""
    router = Router(console)
    register(router)
    return router.app


async def start(console: Console, host: str, port: int) -> web.AppRunner:
    """Serve the console on host:port in the running event loop; the caller cleans up.
    Charts are drawn in a process of their own (one: a two-core machine also serves the
    chat), started on first use and stopped with the console."""
    app = make_app(console)
    if console.charts is None:
        console.charts = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        charts = console.charts

        async def stop_charts(_app: web.Application) -> None:
            charts.shutdown(wait=False, cancel_futures=True)

        app.on_cleanup.append(stop_charts)
        charts.submit(warm)  # its imports (matplotlib) now, not at someone's first chart
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


def warm() -> None:
    """Import what charts need, in the charts' process."""
    import presentation.chart  # noqa: F401


async def alive(console: Console, worker: str, stop: asyncio.Event) -> None:
    """Until `stop`: the same heartbeat as the bot's (storage.liveness) every BEAT, removed
    at the end, so that `cidi-bot db restore` refuses while the console serves alone."""

    def beat() -> None:
        with transaction(console.sessions, via="web") as session:
            liveness.beat(session, worker, console.clock())

    try:
        while not stop.is_set():
            try:
                await asyncio.to_thread(beat)
            except Exception:  # the database is away a moment: the next beat tries again
                log.exception("could not write the console's heartbeat")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), liveness.BEAT.total_seconds())
    finally:
        with transaction(console.sessions, via="web") as session:
            liveness.stopped(session, worker)
