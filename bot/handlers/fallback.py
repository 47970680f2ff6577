"""What nobody else handled: unknown commands, group chats, old buttons, blocks, errors."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.dialogs.engine import CURRENT_UPDATE, Redelivered
from bot.handlers.common import (
    Context,
    Turn,
    handler,
    language_of,
    send,
    send_screen,
    services,
    telegram_language,
)
from catalogue import delegates
from presentation.i18n import t
from storage.db import transaction

log = logging.getLogger(__name__)


def _answer_lost() -> None:
    handling = CURRENT_UPDATE.get()
    if handling is not None:
        handling.answer_lost = True


@handler()
async def unknown_command(turn: Turn[None]) -> None:
    await turn.say(t(turn.lang, "error-unknown-command"))


async def group_message(update: Update, context: Context) -> None:
    """In a group the bot only says, briefly, to write to it privately."""
    message = update.effective_message
    if message is None:
        return
    lang = telegram_language(update, services(context).settings.default_language)
    await message.reply_text(t(lang, "error-group-chat"), parse_mode=ParseMode.HTML)


@handler()
async def unknown_button(turn: Turn[None]) -> None:
    await turn.stale()


async def chat_member(update: Update, context: Context) -> None:
    """Telegram tells us when a user blocks or unblocks the bot: keep `active` true to it."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    s = services(context)
    status = change.new_chat_member.status
    active = status not in (ChatMember.BANNED, ChatMember.LEFT)
    with transaction(s.sessions) as session:
        delegates.set_active(session, change.from_user.id, active, s.clock())
    s.count("blocked" if not active else "unblocked")


async def on_error(update: object, context: Context) -> None:
    """Log with the update id, apologise in the user's language, never show a traceback."""
    update_id = update.update_id if isinstance(update, Update) else None
    s = services(context)
    error = context.error
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        # The user blocked the bot between their message and our answer: not a bug.
        with transaction(s.sessions) as session:
            delegates.set_active(session, update.effective_user.id, False, s.clock())
        s.count("telegram_blocked")
        log.info("update %s: user blocked the bot", update_id)
        return
    if isinstance(error, Redelivered) and isinstance(update, Update) and update.effective_user:
        # Handled already by a process that died before answering: say again what it said.
        s.count("redelivered")
        log.info("update %s: handled before, showing the current question again", update_id)
        screen = s.dialogs.stored_reply(update.update_id)
        if screen is None:  # no answer stored (none was due): the current question, if any
            token = CURRENT_UPDATE.set(None)
            try:
                screen = s.dialogs.show(update.effective_user.id, language_of(update, context))
            finally:
                CURRENT_UPDATE.reset(token)
        try:
            if update.callback_query is not None:
                await update.callback_query.answer()
            if screen is not None and update.effective_chat is not None:
                await send_screen(context, update.effective_chat.id, screen)
        except TelegramError as exc:
            _answer_lost()
            log.warning("update %s: answer lost again (%s)", update_id, type(exc).__name__)
        return
    if isinstance(error, RetryAfter | TimedOut | NetworkError):
        # Telegram was busy or slow: counted, not fatal. With a webhook, Telegram is asked
        # to send the update again (and gets the stored answer); with polling, the user
        # simply sends again.
        _answer_lost()
        s.count("telegram_" + type(error).__name__.lower())
        log.warning("update %s: Telegram error %s", update_id, type(error).__name__)
        return
    log.error("error while handling update %s", update_id, exc_info=error)
    s.count("errors")
    if s.on_error is not None and error is not None:
        s.on_error(error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private":
        return
    if update.callback_query is not None:
        try:
            await update.callback_query.answer()
        except Exception:
            log.debug("callback already answered")
    try:
        lang = language_of(update, context)
        await send(context, update.effective_chat.id, t(lang, "error-generic"))
    except Exception:
        log.exception("could not send the apology for update %s", update_id)
