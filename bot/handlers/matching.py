"""/search, /matches, "I'm interested" and the answers to it, /connections."""

from __future__ import annotations

from telegram import Update

from bot.dialogs import connect as connect_dialog
from bot.dialogs import search as search_dialog
from bot.dialogs.engine import LINEAR
from bot.handlers.common import (
    Context,
    answer_and_drop,
    drop_keyboard,
    language_of,
    refused,
    send,
    send_screen,
    services,
    touch,
)
from bot.i18n import label, t
from bot.notices import enqueue
from bot.render import contact_card, entry_card, why
from bot.screens import Button, Notice
from catalogue import delegates, matches
from catalogue.taxonomy import AREAS
from storage.db import transaction
from storage.models import Entry, SavedSearch


async def search(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang, _ = touch(update, context)
    query = " ".join(context.args or []).strip()
    if not query:
        screen = services(context).dialogs.start(
            user.id, search_dialog.NAME, lang, data={}, mode=LINEAR
        )
        await send_screen(context, chat.id, screen)
        return
    await run_search(context, chat.id, user.id, lang, query)


async def run_search(context: Context, chat_id: int, user_id: int, lang: str, query: str) -> None:
    s = services(context)
    problem = search_dialog.check_query(query)
    if problem:
        await send(context, chat_id, t(lang, problem))
        return
    with transaction(s.sessions) as session:
        text, rows = search_dialog.new_search(session, s.catalogue, user_id, lang, query, s.clock())
    await send(context, chat_id, text, rows)


async def show_results(
    context: Context, chat_id: int, lang: str, search_id: int, page: int, kind: str, area: str
) -> None:
    """A page of results (5), with paging and filter buttons; all state in the button data."""
    s = services(context)
    rows: list[list[Button]] = []
    with s.sessions() as session:
        saved = session.get(SavedSearch, search_id)
        if saved is None:
            text = t(lang, "dialog-stale-button")
        else:
            found = s.catalogue.search(
                session,
                saved.query,
                kind=None if kind == "-" else kind,
                area=None if area == "-" else area,
                top=50,
            )
            text, rows = search_dialog.results_page(session, lang, saved, found, page, kind, area)
    await send(context, chat_id, text, rows)


async def search_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    lang = language_of(update, context)
    parts = (query.data or "").split(":")
    valid = (
        len(parts) == 5
        and parts[1].isdigit()
        and parts[2].isdigit()
        and parts[3] in ("-", "offer", "need")
        and (parts[4] == "-" or parts[4] in AREAS)
    )
    if not valid:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    with services(context).sessions() as session:
        saved = session.get(SavedSearch, int(parts[1]))
        mine = saved is not None and saved.user_id == user.id
    if not mine:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer()
    await show_results(context, chat.id, lang, int(parts[1]), int(parts[2]), parts[3], parts[4])


async def details_button(update: Update, context: Context) -> None:
    """A result or a match, whole, with "I'm interested"."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    lang = language_of(update, context)
    raw = (query.data or "").removeprefix("sd:")
    text, rows = "", list[list[Button]]()
    if raw.isdigit():
        with services(context).sessions() as session:
            entry = session.get(Entry, int(raw))
            if entry is not None and entry.published:
                owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
                view = {**entry.published, "id": entry.id}
                text = entry_card(lang, view, with_status=False, owner=owner, show_contact=False)
                if entry.owner_id != user.id:
                    rows = [[Button(label(lang, "connect-interested"), f"ci:{entry.id}")]]
    if not text:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer()
    await send(context, chat.id, text, rows)


async def interested_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang, registered = touch(update, context)
    raw = (query.data or "").removeprefix("ci:")
    if not registered:
        await query.answer()
        await send(context, chat.id, t(lang, "error-not-registered"))
        return
    title = None
    if raw.isdigit():
        with s.sessions() as session:
            entry = session.get(Entry, int(raw))
            if entry is not None and entry.published:
                title = str(entry.published.get("title"))
                if entry.owner_id == user.id:
                    title = ""
    if title is None:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer()
    if title == "":
        await send(context, chat.id, t(lang, "connect-refused-own"))
        return
    screen = s.dialogs.start(
        user.id, connect_dialog.NAME, lang, data={"entry_id": int(raw), "title": title}, mode=LINEAR
    )
    await send_screen(context, chat.id, screen)


async def my_matches(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    lines = [t(lang, "matches-title")]
    rows: list[list[Button]] = []
    with services(context).sessions() as session:
        found = matches.matches_of(session, user.id, limit=10)
        for pair, own, other in found:
            lines.append(
                t(
                    lang,
                    "matches-line",
                    own=own.id,
                    other=other.id,
                    score=round(pair.score),
                    title=str((other.published or {}).get("title")),
                    kind=label(lang, f"kind-{other.kind}"),
                    why=why(lang, matches.reasons_of(pair)) or "—",
                )
            )
            rows.append(
                [
                    Button(f"#{other.id} ℹ️", f"sd:{other.id}"),
                    Button(label(lang, "connect-interested"), f"ci:{other.id}"),
                    Button(label(lang, "match-dismiss"), f"mt:x:{pair.id}"),
                ]
            )
    if not found:
        await send(context, chat.id, t(lang, "matches-empty"))
        return
    await send(context, chat.id, "\n\n".join(lines), rows)


async def match_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    raw = (query.data or "").removeprefix("mt:x:")
    done = False
    if raw.isdigit():
        with transaction(s.sessions) as session:
            done = matches.dismiss(session, user.id, int(raw))
    if not done:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer(t(lang, "match-dismissed")[:200])
    await drop_keyboard(update)


async def connection_button(update: Update, context: Context) -> None:
    """The owner accepts (contacts exchanged, by consent) or declines a request."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    parts = (query.data or "").split(":")
    if len(parts) != 3 or parts[1] not in ("a", "d") or not parts[2].isdigit():
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    accept = parts[1] == "a"
    outgoing: list[tuple[int, str]] = []
    keys: list[str] = []
    with transaction(s.sessions) as session:
        connection = matches.answer_connection(session, user.id, int(parts[2]), accept, s.clock())
        if connection is not None:
            entry = session.get(Entry, connection.entry_id)
            owner = delegates.get(session, user.id)
            requester = delegates.get(session, connection.requester_id)
            title = entry.title if entry else "—"
            rlang = requester.language if requester else "en"
            if not accept:
                outgoing.append(
                    (connection.requester_id, t(rlang, "connect-declined", title=title))
                )
            else:
                outgoing.extend(_exchange(session, owner, requester, entry, title))
            delegates.audit(
                session,
                s.clock(),
                user.id,
                "connection_" + connection.status,
                f"connection:{connection.id}",
            )
            keys = enqueue(session, [Notice(uid, text) for uid, text in outgoing], s.clock())
    if connection is None:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await answer_and_drop(update)
    key = "connect-you-accepted" if accept else "connect-you-declined"
    await send(context, chat.id, t(lang, key))
    await s.deliverer.run_keys(keys)


def _exchange(session, owner, requester, entry, title):  # type: ignore[no-untyped-def]
    """Each side gets the other's contact if the other consented; else the secretariat links."""
    messages = []
    via_secretariat = False
    for me, other, other_entry in ((requester, owner, entry), (owner, requester, None)):
        if me is None:
            continue
        if other is not None and other.consent == "direct":
            text = (
                t(me.language, "connect-accepted", title=title)
                + "\n\n"
                + contact_card(me.language, other, other_entry)
            )
        else:
            text = t(me.language, "connect-accepted-secretariat", title=title)
            via_secretariat = True
        messages.append((me.user_id, text))
    if via_secretariat:
        for uid in connect_dialog.secretariat_ids(session):
            row = delegates.get(session, uid)
            slang = row.language if row else "en"
            text = (
                t(slang, "connect-secretariat-link", title=title)
                + "\n\n"
                + contact_card(slang, requester, None)
                + "\n\n"
                + contact_card(slang, owner, entry)
            )
            messages.append((uid, text))
    return messages


async def connections(update: Update, context: Context) -> None:
    """The secretariat's view of every connection: the meeting's partnerships."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    lines = [t(lang, "connections-title")]
    with services(context).sessions() as session:
        for c in matches.all_connections(session, limit=40):
            entry = session.get(Entry, c.entry_id)
            requester = delegates.get(session, c.requester_id)
            owner = delegates.get(session, c.owner_id) if c.owner_id else None
            lines.append(
                t(
                    lang,
                    "connections-line",
                    id=entry.id if entry else 0,
                    title=entry.title if entry else "—",
                    requester=(requester.full_name or "—") if requester else "—",
                    owner=(owner.full_name or "—") if owner else t(lang, "entry-anonymous"),
                    status=label(lang, f"connection-{c.status}"),
                )
            )
    if len(lines) == 1:
        lines.append(t(lang, "connections-empty"))
    await send(context, chat.id, "\n".join(lines))
