"""/profile, /language and /forget_me."""

from __future__ import annotations

from telegram import Update

from bot.dialogs.engine import EDIT
from bot.handlers.common import (
    Context,
    answer_and_drop,
    language_of,
    send,
    send_screen,
    services,
)
from bot.handlers.menu import publish_chat_menu
from bot.i18n import label, t
from bot.keyboards import languages
from bot.render import profile_card
from bot.screens import Button
from catalogue import delegates
from catalogue.taxonomy import is_language
from scheduler import service as scheduler_service
from storage.db import transaction

EDITABLE = delegates.PROFILE_FIELDS


def _edit_rows(lang: str, actor_kind: str | None) -> list[list[Button]]:
    fields = [f for f in EDITABLE if f != "organisation" or not delegates.is_state(actor_kind)]
    buttons = [
        Button(label(lang, "profile-edit-button", field=label(lang, f"field-{f}")), f"prof:{f}")
        for f in fields
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append(
        [
            Button(
                label(lang, "profile-edit-button", field=label(lang, "field-language")),
                "prof:language",
            )
        ]
    )
    return rows


async def profile(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    text, rows = "", []
    with s.sessions() as session:
        row = delegates.get(session, user.id)
        if row is not None and row.registered_at is not None:
            text = profile_card(lang, row, s.clock()) + "\n\n" + t(lang, "profile-edit-hint")
            rows = _edit_rows(lang, row.actor_kind)
    if not text:
        await send(context, chat.id, t(lang, "error-not-registered"))
        return
    await send(context, chat.id, text, rows)


async def profile_button(update: Update, context: Context) -> None:
    """An Edit button: open the profile dialog on that one field."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    field = (query.data or "").removeprefix("prof:")
    if field == "language":
        await query.answer()
        await send(context, chat.id, t(lang, "language-ask"), languages())
        return
    with s.sessions() as session:
        row = delegates.get(session, user.id)
        draft = delegates.profile_data(row) if row and row.registered_at else None
    if draft is None or field not in EDITABLE:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    if field == "organisation" and delegates.is_state(draft.get("actor_kind")):
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await answer_and_drop(update)
    screen = s.dialogs.start(user.id, "profile", lang, data=draft, mode=EDIT, at_step=field)
    await send_screen(context, chat.id, screen)


async def language(update: Update, context: Context) -> None:
    chat = update.effective_chat
    assert chat is not None
    lang = language_of(update, context)
    await send(context, chat.id, t(lang, "language-ask"), languages())


async def language_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    code = (query.data or "").removeprefix("lang:")
    if not is_language(code):
        await query.answer(t(language_of(update, context), "dialog-stale-button")[:200])
        return
    with transaction(s.sessions) as session:
        delegates.ensure(session, user.id, code, user.username, s.clock())
        delegates.set_language(session, user.id, code, s.clock())
        user_roles = delegates.roles_of(session, user.id)
    await query.answer()
    await send(context, chat.id, t(code, "language-set"))
    if user_roles - {"delegate"}:
        await publish_chat_menu(context.application, user.id, code, user_roles)
    screen = s.dialogs.show(user.id, code)
    if screen is not None:  # ask the open question again, now in the new language
        await send_screen(context, chat.id, screen)


async def forget_me(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    in_dialog = s.dialogs.active(user.id) is not None
    with s.sessions() as session:
        row = delegates.get(session, user.id)
        holds_data = row is not None and (
            row.registered_at is not None or row.full_name is not None or in_dialog
        )
    if not holds_data:
        await send(context, chat.id, t(lang, "forget-nothing"))
        return
    rows = [
        [
            Button(label(lang, "forget-yes"), "forget:yes"),
            Button(label(lang, "forget-no"), "forget:no"),
        ]
    ]
    await send(context, chat.id, t(lang, "forget-confirm"), rows)


async def forget_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    choice = (query.data or "").removeprefix("forget:")
    if choice not in ("yes", "no"):
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await answer_and_drop(update)
    if choice == "no":
        await send(context, chat.id, t(lang, "forget-kept"))
        return
    with transaction(s.sessions) as session:
        done = delegates.forget(session, user.id, s.clock())
        # No subscriber any more: every pending reminder of theirs is dropped.
        agenda = scheduler_service.current(session, s.settings.agenda_file)
        scheduler_service.replan(
            session, agenda, s.clock(), s.settings.reminder_lead_minutes, {user.id}
        )
    await send(context, chat.id, t(lang, "forget-done" if done else "forget-nothing"))
