"""The agenda and each person's reminders: stored, changed and re-planned here, for the
chat, the command line and the console alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scheduler import planning
from scheduler.agenda import Agenda, Change, Problem, default_text, diff, parse
from storage import outbox, rights
from storage.audit import audit
from storage.models import AgendaVersion, Delegate, Meta, ReminderPrefs
from storage.rights import Action

_parsed: dict[tuple[int, str | None], Agenda] = {}  # (version, its text) or (0, the file)


MAX_FILE_BYTES = 512 * 1024  # an agenda file, uploaded in the chat or the console


class AgendaInvalid(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def fallback_text(agenda_file: str | None) -> str:
    """The agenda before any import: AGENDA_FILE, else the shipped 2021 agenda."""
    if agenda_file:
        return Path(agenda_file).read_text("utf-8")
    return default_text()


def current(session: Session, agenda_file: str | None = None) -> Agenda:
    """The newest imported agenda, else the configured or shipped one (parsed once)."""
    row = session.execute(
        select(AgendaVersion.id, AgendaVersion.text).order_by(AgendaVersion.id.desc()).limit(1)
    ).first()
    # Keyed by the text too: row ids repeat from one database to another (the tests' copies).
    key = (row[0], row[1]) if row else (0, agenda_file)
    if key not in _parsed:
        agenda, problems = parse(row[1] if row else fallback_text(agenda_file))
        if agenda is None:
            raise AgendaInvalid(problems)
        _parsed[key] = agenda
    return _parsed[key]


def import_text(
    session: Session,
    text: str,
    source: str,
    by: int | None,
    now: datetime,
    agenda_file: str | None = None,
) -> tuple[Agenda, Change]:
    """Store a new agenda (valid or nothing) and say what changed."""
    agenda, problems = parse(text)
    if agenda is None:
        raise AgendaInvalid(problems)
    before = current(session, agenda_file)
    session.add(AgendaVersion(text=text, imported_at=now, imported_by=by, source=source[:200]))
    session.flush()
    return agenda, diff(before, agenda)


def ensure_prefs(session: Session, user_id: int, lead: int, now: datetime) -> ReminderPrefs:
    prefs = session.get(ReminderPrefs, user_id)
    if prefs is None:
        prefs = ReminderPrefs(
            user_id=user_id,
            enabled=True,
            all_sessions=True,
            sessions=[],
            lead_minutes=lead if lead in planning.LEAD_CHOICES else 15,
            digest=True,
            updated_at=now,
        )
        session.add(prefs)
        session.flush()
    return prefs


def subscribers(
    session: Session, lead: int, users: set[int] | None = None
) -> list[planning.Subscriber]:
    """Registered, active delegates with their preferences (defaults if none stored)."""
    query = (
        select(Delegate, ReminderPrefs)
        .outerjoin(ReminderPrefs, ReminderPrefs.user_id == Delegate.user_id)
        .where(Delegate.registered_at.is_not(None), Delegate.active.is_(True))
    )
    if users is not None:
        query = query.where(Delegate.user_id.in_(users))
    out = []
    for delegate, prefs in session.execute(query):
        out.append(
            planning.Subscriber(
                user_id=delegate.user_id,
                language=delegate.language,
                timezone=delegate.timezone or "UTC",
                enabled=prefs.enabled if prefs else True,
                all_sessions=prefs.all_sessions if prefs else True,
                sessions=frozenset(prefs.sessions or []) if prefs else frozenset(),
                lead_minutes=prefs.lead_minutes if prefs else lead,
                digest=prefs.digest if prefs else True,
            )
        )
    return out


def replan(
    session: Session, agenda: Agenda, now: datetime, lead: int, users: set[int] | None = None
) -> outbox.Replanned:
    """Bring the outbox in line with the agenda and everybody's (or some users') wishes."""
    subs = subscribers(session, lead, users)
    planned = planning.plan(agenda, subs, now)
    # A user who left (blocked, forgot) has no subscriber: drop what was planned for them.
    scope = users if users is not None else None
    return outbox.replan(session, planned, now, scope)


@dataclass
class Noticed:
    session_id: str
    users: int


def change_notices(
    session: Session, change: Change, now: datetime, lead: int, version: int = 0
) -> tuple[list[Noticed], int]:
    """Tell the followers of moved or cancelled sessions, through the outbox: one message per
    person for the whole import (`version`, the agenda's row), listing every change that
    concerns them, not one per session. Per session, how many follow it; and how many
    people are told."""
    subs = subscribers(session, lead)
    told: dict[int, list[dict[str, object]]] = {}
    result = []
    for old, new in change.moved:
        targets = [s for s in subs if planning.follows(s, old)]
        for sub in targets:
            told.setdefault(sub.user_id, []).append(
                {
                    "type": "moved",
                    "session": new.id,
                    "old_start": old.start.isoformat(),
                    "old_end": old.end.isoformat(),
                    "new_start": new.start.isoformat(),
                    "new_end": new.end.isoformat(),
                }
            )
        result.append(Noticed(old.id, len(targets)))
    for old in change.removed:
        targets = [s for s in subs if planning.follows(s, old)]
        for sub in targets:
            told.setdefault(sub.user_id, []).append(
                {
                    "type": "cancelled",
                    "session": old.id,
                    "old_start": old.start.isoformat(),
                    "title": old.title,
                }
            )
        result.append(Noticed(old.id, len(targets)))
    for user_id, changes in told.items():
        changes.sort(key=lambda c: str(c["old_start"]))  # in the order they were planned
        outbox.enqueue(
            session,
            f"chg:{version}:{user_id}",
            user_id,
            outbox.Kind.AGENDA_CHANGE,
            now,
            {"changes": changes},
            now,
        )
    return result, len(told)


@dataclass
class Applied:
    """What applying an agenda did: the change, the reminders re-planned, who was told (per
    session, and the people told: one message each)."""

    agenda: Agenda
    change: Change
    planned: outbox.Replanned
    notices: list[Noticed]
    people: int = 0

    @property
    def told(self) -> int:
        """The notices sent: one per person told."""
        return self.people


def apply(
    session: Session,
    text: str,
    source: str,
    by: int | None,
    now: datetime,
    lead: int,
    agenda_file: str | None = None,
) -> Applied:
    """A new agenda, all the way: check and store it, re-plan every reminder, and tell the
    followers of moved or cancelled sessions through the outbox (one unit of work). The
    command line and the chat's upload both call this."""
    agenda, change = import_text(session, text, source, by, now, agenda_file)
    version = session.execute(select(func.max(AgendaVersion.id))).scalar_one()
    planned = replan(session, agenda, now, lead)
    noticed, people = change_notices(session, change, now, lead, version or 0)
    applied = Applied(agenda, change, planned, noticed, people)
    audit(session, now, by, "agenda_import", None, {"source": source[:50], "notices": applied.told})
    return applied


def to_be_told(session: Session, change: Change, lead: int) -> int:
    """How many people applying `change` would tell (followers of moved or cancelled
    sessions, one message each), counted before anyone confirms."""
    subs = subscribers(session, lead)
    touched = [old for old, _ in change.moved] + list(change.removed)
    return sum(1 for s in subs if any(planning.follows(s, old) for old in touched))


@dataclass
class Preview:
    """A new agenda file checked against the current one, before anyone applies it.
    `refused` says why it cannot be applied, as the end of a text key (`agenda-upload-…`):
    "too-big", "not-agenda" (not a UTF-8 YAML agenda at all), "invalid" (an agenda with
    the mistakes in `problems`), "nochange"; None when `change` waits for confirmation."""

    problems: list[Problem]
    change: Change | None = None
    refused: str | None = None


def stage(session: Session, user_id: int, data: bytes, agenda_file: str | None = None) -> Preview:
    """Check an uploaded agenda file (its bytes, as the chat or the console received them)
    and keep it, waiting for its uploader to confirm the change."""
    rights.require(session, user_id, Action.AGENDA)
    if len(data) > MAX_FILE_BYTES:
        return Preview([], refused="too-big")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Preview([], refused="not-agenda")
    new, problems = parse(text)
    if new is None:
        return Preview(problems, refused="not-agenda" if problems and problems[0].not_agenda
                       else "invalid")  # fmt: skip
    change = diff(current(session, agenda_file), new)
    if change.empty():
        return Preview([], change, "nochange")
    key = f"agenda-upload:{user_id}"
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=text))
    else:
        row.value = text
    return Preview([], change)


def apply_staged(
    session: Session,
    user_id: int,
    confirm: bool,
    now: datetime,
    lead: int,
    agenda_file: str | None = None,
) -> Applied | bool | None:
    """The uploader's answer: applied (the result), kept (False), or None if nothing waits."""
    rights.require(session, user_id, Action.AGENDA)
    row = session.get(Meta, f"agenda-upload:{user_id}")
    if row is None:
        return None
    text = row.value
    session.delete(row)
    if not confirm:
        return False
    return apply(session, text, session.info.get("via", "chat"), user_id, now, lead, agenda_file)


class PrefsChange(StrEnum):
    TOGGLE = "toggle"
    LEAD = "lead"
    DIGEST = "digest"
    ALL = "all"
    SESSION = "session"  # tick or untick one session
    FOLLOW = "follow"  # follow one session: from "all", that one only


def change_reminders(
    session: Session,
    user_id: int,
    change: PrefsChange,
    value: int | str | None,
    agenda: Agenda,
    now: datetime,
    lead: int,
) -> ReminderPrefs:
    """Change one of a person's reminder settings, and re-plan their reminders at once."""
    prefs = ensure_prefs(session, user_id, lead, now)
    followed = [s.id for s in agenda.sessions if s.kind != "break"]
    if change is PrefsChange.TOGGLE:
        prefs.enabled = not prefs.enabled
    elif change is PrefsChange.LEAD:
        if value not in planning.LEAD_CHOICES:
            raise ValueError(value)
        prefs.lead_minutes = int(value)
    elif change is PrefsChange.DIGEST:
        prefs.digest = not prefs.digest
    elif change is PrefsChange.ALL:
        prefs.all_sessions, prefs.sessions = True, []
    else:
        if value not in followed:
            raise ValueError(value)
        if change is PrefsChange.FOLLOW:
            chosen = set() if prefs.all_sessions else set(prefs.sessions or [])
            chosen.add(str(value))
            prefs.enabled = True
        else:
            chosen = set(followed) if prefs.all_sessions else set(prefs.sessions or [])
            chosen ^= {str(value)}
        prefs.all_sessions, prefs.sessions = False, sorted(chosen)
    prefs.updated_at = now
    replan(session, agenda, now, lead, users={user_id})
    return prefs
