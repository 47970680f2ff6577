"""/offer, /need, /mine: a delegate's own entries, from draft to withdrawal."""

from __future__ import annotations

from telegram import Update

from bot.dialogs import entry as entry_dialog
from bot.dialogs.engine import EDIT, LINEAR, parse_callback
from bot.handlers.common import (
    Context,
    answer_and_drop,
    drop_keyboard,
    language_of,
    send,
    send_screen,
    services,
    touch,
)
from bot.i18n import label, t
from bot.render import entry_card
from bot.screens import Button
from catalogue import entries
from storage.db import transaction

MINE_LIMIT = 20


async def offer(update: Update, context: Context) -> None:
    await _new_entry(update, context, "offer")


async def need(update: Update, context: Context) -> None:
    await _new_entry(update, context, "need")


async def _new_entry(update: Update, context: Context, kind: str) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang, registered = touch(update, context)
    if not registered:
        await send(context, chat.id, t(lang, "error-not-registered"))
        return
    with s.sessions() as session:
        if entries.pending_count(session, user.id) >= entries.MAX_PENDING:
            await send(context, chat.id, t(lang, "entry-limit", max=entries.MAX_PENDING))
            return
    screen = s.dialogs.start(user.id, entry_dialog.NAME, lang, data={"kind": kind}, mode=LINEAR)
    screen.text = t(lang, f"entry-intro-{kind}") + "\n\n" + screen.text
    await send_screen(context, chat.id, screen)


async def menu_button(update: Update, context: Context) -> None:
    """The main menu's buttons lead to the same places as the commands."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    target = (query.data or "").removeprefix("menu:")
    if target == "offer":
        await offer(update, context)
    elif target == "need":
        await need(update, context)
    elif target == "mine":
        await mine(update, context)
    elif update.effective_chat is not None:
        lang = language_of(update, context)
        await send(context, update.effective_chat.id, t(lang, "dialog-stale-button"))


async def mine(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    with s.sessions() as session:
        own = entries.of_owner(session, user.id)[:MINE_LIMIT]
        lines = [
            t(
                lang,
                "mine-line",
                id=e.id,
                kind=label(lang, f"kind-{e.kind}"),
                title=e.title,
                status=label(lang, f"status-{e.status}"),
            )
            for e in own
        ]
        ids = [e.id for e in own]
    if not ids:
        rows = [
            [
                Button(label(lang, "menu-offer"), "menu:offer"),
                Button(label(lang, "menu-need"), "menu:need"),
            ]
        ]
        await send(context, chat.id, t(lang, "mine-empty"), rows)
        return
    buttons = [Button(f"#{i}", f"ent:o:{i}") for i in ids]
    rows = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
    await send(context, chat.id, t(lang, "mine-title") + "\n\n" + "\n".join(lines), rows)


def _entry_rows(lang: str, entry_id: int, status: str) -> list[list[Button]]:
    if status == "withdrawn":
        return []
    return [
        [
            Button(label(lang, "entry-edit"), f"ent:e:{entry_id}"),
            Button(label(lang, "entry-withdraw"), f"ent:w:{entry_id}"),
        ]
    ]


async def entry_button(update: Update, context: Context) -> None:
    """ent:o (open), ent:e (edit), ent:w (withdraw?), ent:wy / ent:wn (confirm)."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    parts = (query.data or "").split(":")
    if len(parts) != 3 or parts[1] not in ("o", "e", "w", "wy", "wn") or not parts[2].isdigit():
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    action, entry_id = parts[1], int(parts[2])
    card, status, published, draft = "", "", False, {}
    with transaction(s.sessions) as session:  # no Telegram call inside a transaction
        try:
            entry = entries.get_own(session, user.id, entry_id)
        except entries.NotFound:
            entry = None
        usable = entry is not None and (action == "o" or entry.status != "withdrawn")
        if entry is not None and usable:
            if action == "wy":
                entries.withdraw(session, user.id, entry_id, s.clock())
            card = entry_card(lang, entry)
            status = entry.status
            published = entry.published is not None and entry.status == "pending"
            draft = {f: getattr(entry, f) for f in entries.FIELDS}
            draft.update(kind=entry.kind, entry_id=entry.id, _countries_done=True)
    if not usable:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer()
    if action == "o":
        if published:
            card += "\n\n" + t(lang, "entry-published-note")
        await send(context, chat.id, card, _entry_rows(lang, entry_id, status))
    elif action == "e":
        screen = s.dialogs.start(
            user.id, entry_dialog.NAME, lang, data=draft, mode=EDIT, at_step="summary"
        )
        await send_screen(context, chat.id, screen)
    elif action == "w":
        rows = [
            [
                Button(label(lang, "entry-withdraw-yes"), f"ent:wy:{entry_id}"),
                Button(label(lang, "entry-withdraw-no"), f"ent:wn:{entry_id}"),
            ]
        ]
        await send(context, chat.id, t(lang, "entry-withdraw-confirm", id=entry_id), rows)
    elif action == "wy":
        await drop_keyboard(update)
        await send(context, chat.id, t(lang, "entry-withdrawn", id=entry_id))
    else:
        await drop_keyboard(update)
        await send(context, chat.id, t(lang, "entry-withdraw-kept", id=entry_id))


async def open_command(update: Update, context: Context) -> None:
    """/open_12: the link shown beside a near-duplicate title."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    raw = (message.text or "").split()[0].split("@")[0].removeprefix("/open_")
    card, rows = "", []
    with s.sessions() as session:
        try:
            entry = entries.get_own(session, user.id, int(raw)) if raw.isdigit() else None
        except entries.NotFound:
            entry = None
        if entry is not None:
            card = entry_card(lang, entry)
            rows = _entry_rows(lang, entry.id, entry.status)
    if not card:
        await send(context, chat.id, t(lang, "entry-not-found"))
        return
    await send(context, chat.id, card, rows)


async def confirm_cancel(update: Update, context: Context) -> bool:
    """/cancel or the Cancel button in an offer or need: ask before dropping the draft."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    if services(context).dialogs.active(user.id) != entry_dialog.NAME:
        return False
    lang = language_of(update, context)
    rows = [
        [
            Button(label(lang, "draft-discard-yes"), "cd:y"),
            Button(label(lang, "draft-discard-no"), "cd:n"),
        ]
    ]
    await send(context, chat.id, t(lang, "draft-discard-confirm"), rows)
    return True


async def cancel_draft_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    await answer_and_drop(update)
    if query.data == "cd:y" and s.dialogs.active(user.id) == entry_dialog.NAME:
        s.dialogs.cancel(user.id)
        await send(context, chat.id, t(lang, "draft-discarded"))
        return
    screen = s.dialogs.show(user.id, lang)
    if screen is not None:
        await send_screen(context, chat.id, screen)


def is_cancel_press(data: str | None) -> bool:
    parsed = parse_callback(data or "")
    return parsed is not None and parsed[1] == "x"
