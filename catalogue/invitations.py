"""A role invitation opened: the role granted (catalogue.roles) and the person who made the
link told who used it, so that a link forwarded to the wrong person is noticed at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from catalogue import roles
from catalogue.notices import tell


def redeem(
    session: Session, token: str, user_id: int, now: datetime
) -> tuple[str, str | None, list[str]]:
    """("ok", role, keys of the notices) or ("used" | "expired" | "unknown", None, []): the
    rules of roles.redeem; its maker is told when it is used."""
    outcome, role = roles.redeem(session, token, user_id, now)
    if outcome != "ok" or role is None:
        return outcome, role, []
    invitation = roles.find_invitation(session, token)
    maker = invitation.created_by if invitation is not None else None
    if maker is None or maker == user_id:  # made at the command line, or opened by its maker
        return outcome, role, []
    return outcome, role, [tell(session, maker, "invitation-used", now, role=role, user=user_id)]
