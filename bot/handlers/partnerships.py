"""/partnerships: a delegate's partnerships, each moved a stage on (or dropped, with a
reason) in one tap, through catalogue.partnerships."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from bot import callbacks as cb
from bot.dialogs import partnership as partnership_dialogs
from bot.dialogs.engine import LINEAR
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import delegates
from catalogue import partnerships as service
from presentation.i18n import label, t
from presentation.render import fit


def _page(turn: Turn[object]) -> tuple[str, list[list[Button]]]:
    lang = turn.lang
    with turn.read() as session:
        mine = service.of_user(session, turn.user_id)
        others = {
            item.other_id: delegates.get(session, item.other_id) for item in mine if item.other_id
        }
    if not mine:
        return t(lang, "partnerships-empty"), []
    lines = [t(lang, "partnerships-title")]
    rows: list[list[Button]] = []
    for item in mine:
        p = item.partnership
        other = others.get(item.other_id) if item.other_id else None
        name = other.full_name if other is not None and other.full_name else "—"
        stage = label(lang, f"stage-{p.stage}")
        line = t(lang, "partnership-line", id=p.id, title=item.title, other=name, stage=stage)
        if p.third_party and p.third_role:
            role = label(lang, f"role-{p.third_role}")
            line += "\n" + t(lang, "partnership-third", name=p.third_party, role=role)
        lines.append(line)
        following = service.FORWARD.get(p.stage)
        if following:
            rows.append(
                [
                    Button(
                        label(
                            lang,
                            "partnership-next",
                            id=p.id,
                            stage=label(lang, f"stage-{following}"),
                        ),
                        cb.PARTNERSHIP.data(cb.Partner.NEXT, p.id, following),
                    ),
                    Button(
                        label(lang, "partnership-drop", id=p.id),
                        cb.PARTNERSHIP.data(cb.Partner.DROP, p.id),
                    ),
                ]
            )
            rows.append(
                [
                    Button(label(lang, "partnership-note", id=p.id),
                           cb.PARTNERSHIP.data(cb.Partner.NOTE, p.id)),
                    Button(label(lang, "partnership-third-button", id=p.id),
                           cb.PARTNERSHIP.data(cb.Partner.THIRD, p.id)),
                ]
            )  # fmt: skip
    return fit("\n\n".join(lines)), rows


async def ask_drop_reason(
    turn: Turn[Any], partnership_id: int, feature: cb.Feature[Any], action: StrEnum
) -> None:
    """Why it is dropped: one button per reason, in place of the pressed message (from
    /partnerships, and from a check-in)."""
    rows = [
        [Button(label(turn.lang, f"drop-{r}"), feature.data(action, partnership_id, r))]
        for r in service.DROP_REASONS
    ]
    await turn.answer()
    await turn.replace(t(turn.lang, "partnership-ask-reason", id=partnership_id), rows)


@handler()
async def partnerships(turn: Turn[None]) -> None:
    text, rows = _page(turn)
    await turn.say(text, rows)


@handler(feature=cb.PARTNERSHIP)
async def partnership_button(turn: Turn[cb.Partner]) -> None:
    assert turn.call is not None
    action, partnership_id = turn.call.action, turn.call.number()
    if action in (cb.Partner.NOTE, cb.Partner.THIRD):
        with turn.read() as session:
            found = service.get(session, partnership_id)
            allowed = found is not None and service.may_move(session, turn.user_id, found)
        if not allowed:
            await turn.stale()
            return
        await turn.answer()
        name = partnership_dialogs.NOTE if action is cb.Partner.NOTE else partnership_dialogs.THIRD
        await turn.show(
            turn.s.dialogs.start(turn.user_id, name, turn.lang,
                                 data={"partnership": partnership_id}, mode=LINEAR)
        )  # fmt: skip
        return
    if action is cb.Partner.DROP:
        await ask_drop_reason(turn, partnership_id, cb.PARTNERSHIP, cb.Partner.REASON)
        return
    stage = turn.call.word(1) if action is cb.Partner.NEXT else "dropped"
    reason = turn.call.word(1) if action is cb.Partner.REASON else None
    try:
        with turn.write() as session:
            service.move(session, turn.user_id, partnership_id, stage, turn.now(), reason)
    except (service.NotAllowed, service.NotPossible):
        await turn.stale()
        return
    await turn.answer("partnership-moved", stage=label(turn.lang, f"stage-{stage}"))
    text, rows = _page(turn)
    await turn.replace(text, rows)
