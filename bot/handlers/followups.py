"""The check-ins' answers (one tap: the stage a partnership is at) and /followup on|off."""

from __future__ import annotations

from bot import callbacks as cb
from bot import notices
from bot.handlers.common import Turn, handler
from bot.handlers.partnerships import ask_drop_reason, refused
from catalogue import followups
from catalogue import partnerships as partnership_service
from catalogue.partnerships import DropReason, Stage
from presentation.i18n import label, t


@handler(feature=cb.FOLLOWUP)
async def followup_button(turn: Turn[cb.FollowUp]) -> None:
    assert turn.call is not None
    action, partnership_id = turn.call.action, turn.call.number()
    if action is cb.FollowUp.KEEP:
        await turn.answer()
        await turn.replace(t(turn.lang, "partnership-drop-kept", id=partnership_id))
        return
    mine_only = action in (cb.FollowUp.DROP, cb.FollowUp.BACK)  # a check-in is its party's own
    if mine_only and await refused(turn, partnership_id, party_only=True):
        return
    if action is cb.FollowUp.BACK:  # the check-in again, as it reads now
        with turn.read() as session:
            said = notices.render(
                session, turn.lang, {"about": "followup-ask", "partnership": partnership_id}
            )
        await turn.answer()
        if said is None:  # it ended meanwhile: nothing left to answer
            await turn.replace(t(turn.lang, "partnership-drop-kept", id=partnership_id))
        else:
            await turn.replace(*said)
        return
    if action is cb.FollowUp.DROP:
        await ask_drop_reason(turn, partnership_id, cb.FOLLOWUP,
                              (cb.FollowUp.REASON, cb.FollowUp.BACK, cb.FollowUp.KEEP))  # fmt: skip
        return
    # The callback's grammar admits only stages and reasons as these words.
    stage = Stage(turn.call.word(1)) if action is cb.FollowUp.ANSWER else Stage.DROPPED
    reason = DropReason(turn.call.word(1)) if action is cb.FollowUp.REASON else None
    try:
        with turn.write() as session:
            done = followups.answer(session, turn.user_id, partnership_id, stage, turn.now(),
                                    reason)  # fmt: skip
            now_at = done.partnership.stage
    except partnership_service.NotAllowed:
        await turn.answer("partnership-not-yours", id=partnership_id)
        return
    except partnership_service.NotPossible:
        await turn.stale()
        return
    await turn.answer()
    # The other party may have moved it on since the check-in was sent: say where it is.
    key = "followup-thanks-overtaken" if done.overtaken else "followup-thanks"
    stage_name = label(turn.lang, f"stage-{now_at}")
    await turn.replace(t(turn.lang, key, id=partnership_id, stage=stage_name))
    await turn.deliver(done.told)


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
