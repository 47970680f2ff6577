"""Bilateral meetings in the chat's words: what each outbox row about a meeting says when it
is sent (the reader's language and zone), and the screens /meetings, /availability and the
slot picker show. The rules are catalogue.meetings'."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.screens import Button
from catalogue import delegates, meetings
from presentation.i18n import label, t
from presentation.meetings import slot_label, when_text
from presentation.render import fit, partner_name
from scheduler.delivery import Message
from storage.models import Delegate, Delivery, Meeting

CAPTION_LIMIT = 1024


def _who(session: Session, lang: str, user_id: int) -> str:
    return partner_name(lang, user_id, delegates.get(session, user_id))


def epoch_minutes(at: datetime) -> int:
    return int(at.timestamp() // 60)


def from_minutes(value: int) -> datetime:
    return datetime.fromtimestamp(value * 60, UTC)


def answer_rows(lang: str, meeting_id: int) -> list[list[Button]]:
    return [
        [Button(label(lang, "meeting-accept"), cb.MEET.data(cb.Meet.ACCEPT, meeting_id))],
        [
            Button(label(lang, "meeting-other-time"), cb.MEET.data(cb.Meet.RESLOT, meeting_id)),
            Button(label(lang, "meeting-decline"), cb.MEET.data(cb.Meet.DECLINE, meeting_id)),
        ],
    ]


def render(session: Session, row: Delivery, lang: str, zone: str, now: datetime) -> Message | None:
    """One outbox row about a meeting, or None when it no longer holds (answered since,
    moved, cancelled)."""
    p: dict[str, Any] = row.payload or {}
    meeting = session.get(Meeting, int(p.get("meeting", 0)))
    if meeting is None:
        return None
    event = str(p.get("event"))
    by = int(p.get("by") or 0)
    who = _who(session, lang, meetings.other_of(meeting, row.user_id))
    title = meetings.subject(session, meeting)
    current = when_text(meeting.start_at, meeting.end_at, lang, zone)
    if event == "proposed":
        if meeting.status != meetings.Status.PROPOSED or meeting.turn_id != row.user_id:
            return None
        if p.get("start") != meeting.start_at.isoformat():
            return None
        key = "meeting-countered" if p.get("counter") else "meeting-proposed"
        minutes = int((meeting.end_at - meeting.start_at).total_seconds() // 60)
        text = t(lang, key, who=who, title=title, when=current, minutes=minutes)
        flat = [[(b.label, b.data) for b in line] for line in answer_rows(lang, meeting.id)]
        return Message(fit(text), flat)
    if event in ("declined", "withdrawn"):
        text = t(lang, f"meeting-{event}", who=who, title=title, when=current)
        if meeting.message:
            text += "\n" + t(lang, "meeting-words", message=meeting.message)
        return Message(fit(text))
    if event == "link":
        if meeting.status not in (meetings.Status.PROPOSED, meetings.Status.ACCEPTED):
            return None
        return Message(fit(t(lang, "meeting-link-set", who=who, when=current,
                             link=meeting.link or "—")))  # fmt: skip
    if event == "reminder":
        if meeting.status != meetings.Status.ACCEPTED or meeting.sequence != p.get("sequence"):
            return None
        if now >= meeting.end_at:
            return None
        text = t(lang, "meeting-reminder", who=who, title=title, when=current,
                 link=meeting.link or "—")  # fmt: skip
        return Message(fit(text))
    if event == "invite":
        return _invitation(session, meeting, row, p, lang, zone, who, title, by)
    return None


def _invitation(session: Session, meeting: Meeting, row: Delivery, p: dict[str, Any],
                lang: str, zone: str, who: str, title: str, by: int) -> Message:  # fmt: skip
    """The calendar invitation of one version of the meeting, as it was when queued, with
    what changed as its caption."""
    start = datetime.fromisoformat(str(p["start"]))
    end = datetime.fromisoformat(str(p.get("end") or p["start"]))
    change, method = str(p.get("change")), str(p.get("method"))
    when = when_text(start, end, lang, zone)
    mine = by == row.user_id
    link = meeting.link or "—"
    if change == "accepted":
        text = t(lang, "meeting-confirmed", who=who, title=title, when=when, link=link)
    elif change == "moved":
        text = t(lang, "meeting-moved-by-you" if mine else "meeting-moved", who=who,
                 title=title, when=when, link=link)  # fmt: skip
    else:
        text = t(lang, "meeting-cancelled-by-you" if mine else "meeting-cancelled", who=who,
                 title=title, when=when)  # fmt: skip
        if meeting.message and not mine:
            text += "\n" + t(lang, "meeting-words", message=meeting.message)
    summary = t(lang, "meeting-ics-summary", who=who, title=title)
    description = t(lang, "meeting-ics-description", link=link)
    stamp = row.created_at or start
    content = meetings.invitation(meeting, int(p.get("sequence", 0)), start, end, method,
                                  summary, description, stamp)  # fmt: skip
    return Message(fit(text, CAPTION_LIMIT), document=(f"meeting-{meeting.id}.ics", content))


# Screens ------------------------------------------------------------------------------------


def slots_screen(
    lang: str,
    zone: str | None,
    other: str,
    found: list[datetime],
    pick: Any,
    typed: str,
    length: str | None,
) -> tuple[str, list[list[Button]]]:
    """Three slots as buttons (the reader's zone), "Other time", and the other length.
    `pick(start)` makes a slot's callback data; `typed` and `length` are ready data."""
    if found:
        text = t(lang, "meeting-choose", who=other, zone=zone or "UTC")
    else:
        text = t(lang, "meeting-no-slot", who=other)
    rows = [[Button(slot_label(s, lang, zone), pick(s))] for s in found]
    tail = [Button(label(lang, "meeting-type-other"), typed)]
    if length is not None:
        tail.append(Button(label(lang, "meeting-length-switch"), length))
    rows.append(tail)
    return text, rows


def meetings_page(
    session: Session, lang: str, user_id: int, zone: str | None, now: datetime
) -> tuple[str, list[list[Button]]]:
    """/meetings: the coming ones (booked, or waiting for an answer), then the past booked
    ones asking whether they took place."""
    coming, past = meetings.of_user(session, user_id, now)
    if not coming and not past:
        return t(lang, "meetings-empty"), []
    lines, rows = [t(lang, "meetings-title")], []
    for m in coming:
        who = _who(session, lang, meetings.other_of(m, user_id))
        when = when_text(m.start_at, m.end_at, lang, zone)
        title = meetings.subject(session, m)
        if m.status == meetings.Status.ACCEPTED:
            lines.append(t(lang, "meetings-line-booked", id=m.id, who=who, when=when,
                           title=title, link=m.link or "—"))  # fmt: skip
            rows.append([
                Button(label(lang, "meeting-move", id=m.id), cb.MEET.data(cb.Meet.RESLOT, m.id)),
                Button(label(lang, "meeting-cancel", id=m.id), cb.MEET.data(cb.Meet.CANCEL, m.id)),
            ])  # fmt: skip
            rows.append([Button(label(lang, "meeting-link-button", id=m.id),
                                cb.MEET.data(cb.Meet.LINK, m.id))])  # fmt: skip
        elif m.turn_id == user_id:
            lines.append(t(lang, "meetings-line-yours", id=m.id, who=who, when=when, title=title))
            rows += answer_rows(lang, m.id)
        else:
            lines.append(t(lang, "meetings-line-theirs", id=m.id, who=who, when=when, title=title))
            rows.append([Button(label(lang, "meeting-cancel", id=m.id),
                                cb.MEET.data(cb.Meet.CANCEL, m.id))])  # fmt: skip
    for m in past:
        who = _who(session, lang, meetings.other_of(m, user_id))
        when = when_text(m.start_at, m.end_at, lang, zone)
        lines.append(t(lang, "meetings-ask-held", id=m.id, who=who, when=when))
        rows.append(
            [
                Button(label(lang, f"meeting-held-{answer}", id=m.id),
                       cb.MEET.data(cb.Meet.HELD, m.id, answer))
                for answer in ("yes", "no")
            ]
        )  # fmt: skip
    return fit("\n\n".join(lines)), rows


def availability_screen(
    lang: str, hours: meetings.Hours, zone: str | None
) -> tuple[str, list[list[Button]]]:
    days = next((k for k, v in cb.WEEKDAY_PRESETS.items() if v == hours.weekdays), None)
    text = t(
        lang,
        "availability-summary",
        days=label(lang, f"availability-days-{days}") if days else hours.weekdays,
        start=f"{hours.start // 60:02d}:{hours.start % 60:02d}",
        end=f"{hours.end // 60:02d}:{hours.end % 60:02d}",
        zone=zone or "UTC",
    )
    rows = [
        [
            Button(
                ("✓ " if key == days else "") + label(lang, f"availability-days-{key}"),
                cb.AVAILABILITY.data(cb.Avail.DAYS, key),
            )
            for key in cb.WEEKDAY_PRESETS
        ]
    ]
    hour_buttons = [
        Button(("✓ " if (a * 60, b * 60) == (hours.start, hours.end) else "") + f"{a:02d}–{b:02d}",
               cb.AVAILABILITY.data(cb.Avail.HOURS, key))
        for key, (a, b) in cb.HOUR_PRESETS.items()
    ]  # fmt: skip
    rows += [hour_buttons[:3], hour_buttons[3:]]
    return text, rows


def zone_of(person: Delegate | None) -> str | None:
    return person.timezone if person is not None else None
