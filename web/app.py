"""The console put together: the pages (web.views) on the request handling (web.http), and
how it is served, alone (`cidi-bot web`) or beside the bot (`cidi-bot run --web`)."""

from __future__ import annotations

from aiohttp import web

from web.http import Console, Router
from web.views import register

__all__ = ["Console", "make_app", "start"]


def make_app(console: Console) -> web.Application:
    """The console as an aiohttp application."""
    router = Router(console)
    register(router)
    return router.app


async def start(console: Console, host: str, port: int) -> web.AppRunner:
    """Serve the console on host:port in the running event loop; the caller cleans up."""
    runner = web.AppRunner(make_app(console), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
