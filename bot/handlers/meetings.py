"""Bilateral meetings in the chat: "Propose a meeting" (three slots, or a typed time),
the answer to a proposal (accept, another time, decline), /meetings (move, cancel, "did it
happen?") and /availability. Each button calls one service of catalogue.meetings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import callbacks as cb
from bot import meetings_view as view
from bot.dialogs import meeting as meeting_dialogs
from bot.dialogs.engine import LINEAR
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import delegates, meetings
from presentation.i18n import label, t
from presentation.meetings import programme
from presentation.render import partner_name
from scheduler import agenda_store
from storage.rights import NotAllowed


def _zone(turn: Turn[Any], session: Any) -> str:
    person = delegates.get(session, turn.user_id)
    return (person.timezone if person is not None else None) or "UTC"


@handler(registered=True)
async def meetings_command(turn: Turn[None]) -> None:
    with turn.read() as session:
        text, rows = view.meetings_page(
            session, turn.lang, turn.user_id, _zone(turn, session), turn.now()
        )
    await turn.say(text, rows)


@handler(registered=True)
async def availability_command(turn: Turn[None]) -> None:
    with turn.read() as session:
        text, rows = view.availability_screen(
            turn.lang, meetings.hours_of(session, turn.user_id), _zone(turn, session)
        )
    await turn.say(text, rows)


@handler(feature=cb.AVAILABILITY, registered=True)
async def availability_button(turn: Turn[cb.Avail]) -> None:
    assert turn.call is not None
    with turn.write() as session:
        hours = meetings.hours_of(session, turn.user_id)
        if turn.call.action is cb.Avail.DAYS:
            hours = meetings.Hours(cb.WEEKDAY_PRESETS[turn.call.word()], hours.start, hours.end)
        else:
            a, b = cb.HOUR_PRESETS[turn.call.word()]
            hours = meetings.Hours(hours.weekdays, a * 60, b * 60)
        hours = meetings.set_hours(session, turn.user_id, hours, turn.now())
        text, rows = view.availability_screen(turn.lang, hours, _zone(turn, session))
    await turn.answer("availability-saved")
    await turn.replace(text, rows)


async def _refuse(turn: Turn[Any], error: Exception, meeting: Any = None) -> None:
    with turn.read() as session:
        said = meeting_dialogs.refusal(session, turn.lang, turn.user_id, meeting, error)
    await turn.answer()
    await turn.say(said)


def _slots(
    turn: Turn[Any], session: Any, other: int, minutes: int, exclude: int | None = None
) -> tuple[list[datetime], str, str]:
    agenda = agenda_store.current(session, turn.s.settings.agenda_file)
    found = meetings.slots(session, turn.user_id, other, turn.now(), programme(agenda), minutes)
    if exclude is not None:  # moving: its own time is not one to offer
        own = meetings.get(session, exclude)
        found = [s for s in found if own is None or s != own.start_at]
    who = partner_name(turn.lang, other, delegates.get(session, other))
    return found, who, _zone(turn, session)


async def _start_time_dialog(turn: Turn[Any], data: dict[str, Any]) -> None:
    with turn.read() as session:
        data["zone"] = _zone(turn, session)
    await turn.answer()
    await turn.show(
        turn.s.dialogs.start(turn.user_id, meeting_dialogs.TIME, turn.lang, data=data,
                             mode=LINEAR)
    )  # fmt: skip


async def _change_time(turn: Turn[Any], data: dict[str, Any], start: datetime) -> None:
    with turn.write() as session:
        data["zone"] = _zone(turn, session)
        template = turn.s.settings.meeting_link_template
        done = meeting_dialogs.change_time(
            session, turn.lang, turn.user_id, data, start, turn.now(), template
        )
    await turn.answer()
    await turn.replace(done.text)
    await turn.deliver(done.told)


@handler(feature=cb.MEET, registered=True)
async def meeting_button(turn: Turn[cb.Meet]) -> None:
    assert turn.call is not None
    action, call = turn.call.action, turn.call
    if action in (cb.Meet.SLOTS, cb.Meet.PICK, cb.Meet.TYPE):
        kind, source_id, minutes = call.word(0), call.number(1), int(call.word(2))
        data: dict[str, Any] = {"source": kind, "id": source_id, "minutes": minutes}
        if action is cb.Meet.PICK:
            await _change_time(turn, data, view.from_minutes(call.number(3)))
            return
        if action is cb.Meet.TYPE:
            await _start_time_dialog(turn, data)
            return
        try:
            with turn.read() as session:
                other = meetings.other_party(
                    session, turn.user_id, meetings.Source(kind, source_id)
                )
                found, who, zone = _slots(turn, session, other, minutes)
        except NotAllowed as error:
            await _refuse(turn, error)
            return
        other_length = "60" if minutes == 30 else "30"
        text, rows = view.slots_screen(
            turn.lang, zone, who, found,
            lambda s: cb.MEET.data(cb.Meet.PICK, kind, source_id, str(minutes),
                                   view.epoch_minutes(s)),
            cb.MEET.data(cb.Meet.TYPE, kind, source_id, str(minutes)),
            cb.MEET.data(cb.Meet.SLOTS, kind, source_id, other_length),
        )  # fmt: skip
        await turn.answer()
        await turn.say(text, rows)
        return
    meeting_id = call.number(0)
    with turn.read() as session:
        meeting = meetings.get(session, meeting_id)
    if meeting is None or not meetings.is_party(meeting, turn.user_id):
        await turn.answer("meeting-not-yours")
        return
    if action is cb.Meet.REPICK:
        await _change_time(turn, {"meeting": meeting_id}, view.from_minutes(call.number(1)))
        return
    if action is cb.Meet.RETYPE:
        await _start_time_dialog(turn, {"meeting": meeting_id})
        return
    if action is cb.Meet.RESLOT:
        minutes = int((meeting.end_at - meeting.start_at).total_seconds() // 60)
        with turn.read() as session:
            other = meetings.other_of(meeting, turn.user_id)
            found, who, zone = _slots(turn, session, other, minutes, exclude=meeting_id)
        text, rows = view.slots_screen(
            turn.lang, zone, who, found,
            lambda s: cb.MEET.data(cb.Meet.REPICK, meeting_id, view.epoch_minutes(s)),
            cb.MEET.data(cb.Meet.RETYPE, meeting_id), None,
        )  # fmt: skip
        await turn.answer()
        await turn.say(text, rows)
        return
    if action is cb.Meet.DECLINE:
        with turn.read() as session:
            other = meetings.other_of(meeting, turn.user_id)
            who = partner_name(turn.lang, other, delegates.get(session, other))
        rows = [
            [Button(label(turn.lang, "meeting-decline-now"),
                    cb.MEET.data(cb.Meet.DECLINE_NOW, meeting_id))],
            [Button(label(turn.lang, "meeting-decline-words"),
                    cb.MEET.data(cb.Meet.DECLINE_WORDS, meeting_id))],
        ]  # fmt: skip
        await turn.answer()
        await turn.say(t(turn.lang, "meeting-decline-ask", who=who), rows)
        return
    if action in (cb.Meet.DECLINE_WORDS, cb.Meet.LINK):
        name = meeting_dialogs.WORDS if action is cb.Meet.DECLINE_WORDS else meeting_dialogs.LINK
        await turn.answer()
        await turn.show(
            turn.s.dialogs.start(turn.user_id, name, turn.lang, data={"meeting": meeting_id},
                                 mode=LINEAR)
        )  # fmt: skip
        return
    toast: str | None
    said: str | None
    try:
        with turn.write() as session:
            other = meetings.other_of(meeting, turn.user_id)
            who = partner_name(turn.lang, other, delegates.get(session, other))
            if action is cb.Meet.ACCEPT:
                changed = meetings.accept(session, turn.user_id, meeting_id, turn.now())
                toast, said = "meeting-accepted-ok", None
            elif action is cb.Meet.DECLINE_NOW:
                changed = meetings.decline(session, turn.user_id, meeting_id, turn.now())
                toast, said = None, t(turn.lang, "meeting-declined-ok", who=who)
            elif action is cb.Meet.CANCEL:
                changed = meetings.cancel(session, turn.user_id, meeting_id, turn.now())
                toast, said = None, t(turn.lang, "meeting-cancelled-ok", who=who)
            else:  # HELD
                meetings.mark_held(session, turn.user_id, meeting_id, call.word(1) == "yes",
                                   turn.now())  # fmt: skip
                changed = meetings.Changed(meeting)
                toast, said = "meeting-held-thanks", None
    except (meetings.Busy, meetings.NotPossible, NotAllowed) as error:
        await _refuse(turn, error, meeting)
        return
    await turn.answer(toast)
    if action is cb.Meet.HELD:
        with turn.read() as session:
            text, rows = view.meetings_page(session, turn.lang, turn.user_id,
                                            _zone(turn, session), turn.now())  # fmt: skip
        await turn.replace(text, rows)
    elif said is not None:
        await turn.replace(said)
    else:
        await turn.done()  # the confirmation and its invitation follow as a document
    await turn.deliver(changed.told)
