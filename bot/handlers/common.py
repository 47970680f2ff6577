"""What every handler shares: the prologue (`handler`), the user's language, sending.

A handler is written as `async def name(turn: Turn) -> None` under `@handler(...)`: the
prologue has already found the private chat and the user, read their language (and roles,
and registration when asked), refused those without the role the action needs, and parsed
the button's callback data with its feature's codec, answering a stale button otherwise.
What is left in the handler is what it does: call one service, render the answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any, Generic, TypeVar

from telegram import LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.callbacks import Call, Feature
from bot.dialogs.engine import Screen
from bot.keyboards import inline
from bot.screens import Button
from bot.services import Services
from catalogue import delegates, roles
from catalogue.taxonomy import pick_language
from presentation.i18n import t
from presentation.render import fit
from scheduler import broadcasts
from storage.audit import audit
from storage.db import transaction
from storage.rights import RIGHTS, Action, NotAllowed, Role

Context = CallbackContext[Any, Any, Any, Any]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
log = logging.getLogger(__name__)


def services(context: Context) -> Services:
    found: Services = context.bot_data["services"]
    return found


def telegram_language(update: Update, default: str) -> str:
    user = update.effective_user
    return pick_language(user.language_code if user else None, default)


def language_of(update: Update, context: Context) -> str:
    """The stored language, else Telegram's, else the default (no row is created)."""
    s = services(context)
    user = update.effective_user
    seen = s.presence(user.id) if user is not None else None
    return seen.language if seen else telegram_language(update, s.settings.default_language)


def who(update: Update, s: Services, create: bool) -> tuple[str, bool, set[Role]]:
    """The user's language, whether they are registered, and their roles, read when the
    update is handled (a role revoked a second ago no longer counts). `create`: make sure
    they have a row (and their Telegram username is current)."""
    user = update.effective_user
    assert user is not None
    seen = s.presence(user.id)  # nearly always there and unchanged: one read, no transaction
    if create and (seen is None or delegates.touch_changes(seen, user.username)):
        with transaction(s.sessions) as session:
            delegates.ensure(
                session,
                user.id,
                telegram_language(update, s.settings.default_language),
                user.username,
                s.clock(),
            )
        seen = s.presence(user.id)
    if seen is None:  # no row yet: roles may have been granted in the settings already
        with s.read() as session:
            held = roles.roles_of(session, user.id)
            known = delegates.chat_language(session, user.id) if held else None
        spoken = telegram_language(update, s.settings.default_language)
        if held and known != spoken:  # a role holder who never registered: notices follow
            with transaction(s.sessions) as session:  # their chat's language (Y2)
                delegates.remember_chat_language(session, user.id, spoken, s.clock())
        return spoken, False, held
    return seen.language, seen.registered, seen.roles


async def send(
    context: Context, chat_id: int, text: str, rows: list[list[Button]] | None = None
) -> int:
    """Send an HTML text with its buttons; the new message's id.

    Through the bot's `_post` rather than `send_message`: the library would build a whole
    `Message` from Telegram's answer, about a tenth of the CPU an update costs under load
    (bench/load.py), to read one number. `_post` is what `send_message` calls: defaults,
    the rate limiter, the retry and the errors are the same."""
    result = await context.bot._post(
        "sendMessage",
        {
            "chat_id": chat_id,
            "text": fit(text),
            "parse_mode": ParseMode.HTML,
            "reply_markup": inline(rows or []),
            "link_preview_options": NO_PREVIEW,
        },
    )
    return int(result["message_id"])


async def send_screen(context: Context, chat_id: int, screen: Screen) -> int:
    """The screen for this user, then its notices for others (already committed)."""
    message_id = await send(context, chat_id, screen.text, screen.rows)
    if screen.broadcast is not None:  # the message the progress job keeps up to date
        with transaction(services(context).sessions) as session:
            broadcasts.follow_progress(session, screen.broadcast, chat_id, message_id)
    if screen.outbox_keys:  # committed; delivered now, or by the outbox job if this one dies
        await services(context).deliverer.run_keys(screen.outbox_keys)
    return message_id


async def answer_and_drop(update: Update) -> None:
    """Answer a button press and take the keyboard off its message, both at once: the two
    calls do not depend on each other, and in sequence they add a round trip to a press."""
    query = update.callback_query
    assert query is not None
    await asyncio.gather(query.answer(), drop_keyboard(update))


async def drop_keyboard(update: Update) -> None:
    """Take the buttons off the message that was just pressed (they are used up)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    message = query.message
    if isinstance(message, Message) and message.reply_markup:
        try:  # `_post`, not `edit_reply_markup`: see `send`; no markup given removes it
            await query.get_bot()._post(
                "editMessageReplyMarkup",
                {"chat_id": message.chat_id, "message_id": message.message_id},
            )
        except TelegramError:  # cosmetic: the message may be gone or too old to edit
            return


A = TypeVar("A", covariant=True)  # the button action type: only a label for readers
STALE = "dialog-stale-button"


@dataclass
class Turn(Generic[A]):
    """One update as a handler sees it once the prologue has run."""

    update: Update
    context: Context
    s: Services
    chat_id: int
    user_id: int
    lang: str
    roles: set[Role]
    registered: bool
    call: Call[Any] | None

    @property
    def username(self) -> str | None:
        user = self.update.effective_user
        return user.username if user else None

    @property
    def args(self) -> list[str]:
        return list(self.context.args or [])

    def now(self) -> datetime:
        return self.s.clock()

    def read(self) -> Any:
        """A session to read with (`with turn.read() as session:`)."""
        return self.s.sessions()

    @contextmanager
    def write(self) -> Iterator[Any]:
        """The one way to change data: a transaction, committed before anything is sent."""
        with transaction(self.s.sessions) as session:
            yield session

    async def say(self, text: str, rows: list[list[Button]] | None = None) -> int:
        return await send(self.context, self.chat_id, text, rows)

    async def show(self, screen: Screen) -> int:
        return await send_screen(self.context, self.chat_id, screen)

    async def replace(self, text: str, rows: list[list[Button]] | None = None) -> None:
        """Show `text` in place of the message whose button was pressed (a toggle, a page
        turn, a setting changed); a new message if that one cannot be edited any more."""
        query = self.update.callback_query
        message = query.message if query is not None else None
        if query is not None and isinstance(message, Message):
            try:
                await query.get_bot()._post(
                    "editMessageText",
                    {
                        "chat_id": message.chat_id,
                        "message_id": message.message_id,
                        "text": fit(text),
                        "parse_mode": ParseMode.HTML,
                        "reply_markup": inline(rows or []),
                        "link_preview_options": NO_PREVIEW,
                    },
                )
                await query.answer()
                return
            except TelegramError:  # too old, deleted, or unchanged: say it anew
                log.debug("could not edit message %s", message.message_id)
        await self.done()
        await self.say(text, rows)

    async def answer(self, key: str | None = None, **values: Any) -> None:
        """Answer the button press (a short toast when `key` is given)."""
        query = self.update.callback_query
        if query is not None:
            await query.answer(t(self.lang, key, **values)[:200] if key else None)

    async def stale(self) -> None:
        """The one answer to a button that no longer means anything (or never did)."""
        if self.update.callback_query is not None:
            await self.answer(STALE)
        else:
            await self.say(t(self.lang, STALE))

    async def done(self) -> None:
        """Answer the press and take the used-up buttons off its message."""
        if self.update.callback_query is not None:
            await answer_and_drop(self.update)

    async def drop(self) -> None:
        await drop_keyboard(self.update)

    async def deliver(self, keys: list[str]) -> None:
        """Notices just committed: sent now, or by the outbox job if this process dies."""
        if keys:
            await self.s.deliverer.run_keys(keys)


Body = Callable[[Turn[Any]], Awaitable[None]]
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


# What the chat says when the core refuses an action by one of its rules.
REFUSALS = {"own-role": "web-not-yourself"}


def handler(
    right: Action | None = None,
    feature: Feature[Any] | None = None,
    touch_row: bool = False,
    registered: bool = False,
) -> Callable[[Body], Handler]:
    """The prologue every handler shares.

    `right`: what it does, in the core's table of rights (storage.rights): the roles that
    hold it may run it, checked on the server when it runs (a forged button, or one shown
    before a role was revoked, changes nothing; the service checks it again). `feature`: the codec
    of the buttons it answers. `touch_row`: make sure the user has a row (their first
    contact may be this). `registered`: only registered delegates (others are told so)."""

    allowed = RIGHTS[right] if right is not None else frozenset()

    def wrap(body: Body) -> Handler:
        @wraps(body)
        async def run(update: Update, context: Context) -> None:
            chat, user = update.effective_chat, update.effective_user
            if chat is None or user is None:
                return
            s = services(context)
            lang, is_registered, held = who(update, s, create=touch_row or registered)
            turn: Turn[Any] = Turn(
                update, context, s, chat.id, user.id, lang, held, is_registered, None
            )
            if allowed and not held & set(allowed):
                with transaction(s.sessions) as session:  # who tried what, for the record
                    audit(session, s.clock(), user.id, "refused", body.__name__)
                key = "error-not-allowed"  # organisers or the secretariat
                if set(allowed) == {Role.SECRETARIAT}:
                    key = "error-not-allowed-secretariat"
                if update.callback_query is not None:
                    await update.callback_query.answer(t(lang, key)[:200], show_alert=True)
                else:
                    await turn.say(t(lang, key))
                return
            if feature is not None:
                turn.call = feature.parse(
                    update.callback_query.data if update.callback_query else None
                )
                if turn.call is None:
                    await turn.stale()
                    return
            if registered and not is_registered:
                await turn.answer()
                await turn.say(t(lang, "error-not-registered"))
                return
            try:
                await body(turn)
            except NotAllowed as refused:  # the core's own check (storage.rights) said no
                await turn.answer()
                await turn.say(t(lang, REFUSALS.get(refused.why, "error-not-allowed")))

        return run

    return wrap
