"""The one place that wires settings, database, services, handlers and jobs."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import BaseRequest

from bot.dialogs.broadcast import BroadcastDialog
from bot.dialogs.connect import ConnectDialog
from bot.dialogs.engine import DialogEngine, Setup
from bot.dialogs.entry import EntryDialog
from bot.dialogs.meeting import DeclineDialog, LinkDialog, TimeDialog
from bot.dialogs.partnership import NoteDialog, ThirdPartyDialog
from bot.dialogs.profile import RegistrationDialog
from bot.dialogs.review import ReviewDialog
from bot.dialogs.search import SearchDialog
from bot.handlers import register
from bot.handlers.menu import publish_menus
from bot.jobs import make_deliverer, schedule
from bot.ordering import FloodGate, OrderedApplication
from bot.retry import ReplyRetry
from bot.services import Services, utc_now
from bot.settings import Settings
from bot.transport import AiohttpRequest
from catalogue import matches, roles, vectors
from scheduler import agenda_store
from storage import liveness, outbox
from storage.db import make_engine, make_session_factory, transaction, upgrade
from storage.dialog_rows import SqlDialogStore

log = logging.getLogger(__name__)


class MissingToken(RuntimeError):
    """`run` was asked to talk to Telegram without a bot token."""


def build_services(
    settings: Settings,
    clock: Callable[[], datetime] = utc_now,
    engine: Engine | None = None,
    migrate: bool = True,
    get_bot: Callable[[], Any] | None = None,
    monotonic: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
) -> Services:
    """Database, migrations, role bootstrap and the dialog engine."""
    engine = engine or make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        roles.bootstrap_roles(session, settings.secretariat_ids, settings.organiser_ids, clock())
    with transaction(sessions) as session:
        # Entries written before embeddings existed (or by another model) get theirs now.
        embedded = vectors.reindex(session, clock())
    if embedded:
        log.info("embedded %d entries that had no vector for their text", embedded)
    with sessions() as session:
        matches.index_of(session).sync(session)  # loads the model: a broken install stops here

    def agenda_loader() -> Any:
        with sessions() as session:
            return agenda_store.current(session, settings.agenda_file)

    dialogs = DialogEngine(
        [
            RegistrationDialog(),
            EntryDialog(),
            ReviewDialog(),
            SearchDialog(),
            ConnectDialog(),
            NoteDialog(),
            ThirdPartyDialog(),
            TimeDialog(),
            DeclineDialog(),
            LinkDialog(),
            BroadcastDialog(),
        ],
        SqlDialogStore(sessions),
        clock,
        Setup(
            meeting_timezone=settings.meeting_timezone,
            agenda_file=settings.agenda_file,
            reminder_lead=settings.reminder_lead_minutes,
            connect_daily=settings.connect_daily_cap,
            agenda_loader=agenda_loader,
            secretariat_contact=settings.secretariat_contact,
            meeting_link_template=settings.meeting_link_template,
        ),
    )
    deliverer = make_deliverer(
        sessions,
        clock,
        settings.agenda_file,
        settings.broadcast_rate,
        get_bot or (lambda: None),
        monotonic,
        sleep,
        settings.default_language,
    )
    return Services(
        settings=settings,
        engine=engine,
        sessions=sessions,
        dialogs=dialogs,
        deliverer=deliverer,
        clock=clock,
    )


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    token: str | None = None,
    clock: Callable[[], datetime] = utc_now,
    engine: Engine | None = None,
    monotonic: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
    jobs: bool = True,
) -> Application:
    """The bot, ready to run: polling (`run`), the console, or the tests' fake API.

    `request` replaces HTTP (the fake Bot API); `token` overrides the settings'
    one (the console and tests need none).
    """
    token = token or settings.token()
    if not token:
        raise MissingToken("TELEGRAM_BOT_TOKEN is not set")
    holder: dict[str, Any] = {}
    services = build_services(
        settings,
        clock=clock,
        engine=engine,
        get_bot=lambda: holder["bot"],
        monotonic=monotonic,
        sleep=sleep,
    )
    builder = (
        ApplicationBuilder()
        .application_class(OrderedApplication)
        .token(token)
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .context_types(ContextTypes(bot_data=dict))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .rate_limiter(ReplyRetry(sleep or asyncio.sleep))
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connection_pool_size=1)
        )
    application = builder.build()
    assert isinstance(application, OrderedApplication)
    application.gate = FloodGate(
        settings.flood_rate, settings.flood_burst, monotonic or time.monotonic
    )
    holder["bot"] = application.bot
    application.bot_data["services"] = services
    register(application)
    if jobs:  # the tests drive the outbox themselves, on their own clock
        schedule(application)
    return application


async def _post_init(application: Application) -> None:
    await publish_menus(application)
    services: Services = application.bot_data["services"]
    # Whatever changed while the bot was down (an agenda file, new delegates) is planned now.
    with transaction(services.sessions) as session:
        agenda = agenda_store.current(session, services.settings.agenda_file)
        result = agenda_store.replan(
            session, agenda, services.clock(), services.settings.reminder_lead_minutes
        )
        liveness.beat(session, services.deliverer.worker, services.clock())
    log.info("outbox planned: %s added, %s dropped", result.added, result.dropped)


async def _post_stop(application: Application) -> None:
    """SIGTERM: stop delivering and hand back the rows this process had claimed."""
    services: Services = application.bot_data["services"]
    services.deliverer.stopping = True
    with transaction(services.sessions) as session:
        released = outbox.release(session, services.deliverer.worker)
        liveness.stopped(session, services.deliverer.worker)
    if released:
        log.info("released %s claimed deliveries", released)


async def _post_shutdown(application: Application) -> None:
    services: Services = application.bot_data["services"]
    services.engine.dispose()
