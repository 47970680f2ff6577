"""/offer, /need, /mine: a delegate's own entries, from draft to withdrawal."""

from __future__ import annotations

from bot import callbacks as cb
from bot.dialogs import entry as entry_dialog
from bot.dialogs.engine import EDIT, LINEAR, parse_callback
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import entries
from presentation.i18n import label, t
from presentation.render import entry_card
from storage import ids

MINE_LIMIT = 20


@handler(registered=True)
async def offer(turn: Turn[None]) -> None:
    await _new_entry(turn, "offer")


@handler(registered=True)
async def need(turn: Turn[None]) -> None:
    await _new_entry(turn, "need")


async def _new_entry(turn: Turn[object], kind: str) -> None:
    with turn.read() as session:
        full = entries.pending_count(session, turn.user_id) >= entries.MAX_PENDING
    if full:
        await turn.say(t(turn.lang, "entry-limit", max=entries.MAX_PENDING))
        return
    screen = turn.s.dialogs.start(
        turn.user_id, entry_dialog.NAME, turn.lang, data={"kind": kind}, mode=LINEAR
    )
    screen.text = t(turn.lang, f"entry-intro-{kind}") + "\n\n" + screen.text
    await turn.show(screen)


@handler(feature=cb.MENU, registered=True)
async def menu_button(turn: Turn[cb.Menu]) -> None:
    """The main menu's buttons lead to the same places as the commands."""
    assert turn.call is not None
    await turn.answer()
    if turn.call.action is cb.Menu.MINE:
        await _mine(turn)
    else:
        await _new_entry(turn, turn.call.action.value)


@handler()
async def mine(turn: Turn[None]) -> None:
    await _mine(turn)


async def _mine(turn: Turn[object]) -> None:
    lang = turn.lang
    with turn.read() as session:
        own = entries.of_owner(session, turn.user_id)[:MINE_LIMIT]
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
                Button(label(lang, "menu-offer"), cb.MENU.data(cb.Menu.OFFER)),
                Button(label(lang, "menu-need"), cb.MENU.data(cb.Menu.NEED)),
            ]
        ]
        await turn.say(t(lang, "mine-empty"), rows)
        return
    buttons = [Button(f"#{i}", cb.ENTRY.data(cb.Entry.OPEN, i)) for i in ids]
    rows = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
    await turn.say(t(lang, "mine-title") + "\n\n" + "\n".join(lines), rows)


def _entry_rows(lang: str, entry_id: int, status: str) -> list[list[Button]]:
    if status == "withdrawn":
        return []
    return [
        [
            Button(label(lang, "entry-edit"), cb.ENTRY.data(cb.Entry.EDIT, entry_id)),
            Button(label(lang, "entry-withdraw"), cb.ENTRY.data(cb.Entry.WITHDRAW, entry_id)),
        ]
    ]


@handler(feature=cb.ENTRY)
async def entry_button(turn: Turn[cb.Entry]) -> None:
    """Open, edit, withdraw (asked first, then confirmed or kept)."""
    assert turn.call is not None
    action, entry_id, lang = turn.call.action, turn.call.number(), turn.lang
    card, status, published, draft = "", "", False, {}
    with turn.write() as session:  # no Telegram call inside a transaction
        try:
            entry = entries.get_own(session, turn.user_id, entry_id)
        except entries.NotFound:
            entry = None
        usable = entry is not None and (action is cb.Entry.OPEN or entry.status != "withdrawn")
        if entry is not None and usable:
            if action is cb.Entry.WITHDRAW_YES:
                entries.withdraw(session, turn.user_id, entry_id, turn.now())
            card = entry_card(lang, entry)
            status = entry.status
            published = entry.published is not None and entry.status == "pending"
            draft = {f: getattr(entry, f) for f in entries.FIELDS}
            draft.update(kind=entry.kind, entry_id=entry.id, _countries_done=True)
            if entry.status == "changes_requested" and entry.review_note:
                draft["_review_note"] = entry.review_note
    if not usable:
        await turn.stale()
        return
    await turn.answer()
    if action is cb.Entry.OPEN:
        if published:
            card += "\n\n" + t(lang, "entry-published-note")
        await turn.say(card, _entry_rows(lang, entry_id, status))
    elif action is cb.Entry.EDIT:
        screen = turn.s.dialogs.start(
            turn.user_id, entry_dialog.NAME, lang, data=draft, mode=EDIT, at_step="summary"
        )
        await turn.show(screen)
    elif action is cb.Entry.WITHDRAW:
        rows = [
            [
                Button(
                    label(lang, "entry-withdraw-yes"),
                    cb.ENTRY.data(cb.Entry.WITHDRAW_YES, entry_id),
                ),
                Button(
                    label(lang, "entry-withdraw-no"), cb.ENTRY.data(cb.Entry.WITHDRAW_NO, entry_id)
                ),
            ]
        ]
        await turn.say(t(lang, "entry-withdraw-confirm", id=entry_id), rows)
    elif action is cb.Entry.WITHDRAW_YES:
        await turn.drop()
        await turn.say(t(lang, "entry-withdrawn", id=entry_id))
    else:
        await turn.drop()
        await turn.say(t(lang, "entry-withdraw-kept", id=entry_id))


@handler()
async def open_command(turn: Turn[None]) -> None:
    """/open_12: the link shown beside a near-duplicate title."""
    message = turn.update.effective_message
    raw = ((message.text if message else "") or "").split()[0].split("@")[0].removeprefix("/open_")
    card, rows = "", []
    with turn.read() as session:
        try:
            number = ids.parse(raw)
            entry = entries.get_own(session, turn.user_id, number) if number is not None else None
        except entries.NotFound:
            entry = None
        if entry is not None:
            card = entry_card(turn.lang, entry)
            rows = _entry_rows(turn.lang, entry.id, entry.status)
    if not card:
        await turn.say(t(turn.lang, "entry-not-found"))
        return
    await turn.say(card, rows)


async def confirm_cancel(turn: Turn[object]) -> bool:
    """/cancel or the Cancel button in an offer or need: ask before dropping the draft."""
    if turn.s.dialogs.active(turn.user_id) != entry_dialog.NAME:
        return False
    rows = [
        [
            Button(label(turn.lang, "draft-discard-yes"), cb.DRAFT.data(cb.Draft.DISCARD)),
            Button(label(turn.lang, "draft-discard-no"), cb.DRAFT.data(cb.Draft.KEEP)),
        ]
    ]
    await turn.say(t(turn.lang, "draft-discard-confirm"), rows)
    return True


@handler(feature=cb.DRAFT)
async def cancel_draft_button(turn: Turn[cb.Draft]) -> None:
    assert turn.call is not None
    dialogs = turn.s.dialogs
    await turn.done()
    if turn.call.action is cb.Draft.DISCARD and dialogs.active(turn.user_id) == entry_dialog.NAME:
        dialogs.cancel(turn.user_id)
        await turn.say(t(turn.lang, "draft-discarded"))
        return
    screen = dialogs.show(turn.user_id, turn.lang)
    if screen is not None:
        await turn.show(screen)


def is_cancel_press(data: str | None) -> bool:
    parsed = parse_callback(data or "")
    return parsed is not None and parsed[1] == "x"
