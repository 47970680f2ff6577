"""What a connection becomes: a partnership, followed stage by stage (the seed agenda's
"practical exchanges over the next three years").

An accepted connection starts one at "talking". Either party or the secretariat moves it a
stage on (talking → agreed → implementing → completed), or drops it with a reason from a
short list and an optional note. Every move is in its history, with when and who, and in the
audit. A third party can be named where the cooperation is triangular.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalogue.taxonomy import TRIANGULAR_ROLES
from catalogue.text import clean_text
from storage import rights
from storage.audit import audit
from storage.models import Connection, Entry, Partnership, PartnershipEvent
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
DROP_REASONS = ("no_funding", "priorities_changed", "no_response", "other_partner", "other")
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


def move(
    session: Session,
    by: int,
    partnership_id: int,
    stage: str,
    now: datetime,
    reason: str | None = None,
    note: str | None = None,
) -> Partnership:
    """Move to the next stage, or drop (with a reason); refused otherwise, nothing changed."""
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
    detail = f"{reason}: {text}" if reason and text else reason or text
    session.add(
        PartnershipEvent(partnership_id=partnership.id, at=now, actor_id=by, stage=stage,
                         note=detail)
    )  # fmt: skip
    audit(session, now, by, "partnership_stage", f"partnership:{partnership.id}",
          {"stage": stage, "reason": reason})  # fmt: skip
    return partnership


def note(session: Session, by: int, partnership_id: int, text: str, now: datetime) -> None:
    """A party's word on how it goes, without a change of stage (in the history)."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or not may_move(session, by, partnership):
        raise NotAllowed(Action.BROKER)
    written = clean_text(text)[:NOTE_MAX]
    if written:
        session.add(PartnershipEvent(partnership_id=partnership.id, at=now, actor_id=by,
                                     stage=partnership.stage, note=written))  # fmt: skip


def name_third_party(
    session: Session, by: int, partnership_id: int, name: str, role: str, now: datetime
) -> Partnership:
    """A triangular partnership's third party: its name and its role (the field's terms)."""
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
    return partnership


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


def by_stage(session: Session) -> dict[str, int]:
    """How many partnerships are at each stage (the report to CIDI, the figures)."""
    counts: dict[str, int] = {str(s): 0 for s in STAGES}
    for stage in session.execute(select(Partnership.stage)).scalars():
        counts[stage] = counts.get(stage, 0) + 1
    return counts
