"""Pure planning: (agenda, subscribers, now) -> the deliveries that should exist.

No database, no Telegram, no clock of its own. A reminder's key holds the
session's start time, so a moved session plans a new reminder and the old one
(still pending) is dropped by the outbox: never a reminder at the old time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from scheduler.agenda import Agenda, Session

LEAD_CHOICES = (5, 15, 30, 60)
DIGEST_HOUR = time(8, 0)


@dataclass(frozen=True)
class Subscriber:
    user_id: int
    language: str
    timezone: str
    enabled: bool = True
    all_sessions: bool = True
    sessions: frozenset[str] = frozenset()
    lead_minutes: int = 15
    digest: bool = True


@dataclass(frozen=True)
class Planned:
    key: str
    user_id: int
    kind: str  # "reminder" or "digest"
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def reminder_key(session: Session, user_id: int, lead: int) -> str:
    return f"rem:{session.id}:{session.start.isoformat()}:{user_id}:{lead}"


def digest_key(day: date, user_id: int) -> str:
    return f"dig:{day.isoformat()}:{user_id}"


def follows(sub: Subscriber, session: Session) -> bool:
    """Does this subscriber want reminders for this session?"""
    if not sub.enabled or session.kind == "break":
        return False
    return sub.all_sessions or session.id in sub.sessions


def plan(agenda: Agenda, subscribers: list[Subscriber], now: datetime) -> list[Planned]:
    """Every reminder and digest that is still useful at `now`.

    A reminder is kept until its session ends (a late one says "has started");
    a digest until the end of its day in the subscriber's zone.
    """
    out: list[Planned] = []
    for sub in subscribers:
        if not sub.enabled:
            continue
        lead = sub.lead_minutes if sub.lead_minutes in LEAD_CHOICES else 15
        for session in agenda.sessions:
            if not follows(sub, session) or session.end <= now:
                continue
            out.append(
                Planned(
                    reminder_key(session, sub.user_id, lead),
                    sub.user_id,
                    "reminder",
                    session.start - timedelta(minutes=lead),
                    {"session": session.id, "start": session.start.isoformat()},
                )
            )
        if sub.digest:
            zone = ZoneInfo(sub.timezone)
            for day in agenda.days:
                due = datetime.combine(day, DIGEST_HOUR, tzinfo=zone)
                if due + timedelta(hours=16) <= now:
                    continue
                out.append(
                    Planned(
                        digest_key(day, sub.user_id),
                        sub.user_id,
                        "digest",
                        due,
                        {"day": day.isoformat()},
                    )
                )
    return out


@dataclass(frozen=True)
class Verdict:
    """What to do with a due reminder now: send as it is, say it started, or drop it."""

    action: str  # "send", "started", "drop"


def judge_reminder(session: Session | None, planned_start: str, now: datetime) -> Verdict:
    """A reminder delivered late (the bot was down) must still make sense."""
    if session is None or session.start.isoformat() != planned_start:
        return Verdict("drop")  # cancelled or moved: the re-plan made a new one
    if now >= session.end:
        return Verdict("drop")
    if now >= session.start:
        return Verdict("started")
    return Verdict("send")


def judge_digest(day: date, zone: str, now: datetime) -> Verdict:
    local = now.astimezone(ZoneInfo(zone))
    if local.date() > day or local.hour >= 12:
        return Verdict("drop")  # a morning digest delivered after noon helps nobody
    return Verdict("send")
