"""Roles beyond "delegate", and one-time invitation links that grant them."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from catalogue.delegates import audit, grant
from storage.models import Invitation, Role

INVITATION_LIFETIME = timedelta(hours=48)
GRANTABLE = ("organiser", "secretariat")


def revoke(session: Session, user_id: int, role: str, now: datetime, by: int | None = None) -> bool:
    result = session.execute(delete(Role).where(Role.user_id == user_id, Role.role == role))
    if result.rowcount:  # type: ignore[attr-defined]
        audit(session, now, by, "role_revoke", f"user:{user_id}", {"role": role})
        return True
    return False


def invite(session: Session, role: str, by: int, now: datetime) -> Invitation:
    if role not in GRANTABLE:
        raise ValueError(role)
    invitation = Invitation(
        token=secrets.token_urlsafe(18),
        role=role,
        created_by=by,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    session.add(invitation)
    audit(session, now, by, "invite", None, {"role": role})
    return invitation


def redeem(session: Session, token: str, user_id: int, now: datetime) -> tuple[str, str | None]:
    """("ok", role) or ("used" | "expired" | "unknown", None). Single use, even under races."""
    invitation = session.get(Invitation, token)
    if invitation is None:
        return "unknown", None
    if invitation.used_by is not None:
        return "used", None
    if invitation.expires_at <= now:
        return "expired", None
    taken = session.execute(
        update(Invitation)
        .where(Invitation.token == token, Invitation.used_by.is_(None))
        .values(used_by=user_id, used_at=now)
        .execution_options(synchronize_session=False)
    )
    if not taken.rowcount:  # type: ignore[attr-defined]
        return "used", None
    grant(session, user_id, invitation.role, now, by=invitation.created_by)
    return "ok", invitation.role
