"""The check-ins' answers (one tap: the stage a partnership is at) and /followup on|off."""

from __future__ import annotations

from bot import callbacks as cb
from bot.handlers.common import Turn, handler
from bot.handlers.partnerships import ask_drop_reason
from catalogue import followups
from catalogue import partnerships as partnership_service
from presentation.i18n import label, t


@handler(feature=cb.FOLLOWUP)
async def followup_button(turn: Turn[cb.FollowUp]) -> None:
    assert turn.call is not None
    action, partnership_id = turn.call.action, turn.call.number()
    if action is cb.FollowUp.DROP:
        await ask_drop_reason(turn, partnership_id, cb.FOLLOWUP, cb.FollowUp.REASON)
        return
    stage = turn.call.word(1) if action is cb.FollowUp.ANSWER else "dropped"
    reason = turn.call.word(1) if action is cb.FollowUp.REASON else None
    try:
        with turn.write() as session:
            followups.answer(session, turn.user_id, partnership_id, stage, turn.now(), reason)
    except (partnership_service.NotAllowed, partnership_service.NotPossible):
        await turn.stale()
        return
    await turn.answer()
    stage_name = label(turn.lang, f"stage-{stage}")
    await turn.replace(t(turn.lang, "followup-thanks", id=partnership_id, stage=stage_name))


@handler(registered=True)
async def followup_command(turn: Turn[None]) -> None:
    """/followup off (or on): the check-ins about one's partnerships."""
    wanted = (turn.args or [""])[0].lower()
    if wanted not in ("on", "off"):
        with turn.read() as session:
            now_off = followups.paused(session, turn.user_id)
        await turn.say(t(turn.lang, "followup-usage-off" if now_off else "followup-usage-on"))
        return
    with turn.write() as session:
        followups.set_paused(session, turn.user_id, wanted == "off", turn.now())
    await turn.say(t(turn.lang, f"followup-{wanted}"))
