"""Broadcasts: an audience, a text per language, and one outbox row per recipient.

The rows carry only the broadcast's id: the text is read from the broadcast when
the row is sent, so 10,000 recipients do not mean 10,000 copies of it, and a
cancelled broadcast stops at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, model_validator
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from richtext import text_problem
from scheduler import planning
from scheduler.agenda import LANGUAGES, Agenda
from scheduler.agenda_store import subscribers
from storage import outbox, rights
from storage.audit import audit
from storage.models import Broadcast, Delegate, Delivery, Role
from storage.rights import ROLES, Action

AUDIENCES = ("all", "role", "kind", "language", "country", "session", "verified")
WITH_VALUE = ("role", "kind", "language", "country", "session")
MAX_AHEAD = timedelta(days=30)
CODE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")  # an actor kind, a country or a session's id
# The console's combined audience: criteria that all hold (country AND language AND kind),
# each any of several values ("Haiti or France"). Its value is written
# "country=HT,FR;language=fr;kind=member_state"; the chat's audiences stay the seven above.
COMBINED = "criteria"
CRITERIA = ("country", "language", "kind")
MAX_VALUES = 60


def criteria_of(value: str | None) -> dict[str, tuple[str, ...]]:
    """A combined audience's criteria, read back from its value; BroadcastRefused when
    it is not one (an unknown criterion, a malformed code, nothing chosen)."""
    found: dict[str, tuple[str, ...]] = {}
    for part in (value or "").split(";"):
        name, _, codes = part.partition("=")
        chosen = tuple(dict.fromkeys(c for c in codes.split(",") if c))
        if name not in CRITERIA or name in found or not chosen or len(chosen) > MAX_VALUES:
            raise BroadcastRefused("web-audience-value")
        if not all(CODE.match(c) for c in chosen):
            raise BroadcastRefused("web-audience-value")
        if name == "language" and set(chosen) - set(LANGUAGES):
            raise BroadcastRefused("web-audience-value")
        found[name] = chosen
    if not found:
        raise BroadcastRefused("web-audience-value")
    return found


def combined(criteria: dict[str, list[str] | tuple[str, ...]]) -> Audience:
    """The combined audience of the criteria chosen (those left empty do not narrow)."""
    parts = [f"{name}={','.join(criteria[name])}" for name in CRITERIA if criteria.get(name)]
    return Audience(type=COMBINED, value=";".join(parts) or None)


class BroadcastRefused(Exception):
    """Why a broadcast cannot be made: a message key, its values, and the language of the
    version at fault (for a text Telegram would refuse). Not a ValueError, so that the typed
    inputs below raise it as it is (pydantic wraps ValueErrors)."""

    def __init__(self, key: str, language: str | None = None, **values: Any) -> None:
        super().__init__(key)
        self.key, self.language, self.values = key, language, values


class Audience(BaseModel):
    """Who receives a broadcast: a type and, for most types, one value. Both front ends
    build it from what they read, and an audience that cannot be is refused here.

    A value of the right form that nobody holds (a country without delegates) is not
    refused here but when counted: it reaches nobody (`create`, `check_reaches`)."""

    model_config = ConfigDict(frozen=True)

    type: str = "all"
    value: str | None = None

    @model_validator(mode="after")
    def _fits(self) -> Audience:
        if self.type == COMBINED:
            criteria_of(self.value)
            return self
        if self.type not in AUDIENCES:
            raise BroadcastRefused("web-bad-input")
        if self.type not in WITH_VALUE:
            if self.value is not None:
                raise BroadcastRefused("web-audience-value")
        elif (
            (self.type == "role" and self.value not in ROLES)
            or (self.type == "language" and self.value not in LANGUAGES)
            or not self.value
            or not CODE.match(self.value)
        ):
            raise BroadcastRefused("web-audience-value")
        return self


class Draft(BaseModel):
    """A broadcast as a front end read it: a text per language, the organiser's language
    (the version for anyone whose language has none), the audience, and when (None: now).
    What Telegram would refuse is refused here, so it is never queued."""

    model_config = ConfigDict(frozen=True)

    texts: dict[str, str]
    language: str
    audience: Audience = Audience()
    at: datetime | None = None

    @model_validator(mode="after")
    def _sendable(self) -> Draft:
        if self.language not in self.texts or set(self.texts) - set(LANGUAGES):
            raise BroadcastRefused("web-broadcast-no-text")
        for language, text in self.texts.items():
            check_text(text, language)
        return self


def check_text(text: str, language: str | None = None) -> None:
    """Refuse what Telegram would refuse (bad HTML, empty, too long), naming the version."""
    problem = text_problem(text)
    if problem is not None:
        raise BroadcastRefused(problem[0], language, **problem[1])


def zone_of(session: Session, user_id: int, agenda: Agenda | None) -> str:
    """The zone an organiser's typed time is read in: their own, else the meeting's. Both
    front ends say which when they ask."""
    row = session.get(Delegate, user_id)
    if row is not None and row.timezone:
        return row.timezone
    return agenda.timezone if agenda is not None else "UTC"


def read_time(text: str, zone: str, now: datetime) -> datetime:
    """A typed local time ("2021-12-02 15:30", or a browser's "2021-12-02T15:30") in `zone`,
    as UTC; refused when unreadable, past, or more than MAX_AHEAD away."""
    try:
        local = datetime.fromisoformat(" ".join(text.split()).replace("T", " "))
    except ValueError as exc:
        raise BroadcastRefused("broadcast-time-format") from exc
    if local.tzinfo is None:
        local = local.replace(tzinfo=ZoneInfo(zone))
    moment = local.astimezone(UTC)
    check_time(moment, now)
    return moment


def check_time(moment: datetime, now: datetime) -> None:
    if moment < now - timedelta(minutes=1):
        raise BroadcastRefused("broadcast-time-past")
    if moment > now + MAX_AHEAD:
        raise BroadcastRefused("broadcast-time-far")


def recipients(session: Session, audience: Audience, agenda: Agenda | None, lead: int) -> list[int]:
    """The registered, active delegates an audience names."""
    kind, value = audience.type, audience.value
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
    elif kind == COMBINED:
        columns = {"country": Delegate.country, "language": Delegate.language,
                   "kind": Delegate.actor_kind}  # fmt: skip
        for name, codes in criteria_of(value).items():
            query = query.where(columns[name].in_(codes))
    elif kind == "session":
        target = agenda.session(str(value)) if agenda else None
        if target is None:
            return []
        return sorted(s.user_id for s in subscribers(session, lead) if planning.follows(s, target))
    return sorted(session.execute(query).scalars())


def check_reaches(session: Session, audience: Audience, agenda: Agenda | None, lead: int) -> int:
    """How many the audience reaches; refused when nobody, so that a front end says so
    when the audience is chosen, before the organiser confirms anything."""
    count = len(recipients(session, audience, agenda, lead))
    if not count:
        raise BroadcastRefused("broadcast-nobody")
    return count


def create(
    session: Session,
    by: int,
    draft: Draft,
    now: datetime,
    agenda: Agenda | None,
    lead: int,
) -> Broadcast:
    """Store the broadcast and one outbox row per recipient (all or nothing)."""
    rights.require(session, by, Action.BROADCAST)
    when = draft.at or now
    check_time(when, now)
    users = recipients(session, draft.audience, agenda, lead)
    if not users:
        raise BroadcastRefused("broadcast-nobody")
    texts = dict(draft.texts)
    audience = draft.audience.model_dump()
    broadcast = Broadcast(
        created_by=by,
        texts=texts,
        default_language=draft.language,
        audience=audience,
        status="scheduled" if draft.at else "sending",
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
    cancelled: int = 0  # not sent: the broadcast was cancelled first


def progress(session: Session, broadcast_id: int) -> Progress:
    rows = session.execute(
        select(Delivery.status, Delivery.last_error, func.count())
        .where(Delivery.key.like(f"bc:{broadcast_id}:%"))
        .group_by(Delivery.status, Delivery.last_error)
    ).all()
    sent = failed = blocked = left = cancelled = 0
    for status, error, count in rows:
        if status == "sent":
            sent += count
        elif status in ("pending", "claimed"):
            left += count
        elif status == "failed" and error == "blocked":
            blocked += count
        elif status == "dropped" and error == "cancelled":
            cancelled += count
        else:
            failed += count
    total = sent + failed + blocked + left + cancelled
    return Progress(sent, failed, blocked, left, total, cancelled)


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
