"""/start, the dialog's buttons and typed answers, /cancel."""

from __future__ import annotations

from telegram import Update

from bot.dialogs.engine import LINEAR
from bot.handlers import catalogue
from bot.handlers.common import (
    Context,
    answer_and_drop,
    language_of,
    send,
    send_screen,
    services,
    touch,
)
from bot.handlers.organisers import redeem
from bot.i18n import label, t
from bot.keyboards import languages
from bot.screens import Button
from catalogue import delegates

DIALOG = "profile"


def main_menu(lang: str) -> list[list[Button]]:
    return [
        [
            Button(label(lang, "menu-offer"), "menu:offer"),
            Button(label(lang, "menu-need"), "menu:need"),
            Button(label(lang, "menu-mine"), "menu:mine"),
        ]
    ]


async def start(update: Update, context: Context) -> None:
    """Welcome; then registration, or where the user left it, or the menu."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    s = services(context)
    lang, registered = touch(update, context)
    payload = (context.args or [""])[0]
    if payload.startswith("inv_"):  # a one-time invitation link
        await redeem(update, context, payload.removeprefix("inv_"))
    if registered:
        with s.sessions() as session:
            row = delegates.get(session, user.id)
            name = row.full_name if row and row.full_name else user.first_name
        text = t(lang, "start-welcome-back", name=name) + "\n\n" + t(lang, "menu-registered")
        await send(context, chat.id, text, main_menu(lang))
        return
    if s.dialogs.active(user.id) == DIALOG:
        screen = s.dialogs.show(user.id, lang, notice=t(lang, "start-resume"))
        if screen is not None:
            await send_screen(context, chat.id, screen)
            return
    await send(context, chat.id, t(lang, "start-welcome"), languages())
    screen = s.dialogs.start(user.id, DIALOG, lang, data={}, mode=LINEAR)
    screen.text = t(lang, "reg-intro") + "\n\n" + screen.text
    await send_screen(context, chat.id, screen)


async def dialog_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    lang = language_of(update, context)
    if catalogue.is_cancel_press(query.data) and await catalogue.confirm_cancel(update, context):
        await query.answer()
        return
    screen = services(context).dialogs.on_button(user.id, lang, query.data or "")
    if screen.stale:
        await query.answer(screen.text[:200])
        return
    await answer_and_drop(update)
    await send_screen(context, chat.id, screen)


async def dialog_text(update: Update, context: Context) -> None:
    """A typed message: an answer to the open dialog, or something we do not expect."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and user is not None
    lang, registered = touch(update, context)
    s = services(context)
    html_text = message.text_html if message.text else None
    screen = s.dialogs.on_text(user.id, lang, message.text or "", html_text)
    if screen is not None:
        await send_screen(context, chat.id, screen)
        return
    key = "error-not-understood" if registered else "error-not-registered"
    await send(context, chat.id, t(lang, key))


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice, files: say we read text, ask the question again."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang, registered = touch(update, context)
    screen = services(context).dialogs.show(user.id, lang, notice=t(lang, "dialog-not-text"))
    if screen is not None:
        await send_screen(context, chat.id, screen)
        return
    key = "error-not-understood" if registered else "error-not-registered"
    await send(context, chat.id, t(lang, key))


async def cancel(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    s = services(context)
    if await catalogue.confirm_cancel(update, context):
        return
    cancelled = s.dialogs.cancel(user.id)
    await send(context, chat.id, t(lang, "dialog-cancelled" if cancelled else "dialog-none-open"))
