"""Helpers every handler uses: services, the user's language, sending a screen."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from telegram import LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.dialogs.engine import Screen
from bot.i18n import t
from bot.keyboards import inline
from bot.render import fit
from bot.screens import Button
from bot.services import Services
from catalogue import delegates
from catalogue.taxonomy import pick_language
from storage.db import transaction
from storage.models import Broadcast

Context = CallbackContext[Any, Any, Any, Any]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
log = logging.getLogger(__name__)


def services(context: Context) -> Services:
    found: Services = context.bot_data["services"]
    return found


def now(context: Context) -> datetime:
    return services(context).clock()


def telegram_language(update: Update, default: str) -> str:
    user = update.effective_user
    return pick_language(user.language_code if user else None, default)


def touch(update: Update, context: Context) -> tuple[str, bool]:
    """Make sure the user has a row; their language and whether they are registered."""
    s = services(context)
    user = update.effective_user
    assert user is not None
    seen = s.presence(user.id)  # nearly always there and unchanged: one read, no transaction
    if seen is not None and not delegates.touch_changes(seen, user.username):
        return seen.language, seen.registered
    with transaction(s.sessions) as session:
        row = delegates.ensure(
            session,
            user.id,
            telegram_language(update, s.settings.default_language),
            user.username,
            s.clock(),
        )
        return row.language, row.registered_at is not None


def language_of(update: Update, context: Context) -> str:
    """The stored language, else Telegram's, else the default (no row is created)."""
    s = services(context)
    user = update.effective_user
    if user is not None:
        seen = s.presence(user.id)
        if seen is not None:
            return seen.language
    return telegram_language(update, s.settings.default_language)


def roles(context: Context, user_id: int) -> set[str]:
    """Read at the moment of the action: a role revoked a second ago no longer counts."""
    s = services(context)
    return _roles(s, user_id, s.presence(user_id))


def language_and_roles(update: Update, context: Context) -> tuple[str, set[str]]:
    """`language_of` and `roles` from one read of the user's row."""
    s = services(context)
    user = update.effective_user
    seen = s.presence(user.id) if user is not None else None
    lang = seen.language if seen else telegram_language(update, s.settings.default_language)
    return lang, _roles(s, user.id, seen) if user is not None else set()


def _roles(s: Services, user_id: int, seen: delegates.Presence | None) -> set[str]:
    """The per-update read carries them; a user with no row yet (roles granted in the
    settings before their first message) has them read from the roles table."""
    if seen is not None:
        return seen.roles
    with s.read() as session:
        return delegates.roles_of(session, user_id)


async def refused(update: Update, context: Context, *allowed: str) -> bool:
    """True, and the user told in their language, when they hold none of `allowed`.

    Every admin command and button calls this when it runs, on the server: a
    forged button, or one shown before a role was revoked, changes nothing.
    """
    lang, held = language_and_roles(update, context)
    if held & set(allowed):
        return False
    text = t(lang, "error-not-allowed")
    if update.callback_query is not None:
        await update.callback_query.answer(text[:200], show_alert=True)
    elif update.effective_chat is not None:
        await send(context, update.effective_chat.id, text)
    return True


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
    broadcast_id = screen.meta.get("broadcast")
    if broadcast_id is not None:  # the message the progress job keeps up to date
        with transaction(services(context).sessions) as session:
            row = session.get(Broadcast, int(broadcast_id))
            if row is not None:
                row.progress_chat_id, row.progress_message_id = chat_id, message_id
    keys = screen.meta.get("outbox_keys")
    if keys:  # committed already; delivered now, or by the outbox job if this process dies
        await services(context).deliverer.run_keys(keys)
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
