"""Bilateral meetings between two matched parties: proposed, answered, booked, told.

From a match, a connection or a partnership, one party proposes a time (one of three slots
within both parties' working hours, or one they type); the other accepts, proposes another
time, or declines (with words if they want). An accepted meeting is booked in the database:
each quarter of an hour it covers is a row (person, quarter) with that pair as its primary
key, so the database itself refuses to book anyone twice at overlapping times, whichever
process accepts, on SQLite and PostgreSQL (the second of two simultaneous acceptances waits
for the first's commit and then fails on the key: `Busy`). Either party moves or cancels it;
the other is told. Once past, either says whether it took place ("held"), and a held
meeting is a step of its partnership's history.

Everything the parties are told is queued in the outbox with the change (kind `meeting`):
the proposal, the answer, the calendar invitation (an .ics with a stable UID, its SEQUENCE
raised by each move, METHOD:CANCEL when cancelled) and a reminder 15 minutes before. Only
the two parties act on a meeting (checked here, whichever front end calls).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from catalogue.text import Refused, clean_text
from storage import outbox
from storage.audit import audit
from storage.models import (
    Availability,
    Connection,
    Delegate,
    Entry,
    MatchPair,
    Meeting,
    MeetingBusy,
    Partnership,
    ReminderPrefs,
)
from storage.rights import NotAllowed

KIND = outbox.Kind.MEETING
LENGTHS = (30, 60)  # minutes a meeting lasts
SLOTS = 3  # slots offered to the proposer
WINDOW = timedelta(days=14)  # slots are looked for this far ahead (or on the meeting's days)
LEAD = timedelta(hours=1)  # the first slot offered starts at least this long from now
STEP = timedelta(minutes=30)  # slots start on the hour or the half hour (UTC)
CELL = timedelta(minutes=15)  # the grain at which bookings are kept apart
REMINDER = timedelta(minutes=15)
MESSAGE_MAX = 500
DEFAULT_LINK_TEMPLATE = "https://meet.jit.si/{room}"
DEFAULT_WEEKDAYS = "01234"  # Monday to Friday
DEFAULT_HOURS = (9 * 60, 18 * 60)  # 09:00-18:00 in the person's own zone
SOURCES = ("pair", "connection", "partnership")


class Status(StrEnum):
    """Where a meeting stands (stored as its value)."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    HELD = "held"
    MISSED = "missed"  # past, and a party said it did not take place


STATUSES = tuple(str(s) for s in Status)


class NotPossible(Exception):
    """Not at this point (answered already, in the past, a bad length or time); nothing
    changed. `why` names it for the front ends' words."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class Busy(Exception):
    """Someone is already booked at an overlapping time (the database refused the second
    booking); `who` is the person booked (the one acting or the other party)."""

    def __init__(self, who: int) -> None:
        super().__init__(f"busy: {who}")
        self.who = who


# Working hours ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hours:
    """When someone takes meetings, in their own zone: weekdays (0 = Monday) and minutes
    of the day [start, end)."""

    weekdays: str = DEFAULT_WEEKDAYS
    start: int = DEFAULT_HOURS[0]
    end: int = DEFAULT_HOURS[1]


def hours_of(session: Session, user_id: int) -> Hours:
    row = session.get(Availability, user_id)
    return Hours(row.weekdays, row.start_minute, row.end_minute) if row else Hours()


def set_hours(session: Session, user_id: int, hours: Hours, now: datetime) -> Hours:
    """Change one's working hours (/availability); refused (NotPossible) unless at least
    one weekday and a range of at least an hour within the day."""
    days = "".join(sorted(set(hours.weekdays)))
    if not days or any(d not in "0123456" for d in days):
        raise NotPossible("weekdays")
    if not (0 <= hours.start < hours.end <= 24 * 60) or hours.end - hours.start < 60:
        raise NotPossible("hours")
    row = session.get(Availability, user_id)
    if row is None:
        row = Availability(user_id=user_id, weekdays=days, start_minute=hours.start,
                           end_minute=hours.end, updated_at=now)  # fmt: skip
        session.add(row)
    else:
        row.weekdays, row.start_minute, row.end_minute = days, hours.start, hours.end
        row.updated_at = now
    return Hours(days, hours.start, hours.end)


# What a meeting is about, and who its parties are -------------------------------------------


@dataclass(frozen=True)
class Programme:
    """The meeting's programme as the slots need it (from the agenda, by the caller): its
    days and zone, and its sessions as (id, start, end)."""

    days: tuple[date, ...] = ()
    zone: str = "UTC"
    sessions: tuple[tuple[str, datetime, datetime], ...] = ()


@dataclass(frozen=True)
class Source:
    """What the meeting comes from: a match pair, a connection or a partnership."""

    kind: str
    id: int


def parties_of(session: Session, source: Source) -> tuple[int | None, int | None]:
    """The two people a match, a connection or a partnership joins (None: unknown)."""
    if source.kind == "pair":
        pair = session.get(MatchPair, source.id)
        if pair is None:
            return None, None
        need, offer = session.get(Entry, pair.need_id), session.get(Entry, pair.offer_id)
        return (need.owner_id if need else None), (offer.owner_id if offer else None)
    connection_id = source.id
    if source.kind == "partnership":
        partnership = session.get(Partnership, source.id)
        if partnership is None:
            return None, None
        connection_id = partnership.connection_id
    elif source.kind != "connection":
        return None, None
    connection = session.get(Connection, connection_id)
    if connection is None or connection.status != "accepted":
        return None, None
    return connection.requester_id, connection.owner_id


def other_party(session: Session, by: int, source: Source) -> int:
    """The other side, for `by`; NotAllowed unless `by` is one of the two sides and the
    other can be reached (registered, not gone)."""
    first, second = parties_of(session, source)
    if by not in (first, second) or first is None or second is None or first == second:
        raise NotAllowed("meeting", "not-party")
    other = second if by == first else first
    person = session.get(Delegate, other)
    if person is None or person.registered_at is None or not person.active:
        raise NotAllowed("meeting", "unreachable")
    return other


def subject(session: Session, meeting: Meeting) -> str:
    """The title of the entry the meeting is about ("—" when gone)."""
    entry_id: int | None = None
    if meeting.connection_id:
        connection = session.get(Connection, meeting.connection_id)
        entry_id = connection.entry_id if connection else None
    elif meeting.pair_id:
        pair = session.get(MatchPair, meeting.pair_id)
        entry_id = pair.offer_id if pair else None
    entry = session.get(Entry, entry_id) if entry_id else None
    if entry is None:
        return "—"
    published = entry.published or {}
    return str(published.get("title") or entry.title)


def other_of(meeting: Meeting, user_id: int) -> int:
    return meeting.invitee_id if user_id == meeting.requester_id else meeting.requester_id


def is_party(meeting: Meeting, user_id: int) -> bool:
    return user_id in (meeting.requester_id, meeting.invitee_id)


# Slots --------------------------------------------------------------------------------------


def _zone(session: Session, user_id: int) -> ZoneInfo:
    person = session.get(Delegate, user_id)
    try:
        return ZoneInfo((person.timezone if person else None) or "UTC")
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def _within(hours: Hours, zone: ZoneInfo, start: datetime, end: datetime) -> bool:
    """Whether [start, end) lies inside these working hours, on one working day, in the
    person's zone (daylight saving as that zone keeps it on that day)."""
    a, b = start.astimezone(zone), (end - timedelta(microseconds=1)).astimezone(zone)
    if a.date() != b.date() or str(a.weekday()) not in hours.weekdays:
        return False
    first = a.hour * 60 + a.minute
    last = b.hour * 60 + b.minute + 1  # the end, as minutes (b is a microsecond before it)
    return hours.start <= first and last <= hours.end


def followed(
    session: Session, user_id: int, programme: Programme
) -> list[tuple[datetime, datetime]]:
    """The sessions someone follows (all of them, or those they chose in /reminders)."""
    prefs = session.get(ReminderPrefs, user_id)
    if prefs is None:
        return []
    chosen = None if prefs.all_sessions else set(prefs.sessions or [])
    return [(s, e) for sid, s, e in programme.sessions if chosen is None or sid in chosen]


def booked(
    session: Session, user_ids: Iterable[int], since: datetime
) -> list[tuple[datetime, datetime]]:
    """The accepted meetings of these people from `since` on, as (start, end)."""
    ids = list(user_ids)
    rows = session.execute(
        select(Meeting.start_at, Meeting.end_at).where(
            Meeting.status == Status.ACCEPTED,
            Meeting.end_at > since,
            or_(Meeting.requester_id.in_(ids), Meeting.invitee_id.in_(ids)),
        )
    ).all()
    return [(s, e) for s, e in rows]


def _overlaps(start: datetime, end: datetime, busy: Sequence[tuple[datetime, datetime]]) -> bool:
    return any(s < end and start < e for s, e in busy)


def _until(now: datetime, programme: Programme) -> datetime:
    """How far ahead slots are looked for: the next WINDOW, or to the end of the meeting's
    last day (in its zone) when that is later."""
    until = now + WINDOW
    if programme.days:
        zone = ZoneInfo(programme.zone)
        last = datetime.combine(max(programme.days) + timedelta(days=1), datetime.min.time(), zone)
        until = max(until, last.astimezone(UTC))
    return until


def slots(
    session: Session,
    by: int,
    other: int,
    now: datetime,
    programme: Programme = Programme(),
    minutes: int = 30,
    count: int = SLOTS,
) -> list[datetime]:
    """Up to `count` starts (UTC) of `minutes` that suit both: within each one's working
    hours in their own zone, clear of the sessions either follows and of the meetings
    either has booked, in the next 14 days (and on the meeting's days, when they are further
    ahead); on different days where possible, earliest first."""
    if minutes not in LENGTHS:
        raise NotPossible("length")
    people = [(hours_of(session, u), _zone(session, u)) for u in (by, other)]
    busy = booked(session, (by, other), now)
    busy += [iv for u in (by, other) for iv in followed(session, u, programme)]
    until = _until(now, programme)
    step = STEP.total_seconds()
    start = datetime.fromtimestamp(-(-(now + LEAD).timestamp() // step) * step, UTC)
    length = timedelta(minutes=minutes)
    found: list[datetime] = []
    while start + length <= until:
        end = start + length
        if all(_within(h, z, start, end) for h, z in people) and not _overlaps(start, end, busy):
            found.append(start)
        start += STEP
    spread: list[datetime] = []
    seen: set[date] = set()
    for slot in found:  # one a day first, then the earliest of the rest
        if slot.date() not in seen and len(spread) < count:
            spread.append(slot)
            seen.add(slot.date())
    for slot in found:
        if len(spread) >= count:
            break
        if slot not in spread:
            spread.append(slot)
    return sorted(spread)


# Changes ------------------------------------------------------------------------------------


@dataclass
class Changed:
    """A meeting after a change, and what was queued about it (outbox keys to deliver)."""

    meeting: Meeting
    told: list[str] = field(default_factory=list)


def _queue(session: Session, meeting: Meeting, user_id: int, event: str, now: datetime,
           due: datetime | None = None, **facts: Any) -> str:  # fmt: skip
    """One delivery about the meeting to one party; its key (unique per version)."""
    key = f"meeting:{meeting.id}:{event}:{meeting.sequence}:{user_id}:{secrets.token_hex(4)}"
    payload = {"meeting": meeting.id, "event": event, "sequence": meeting.sequence,
               "start": meeting.start_at.isoformat(), **facts}  # fmt: skip
    outbox.enqueue(session, key, user_id, KIND, due or now, payload, now)
    return key


def _reachable(session: Session, user_id: int) -> bool:
    person = session.get(Delegate, user_id)
    return person is not None and person.registered_at is not None and person.active


def _invitations(
    session: Session, meeting: Meeting, by: int, event: str, now: datetime
) -> list[str]:
    """The calendar invitation to both parties (this version of it), and, for a booked
    meeting, the reminder to each REMINDER before; the keys due now."""
    told = []
    method = "CANCEL" if event == "cancelled" else "REQUEST"
    for uid in (meeting.requester_id, meeting.invitee_id):
        if not _reachable(session, uid):
            continue
        told.append(_queue(session, meeting, uid, "invite", now, by=by, method=method,
                           change=event, end=meeting.end_at.isoformat()))  # fmt: skip
        if method == "REQUEST" and meeting.start_at - REMINDER > now:
            _queue(session, meeting, uid, "reminder", now, due=meeting.start_at - REMINDER)
    return told


def _check_start(start: datetime, minutes: int, now: datetime) -> None:
    if start.tzinfo is None:
        raise ValueError("a meeting's start must be aware")
    if minutes not in LENGTHS:
        raise NotPossible("length")
    if start <= now:
        raise NotPossible("past")
    if start > now + timedelta(days=366):
        raise NotPossible("too-far")


def room_name() -> str:
    """An unguessable video room name, made here (nothing is fetched)."""
    return f"CIDI-{secrets.token_hex(10)}"


def check_link(value: str) -> str | Refused:
    """A pasted link as a dialog checks it: the link, or why not."""
    try:
        return clean_link(value) or Refused("meeting-bad-link")
    except NotPossible:
        return Refused("meeting-bad-link")


def clean_link(link: str | None) -> str | None:
    """A video link a party pastes: https only, one line, 500 characters at most."""
    text = (link or "").strip()
    if not text:
        return None
    if not text.startswith("https://") or len(text) > 500 or any(c.isspace() for c in text):
        raise NotPossible("link")
    return text


def propose(
    session: Session,
    by: int,
    source: Source,
    start: datetime,
    minutes: int,
    now: datetime,
    link_template: str = DEFAULT_LINK_TEMPLATE,
    link: str | None = None,
) -> Changed:
    """`by` proposes a meeting at `start` to the other party of `source`; they are told."""
    other = other_party(session, by, source)
    _check_start(start, minutes, now)
    same = session.execute(
        select(Meeting).where(
            Meeting.requester_id == by, Meeting.invitee_id == other,
            Meeting.status == Status.PROPOSED, Meeting.start_at == start.astimezone(UTC),
        )
    ).scalars().first()  # fmt: skip
    if same is not None:  # a slot pressed twice (a slow network): one proposal
        return Changed(same)
    room = room_name()
    connection_id = partnership_id = pair_id = None
    if source.kind == "pair":
        pair_id = source.id
    elif source.kind == "connection":
        connection_id = source.id
    else:
        partnership = session.get(Partnership, source.id)
        assert partnership is not None
        partnership_id, connection_id = partnership.id, partnership.connection_id
    if connection_id is not None and partnership_id is None:
        found = session.execute(
            select(Partnership.id).where(Partnership.connection_id == connection_id)
        ).scalar_one_or_none()
        partnership_id = found
    meeting = Meeting(
        requester_id=by, invitee_id=other, proposer_id=by, turn_id=other, pair_id=pair_id,
        connection_id=connection_id, partnership_id=partnership_id, status=Status.PROPOSED,
        start_at=start.astimezone(UTC), end_at=(start + timedelta(minutes=minutes)).astimezone(UTC),
        room=room, link=clean_link(link) or link_template.format(room=room), sequence=0,
        created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    audit(session, now, by, "meeting_proposed", f"meeting:{meeting.id}",
          {"source": source.kind, "id": source.id})  # fmt: skip
    return Changed(meeting, [_queue(session, meeting, other, "proposed", now, by=by)])


def get(session: Session, meeting_id: int) -> Meeting | None:
    return session.get(Meeting, meeting_id)


def _mine(session: Session, by: int, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or not is_party(meeting, by):
        raise NotAllowed("meeting", "not-party")
    return meeting


def _cells(start: datetime, end: datetime) -> list[datetime]:
    """The quarters [start, end) touches, on a UTC grid."""
    grain = CELL.total_seconds()
    cell = datetime.fromtimestamp(start.timestamp() // grain * grain, UTC)
    cells = []
    while cell < end:
        cells.append(cell)
        cell += CELL
    return cells


def _book(session: Session, meeting: Meeting) -> None:
    """Book both parties' quarters; the primary key refuses an overlap (IntegrityError)."""
    rows = [
        {"user_id": uid, "cell": cell, "meeting_id": meeting.id}
        for uid in (meeting.requester_id, meeting.invitee_id)
        for cell in _cells(meeting.start_at, meeting.end_at)
    ]
    session.execute(insert(MeetingBusy), rows)


def _who_is_busy(session: Session, meeting: Meeting, by: int) -> int:
    cells = _cells(meeting.start_at, meeting.end_at)
    taken = session.execute(
        select(MeetingBusy.user_id).where(
            MeetingBusy.cell.in_(cells),
            MeetingBusy.meeting_id != meeting.id,
            MeetingBusy.user_id.in_((meeting.requester_id, meeting.invitee_id)),
        )
    ).scalars().all()  # fmt: skip
    return by if by in taken or not taken else taken[0]


def _rebook(session: Session, meeting: Meeting, by: int, start: datetime | None) -> None:
    """Free the meeting's quarters and book them again at `start` (or its own time), in a
    savepoint: Busy, with nothing changed, if either party is booked then."""
    old = (meeting.start_at, meeting.end_at)
    try:
        with session.begin_nested():
            session.execute(delete(MeetingBusy).where(MeetingBusy.meeting_id == meeting.id))
            if start is not None:
                length = meeting.end_at - meeting.start_at
                meeting.start_at, meeting.end_at = start.astimezone(UTC), start + length
                session.flush()
            _book(session, meeting)
    except IntegrityError:
        meeting.start_at, meeting.end_at = old
        who = _who_is_busy(session, meeting, by)
        raise Busy(who) from None


def accept(session: Session, by: int, meeting_id: int, now: datetime) -> Changed:
    """The party whose turn it is accepts the proposed time: booked for both (Busy if
    either is booked at an overlapping time by then), the invitations and reminders
    queued."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status != Status.PROPOSED or meeting.turn_id != by:
        raise NotPossible("answered")
    if meeting.start_at <= now:
        raise NotPossible("past")
    # Two taps on Accept (two processes): only one turns it from proposed.
    turned = session.execute(
        update(Meeting)
        .where(Meeting.id == meeting.id, Meeting.status == Status.PROPOSED)
        .values(status=Status.ACCEPTED, turn_id=None, accepted_at=now, updated_at=now)
        .execution_options(synchronize_session="fetch")
    )
    if not turned.rowcount:  # type: ignore[attr-defined]
        raise NotPossible("answered")
    try:
        _rebook(session, meeting, by, None)
    except Busy:
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(status=Status.PROPOSED, turn_id=by, accepted_at=None)
            .execution_options(synchronize_session="fetch")
        )
        raise
    audit(session, now, by, "meeting_accepted", f"meeting:{meeting.id}")
    return Changed(meeting, _invitations(session, meeting, by, "accepted", now))


def counter(session: Session, by: int, meeting_id: int, start: datetime, now: datetime) -> Changed:
    """The party whose turn it is proposes another time; now the other answers."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status != Status.PROPOSED or meeting.turn_id != by:
        raise NotPossible("answered")
    _check_start(start, int((meeting.end_at - meeting.start_at).total_seconds() // 60), now)
    length = meeting.end_at - meeting.start_at
    other = other_of(meeting, by)
    meeting.start_at, meeting.end_at = start.astimezone(UTC), (start + length).astimezone(UTC)
    meeting.proposer_id, meeting.turn_id, meeting.updated_at = by, other, now
    audit(session, now, by, "meeting_countered", f"meeting:{meeting.id}")
    return Changed(meeting, [_queue(session, meeting, other, "proposed", now, by=by, counter=1)])


def decline(
    session: Session, by: int, meeting_id: int, now: datetime, message: str | None = None
) -> Changed:
    """The party whose turn it is declines, with words if they want; the proposer is told."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status != Status.PROPOSED or meeting.turn_id != by:
        raise NotPossible("answered")
    meeting.status, meeting.turn_id, meeting.updated_at = Status.DECLINED, None, now
    meeting.message = clean_text(message or "")[:MESSAGE_MAX] or None
    audit(session, now, by, "meeting_declined", f"meeting:{meeting.id}")
    other = other_of(meeting, by)
    told = (
        [_queue(session, meeting, other, "declined", now, by=by)]
        if _reachable(session, other)
        else []
    )
    return Changed(meeting, told)


def move(session: Session, by: int, meeting_id: int, start: datetime, now: datetime) -> Changed:
    """Either party moves a booked meeting: booked again at the new time (Busy if either
    is booked then), the invitation sent again with the same UID and a higher SEQUENCE."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status != Status.ACCEPTED:
        raise NotPossible("not-booked")
    _check_start(start, int((meeting.end_at - meeting.start_at).total_seconds() // 60), now)
    if start.astimezone(UTC) == meeting.start_at:
        raise NotPossible("same-time")
    _rebook(session, meeting, by, start)
    meeting.sequence += 1
    meeting.updated_at = now
    audit(session, now, by, "meeting_moved", f"meeting:{meeting.id}")
    return Changed(meeting, _invitations(session, meeting, by, "moved", now))


def cancel(
    session: Session, by: int, meeting_id: int, now: datetime, message: str | None = None
) -> Changed:
    """Either party cancels a proposed or booked meeting; the other is told (a booked one:
    both get the invitation's cancellation, METHOD:CANCEL)."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status not in (Status.PROPOSED, Status.ACCEPTED):
        raise NotPossible("answered")
    was_booked = meeting.status == Status.ACCEPTED
    meeting.status, meeting.turn_id, meeting.updated_at = Status.CANCELLED, None, now
    meeting.message = clean_text(message or "")[:MESSAGE_MAX] or None
    session.execute(delete(MeetingBusy).where(MeetingBusy.meeting_id == meeting.id))
    audit(session, now, by, "meeting_cancelled", f"meeting:{meeting.id}")
    if was_booked:
        meeting.sequence += 1
        return Changed(meeting, _invitations(session, meeting, by, "cancelled", now))
    other = other_of(meeting, by)
    told = (
        [_queue(session, meeting, other, "withdrawn", now, by=by)]
        if _reachable(session, other)
        else []
    )
    return Changed(meeting, told)


def set_link(session: Session, by: int, meeting_id: int, link: str, now: datetime) -> Changed:
    """A party pastes the video link of their choice (https) instead of the room made for
    the meeting; the other is told."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status not in (Status.PROPOSED, Status.ACCEPTED):
        raise NotPossible("answered")
    cleaned = clean_link(link)
    if cleaned is None:
        raise NotPossible("link")
    meeting.link, meeting.updated_at = cleaned, now
    other = other_of(meeting, by)
    told = (
        [_queue(session, meeting, other, "link", now, by=by)] if _reachable(session, other) else []
    )
    return Changed(meeting, told)


def mark_held(session: Session, by: int, meeting_id: int, held: bool, now: datetime) -> Meeting:
    """Once it is over, a party says whether it took place; a held meeting is a step of
    its partnership's history. Said once (the first answer counts)."""
    meeting = _mine(session, by, meeting_id)
    if meeting.status != Status.ACCEPTED:
        raise NotPossible("answered")
    if meeting.end_at > now:
        raise NotPossible("not-over")
    meeting.status = Status.HELD if held else Status.MISSED
    meeting.held_by, meeting.updated_at = by, now
    audit(session, now, by, "meeting_held" if held else "meeting_missed", f"meeting:{meeting.id}")
    return meeting


def forget_user(session: Session, user_id: int, now: datetime) -> list[str]:
    """Someone asked to be forgotten: their coming meetings are cancelled (the other party
    is told, a booked one's invitation withdrawn) and the words written with any of their
    meetings go."""
    told: list[str] = []
    coming, _ = of_user(session, user_id, now)
    for meeting in coming:
        told += cancel(session, user_id, meeting.id, now).told
    session.execute(
        update(Meeting)
        .where(or_(Meeting.requester_id == user_id, Meeting.invitee_id == user_id))
        .values(message=None)
        .execution_options(synchronize_session="fetch")
    )
    return told


# Reading ------------------------------------------------------------------------------------


def of_user(session: Session, user_id: int, now: datetime) -> tuple[list[Meeting], list[Meeting]]:
    """Someone's coming meetings (proposed or booked, soonest first) and the past booked
    ones still waiting for "did it happen?" (newest first)."""
    rows = list(
        session.execute(
            select(Meeting)
            .where(
                or_(Meeting.requester_id == user_id, Meeting.invitee_id == user_id),
                Meeting.status.in_((Status.PROPOSED, Status.ACCEPTED)),
            )
            .order_by(Meeting.start_at)
        ).scalars()
    )
    coming = [
        m
        for m in rows
        if m.end_at > now and not (m.status == Status.PROPOSED and m.start_at <= now)
    ]
    past = [m for m in reversed(rows) if m.status == Status.ACCEPTED and m.end_at <= now]
    return coming, past


def held_of_partnership(session: Session, partnership_id: int) -> list[Meeting]:
    return list(
        session.execute(
            select(Meeting)
            .where(Meeting.partnership_id == partnership_id, Meeting.status == Status.HELD)
            .order_by(Meeting.start_at)
        ).scalars()
    )


def counts(session: Session, since: datetime | None = None) -> dict[str, int]:
    """The figures: meetings proposed (all), accepted (ever booked) and held."""
    where = [Meeting.created_at >= since] if since else []
    total = session.execute(select(func.count(Meeting.id)).where(*where)).scalar_one()
    accepted = session.execute(
        select(func.count(Meeting.id)).where(Meeting.accepted_at.is_not(None), *where)
    ).scalar_one()
    held = session.execute(
        select(func.count(Meeting.id)).where(Meeting.status == Status.HELD, *where)
    ).scalar_one()
    return {"proposed": int(total), "accepted": int(accepted), "held": int(held)}


def counts_of(rows: Iterable[Meeting]) -> dict[str, int]:
    """The same figures as `counts`, of these meetings (an entry's, a partnership's)."""
    found = list(rows)
    return {
        "proposed": len(found),
        "accepted": sum(1 for m in found if m.accepted_at is not None),
        "held": sum(1 for m in found if m.status == Status.HELD),
    }


@dataclass(frozen=True)
class Listed:
    meeting: Meeting
    subject: str


def listing(
    session: Session,
    status: str | None = None,
    user_id: int | None = None,
    partnership_id: int | None = None,
    entry_id: int | None = None,
    limit: int = 200,
) -> list[Listed]:
    """Meetings for the organisers' console, newest first, filtered."""
    query = select(Meeting).order_by(Meeting.start_at.desc()).limit(limit)
    if status in STATUSES:
        query = query.where(Meeting.status == status)
    if user_id is not None:
        query = query.where(or_(Meeting.requester_id == user_id, Meeting.invitee_id == user_id))
    if partnership_id is not None:
        query = query.where(Meeting.partnership_id == partnership_id)
    if entry_id is not None:
        connections = select(Connection.id).where(Connection.entry_id == entry_id)
        pairs = select(MatchPair.id).where(
            or_(MatchPair.need_id == entry_id, MatchPair.offer_id == entry_id)
        )
        query = query.where(or_(Meeting.connection_id.in_(connections), Meeting.pair_id.in_(pairs)))
    return [Listed(m, subject(session, m)) for m in session.execute(query).scalars()]


# The calendar invitation --------------------------------------------------------------------


def invitation(
    meeting: Meeting,
    sequence: int,
    start: datetime,
    end: datetime,
    method: str,
    summary: str,
    description: str,
    stamp: datetime,
) -> bytes:
    """The .ics of one version of the meeting: the same UID for every version, SEQUENCE
    raised by each move, METHOD:CANCEL (STATUS:CANCELLED) when cancelled."""
    cal = Calendar()
    cal.add("prodid", "-//OAS CIDI//Cooperation Bot//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    event = Event()
    event.add("uid", uid(meeting))
    event.add("sequence", sequence)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", end.astimezone(UTC))
    event.add("summary", summary)
    event.add("description", description)
    if meeting.link:
        event.add("location", meeting.link)
        event.add("url", meeting.link)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    cal.add_component(event)
    return bytes(cal.to_ical())


def uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.id}-{meeting.room}@cidi-bot"
