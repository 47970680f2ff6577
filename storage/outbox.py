"""The durable outbox: plan, claim, mark. One mechanism for reminders, digests and notices.

Rows are claimed for a short lease inside a transaction (`FOR UPDATE SKIP
LOCKED` on PostgreSQL, the single writer lock on SQLite), so two workers never
take the same row, and a worker that dies leaves rows that another one takes
again when the lease has run out. A row is marked sent only after Telegram
accepted the message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Select, and_, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Delivery, SendPace

LEASE = timedelta(seconds=90)


class Kind(StrEnum):
    """What an outbox row is; the chat has one renderer for each (bot/deliveries.py)."""

    TELL = "tell"  # a fact the core told someone (catalogue.notices)
    REMINDER = "reminder"  # a session about to start
    DIGEST = "digest"  # the day's sessions, in the morning
    AGENDA_CHANGE = "notice"  # a followed session moved or cancelled (stored as "notice")
    BROADCAST = "broadcast"  # an organiser's message
    MEETING = "meeting"  # a bilateral meeting: proposal, answer, invitation (.ics), reminder


PLANNED_KINDS = (Kind.REMINDER, Kind.DIGEST)


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert, ignoring keys that exist already (another process planned them first)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        if dialect == "postgresql":
            session.execute(
                postgresql.insert(Delivery).on_conflict_do_nothing(index_elements=["key"]), chunk
            )
        else:
            session.execute(
                sqlite.insert(Delivery).on_conflict_do_nothing(index_elements=["key"]), chunk
            )


def _row(
    key: str, user_id: int, kind: str, due_at: datetime, payload: dict[str, Any], now: datetime
) -> dict[str, Any]:
    return {
        "key": key,
        "user_id": user_id,
        "kind": str(kind),  # a Kind's value, as the renderers look it up
        "due_at": due_at,
        "payload": payload,
        "status": "pending",
        "attempts": 0,
        "created_at": now,
    }


class Planned(Protocol):
    """A delivery the scheduler wants to exist (a reminder, a digest)."""

    @property
    def key(self) -> str: ...
    @property
    def user_id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def payload(self) -> dict[str, Any]: ...


@dataclass
class Replanned:
    added: int
    dropped: int


def replan(
    session: Session, planned: Iterable[Planned], now: datetime, users: set[int] | None = None
) -> Replanned:
    """Make the pending reminders and digests be exactly `planned` (for `users`, or all)."""
    wanted = {p.key: p for p in planned}
    query = select(Delivery.id, Delivery.key, Delivery.status).where(
        Delivery.kind.in_(PLANNED_KINDS)
    )
    if users is not None:
        query = query.where(Delivery.user_id.in_(users))
    existing: dict[str, tuple[int, str]] = {k: (i, s) for i, k, s in session.execute(query)}
    stale = [i for k, (i, s) in existing.items() if s == "pending" and k not in wanted]
    for start in range(0, len(stale), 1000):
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(stale[start : start + 1000]), Delivery.status == "pending")
            .values(status="dropped", last_error="replanned")
        )
    new = [
        _row(p.key, p.user_id, p.kind, p.due_at, p.payload, now)
        for k, p in wanted.items()
        if k not in existing
    ]
    _insert(session, new)
    return Replanned(len(new), len(stale))


def enqueue(
    session: Session,
    key: str,
    user_id: int,
    kind: str,
    due_at: datetime,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    """A one-off message (an agenda change notice, a broadcast): once per key, ever."""
    _insert(session, [_row(key, user_id, kind, due_at, payload, now)])


def _take(session: Session, query: Select[Delivery], worker: str, now: datetime) -> list[Delivery]:
    """Lease the rows `query` finds to `worker`. Not an attempt yet: `renew` counts those,
    so rows claimed by workers that died before sending are not held against the message."""
    rows = list(session.execute(query).scalars())
    for row in rows:
        row.status = "claimed"
        row.claimed_by = worker
        row.claimed_until = now + LEASE
    return rows


def claim(session: Session, worker: str, now: datetime, limit: int) -> list[Delivery]:
    """Take up to `limit` due rows for `worker` (the caller commits)."""
    query = (
        select(Delivery)
        .where(
            Delivery.due_at <= now,
            or_(
                Delivery.status == "pending",
                and_(Delivery.status == "claimed", Delivery.claimed_until < now),
            ),
        )
        .order_by(Delivery.due_at, Delivery.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return _take(session, query, worker, now)


def claim_keys(session: Session, worker: str, now: datetime, keys: list[str]) -> list[Delivery]:
    """Take these pending rows (a handler delivering what it has just committed)."""
    query = select(Delivery).where(Delivery.key.in_(keys), Delivery.status == "pending")
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return _take(session, query, worker, now)


def renew(session: Session, delivery_id: int, worker: str, now: datetime) -> bool:
    """Still ours (the lease has not run out and nobody took the row over)? Then hold it a
    lease longer and count the attempt. Checked just before sending: a row that waited behind
    429s and timeouts past its lease may already be another worker's, and must not be sent
    twice."""
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.id == delivery_id,
            Delivery.claimed_by == worker,
            Delivery.status == "claimed",
            Delivery.claimed_until >= now,
        )
        .values(claimed_until=now + LEASE, attempts=Delivery.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _finish(session: Session, delivery_id: int, worker: str, **values: Any) -> bool:
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.id == delivery_id, Delivery.claimed_by == worker, Delivery.status == "claimed"
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def mark_sent(session: Session, delivery_id: int, worker: str, now: datetime) -> bool:
    return _finish(session, delivery_id, worker, status="sent", sent_at=now, claimed_until=None)


def mark_dropped(session: Session, delivery_id: int, worker: str, reason: str) -> bool:
    return _finish(session, delivery_id, worker, status="dropped", last_error=reason[:200])


def mark_failed(session: Session, delivery_id: int, worker: str, reason: str) -> bool:
    return _finish(session, delivery_id, worker, status="failed", last_error=reason[:200])


def retry_at(session: Session, delivery_id: int, worker: str, when: datetime, reason: str) -> bool:
    return _finish(
        session,
        delivery_id,
        worker,
        status="pending",
        due_at=when,
        claimed_by=None,
        claimed_until=None,
        last_error=reason[:200],
    )


def release(session: Session, worker: str) -> int:
    """Hand back what this worker holds (graceful shutdown)."""
    result = session.execute(
        update(Delivery)
        .where(Delivery.claimed_by == worker, Delivery.status == "claimed")
        .values(status="pending", claimed_by=None, claimed_until=None)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


PACE = "outbox"
MAX_AHEAD = timedelta(minutes=15)  # longer than any retry_after Telegram gives in practice


def reserve_slot(session: Session, now: datetime, interval: timedelta) -> float:
    """Seconds to wait before sending, at `interval` apart across every process.

    Takes the shared next slot and moves it on (the row is locked until the caller commits:
    FOR UPDATE on PostgreSQL, the write lock on SQLite)."""
    row = session.execute(
        select(SendPace).where(SendPace.name == PACE).with_for_update()
    ).scalar_one_or_none()
    if row is None:  # a database restored from before the pace existed
        row = SendPace(name=PACE, next_free=now)
        session.add(row)
    slot = max(row.next_free, now)
    if slot - now > MAX_AHEAD:  # a clock that ran ahead once must not hold every send back
        slot = now
    row.next_free = slot + interval
    return (slot - now).total_seconds()


def pause_all(session: Session, until: datetime) -> None:
    """Telegram said 429: no process sends before `until`."""
    session.execute(
        update(SendPace)
        .where(SendPace.name == PACE, SendPace.next_free < until)
        .values(next_free=until)
        .execution_options(synchronize_session=False)
    )


def drop_user(session: Session, user_id: int, reason: str) -> int:
    """Nothing more is sent to this person (they asked to be forgotten)."""
    gone = session.execute(
        update(Delivery)
        .where(Delivery.user_id == user_id, Delivery.status == "pending")
        .values(status="dropped", last_error=reason)
    )
    return int(gone.rowcount)  # type: ignore[attr-defined]


def forget_user_rows(session: Session, user_id: int) -> int:
    """Blank the outbox rows of someone who asked to be forgotten (what they were told, or
    were to be told). Other people's rows hold only ids (notices are facts, written at send
    time), never someone's name or contact."""
    count = 0
    for row in session.execute(select(Delivery).where(Delivery.user_id == user_id)).scalars():
        row.payload = {}
        if row.status == "pending":
            row.status, row.last_error = "dropped", "forgotten"
        count += 1
    return count


def prune_finished(session: Session, before: datetime) -> int:
    """Sent, failed and dropped notices older than `before` go: they exist to be sent once,
    not as a record. Reminders, digests and broadcasts stay: their keys make sure a later
    re-planning never sends them twice."""
    gone = session.execute(
        delete(Delivery).where(
            Delivery.kind == Kind.TELL,
            Delivery.status.in_(("sent", "failed", "dropped")),
            Delivery.created_at < before,
        )
    )
    return int(gone.rowcount)  # type: ignore[attr-defined]
