"""`cidi-bot web`: the secretariat's console in a browser, served alone (this command) or
beside the bot (`cidi-bot run --web`); `cidi-bot web login-link USER_ID` prints a one-time
sign-in link for an operator."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import sys
from typing import TYPE_CHECKING, Any

from bot.cli.common import EXIT_USAGE, Subparsers, configure_logging, database, load_settings

if TYPE_CHECKING:
    from web.http import Console

log = logging.getLogger("cidi-bot")


def console_of(settings: Any, services: Any | None = None) -> Console:
    """The console's dependencies: the bot's own (beside it) or a fresh set (alone)."""
    from datetime import timedelta

    from bot.services import utc_now
    from web.http import Console

    lifetime = timedelta(hours=settings.console_session_hours)
    if services is not None:
        return Console(
            sessions=services.sessions,
            clock=services.clock,
            base_url=settings.web_base_url,
            default_language=settings.default_language,
            agenda_file=settings.agenda_file,
            reminder_lead=settings.reminder_lead_minutes,
            bot_username=settings.bot_username,
            deliver=services.deliverer.run_keys,
            session_lifetime=lifetime,
        )
    from bot.cli.common import bootstrap
    from storage.db import make_engine, make_session_factory, upgrade

    engine = make_engine(settings.database_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    bootstrap(settings, sessions)
    return Console(
        sessions=sessions,
        clock=utc_now,
        base_url=settings.web_base_url,
        default_language=settings.default_language,
        agenda_file=settings.agenda_file,
        reminder_lead=settings.reminder_lead_minutes,
        bot_username=settings.bot_username,
        session_lifetime=lifetime,
    )


def beside(application: Any, settings: Any, host: str, port: int) -> None:
    """Serve the console in the bot's event loop, started and stopped with the bot."""
    from web.app import start

    started = application.post_init
    stopped = application.post_stop
    holder: dict[str, Any] = {}

    async def post_init(app: Any) -> None:
        if started is not None:
            await started(app)
        console = console_of(settings, app.bot_data["services"])
        holder["runner"] = await start(console, host, port)
        log.info("web console on http://%s:%s (links: %s)", host, port, settings.web_base_url)

    async def post_stop(app: Any) -> None:
        if "runner" in holder:
            await holder.pop("runner").cleanup()
        if stopped is not None:
            await stopped(app)

    application.post_init = post_init
    application.post_stop = post_stop
    # The console's pages run in worker threads; Python hands the interpreter between threads
    # every 5 ms by default, so an update could wait that long behind a page. A shorter
    # interval gives the bot's event loop its turn sooner (bench/console.py).
    sys.setswitchinterval(0.0005)


def cmd_web(args: argparse.Namespace) -> int:
    if args.web_command == "login-link":
        return cmd_login_link(args)
    settings = load_settings()
    configure_logging(args.log_level or "INFO", settings.token() or "")

    async def serve() -> None:
        from web.app import alive, start

        console = console_of(settings)
        runner = await start(console, args.host, args.port)
        log.info("web console on http://%s:%s (links: %s)", args.host, args.port,
                 settings.web_base_url)  # fmt: skip
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            # the bot's heartbeat (storage.liveness): `db restore` refuses while it serves
            await alive(console, f"web:{socket.gethostname()}:{os.getpid()}", stop)
        finally:
            await runner.cleanup()

    asyncio.run(serve())
    return 0


def cmd_login_link(args: argparse.Namespace) -> int:
    from catalogue import signin
    from storage.db import transaction

    settings = load_settings()
    with database(settings) as sessions:
        from bot.services import utc_now

        try:
            with transaction(sessions, via="cli") as session:
                token = signin.issue_link(session, args.user_id, utc_now())
        except signin.LinkRefused:
            print(
                f"User {args.user_id} is neither secretariat nor organiser: grant a role first "
                "(cidi-bot roles grant USER_ID secretariat).",
                file=sys.stderr,
            )
            return EXIT_USAGE
    minutes = int(signin.LINK_LIFETIME.total_seconds() // 60)
    print(f"One-time sign-in link for user {args.user_id}, valid {minutes} minutes:")
    print(f"{settings.web_base_url}/signin/{token}")
    return 0


def add(sub: Subparsers) -> None:
    web = sub.add_parser(
        "web",
        help="serve the web console (secretariat and organisers)",
        description="Serve the secretariat's and organisers' web console against "
        "DATABASE_URL. People sign in with a one-time link: /web in the chat, or "
        "`cidi-bot web login-link USER_ID`. Links use WEB_BASE_URL.",
    )
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    web.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    web.set_defaults(func=cmd_web, web_command=None)
    web_sub = web.add_subparsers(dest="web_command", metavar="COMMAND")
    link = web_sub.add_parser(
        "login-link",
        help="print a one-time sign-in link (last line of the output)",
        description="Print a one-time link (valid 10 minutes, used once) that signs this "
        "secretariat member or organiser into the console.",
    )
    link.add_argument("user_id", type=int, metavar="TELEGRAM_USER_ID")
