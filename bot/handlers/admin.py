"""Secretariat commands. The role is checked when the command runs, on the server."""

from __future__ import annotations

from bot.handlers.common import Turn, handler
from catalogue import delegates
from presentation.i18n import t
from storage.rights import Action


@handler(Action.VERIFY)
async def verify(turn: Turn[None]) -> None:
    await _set_verified(turn, True)


@handler(Action.VERIFY)
async def unverify(turn: Turn[None]) -> None:
    await _set_verified(turn, False)


async def _set_verified(turn: Turn[None], verified: bool) -> None:
    args = turn.args
    if len(args) != 1 or not args[0].isdigit() or len(args[0]) > 15:
        await turn.say(t(turn.lang, "verify-usage"))
        return
    target = int(args[0])
    with turn.write() as session:
        row = delegates.set_verified(session, target, verified, turn.user_id, turn.now())
        name = row.full_name if row else None
    if row is None:
        await turn.say(t(turn.lang, "verify-unknown", user=str(target)))
        return
    key = "verify-done" if verified else "unverify-done"
    await turn.say(t(turn.lang, key, name=name or "—", user=str(target)))
