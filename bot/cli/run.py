"""`cidi-bot run`, `console` and `fake-api`: the bot against Telegram, or beside the fake."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.cli.common import EXIT_USAGE, Subparsers, configure_logging, load_settings, use_uvloop

NO_TOKEN = """\
cidi-bot run needs a bot token, and TELEGRAM_BOT_TOKEN is not set.

  1. In Telegram, talk to @BotFather and send /newbot; it answers with a token.
  2. Put it in the environment or in a .env file in this folder:
       TELEGRAM_BOT_TOKEN=123456789:AA...
  3. Run `cidi-bot run` again.

To try the bot without Telegram or a token, run `cidi-bot console`.
"""


def cmd_run(args: argparse.Namespace) -> int:
    from telegram import Update
    from telegram.error import InvalidToken

    from bot.app import build_application

    settings = load_settings()
    token = settings.token()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    configure_logging(args.log_level or "INFO", token)
    log = logging.getLogger("cidi-bot")
    use_uvloop()
    try:
        application = build_application(settings)
    except Exception as exc:
        print(f"cidi-bot could not start: {_safe(exc, token)}", file=sys.stderr)
        return 1
    if args.web:
        from bot.cli.web import beside

        beside(application, settings, args.web_host, args.web_port)
    if args.webhook_url:
        from bot.webhook import derive_secret, serve

        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        try:
            asyncio.run(
                serve(
                    application,
                    args.webhook_url,
                    args.listen,
                    args.port,
                    secret or derive_secret(token),
                )
            )
        except InvalidToken:
            print("Telegram refused the bot token: check TELEGRAM_BOT_TOKEN.", file=sys.stderr)
            return EXIT_USAGE
        log.info("stopped")
        return 0
    log.info("starting (long polling) against %s", settings.telegram_api_url)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)
    except InvalidToken:
        print("Telegram refused the bot token: check TELEGRAM_BOT_TOKEN.", file=sys.stderr)
        return EXIT_USAGE
    log.info("stopped")
    return 0


def _safe(exc: BaseException, token: str) -> str:
    return str(exc).replace(token, "<token>") if token else str(exc)


def cmd_console(args: argparse.Namespace) -> int:
    # The fake Telegram is a tool beside the product: only these two commands load it.
    from fakegram.console import run_console

    settings = load_settings()
    configure_logging(args.log_level or "WARNING")  # no log lines inside the conversation
    return asyncio.run(run_console(settings, args.user_id, args.name, args.language))


def cmd_demo(args: argparse.Namespace) -> int:
    if args.meeting:
        return demo_meeting(args.database)
    if args.database:
        print("--database goes with --meeting", file=sys.stderr)
        return EXIT_USAGE
    # A rehearsal through the fake Telegram (a tool beside the product, loaded lazily).
    from fakegram.demo import rehearse

    configure_logging(args.log_level or "WARNING")
    return asyncio.run(rehearse(short=not args.full))


def demo_meeting(url: str | None) -> int:
    """The rehearsed meeting (rehearsal.meeting) built in an empty database, and how to open
    the console on it."""
    import tempfile
    import time

    from sqlalchemy import func, select

    from rehearsal.meeting import SECRETARIAT, rehearse
    from storage.db import make_engine, make_session_factory, normalise_url, upgrade
    from storage.models import Entry

    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='cidi-meeting-')) / 'meeting.sqlite3'}"
    engine = make_engine(normalise_url(url))
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        with factory() as session:
            if session.execute(select(func.count(Entry.id))).scalar_one():
                print("The database already holds entries: give an empty one.", file=sys.stderr)
                return EXIT_USAGE
        began = time.monotonic()
        done = rehearse(factory, say=lambda text: print(f"  {text}", file=sys.stderr))
    finally:
        engine.dispose()
    paths = ", ".join(f"{k}: {v}" for k, v in sorted(done.paths.items()))
    env = f"DATABASE_URL='{url}' SECRETARIAT_IDS={SECRETARIAT[0]} BOT_USERNAME=cidi_demo_bot"
    print(
        f"The rehearsed meeting ({len(done.delegates)} delegates, {done.entries} entries, "
        f"three years of follow-up to {done.now:%Y-%m-%d}; {time.monotonic() - began:.0f} s) "
        f"is in {url}\n"
        f"Paths taken: {paths}\n\n"
        "Open the console on it (two terminals):\n"
        f"  {env} cidi-bot web --port 8080\n"
        f"  {env} cidi-bot web login-link {SECRETARIAT[0]}\n"
        "and open the link that the second command prints. Its outputs:\n"
        f"  {env} cidi-bot report --format pdf --output report.pdf\n"
        f"  {env} cidi-bot catalogue publish --format pdf --output catalogue.pdf"
    )
    return 0


def cmd_fake_api(args: argparse.Namespace) -> int:
    from fakegram.http import serve_forever
    from fakegram.server import Limits

    configure_logging(args.log_level or "INFO")
    limits = Limits(
        global_per_second=args.global_rate or 10**9,
        chat_per_second=args.chat_rate,
        chat_burst=args.chat_burst,
        enabled=not args.no_limits,
    )
    return asyncio.run(serve_forever(args.host, args.port, limits, args.chaos, args.seed))


def add(sub: Subparsers) -> None:
    """The commands that run the bot, or the fake Telegram beside it."""
    run = sub.add_parser(
        "run",
        help="run the bot against Telegram (long polling)",
        description="Run the bot against the Bot API at TELEGRAM_API_URL with long polling. "
        "Applies database migrations first. Stops cleanly on SIGTERM or Ctrl-C.",
    )
    run.add_argument(
        "--webhook-url",
        help="run in webhook mode: the public HTTPS URL Telegram posts updates to "
        "(polling is the default)",
    )
    run.add_argument("--listen", default="0.0.0.0", help="webhook mode: address to listen on")
    run.add_argument("--port", type=int, default=8080, help="webhook mode: port (default 8080)")
    run.add_argument(
        "--web", action="store_true", help="serve the web console too, in the same process"
    )
    run.add_argument("--web-host", default="127.0.0.1", help="the console's address")
    run.add_argument(
        "--web-port",
        type=int,
        default=8090,
        help="the console's port (default 8090 beside the bot)",
    )
    run.set_defaults(func=cmd_run)

    console = sub.add_parser(
        "console",
        help="chat with the bot in this terminal, without Telegram or a token",
        description="Chat with the real bot in the terminal through an in-process fake "
        "Telegram. Type text, or a button's number; ':quit' leaves, ':user ID [LANG] [NAME]' "
        "switches user. Uses the same database as `run`.",
    )
    console.add_argument("--user-id", type=int, default=1001, help="your Telegram user id")
    console.add_argument("--name", default="Console Delegate", help="your first name")
    console.add_argument(
        "--language", default="en", help="your Telegram language code (en, es, fr, pt, ...)"
    )
    console.set_defaults(func=cmd_console)

    demo = sub.add_parser(
        "demo",
        help="a scripted rehearsal of the bot, without Telegram or a token",
        description="Three delegates in three languages register, submit a need and an offer, "
        "are matched and put in touch, search, and read the agenda; the secretariat reviews. "
        "The real bot on a throw-away SQLite database, through the in-process fake Telegram. "
        "Exit status 0 if every step went as expected.",
    )
    demo.add_argument("--full", action="store_true", help="print every message whole")
    demo.add_argument(
        "--meeting",
        action="store_true",
        help="build a whole rehearsed meeting (about 230 delegates, 300 entries in every "
        "status, three years of partnerships) and say how to open the console on it",
    )
    demo.add_argument(
        "--database",
        metavar="URL",
        help="with --meeting: an empty database to build it in "
        "(default: a new SQLite file in a temporary folder)",
    )
    demo.set_defaults(func=cmd_demo)

    fake = sub.add_parser(
        "fake-api",
        help="serve the fake Telegram Bot API over HTTP (for tests and rehearsals)",
        description="Serve the in-process fake Bot API on HTTP so that `cidi-bot run` can be "
        "pointed at it with TELEGRAM_API_URL.",
    )
    fake.add_argument("--host", default="127.0.0.1")
    fake.add_argument("--port", type=int, default=8081)
    fake.add_argument(
        "--global-rate",
        type=int,
        default=30,
        help="messages a second accepted from the bot overall, as Telegram's bulk limit "
        "(0: no overall limit; default 30)",
    )
    fake.add_argument("--chat-rate", type=float, default=1.0, help="messages a second per chat")
    fake.add_argument("--chat-burst", type=float, default=3.0, help="short burst to one chat")
    fake.add_argument("--no-limits", action="store_true", help="accept everything at once")
    fake.add_argument(
        "--chaos",
        type=float,
        default=0.0,
        metavar="RATE",
        help="fail this share of calls at random with 429, 500, 502 or a timeout",
    )
    fake.add_argument("--seed", type=int, default=0, help="seed of --chaos")
    fake.set_defaults(func=cmd_fake_api)
