"""Broadcasts: an audience, a text per language, and one outbox row per recipient.

The rows carry only the broadcast's id: the text is read from the broadcast when
the row is sent, so 10,000 recipients do not mean 10,000 copies of it, and a
cancelled broadcast stops at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from richtext import text_problem
from scheduler import planning
from scheduler.agenda import Agenda
from scheduler.agenda_store import subscribers
from storage import outbox, rights
from storage.audit import audit
from storage.models import Broadcast, Delegate, Delivery, Role
from storage.rights import Action

AUDIENCES = ("all", "role", "kind", "language", "country", "session", "verified")
MAX_AHEAD = timedelta(days=30)


class BroadcastRefused(ValueError):
    """Why a broadcast cannot be made: a message key, its values, and the language of the
    version at fault (for a text Telegram would refuse)."""

    def __init__(self, key: str, language: str | None = None, **values: Any) -> None:
        super().__init__(key)
        self.key, self.language, self.values = key, language, values


def recipients(
    session: Session, audience: dict[str, Any], agenda: Agenda | None, lead: int
) -> list[int]:
    """The registered, active delegates an audience names."""
    kind = audience.get("type", "all")
    value = audience.get("value")
    query = select(Delegate.user_id).where(
        Delegate.registered_at.is_not(None), Delegate.active.is_(True)
    )
    if kind == "role":  # organisers or the secretariat ("delegate": everyone)
        if value != "delegate":
            query = query.where(
                Delegate.user_id.in_(select(Role.user_id).where(Role.role == value))
            )
    elif kind == "kind":
        query = query.where(Delegate.actor_kind == value)
    elif kind == "language":
        query = query.where(Delegate.language == value)
    elif kind == "country":
        query = query.where(Delegate.country == value)
    elif kind == "verified":
        query = query.where(Delegate.verified.is_(True))
    elif kind == "session":
        target = agenda.session(str(value)) if agenda else None
        if target is None:
            return []
        return sorted(s.user_id for s in subscribers(session, lead) if planning.follows(s, target))
    return sorted(session.execute(query).scalars())


def create(
    session: Session,
    by: int,
    texts: dict[str, str],
    default_language: str,
    audience: dict[str, Any],
    scheduled_at: datetime | None,
    now: datetime,
    agenda: Agenda | None,
    lead: int,
) -> Broadcast:
    """Store the broadcast and one outbox row per recipient (all or nothing)."""
    rights.require(session, by, Action.BROADCAST)
    if not texts or default_language not in texts:
        raise BroadcastRefused("web-broadcast-no-text")
    for language, text in texts.items():  # what Telegram would refuse is never queued
        problem = text_problem(text)
        if problem is not None:
            raise BroadcastRefused(problem[0], language, **problem[1])
    if audience.get("type", "all") not in AUDIENCES:
        raise BroadcastRefused("web-bad-input")
    when = scheduled_at or now
    if when < now - timedelta(minutes=1):
        raise BroadcastRefused("broadcast-time-past")
    if when > now + MAX_AHEAD:
        raise BroadcastRefused("broadcast-time-far")
    users = recipients(session, audience, agenda, lead)
    if not users:
        raise BroadcastRefused("broadcast-nobody")
    broadcast = Broadcast(
        created_by=by,
        texts=texts,
        default_language=default_language,
        audience=audience,
        status="scheduled" if scheduled_at else "sending",
        scheduled_at=when,
        recipients=len(users),
        created_at=now,
    )
    session.add(broadcast)
    session.flush()
    audit(
        session,
        now,
        by,
        "broadcast",  # the audit's action
        f"broadcast:{broadcast.id}",
        {"recipients": broadcast.recipients, "audience": audience},
    )
    for uid in users:
        outbox.enqueue(
            session,
            f"bc:{broadcast.id}:{uid}",
            uid,
            outbox.Kind.BROADCAST,
            when,
            {"broadcast": broadcast.id},
            now,
        )
    return broadcast


def cancel(session: Session, broadcast_id: int, now: datetime, by: int | None = None) -> bool:
    """Stop a broadcast: what is sent stays sent, the rest is dropped; False if it is over."""
    rights.require(session, by, Action.BROADCAST)
    broadcast = session.get(Broadcast, broadcast_id)
    if broadcast is None or broadcast.status in ("done", "cancelled"):
        return False
    broadcast.status = "cancelled"
    broadcast.finished_at = now
    session.execute(
        update(Delivery)
        .where(Delivery.key.like(f"bc:{broadcast_id}:%"), Delivery.status == "pending")
        .values(status="dropped", last_error="cancelled")
    )
    audit(session, now, by, "broadcast_cancel", f"broadcast:{broadcast_id}")
    return True


def follow_progress(session: Session, broadcast_id: int, chat_id: int, message_id: int) -> None:
    """The message that shows the broadcast's progress to its organiser, kept up to date."""
    broadcast = session.get(Broadcast, broadcast_id)
    if broadcast is not None:
        broadcast.progress_chat_id, broadcast.progress_message_id = chat_id, message_id


def get(session: Session, broadcast_id: int) -> Broadcast | None:
    return session.get(Broadcast, broadcast_id)


@dataclass
class Progress:
    sent: int
    failed: int
    blocked: int
    left: int
    total: int


def progress(session: Session, broadcast_id: int) -> Progress:
    rows = session.execute(
        select(Delivery.status, Delivery.last_error, func.count())
        .where(Delivery.key.like(f"bc:{broadcast_id}:%"))
        .group_by(Delivery.status, Delivery.last_error)
    ).all()
    sent = failed = blocked = left = 0
    for status, error, count in rows:
        if status == "sent":
            sent += count
        elif status in ("pending", "claimed"):
            left += count
        elif status == "failed" and error == "blocked":
            blocked += count
        else:
            failed += count
    return Progress(sent, failed, blocked, left, sent + failed + blocked + left)


def due_to_start(session: Session, now: datetime) -> list[Broadcast]:
    """Scheduled broadcasts whose time has come (their rows are already in the outbox)."""
    return list(
        session.execute(
            select(Broadcast).where(Broadcast.status == "scheduled", Broadcast.scheduled_at <= now)
        ).scalars()
    )


def active(session: Session) -> list[Broadcast]:
    return list(
        session.execute(
            select(Broadcast).where(Broadcast.status.in_(("scheduled", "sending")))
        ).scalars()
    )


def advance(session: Session, now: datetime) -> list[tuple[Broadcast, Progress]]:
    """Move broadcasts through their states: a scheduled one whose time has come starts
    sending, a sending one with nothing left is done. Returns each sending (or just done)
    broadcast with its progress, for the organiser's progress message."""
    for b in due_to_start(session, now):
        b.status = "sending"
    moving = []
    for b in active(session):
        if b.status != "sending":
            continue
        p = progress(session, b.id)
        if p.left == 0:
            b.status = "done"
            b.finished_at = now
        moving.append((b, p))
    return moving
