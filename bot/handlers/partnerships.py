"""/partnerships: a delegate's partnerships with their history, each moved a stage on (or
dropped, with a reason) in one tap, through catalogue.partnerships."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.dialogs import partnership as partnership_dialogs
from bot.dialogs.engine import LINEAR
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import delegates, followups
from catalogue import partnerships as service
from catalogue.partnerships import DropReason, Stage
from presentation.i18n import format_locale, label, t
from presentation.render import TELEGRAM_TEXT_LIMIT, counterpart_name, fit, shorten
from scheduler import agenda_store
from storage.models import Delegate

HISTORY_SHOWN = (3, 1, 0)  # the latest steps of each partnership; fewer if the page is long
WORDS_SHOWN = 160  # a note's first characters in the list (the notice had them all)


def _day(lang: str, at: datetime, zone: str | None) -> str:
    """The day of a step in the reader's language (and time zone, when known)."""
    local = at.astimezone(ZoneInfo(zone)) if zone else at
    return format_date(local.date(), format="medium", locale=format_locale(lang))


def _steps(
    lang: str,
    steps: list[service.Step],
    parties: tuple[int, int | None],
    people: dict[int, Delegate | None],
    zone: str | None,
    shown: int,
) -> list[str]:
    """The latest `shown` steps, each with when and who, after how many earlier ones."""
    if shown == 0:
        return []
    lines = []
    if len(steps) > shown:
        lines.append(t(lang, "partnership-steps-earlier", count=len(steps) - shown))
    for step in steps[-shown:]:
        when = _day(lang, step.at, zone)
        if step.kind == "start":
            lines.append(t(lang, "partnership-step-start", when=when))
            continue
        if step.kind == "meeting":
            lines.append(t(lang, "partnership-step-meeting", when=when))
            continue
        if step.actor_id is not None and step.actor_id in parties:
            who = counterpart_name(lang, step.actor_id, people.get(step.actor_id))
        else:
            who = label(lang, "actor-oas_secretariat")
        words = shorten(step.note, WORDS_SHOWN) if step.note else None
        stage = label(lang, f"stage-{step.stage}")
        if step.kind == "note":
            lines.append(t(lang, "partnership-step-note", when=when, who=who, note=words or ""))
            continue
        if step.kind == "drop":
            reason = label(lang, f"drop-{step.reason}") if step.reason else "—"
            line = t(lang, "partnership-step-drop", when=when, who=who, stage=stage, reason=reason)
        else:
            line = t(lang, "partnership-step-move", when=when, who=who, stage=stage)
        if words:
            line += " " + t(lang, "partnership-step-words", note=words)
        lines.append(line)
    return lines


def _horizon_past(turn: Turn[Any], session: Session) -> datetime | None:
    """The end of the check-ins when it is already past (none will come), else None."""
    agenda = agenda_store.current(session, turn.s.settings.agenda_file)
    end = followups.horizon(turn.s.settings.followup_until, agenda.days[-1])
    return end if end < turn.now() else None


def _page(turn: Turn[object]) -> tuple[str, list[list[Button]]]:
    lang = turn.lang
    with turn.read() as session:
        mine = service.of_user(session, turn.user_id)
        if not mine:
            return t(lang, "partnerships-empty"), []
        me = delegates.get(session, turn.user_id)
        zone = me.timezone if me is not None else None
        found = [
            (item, service.parties(session, item.partnership),
             service.steps(session, item.partnership))
            for item in mine
        ]  # fmt: skip
        ids = {uid for _, parties, steps in found for uid in parties if uid is not None}
        ids |= {s.actor_id for _, _, steps in found for s in steps if s.actor_id is not None}
        people = {uid: delegates.get(session, uid) for uid in ids}
        ended = None
        if any(item.partnership.stage not in service.FINAL for item in mine):
            ended = _horizon_past(turn, session)
    heads, rows = [], []
    for item, _, _ in found:
        p = item.partnership
        other = counterpart_name(lang, item.other_id, people.get(item.other_id or 0))
        stage = label(lang, f"stage-{p.stage}")
        head = t(lang, "partnership-line", id=p.id, title=item.title, other=other, stage=stage)
        if p.third_party and p.third_role:
            role = label(lang, f"role-{p.third_role}")
            head += "\n" + t(lang, "partnership-third", name=p.third_party, role=role)
        heads.append(head)
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
            meet = cb.MEET.data(cb.Meet.SLOTS, "partnership", p.id, "30")
            rows.append([Button(label(lang, "meeting-propose-id", id=p.id), meet)])
    tail = []
    if ended is not None:  # no check-in will come: say so rather than leave them waiting
        day = format_date(ended.date(), "long", locale=format_locale(lang))
        tail.append(t(lang, "partnerships-no-checkins", date=day))
    text = ""
    for shown in HISTORY_SHOWN:  # the history shortened until the page fits in one message
        blocks = [
            "\n".join([head, *_steps(lang, steps, parties, people, zone, shown)])
            for head, (_, parties, steps) in zip(heads, found, strict=True)
        ]
        text = "\n\n".join([t(lang, "partnerships-title"), *blocks, *tail])
        if len(text) <= TELEGRAM_TEXT_LIMIT:
            break
    return fit(text), rows


async def refused(turn: Turn[Any], partnership_id: int, party_only: bool = False) -> bool:
    """A partnership button from someone who may not act on it (a forged or forwarded
    button) is refused, saying why, before anything is shown; a finished or unknown one is
    stale. True when refused."""
    with turn.read() as session:
        found = service.get(session, partnership_id)
        if found is None:
            allowed, final = False, False
        elif party_only:
            allowed, final = service.is_party(session, turn.user_id, found.id), False
        else:
            allowed = service.may_move(session, turn.user_id, found)
            final = found.stage in service.FINAL
    if found is None or final:
        await turn.stale()
        return True
    if not allowed:
        await turn.answer("partnership-not-yours", id=partnership_id)
        return True
    return False


async def ask_drop_reason(
    turn: Turn[Any], partnership_id: int, feature: cb.Feature[Any], actions: tuple[StrEnum, ...]
) -> None:
    """Why it is dropped: one button per reason, then Back and Cancel, in place of the
    pressed message (from /partnerships, and from a check-in). `actions`: the feature's
    reason, back and cancel actions."""
    reason, back, keep = actions
    rows = [
        [Button(label(turn.lang, f"drop-{r}"), feature.data(reason, partnership_id, r))]
        for r in service.DROP_REASONS
    ]
    rows.append(
        [
            Button(label(turn.lang, "dialog-back"), feature.data(back, partnership_id)),
            Button(label(turn.lang, "dialog-cancel"), feature.data(keep, partnership_id)),
        ]
    )
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
    if action is cb.Partner.BACK:
        await turn.answer()
        text, rows = _page(turn)
        await turn.replace(text, rows)
        return
    if action is cb.Partner.KEEP:
        await turn.answer()
        await turn.replace(t(turn.lang, "partnership-drop-kept", id=partnership_id))
        return
    refusable = (cb.Partner.NOTE, cb.Partner.THIRD, cb.Partner.DROP)
    if action in refusable and await refused(turn, partnership_id):
        return
    if action in (cb.Partner.NOTE, cb.Partner.THIRD):
        await turn.answer()
        name = partnership_dialogs.NOTE if action is cb.Partner.NOTE else partnership_dialogs.THIRD
        await turn.show(
            turn.s.dialogs.start(turn.user_id, name, turn.lang,
                                 data={"partnership": partnership_id}, mode=LINEAR)
        )  # fmt: skip
        return
    if action is cb.Partner.DROP:
        await ask_drop_reason(turn, partnership_id, cb.PARTNERSHIP,
                              (cb.Partner.REASON, cb.Partner.BACK, cb.Partner.KEEP))  # fmt: skip
        return
    # The callback's grammar admits only stages and reasons as these words.
    stage = Stage(turn.call.word(1)) if action is cb.Partner.NEXT else Stage.DROPPED
    reason = DropReason(turn.call.word(1)) if action is cb.Partner.REASON else None
    try:
        with turn.write() as session:
            changed = service.move(session, turn.user_id, partnership_id, stage, turn.now(), reason)
    except service.NotAllowed:
        await turn.answer("partnership-not-yours", id=partnership_id)
        return
    except service.NotPossible:
        await turn.stale()
        return
    await turn.answer("partnership-moved", stage=label(turn.lang, f"stage-{stage}"))
    text, rows = _page(turn)
    await turn.replace(text, rows)
    await turn.deliver(changed.told)
