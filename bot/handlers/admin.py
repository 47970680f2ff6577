"""Secretariat commands. The role is checked when the command runs, on the server."""

from __future__ import annotations

from bot import callbacks as cb
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import connections, delegates
from presentation.i18n import label, t
from presentation.render import date_text, profile_card
from storage import ids
from storage.rights import Action


@handler(Action.VERIFY)
async def verify(turn: Turn[None]) -> None:
    await _set_verified(turn, True)


@handler(Action.VERIFY)
async def unverify(turn: Turn[None]) -> None:
    await _set_verified(turn, False)


async def _set_verified(turn: Turn[None], verified: bool) -> None:
    args = turn.args
    target = ids.parse_user(args[0]) if len(args) == 1 else None
    if target is None:
        await turn.say(t(turn.lang, "verify-usage"))
        return
    with turn.write() as session:
        row = delegates.set_verified(session, target, verified, turn.user_id, turn.now())
        name = row.full_name if row else None
    if row is None:
        await turn.say(t(turn.lang, "verify-unknown", user=str(target)))
        return
    key = "verify-done" if verified else "unverify-done"
    await turn.say(t(turn.lang, key, name=name or "—", user=str(target)))


@handler(Action.READ_PEOPLE, feature=cb.PERSON)
async def person_button(turn: Turn[cb.Person]) -> None:
    """A delegate's profile and contact record, from a report's notice: what the secretariat
    weighs before it acts; and the act itself, barring them from contact requests (or
    lifting it), checked by the core."""
    assert turn.call is not None
    action, user_id = turn.call.action, turn.call.number()
    changed = None
    if action in (cb.Person.BAR, cb.Person.UNBAR):
        with turn.write() as session:
            changed = connections.bar(
                session, turn.user_id, user_id, action is cb.Person.BAR, turn.now()
            )
    with turn.read() as session:
        record = connections.record_of(session, turn.user_id, user_id)
    if record is None:
        await turn.stale()
        return
    person = record.person
    username = f" (@{person.username})" if person.username else ""
    parts = [
        profile_card(turn.lang, person, turn.now()),
        t(turn.lang, "person-record", user=user_id, username=username, sent=record.sent,
          accepted=record.accepted, blocked=record.blocked_by, reported=record.reported_by),
    ]  # fmt: skip
    barred = person.barred_at is not None
    if person.barred_at is not None:
        since = date_text(person.barred_at.date(), turn.lang)
        parts.append(t(turn.lang, "person-barred", since=since))
    if changed is not None:
        await turn.answer("person-barred-done" if barred else "person-unbarred-done")
    else:
        await turn.answer()
    toggle = cb.Person.UNBAR if barred else cb.Person.BAR
    key = "person-unbar" if barred else "person-bar"
    button = Button(label(turn.lang, key), cb.PERSON.data(toggle, user_id))
    await turn.say("\n\n".join(parts), [[button]])
