"""/review, /export: the secretariat keeps the catalogue clean without leaving the chat.

Every button re-checks the role when pressed: a forged review button from a delegate is
refused and changes nothing.
"""

from __future__ import annotations

import asyncio
import html

from bot import callbacks as cb
from bot.dialogs import review as review_dialog
from bot.dialogs.engine import LINEAR, Screen
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import delegates, entries, review
from catalogue import io as catalogue_io
from catalogue.entries import Decision
from presentation import publish as published_document
from presentation.i18n import label, t
from presentation.render import (
    affiliation,
    date_text,
    entry_card,
    partner_name,
    reason_text,
    your_time,
)
from scheduler import agenda_store
from storage.rights import Action


def _queue_screen(turn: Turn[object], after: int | None = None) -> Screen:
    """The next entry waiting for review, with who sent it and the decision buttons."""
    lang = turn.lang
    with turn.read() as session:
        entry = review.next_pending(session, after)
        if entry is None and after is not None:
            entry = review.next_pending(session)  # wrap around after the last one
        if entry is None:
            return Screen(t(lang, "review-empty"))
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        left = review.queue_size(session)
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
                entry_card(
                    lang,
                    {**entries.snapshot(entry), "id": entry.id},
                    with_status=False,
                    show_contact=True,
                    with_owner=False,
                ),
            ]
        )
        changed = entries.changed_fields(session, entry.id)
        if changed:
            names = ", ".join(label(lang, f"entry-field-{f}") for f in changed)
            text += "\n\n" + t(lang, "review-changed", fields=names)
        elif entry.published is not None:
            text += "\n\n" + t(lang, "review-is-edit")
        ref = (entry.id, entry.version)
        rows = [
            [Button(label(lang, "review-approve"), cb.REVIEW.data(cb.Review.APPROVE, *ref))],
            [
                Button(label(lang, "review-changes"), cb.REVIEW.data(cb.Review.CHANGES, *ref)),
                Button(label(lang, "review-reject"), cb.REVIEW.data(cb.Review.REJECT, *ref)),
            ],
            [
                Button(label(lang, "review-skip"), cb.REVIEW.data(cb.Review.SKIP, entry.id)),
                Button(label(lang, "review-history"), cb.REVIEW.data(cb.Review.HISTORY, entry.id)),
            ],
        ]
    return Screen(text, rows)


@handler(Action.REVIEW)
async def review_command(turn: Turn[None]) -> None:
    await turn.show(_queue_screen(turn))


@handler(Action.REVIEW, feature=cb.REVIEW)
async def review_button(turn: Turn[cb.Review]) -> None:
    assert turn.call is not None
    action = turn.call.action
    await turn.answer()
    if action is cb.Review.NEXT:
        await turn.show(_queue_screen(turn))
    elif action is cb.Review.SKIP:
        await turn.drop()
        await turn.show(_queue_screen(turn, after=turn.call.number()))
    elif action is cb.Review.HISTORY:
        await turn.say(history_text(turn, turn.call.number()))
    elif action is cb.Review.APPROVE:
        await turn.drop()
        entry_id, version = turn.call.number(0), turn.call.number(1)
        with turn.write() as session:
            done = review_dialog.decide(
                session,
                turn.user_id,
                entry_id,
                version,
                Decision.APPROVE,
                None,
                turn.lang,
                turn.now(),
            )
        await turn.show(Screen(done.text, done.rows, True, outbox_keys=done.told))
    else:
        await turn.drop()
        decision = "request_changes" if action is cb.Review.CHANGES else "reject"
        data = {
            "entry_id": turn.call.number(0),
            "version": turn.call.number(1),
            "decision": decision,
        }
        await turn.show(
            turn.s.dialogs.start(
                turn.user_id, review_dialog.NAME, turn.lang, data=data, mode=LINEAR
            )
        )


def history_text(turn: Turn[object], entry_id: int) -> str:
    lang = turn.lang
    with turn.read() as session:
        events = review.history(session, entry_id)
        me = delegates.get(session, turn.user_id)
        zone = me.timezone if me is not None else None
        lines = [t(lang, "review-history-title", id=entry_id)]
        for e in events:
            when, action = your_time(lang, e.at, zone), label(lang, f"action-{e.action}")
            line = t(lang, "review-history-line", when=when, action=action)
            # Who and why only when there is one: an import has no actor, a submission no
            # reason (never a row of dashes); someone forgotten reads as such.
            if e.actor_id:
                who = delegates.get(session, e.actor_id)
                if who is not None and (who.full_name or who.forgotten_at):
                    line += " — " + html.escape(partner_name(lang, e.actor_id, who), quote=False)
                else:  # a secretariat member who never registered: their role, not an id
                    line += " — " + t(lang, "role-secretariat")
            reason = reason_text(lang, e.reason)
            if reason:
                line += " — " + html.escape(reason, quote=False)
            lines.append(line)
    if len(lines) == 1:
        lines.append(t(lang, "entry-not-found"))
    return "\n".join(lines)


@handler(Action.EXPORT)
async def export(turn: Turn[None]) -> None:
    """The catalogue as CSV, XLSX and JSON Lines documents (the CLI's files)."""
    status = "all" if turn.args[:1] == ["all"] else "approved"
    with turn.write() as session:
        rows = catalogue_io.export(session, turn.user_id, turn.now(), status)
    if not rows:
        await turn.say(t(turn.lang, "export-empty"))
        return
    stamp = turn.now().strftime("%Y%m%d-%H%M")
    for fmt in ("xlsx", "csv", "json"):
        content = catalogue_io.render(rows, fmt)
        name = f"cidi-catalogue-{status}-{stamp}.{'jsonl' if fmt == 'json' else fmt}"
        await turn.context.bot.send_document(
            turn.chat_id,
            content,
            filename=name,
            caption=t(turn.lang, "export-caption", count=len(rows), format=fmt.upper()),
            parse_mode="HTML",
        )


@handler(Action.EXPORT)
async def publish_command(turn: Turn[None]) -> None:
    """The published catalogue, HTML and PDF, in the secretariat member's language (the same
    document as `cidi-bot catalogue publish`). Drawing the PDF takes seconds: the member
    reads "preparing…" at once, and the bot keeps answering others meanwhile (a thread)."""
    with turn.read() as session:
        agenda = agenda_store.current(session, turn.s.settings.agenda_file)
        document = published_document.gather(session, turn.now(), agenda, turn.lang)
    edition = document.edition
    await turn.say(t(turn.lang, "publish-preparing", offers=edition.offers,
                       needs=edition.needs))  # fmt: skip
    username = turn.s.settings.bot_username or turn.context.bot.username
    date = date_text(edition.at.date(), turn.lang)
    caption = t(turn.lang, "publish-caption", date=date, offers=edition.offers,
                needs=edition.needs)  # fmt: skip
    stamp = turn.now().strftime("%Y%m%d")
    for fmt in published_document.FORMATS:
        content = await asyncio.to_thread(published_document.render, document, fmt, username)
        await turn.context.bot.send_document(
            turn.chat_id,
            content,
            filename=f"cidi-catalogue-{turn.lang}-{stamp}.{fmt}",
            caption=caption,
            parse_mode="HTML",
        )
