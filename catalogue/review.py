"""Submitting an entry and the secretariat's review of it, for the chat and the console alike.

Each function is one action: it checks who may do it, changes the data, writes the history,
and queues the notices (catalogue.notices) in the same transaction. The caller commits, then
may deliver the returned outbox keys at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from catalogue import delegates, entries, vectors
from catalogue.entries import (
    AlreadyDecided,
    Decision,
    LimitReached,
    NotFound,
    Status,
    event,
    snapshot,
)
from catalogue.matches import record_matches
from catalogue.notices import tell, tell_secretariat_batched
from catalogue.text import Refused, check_length
from storage import rights
from storage.audit import audit
from storage.models import Entry, ReviewEvent
from storage.rights import Action, NotAllowed

__all__ = [
    "AlreadyDecided", "LimitReached", "NotAllowed", "NotFound", "NotRegistered", "ReasonNeeded",
]  # fmt: skip

DECISIONS = entries.DECISIONS
REJECT_REASONS = entries.REJECT_REASONS


class ReasonNeeded(ValueError):
    """Asking for changes or rejecting needs a reason (a preset or a typed text of at most
    REASON_MAX characters); nothing was changed. `key` says what is wrong, as a text key."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def check_reason(decision: str, reason: str | None) -> str | None:
    """The reason a decision is stored with: none for an approval, else a preset
    ("preset:duplicate") or a typed text, cleaned and within REASON_MAX."""
    if decision == "approve":
        return None
    if reason and reason.startswith("preset:"):
        if reason.removeprefix("preset:") not in REJECT_REASONS:
            raise ReasonNeeded("error-code", value=reason)
        return reason
    typed = check_length(reason or "", entries.REASON_MAX)
    if isinstance(typed, Refused):
        raise ReasonNeeded("web-reason-needed" if typed.key == "error-empty" else typed.key,
                           **typed.values)  # fmt: skip
    return typed


class NotRegistered(Exception):
    """Only a registered delegate can submit."""


@dataclass
class Done:
    """What an action changed, and the outbox keys of the notices it queued."""

    entry: Entry
    told: list[str] = field(default_factory=list)


def submit(
    session: Session,
    user_id: int,
    data: entries.EntryInput,
    now: datetime,
    entry_id: int | None = None,
) -> Done:
    """A new entry, or an edit of `entry_id`, goes to review; the secretariat is told."""
    owner = delegates.get(session, user_id)
    if owner is None or owner.registered_at is None:
        raise NotRegistered()
    if entry_id:
        entry = entries.resubmit(session, user_id, entry_id, data, now)
    else:
        entry = entries.submit(session, owner, data, now)
    return Done(entry, tell_secretariat_batched(session, "entries-waiting", now))


def _tell_owner(
    session: Session, entry: Entry, about: str, now: datetime, **facts: Any
) -> list[str]:
    """The owner of an entry is told (if they are still reachable); the outbox keys."""
    owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
    if owner is None or not owner.active:
        return []
    return [tell(session, owner.user_id, about, now, entry=entry.id, **facts)]


def decide(
    session: Session,
    reviewer: int,
    entry_id: int,
    version: int,
    decision: Decision,
    reason: str | None,
    now: datetime,
) -> Done:
    """Apply a decision to the version the reviewer saw; the owner is told, and on approval
    the new match pairs are recorded and their owners told.

    The conditional UPDATE is the lock: of two reviewers deciding at once, only one matches
    `status = 'pending' AND version = :seen`; the other gets AlreadyDecided."""
    rights.require(session, reviewer, Action.REVIEW)
    decision = Decision(decision)  # a ValueError for anything else, before any change
    reason = check_reason(decision, reason)
    status = {"approve": Status.APPROVED, "request_changes": Status.CHANGES_REQUESTED,
              "reject": Status.REJECTED}  # fmt: skip
    result = session.execute(
        update(Entry)
        .where(Entry.id == entry_id, Entry.status == Status.PENDING, Entry.version == version)
        .values(
            status=str(status[decision]),
            version=Entry.version + 1,
            decided_at=now,
            updated_at=now,
            review_note=reason,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise AlreadyDecided()
    entry = session.get(Entry, entry_id)
    assert entry is not None
    session.refresh(entry)
    if decision == "approve":
        entry.published = snapshot(entry)
    event(session, entry, now, reviewer, decision, reason)
    audit(session, now, reviewer, "review", f"entry:{entry.id}", {"decision": decision})
    told = _tell_owner(
        session, entry, "entry-decided", now, decision=decision, reason=reason, title=entry.title
    )
    if decision == "approve":
        told += record_matches(session, entry.id, now)
    return Done(entry, told)


def announce_imported(session: Session, entry_ids: Sequence[int], now: datetime) -> int:
    """Entries imported already approved are matched as an approval in the chat would be:
    a delegate whose need was approved before the import hears of the imported offer."""
    return sum(len(record_matches(session, i, now)) for i in entry_ids)


def next_pending(session: Session, after: int | None = None) -> Entry | None:
    """The review queue, oldest first; `after` skips to the one after that entry."""
    query = select(Entry).where(Entry.status == "pending")
    if after is not None:
        current = session.get(Entry, after)
        if current is not None and current.submitted_at is not None:
            query = query.where(
                (Entry.submitted_at > current.submitted_at)
                | ((Entry.submitted_at == current.submitted_at) & (Entry.id > after))
            )
    query = query.order_by(Entry.submitted_at, Entry.id).limit(1)
    return session.execute(query).scalar_one_or_none()


def newest_pending(session: Session, limit: int) -> list[Entry]:
    query = select(Entry).where(Entry.status == "pending")
    query = query.order_by(Entry.submitted_at.desc(), Entry.id.desc()).limit(limit)
    return list(session.execute(query).scalars())


def queue_size(session: Session) -> int:
    return int(
        session.execute(select(func.count(Entry.id)).where(Entry.status == "pending")).scalar_one()
    )


def queue_split(session: Session) -> tuple[int, int]:
    """The review queue as (new entries, edits of approved ones): an edit waits with its
    approved version still in the catalogue, and the secretariat reads it differently."""
    edits = session.execute(
        select(func.count(Entry.id)).where(Entry.status == "pending", entries.IN_CATALOGUE)
    ).scalar_one()
    return queue_size(session) - int(edits), int(edits)


def history(session: Session, entry_id: int) -> list[ReviewEvent]:
    return list(
        session.execute(
            select(ReviewEvent).where(ReviewEvent.entry_id == entry_id).order_by(ReviewEvent.id)
        ).scalars()
    )


@dataclass(frozen=True)
class QueueFilter:
    """What the review queue can be narrowed to (the console's filters)."""

    kind: str | None = None
    area: str | None = None
    country: str | None = None  # the owner's
    actor_kind: str | None = None
    language: str | None = None
    submitted_before: datetime | None = None  # waiting at least since then


def queue(
    session: Session, where: QueueFilter, limit: int = 50, offset: int = 0
) -> tuple[list[Entry], int]:
    """A page of the review queue, oldest first, and how many entries the filter leaves."""
    conditions = [Entry.status == "pending"]
    for column, value in (
        (Entry.kind, where.kind),
        (Entry.area, where.area),
        (Entry.owner_country, where.country),
        (Entry.actor_kind, where.actor_kind),
        (Entry.language, where.language),
    ):
        if value:
            conditions.append(column == value)
    if where.submitted_before is not None:
        conditions.append(Entry.submitted_at <= where.submitted_before)
    total = session.execute(select(func.count(Entry.id)).where(*conditions)).scalar_one()
    page = session.execute(
        select(Entry)
        .where(*conditions)
        .order_by(Entry.submitted_at, Entry.id)
        .limit(limit)
        .offset(offset)
    ).scalars()
    return list(page), int(total)


def last_decision(session: Session, entry_id: int) -> ReviewEvent | None:
    """The latest decision on an entry (who decided it first, when two reviewers try)."""
    return (
        session.execute(
            select(ReviewEvent)
            .where(ReviewEvent.entry_id == entry_id, ReviewEvent.action.in_(DECISIONS))
            .order_by(ReviewEvent.id.desc())
        )
        .scalars()
        .first()
    )


# What the secretariat may correct: what the owner wrote, but the owner's own contact and
# whether they offer financing.
CORRECTABLE = tuple(f for f in entries.FIELDS if f not in ("financing", "contact"))


def correct(
    session: Session, by: int, entry_id: int, values: dict[str, Any], now: datetime
) -> Done:
    """The secretariat corrects an entry's fields (a typo, a wrong area): the working and the
    published versions both, in the history and the audit, and the owner is told which
    fields. Refused values raise ValueError with the problems, and nothing changes."""
    rights.require(session, by, Action.REVIEW)
    entry = session.get(Entry, entry_id)
    if entry is None or entry.status == "withdrawn":
        raise NotFound()
    current = {f: getattr(entry, f) for f in entries.FIELDS}
    wanted = {k: v for k, v in values.items() if k in CORRECTABLE}
    clean = entries.EntryInput.read(  # Invalid (a ValueError) with every problem
        {**current, **wanted, "kind": entry.kind, "language": entry.language}
    ).fields()
    changed = [f for f in CORRECTABLE if current.get(f) != clean.get(f)]
    if not changed:
        return Done(entry)
    for f in changed:
        setattr(entry, f, clean[f])
    entry.version += 1
    entry.updated_at = now
    if entry.published is not None:
        entry.published = {**entry.published, **{f: clean[f] for f in changed}}
    event(session, entry, now, by, "corrected", entries.CHANGED + ",".join(changed))
    audit(session, now, by, "entry_correct", f"entry:{entry.id}", {"fields": changed})
    vectors.refresh(session, [entry], now)
    told = _tell_owner(session, entry, "entry-corrected", now, fields=",".join(changed))
    return Done(entry, told)


def withdraw(session: Session, by: int, entry_id: int, reason: str, now: datetime) -> Done:
    """The secretariat takes an entry out of the catalogue (and the queue); the owner is
    told why: a typed reason is needed (ReasonNeeded), never silently cut."""
    rights.require(session, by, Action.REVIEW)
    typed = check_length(reason, entries.REASON_MAX)
    if isinstance(typed, Refused):
        raise ReasonNeeded("web-reason-needed" if typed.key == "error-empty" else typed.key,
                           **typed.values)  # fmt: skip
    reason = typed
    entry = session.get(Entry, entry_id)
    if entry is None or entry.status == "withdrawn":
        raise NotFound()
    entry.status = "withdrawn"
    entry.published = None
    entry.version += 1
    entry.updated_at = now
    event(session, entry, now, by, "withdrawn_by_secretariat", reason)
    audit(session, now, by, "entry_withdraw", f"entry:{entry.id}", {"reason": reason[:200]})
    told = _tell_owner(session, entry, "entry-withdrawn", now, title=entry.title, reason=reason)
    return Done(entry, told)
