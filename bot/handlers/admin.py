"""Secretariat commands. The role is checked when the command runs, on the server."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, language_of, refused, send, services
from bot.i18n import t
from catalogue import delegates
from storage.db import transaction


async def verify(update: Update, context: Context) -> None:
    await _set_verified(update, context, True)


async def unverify(update: Update, context: Context) -> None:
    await _set_verified(update, context, False)


async def _set_verified(update: Update, context: Context, verified: bool) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    args = context.args or []
    if len(args) != 1 or not args[0].isdigit() or len(args[0]) > 15:
        await send(context, chat.id, t(lang, "verify-usage"))
        return
    target = int(args[0])
    s = services(context)
    with transaction(s.sessions) as session:
        row = delegates.set_verified(session, target, verified, user.id, s.clock())
        name = row.full_name if row else None
    if row is None:
        await send(context, chat.id, t(lang, "verify-unknown", user=str(target)))
        return
    key = "verify-done" if verified else "unverify-done"
    await send(context, chat.id, t(lang, key, name=name or "—", user=str(target)))
