"""/review, /export: the secretariat keeps the catalogue clean without leaving the chat.

Every button re-checks the role when pressed: a forged `rv:` button from a
delegate is refused and changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Update

from bot.dialogs import review as review_dialog
from bot.dialogs.engine import LINEAR, Screen
from bot.handlers.common import (
    Context,
    drop_keyboard,
    language_of,
    refused,
    send,
    send_screen,
    services,
)
from bot.i18n import label, t
from bot.notices import enqueue
from bot.render import affiliation, entry_card
from bot.screens import Button
from catalogue import delegates, entries
from catalogue import io as catalogue_io
from storage.db import transaction


def _queue_screen(context: Context, lang: str, after: int | None = None) -> Screen:
    """The next entry waiting for review, with who sent it and the decision buttons."""
    s = services(context)
    with s.sessions() as session:
        entry = entries.next_pending(session, after)
        if entry is None and after is not None:
            entry = entries.next_pending(session)  # wrap around after the last one
        if entry is None:
            return Screen(t(lang, "review-empty"))
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        left = entries.queue_size(session)
        who = owner.full_name if owner and owner.full_name else t(lang, "entry-anonymous")
        verified = t(
            lang, "profile-verified-yes" if owner and owner.verified else "profile-verified-no"
        )
        text = "\n".join(
            [
                t(lang, "review-header", left=left),
                t(lang, "review-submitter", name=who, affiliation=affiliation(lang, entry, owner)),
                verified,
                "",
                entry_card(lang, entry, with_status=False),
            ]
        )
        if entry.published is not None:
            text += "\n\n" + t(lang, "review-is-edit")
        ref = f"{entry.id}:{entry.version}"
        rows = [
            [Button(label(lang, "review-approve"), f"rv:a:{ref}")],
            [
                Button(label(lang, "review-changes"), f"rv:c:{ref}"),
                Button(label(lang, "review-reject"), f"rv:r:{ref}"),
            ],
            [
                Button(label(lang, "review-skip"), f"rv:s:{entry.id}"),
                Button(label(lang, "review-history"), f"rv:h:{entry.id}"),
            ],
        ]
    return Screen(text, rows)


async def review(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    await send_screen(context, chat.id, _queue_screen(context, lang))


def _parse(data: str) -> tuple[str, int, int | None] | None:
    parts = data.split(":")
    if len(parts) == 2 and parts[1] == "n":
        return "n", 0, None
    if len(parts) == 3 and parts[1] in ("s", "h") and parts[2].isdigit():
        return parts[1], int(parts[2]), None
    if (
        len(parts) == 4
        and parts[1] in ("a", "c", "r")
        and parts[2].isdigit()
        and parts[3].isdigit()
    ):
        return parts[1], int(parts[2]), int(parts[3])
    return None


async def review_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    parsed = _parse(query.data or "")
    if parsed is None:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    action, entry_id, version = parsed
    await query.answer()
    if action == "n":
        await send_screen(context, chat.id, _queue_screen(context, lang))
    elif action == "s":
        await drop_keyboard(update)
        await send_screen(context, chat.id, _queue_screen(context, lang, after=entry_id))
    elif action == "h":
        await send(context, chat.id, history_text(context, lang, entry_id))
    elif action == "a":
        await drop_keyboard(update)
        with transaction(s.sessions) as session:
            done = review_dialog.apply_decision(
                session,
                user.id,
                entry_id,
                version or 0,
                "approve",
                None,
                lang,
                s.clock(),
                s.catalogue,
            )
            keys = enqueue(session, done.notices, s.clock())
        await send_screen(
            context, chat.id, Screen(done.text, done.rows, True, meta={"outbox_keys": keys})
        )
    else:
        await drop_keyboard(update)
        decision = "request_changes" if action == "c" else "reject"
        data = {"entry_id": entry_id, "version": version, "decision": decision}
        screen = s.dialogs.start(user.id, review_dialog.NAME, lang, data=data, mode=LINEAR)
        await send_screen(context, chat.id, screen)


def history_text(context: Context, lang: str, entry_id: int) -> str:
    s = services(context)
    with s.sessions() as session:
        events = entries.history(session, entry_id)
        lines = [t(lang, "review-history-title", id=entry_id)]
        for e in events:
            who = delegates.get(session, e.actor_id) if e.actor_id else None
            lines.append(
                t(
                    lang,
                    "review-history-line",
                    when=_when(e.at),
                    action=label(lang, f"action-{e.action}"),
                    who=(who.full_name if who and who.full_name else str(e.actor_id or "—")),
                    reason=review_dialog.reason_text(lang, e.reason) or "—",
                )
            )
    if len(lines) == 1:
        lines.append(t(lang, "entry-not-found"))
    return "\n".join(lines)


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


async def export(update: Update, context: Context) -> None:
    """The catalogue as CSV, XLSX and JSON Lines documents (the CLI's files)."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    status = "all" if context.args and context.args[0] == "all" else "approved"
    with s.sessions() as session:
        rows = catalogue_io.export_rows(session, status)
    if not rows:
        await send(context, chat.id, t(lang, "export-empty"))
        return
    stamp = s.clock().strftime("%Y%m%d-%H%M")
    for fmt in ("xlsx", "csv", "json"):
        content = catalogue_io.render(rows, fmt)
        name = f"cidi-catalogue-{status}-{stamp}.{'jsonl' if fmt == 'json' else fmt}"
        await context.bot.send_document(
            chat.id,
            content,
            filename=name,
            caption=t(lang, "export-caption", count=len(rows), format=fmt.upper()),
            parse_mode="HTML",
        )
    with transaction(s.sessions) as session:
        delegates.audit(
            session, s.clock(), user.id, "export", None, {"status": status, "rows": len(rows)}
        )
