"""Two short dialogs about a bilateral meeting: a time typed by the proposer (a proposal,
another time in return, or a move), and the words that go with a decline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.dialogs.engine import Accepted, Finished, Outcome, Prompt, Rejected, StepContext
from bot.dialogs.steps import TextStep
from catalogue import delegates, meetings
from catalogue.text import check_length
from presentation.i18n import t
from presentation.meetings import when_text
from presentation.render import partner_name
from storage.rights import NotAllowed

TIME = "meeting-time"
WORDS = "meeting-decline"
LINK = "meeting-link"
PATTERNS = (
    re.compile(
        r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:h.](\d{2})\s*$"
    ),  # 2026-12-10 15:30
    re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2})[:h.](\d{2})\s*$"),  # 10/12/2026 15:30
)


def read_time(text: str, zone: str) -> datetime | None:
    """A day and a time typed in the person's zone, as an aware UTC moment (None: unread,
    or a local time that does not exist)."""
    for number, pattern in enumerate(PATTERNS):
        found = pattern.match(text)
        if not found:
            continue
        a, b, c, hour, minute = (int(g) for g in found.groups())
        year, month, day = (a, b, c) if number == 0 else (c, b, a)
        try:
            local = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))
        except ValueError:
            return None
        moment = local.astimezone(UTC)
        if moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None) != local.replace(tzinfo=None):
            return None  # skipped by a change of clocks
        return moment
    return None


def example(zone: str, now: datetime) -> str:
    day = (now + timedelta(days=2)).astimezone(ZoneInfo(zone))
    return f"{day:%Y-%m-%d} 15:30"


@dataclass
class TimeStep:
    """A day and time in the person's own zone (data["zone"])."""

    name: str = "time"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get(self.name))

    def prompt(self, ctx: StepContext) -> Prompt:
        zone = str(ctx.data.get("zone") or "UTC")
        return Prompt(t(ctx.lang, "meeting-ask-time", zone=zone, example=example(zone, ctx.now)))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        zone = str(ctx.data.get("zone") or "UTC")
        moment = read_time(text, zone)
        if moment is None:
            return Rejected(t(ctx.lang, "meeting-bad-time", example=example(zone, ctx.now)))
        if moment <= ctx.now:
            return Rejected(t(ctx.lang, "meeting-past"))
        return Accepted({self.name: moment.isoformat()})

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


def refusal(session: Session, lang: str, user_id: int, meeting: Any, error: Exception) -> str:
    """What the chat says when the core refuses a meeting's change."""
    if isinstance(error, meetings.Busy):
        if error.who == user_id or meeting is None:
            return t(lang, "meeting-busy-you")
        who = partner_name(lang, error.who, delegates.get(session, error.who))
        return t(lang, "meeting-busy-other", who=who)
    if isinstance(error, NotAllowed):
        return t(lang, "meeting-not-yours")
    if isinstance(error, meetings.NotPossible) and error.why == "past":
        return t(lang, "meeting-past")
    return t(lang, "meeting-not-possible")


def change_time(
    session: Session, lang: str, user_id: int, data: dict[str, Any], start: datetime,
    now: datetime, link_template: str,
) -> Finished:  # fmt: skip
    """Propose at `start` (data: source, id, minutes), or, for data["meeting"], propose it
    in return or move it there: the one place both the buttons and the typed time land."""
    zone = str(data.get("zone") or "UTC")
    meeting_id = data.get("meeting")
    meeting = meetings.get(session, int(meeting_id)) if meeting_id else None
    try:
        with session.begin_nested():
            if meeting_id is None:
                source = meetings.Source(str(data["source"]), int(data["id"]))
                changed = meetings.propose(session, user_id, source, start, int(data["minutes"]),
                                           now, link_template)  # fmt: skip
                key = "meeting-sent"
            elif meeting is not None and meeting.status == meetings.Status.ACCEPTED:
                changed = meetings.move(session, user_id, int(meeting_id), start, now)
                key = "meeting-moved-ok"
            else:
                changed = meetings.counter(session, user_id, int(meeting_id), start, now)
                key = "meeting-sent"
    except (meetings.Busy, meetings.NotPossible, NotAllowed) as error:
        return Finished(refusal(session, lang, user_id, meeting, error))
    m = changed.meeting
    other = meetings.other_of(m, user_id)
    who = partner_name(lang, other, delegates.get(session, other))
    return Finished(t(lang, key, who=who, when=when_text(m.start_at, m.end_at, lang, zone)),
                    told=changed.told)  # fmt: skip


class TimeDialog:
    """A time typed by the proposer: data says for what (see change_time)."""

    name = TIME
    steps: Sequence[Any] = (TimeStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        start = datetime.fromisoformat(str(ctx.data["time"]))
        return change_time(session, ctx.lang, ctx.user_id, ctx.data, start, ctx.now,
                           ctx.setup.meeting_link_template)  # fmt: skip


class DeclineDialog:
    """The words that go with declining meeting `meeting` (data)."""

    name = WORDS
    steps: Sequence[Any] = (
        TextStep("words", "meeting-ask-words",
                 lambda v: check_length(v, meetings.MESSAGE_MAX), meetings.MESSAGE_MAX),
    )  # fmt: skip

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        meeting_id = int(ctx.data["meeting"])
        meeting = meetings.get(session, meeting_id)
        try:
            with session.begin_nested():
                changed = meetings.decline(session, ctx.user_id, meeting_id, ctx.now,
                                           str(ctx.data["words"]))  # fmt: skip
        except (meetings.NotPossible, NotAllowed) as error:
            return Finished(refusal(session, ctx.lang, ctx.user_id, meeting, error))
        other = meetings.other_of(changed.meeting, ctx.user_id)
        who = partner_name(ctx.lang, other, delegates.get(session, other))
        return Finished(t(ctx.lang, "meeting-declined-ok", who=who), told=changed.told)


class LinkDialog:
    """A video link of the party's own choosing for meeting `meeting` (data)."""

    name = LINK
    steps: Sequence[Any] = (TextStep("link", "meeting-ask-link", meetings.check_link, 500),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        meeting_id = int(ctx.data["meeting"])
        meeting = meetings.get(session, meeting_id)
        try:
            with session.begin_nested():
                changed = meetings.set_link(session, ctx.user_id, meeting_id,
                                            str(ctx.data["link"]), ctx.now)  # fmt: skip
        except (meetings.NotPossible, NotAllowed) as error:
            return Finished(refusal(session, ctx.lang, ctx.user_id, meeting, error))
        return Finished(t(ctx.lang, "meeting-link-saved", link=changed.meeting.link or ""),
                        told=changed.told)  # fmt: skip
