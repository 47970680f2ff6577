"""Check-ins for three years: "How is it going?" to both parties of a partnership.

Each party is asked 30, 90 and 180 days after the partnership started, then every three
months (91 days) until the horizon (by default three years after the meeting's last day:
the seed agenda's "practical exchanges over the next three years"). The answer is one tap:
the stage it is at (catalogue.partnerships moves it), with an optional note. Each party
answers their own check-in, even after the other one moved the partnership on (or ended it)
in the meantime: their answer counts, and changes no stage. They stop when
the partnership is completed or dropped, for someone who turned them off (`/followup off`),
and for someone who stopped answering: after two unanswered check-ins the next one is a
single reminder, and the one after tells the secretariat instead, and no more is sent.

`advance` is idempotent and runs from a periodic job: what is due is queued in the outbox
(the notices' durable, exactly-once delivery) in the same transaction that counts it sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import partnerships
from catalogue.followup_state import forget, paused, set_paused, state_of
from catalogue.notices import tell, tell_secretariat
from storage.models import Connection, Delegate, FollowUp, FollowUpPause, Partnership

FIRST = (30, 90, 180)  # days after the start
EVERY = 91  # then about every three months
SILENT_AFTER = 2  # unanswered check-ins in a row before the reminder


def horizon_after(last_day: date, years: int = 3) -> datetime:
    """The end of the follow-up: `years` after the meeting's last day (the end of that day,
    UTC)."""
    try:
        end = last_day.replace(year=last_day.year + years)
    except ValueError:  # 29 February
        end = last_day.replace(year=last_day.year + years, day=28)
    return datetime.combine(end, time.max, tzinfo=UTC)


def horizon(until: date | None, meeting_last_day: date) -> datetime:
    """Until when check-ins go out: the day FOLLOWUP_UNTIL names (its end, UTC), else three
    years after the meeting's last day (the seed agenda's "next three years")."""
    if until is not None:
        return datetime.combine(until, time.max, tzinfo=UTC)
    return horizon_after(meeting_last_day)


def due(start: datetime, number: int) -> datetime:
    """When the `number`-th check-in (0-based) of a partnership started at `start` is due."""
    if number < len(FIRST):
        return start + timedelta(days=FIRST[number])
    return start + timedelta(days=FIRST[-1] + EVERY * (number - len(FIRST) + 1))


def _chunked(session: Session, model: Any, column: Any, values: list[int]) -> list[Any]:
    """The rows of `model` whose `column` is one of `values` (a thousand at a time)."""
    found: list[Any] = []
    for start in range(0, len(values), 1000):
        chunk = values[start : start + 1000]
        found += session.execute(select(model).where(column.in_(chunk))).scalars().all()
    return found


def advance(session: Session, now: datetime, horizon: datetime) -> list[str]:
    """Queue every check-in (or reminder, or word to the secretariat) that is due; the
    outbox keys of what was queued."""
    told: list[str] = []
    rows = session.execute(
        select(Partnership, Connection)
        .join(Connection, Connection.id == Partnership.connection_id)
        .where(Partnership.stage.not_in(partnerships.FINAL))
    ).all()
    # The parties, their check-in counts and pauses in three reads rather than three per
    # party: hundreds of partnerships on PostgreSQL were thousands of round trips a run.
    ids = [p.id for p, _ in rows]
    parties = sorted({u for _, c in rows for u in (c.requester_id, c.owner_id) if u is not None})
    persons = {d.user_id: d for d in _chunked(session, Delegate, Delegate.user_id, parties)}
    pauses = {r.user_id for r in _chunked(session, FollowUpPause, FollowUpPause.user_id, parties)}
    states = {(f.partnership_id, f.user_id): f
              for f in _chunked(session, FollowUp, FollowUp.partnership_id, ids)}  # fmt: skip
    for partnership, connection in rows:
        for user_id in (connection.requester_id, connection.owner_id):
            if user_id is None:
                continue
            person = persons.get(user_id)
            if person is None or person.registered_at is None or not person.active:
                continue
            state = states.get((partnership.id, user_id))
            if state is None:
                state = state_of(session, partnership.id, user_id)
            if state.stopped or user_id in pauses:
                continue
            when = due(partnership.created_at, state.sent)
            if when > now or when > horizon:
                continue
            # The key names this check-in: two processes running at once queue it once.
            key = f"fu:{partnership.id}:{user_id}:{state.sent}"
            state.sent += 1
            state.last_sent_at = now
            if state.unanswered < SILENT_AFTER:
                state.unanswered += 1
                told.append(tell(session, user_id, "followup-ask", now, key,
                                 partnership=partnership.id))  # fmt: skip
            elif not state.reminded:
                state.reminded = True
                told.append(tell(session, user_id, "followup-reminder", now, key,
                                 partnership=partnership.id))  # fmt: skip
            else:
                state.stopped = "silent"
                told += tell_secretariat(session, "followup-silent", now, key,
                                         partnership=partnership.id, user=user_id)  # fmt: skip
    return told


@dataclass
class Answered:
    """A check-in answered: the partnership as it is now, the notices queued, and whether
    the other side had moved it past the answer meanwhile (then the answer moved nothing)."""

    partnership: Partnership
    told: list[str] = field(default_factory=list)
    overtaken: bool = False


def overtaken(current: str, answered: str) -> bool:
    """An answer the partnership has gone past: it ended, or it is at a later stage than
    the one the answer names (the other party moved it on after the check-in was sent)."""
    if answered not in partnerships.STAGES:
        return False
    if current in partnerships.FINAL:
        return True
    order = [*partnerships.FORWARD, partnerships.Stage.COMPLETED]
    return answered in order and order.index(answered) < order.index(current)


def answer(
    session: Session,
    user_id: int,
    partnership_id: int,
    stage: partnerships.Stage,
    now: datetime,
    reason: partnerships.DropReason | None = None,
    note: str | None = None,
) -> Answered:
    """A party answers their check-in: the stage it is at (the same one, the next, or
    dropped). Their count of unanswered check-ins starts again, whatever the other party
    did meanwhile; a final stage ends them."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or user_id not in partnerships.parties(session, partnership):
        raise partnerships.NotAllowed("partnership", "not-a-party")
    behind = overtaken(partnership.stage, stage)
    told: list[str] = []
    if stage == partnership.stage or behind:
        if note:
            told = partnerships.note(session, user_id, partnership_id, note, now)
    else:
        told = partnerships.move(session, user_id, partnership_id, stage, now, reason, note).told
    state = state_of(session, partnership_id, user_id)
    state.unanswered, state.reminded = 0, False
    return Answered(partnership, told, behind)


__all__ = [
    "Answered", "advance", "answer", "due", "forget", "horizon", "horizon_after", "overtaken",
    "paused", "set_paused",
]  # fmt: skip
