"""The follow-up check-ins' own rows (counts, pauses): their one write path, apart from the
scheduling (catalogue.followups) so that forgetting a delegate can reach them without
importing the notices."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from storage.models import FollowUp, FollowUpPause


def paused(session: Session, user_id: int) -> bool:
    return session.get(FollowUpPause, user_id) is not None


def set_paused(session: Session, user_id: int, off: bool, now: datetime) -> None:
    """`/followup off` (and `on`): no check-in goes to this person while off."""
    row = session.get(FollowUpPause, user_id)
    if off and row is None:
        session.add(FollowUpPause(user_id=user_id, since=now))
    elif not off and row is not None:
        session.delete(row)


def forget(session: Session, user_id: int) -> None:
    """A forgotten delegate's check-ins (their queued notices go with the outbox's)."""
    session.execute(delete(FollowUp).where(FollowUp.user_id == user_id))
    session.execute(delete(FollowUpPause).where(FollowUpPause.user_id == user_id))


def state_of(session: Session, partnership_id: int, user_id: int) -> FollowUp:
    row = session.get(FollowUp, (partnership_id, user_id))
    if row is None:
        row = FollowUp(
            partnership_id=partnership_id, user_id=user_id, sent=0, unanswered=0, reminded=False
        )
        session.add(row)
        session.flush()
    return row
