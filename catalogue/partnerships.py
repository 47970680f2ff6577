"""What a connection becomes: a partnership, followed stage by stage (the seed agenda's
"practical exchanges over the next three years").

An accepted connection starts one at "talking". Either party or the secretariat moves it a
stage on (talking → agreed → implementing → completed), or drops it with a reason from a
short list and an optional note. Every move is in its history, with when and who, and in the
audit. A third party can be named where the cooperation is triangular. The other parties
hear of every move, note and third party (a notice queued with the change).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalogue.notices import tell
from catalogue.taxonomy import TRIANGULAR_ROLES
from catalogue.text import clean_text
from storage import rights
from storage.audit import audit
from storage.models import Connection, Delegate, Entry, Meeting, Partnership, PartnershipEvent
from storage.rights import Action


class Stage(StrEnum):
    """Where a partnership stands: it moves forward one stage at a time, or is dropped."""

    TALKING = "talking"
    AGREED = "agreed"
    IMPLEMENTING = "implementing"
    COMPLETED = "completed"
    DROPPED = "dropped"


STAGES = tuple(Stage)
FORWARD: dict[str, Stage] = {Stage.TALKING: Stage.AGREED, Stage.AGREED: Stage.IMPLEMENTING,
                             Stage.IMPLEMENTING: Stage.COMPLETED}  # fmt: skip
FINAL = (Stage.COMPLETED, Stage.DROPPED)


class DropReason(StrEnum):
    """Why a partnership was dropped (kept when the writer's words are forgotten)."""

    NO_FUNDING = "no_funding"
    PRIORITIES_CHANGED = "priorities_changed"
    NO_RESPONSE = "no_response"
    OTHER_PARTNER = "other_partner"
    OTHER = "other"


DROP_REASONS = tuple(DropReason)
NOTE_MAX = 500


# Only the two parties and the secretariat (Action.BROKER) move a partnership.
NotAllowed = rights.NotAllowed


class NotPossible(Exception):
    """A stage that does not follow (a finished partnership, a step skipped, a bad code)."""


def start(session: Session, connection: Connection, now: datetime) -> Partnership:
    """An accepted connection's partnership (once), at "talking"."""
    found = session.execute(
        select(Partnership).where(Partnership.connection_id == connection.id)
    ).scalar_one_or_none()
    if found is not None:
        return found
    partnership = Partnership(
        connection_id=connection.id, stage="talking", created_at=now, updated_at=now
    )
    session.add(partnership)
    session.flush()
    session.add(
        PartnershipEvent(partnership_id=partnership.id, at=now, actor_id=None, stage="talking")
    )
    return partnership


def get(session: Session, partnership_id: int) -> Partnership | None:
    return session.get(Partnership, partnership_id)


def parties(session: Session, partnership: Partnership) -> tuple[int, int | None]:
    """(requester, owner) of the connection it grew from."""
    connection = session.get(Connection, partnership.connection_id)
    assert connection is not None
    return connection.requester_id, connection.owner_id


def may_move(session: Session, user_id: int, partnership: Partnership) -> bool:
    return user_id in parties(session, partnership) or rights.allowed(
        rights.roles_of(session, user_id), Action.BROKER
    )


def is_party(session: Session, user_id: int, partnership_id: int) -> bool:
    """One of the two sides (a check-in is theirs to answer; the secretariat's is not)."""
    partnership = session.get(Partnership, partnership_id)
    return partnership is not None and user_id in parties(session, partnership)


@dataclass
class Changed:
    """A partnership after a change, and the notices queued about it (outbox keys)."""

    partnership: Partnership
    told: list[str] = field(default_factory=list)


def _tell_others(
    session: Session, partnership: Partnership, actor: int, about: str, now: datetime, **facts: int
) -> list[str]:
    """The parties other than `actor` (both, when the secretariat acts) hear of it, in the
    same transaction as the change; someone who left or was forgotten is not told."""
    told = []
    for user_id in dict.fromkeys(parties(session, partnership)):
        if user_id is None or user_id == actor:
            continue
        person = session.get(Delegate, user_id)
        if person is None or person.registered_at is None or not person.active:
            continue
        told.append(tell(session, user_id, about, now, None, partnership=partnership.id, **facts))
    return told


def move(
    session: Session,
    by: int,
    partnership_id: int,
    stage: Stage,
    now: datetime,
    reason: DropReason | None = None,
    note: str | None = None,
) -> Changed:
    """Move to the next stage, or drop (with a reason); refused otherwise, nothing changed.
    The other parties are told."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or not may_move(session, by, partnership):
        raise NotAllowed(Action.BROKER)
    if partnership.stage in FINAL:
        raise NotPossible()
    if stage == "dropped":
        if reason not in DROP_REASONS:
            raise NotPossible()
    elif FORWARD.get(partnership.stage) != stage:
        raise NotPossible()
    text = clean_text(note or "")[:NOTE_MAX] or None
    partnership.stage = stage
    partnership.drop_reason = reason if stage == "dropped" else None
    partnership.updated_at = now
    # The event's note is the words only: a drop's reason is the partnership's drop_reason,
    # so that forgetting the writer can take the words and keep the reason.
    event = PartnershipEvent(partnership_id=partnership.id, at=now, actor_id=by, stage=stage,
                             note=text)  # fmt: skip
    session.add(event)
    session.flush()
    audit(session, now, by, "partnership_stage", f"partnership:{partnership.id}",
          {"stage": stage, "reason": reason})  # fmt: skip
    told = _tell_others(session, partnership, by, "partnership-moved", now, event=event.id)
    return Changed(partnership, told)


def note(session: Session, by: int, partnership_id: int, text: str, now: datetime) -> list[str]:
    """A party's word on how it goes, without a change of stage (in the history); the other
    parties are told. The notices' keys."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or not may_move(session, by, partnership):
        raise NotAllowed(Action.BROKER)
    written = clean_text(text)[:NOTE_MAX]
    if not written:
        return []
    event = PartnershipEvent(partnership_id=partnership.id, at=now, actor_id=by,
                             stage=partnership.stage, note=written)  # fmt: skip
    session.add(event)
    session.flush()
    return _tell_others(session, partnership, by, "partnership-noted", now, event=event.id)


def name_third_party(
    session: Session, by: int, partnership_id: int, name: str, role: str, now: datetime
) -> Changed:
    """A triangular partnership's third party: its name and its role (the field's terms);
    the other parties are told."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or not may_move(session, by, partnership):
        raise NotAllowed(Action.BROKER)
    text = clean_text(name)[:200]
    if not text or role not in TRIANGULAR_ROLES:
        raise NotPossible()
    partnership.third_party, partnership.third_role = text, role
    partnership.updated_at = now
    audit(session, now, by, "partnership_third_party", f"partnership:{partnership.id}",
          {"role": role})  # fmt: skip
    return Changed(partnership, _tell_others(session, partnership, by, "partnership-third-party",
                                             now, by=by))  # fmt: skip


@dataclass(frozen=True)
class Listed:
    """A partnership as a party sees it: what it is about and who the other side is."""

    partnership: Partnership
    entry_id: int
    title: str
    other_id: int | None


def of_user(session: Session, user_id: int) -> list[Listed]:
    """The partnerships someone is a party to, the open ones first, newest first."""
    rows = session.execute(
        select(Partnership, Connection)
        .join(Connection, Connection.id == Partnership.connection_id)
        .where(or_(Connection.requester_id == user_id, Connection.owner_id == user_id))
        .order_by(Partnership.updated_at.desc())
    ).all()
    listed = []
    for partnership, connection in rows:
        entry = session.get(Entry, connection.entry_id)
        other = (
            connection.owner_id if connection.requester_id == user_id else connection.requester_id
        )
        listed.append(
            Listed(partnership, connection.entry_id, entry.title if entry else "—", other)
        )
    return sorted(listed, key=lambda item: item.partnership.stage in FINAL)


def of_connections(session: Session, connection_ids: list[int]) -> dict[int, Partnership]:
    """The partnerships of these connections, by connection id."""
    rows = session.execute(
        select(Partnership).where(Partnership.connection_id.in_(connection_ids))
    ).scalars()
    return {p.connection_id: p for p in rows}


def history(session: Session, partnership_id: int) -> list[PartnershipEvent]:
    return list(
        session.execute(
            select(PartnershipEvent)
            .where(PartnershipEvent.partnership_id == partnership_id)
            .order_by(PartnershipEvent.id)
        ).scalars()
    )


@dataclass(frozen=True)
class Step:
    """One line of a partnership's history as its parties read it: "start" (the accepted
    connection), "move" (a stage on), "drop" (with its reason), "note" (words only) or
    "meeting" (a video meeting of its parties that took place, at its time)."""

    at: datetime
    actor_id: int | None
    kind: str
    stage: str
    reason: str | None
    note: str | None


def words(event: PartnershipEvent, drop_reason: str | None) -> str | None:
    """What the person wrote with this event (older drops kept "reason: words" together)."""
    text = event.note
    if text and event.stage == "dropped" and drop_reason:
        if text == drop_reason:
            return None
        text = text.removeprefix(f"{drop_reason}: ")
    return text or None


def steps(session: Session, partnership: Partnership) -> list[Step]:
    """Its history, oldest first: an event at the stage it already was is a note."""
    found: list[Step] = []
    before: str | None = None
    for event in history(session, partnership.id):
        if before is None:
            kind = "start"
        elif event.stage == before:
            kind = "note"
        else:
            kind = "drop" if event.stage == Stage.DROPPED else "move"
        reason = partnership.drop_reason if kind == "drop" else None
        found.append(Step(event.at, event.actor_id, kind, event.stage, reason,
                          words(event, partnership.drop_reason)))  # fmt: skip
        before = event.stage
    held = session.execute(
        select(Meeting).where(Meeting.partnership_id == partnership.id, Meeting.status == "held")
    ).scalars()
    for meeting in held:
        found.append(Step(meeting.start_at, meeting.held_by, "meeting", partnership.stage,
                          None, None))  # fmt: skip
    return sorted(found, key=lambda step: step.at)


def by_stage(session: Session) -> dict[str, int]:
    """How many partnerships are at each stage (the report to CIDI, the figures)."""
    counts: dict[str, int] = {str(s): 0 for s in STAGES}
    for stage in session.execute(select(Partnership.stage)).scalars():
        counts[stage] = counts.get(stage, 0) + 1
    return counts
