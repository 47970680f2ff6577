"""Roles beyond "delegate" (organiser, secretariat): who holds them, granting and revoking,
and one-time invitation links that grant them. Every write to the roles table is here."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from catalogue import signin
from catalogue.taxonomy import ADMIN_ROLES, ROLES
from storage import rights
from storage.audit import audit
from storage.models import Delegate, Invitation, Role
from storage.rights import Action, NotAllowed

INVITATION_LIFETIME = timedelta(hours=48)
GRANTABLE = ADMIN_ROLES


roles_of = rights.roles_of


def has_role(session: Session, user_id: int, *roles: str) -> bool:
    return bool(roles_of(session, user_id) & set(roles))


def grant(
    session: Session,
    user_id: int,
    role: str,
    now: datetime,
    by: int | None = None,
    name: str | None = None,
) -> bool:
    """Give a role; False if the user had it already. Only the secretariat (or the operator,
    `by=None`) grants. `name`: what to call someone who has no chat registration."""
    rights.require(session, by, Action.MANAGE_ROLES)
    return _grant(session, user_id, role, now, by, name)


NAME_MAX = 100


def _grant(
    session: Session, user_id: int, role: str, now: datetime, by: int | None,
    name: str | None = None,
) -> bool:  # fmt: skip
    if role not in ROLES or role == "delegate":
        raise ValueError(f"unknown role {role!r}")
    name = " ".join((name or "").split())[:NAME_MAX] or None
    held = session.get(Role, (user_id, role))
    if held is not None:
        if name:
            held.display_name = name
        return False
    session.add(Role(user_id=user_id, role=role, granted_at=now, granted_by=by, display_name=name))
    audit(session, now, by, "role_grant", f"user:{user_id}", {"role": role})
    return True


def bootstrap_roles(
    session: Session, secretariat: Iterable[int], organisers: Iterable[int], now: datetime
) -> None:
    """Grant the roles named in the settings (idempotent; never revokes)."""
    for uid in secretariat:
        grant(session, uid, rights.Role.SECRETARIAT, now, rights.OPERATOR)
    for uid in organisers:
        grant(session, uid, rights.Role.ORGANISER, now, rights.OPERATOR)


def admins(session: Session) -> dict[int, set[rights.Role]]:
    """Users with an admin role, for their command menus."""
    result: dict[int, set[rights.Role]] = {}
    for role in session.execute(select(Role).where(Role.role.in_(ADMIN_ROLES))).scalars():
        result.setdefault(role.user_id, set()).add(rights.Role(role.role))
    return result


def display_name(session: Session, user_id: int) -> str | None:
    """The name the secretariat gave a staff member when granting a role, if any."""
    found = session.execute(
        select(Role.display_name)
        .where(Role.user_id == user_id, Role.display_name.is_not(None))
        .limit(1)
    ).scalar_one_or_none()
    return str(found) if found else None


def known_name(session: Session, user_id: int) -> str | None:
    """A staff member's name: their chat name, else the name given at the grant; None for
    someone forgotten or never named (the front ends then say the role, not a number)."""
    row = session.get(Delegate, user_id)
    if row is not None and row.forgotten_at is not None:
        return None
    if row is not None and row.full_name:
        return row.full_name
    return display_name(session, user_id)


def is_forgotten(session: Session, user_id: int) -> bool:
    row = session.get(Delegate, user_id)
    return row is not None and row.forgotten_at is not None


def staff_name(session: Session, user_id: int) -> str:
    """How the console names a staff member it acts on (grants, the header): their name,
    else their number."""
    return known_name(session, user_id) or f"#{user_id}"


def drop_all(session: Session, user_id: int) -> None:
    """Every role of someone who asked to be forgotten."""
    session.execute(delete(Role).where(Role.user_id == user_id))


def revoke(session: Session, user_id: int, role: str, now: datetime, by: int | None = None) -> bool:
    """Withdraw a role; False if they did not hold it. Nobody withdraws their own (the last
    secretariat member would lock everyone out); only the secretariat withdraws."""
    rights.require(session, by, Action.MANAGE_ROLES)
    if by is not None and by == user_id:
        raise NotAllowed(Action.MANAGE_ROLES, "own-role")
    result = session.execute(delete(Role).where(Role.user_id == user_id, Role.role == role))
    if result.rowcount:  # type: ignore[attr-defined]
        audit(session, now, by, "role_revoke", f"user:{user_id}", {"role": role})
        # every console session of theirs ends now: a role granted again needs a new link
        signin.end_all(session, user_id, now)
        return True
    return False


@dataclass(frozen=True)
class Invited:
    """A new invitation: the token for its link (never stored; only its hash is) and the
    row."""

    token: str
    invitation: Invitation


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(session: Session, role: str, by: int, now: datetime) -> Invited:
    """A one-time link granting `role` to whoever opens it first (the secretariat's)."""
    rights.require(session, by, Action.MANAGE_ROLES)
    if role not in GRANTABLE:
        raise ValueError(role)
    token = secrets.token_urlsafe(18)
    invitation = Invitation(
        token_hash=token_hash(token),
        role=role,
        created_by=by,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    session.add(invitation)
    audit(session, now, by, "invite", None, {"role": role})
    return Invited(token, invitation)


def find_invitation(session: Session, token: str) -> Invitation | None:
    """The invitation of a link's token, if there is one."""
    return session.get(Invitation, token_hash(token)) if 0 < len(token) <= 100 else None


def redeem(session: Session, token: str, user_id: int, now: datetime) -> tuple[str, str | None]:
    """("ok", role) or ("used" | "expired" | "unknown", None). Single use, even under races."""
    invitation = find_invitation(session, token)
    if invitation is None:
        return "unknown", None
    if invitation.used_by is not None:
        return "used", None
    if invitation.expires_at <= now:
        return "expired", None
    taken = session.execute(
        update(Invitation)
        .where(Invitation.token_hash == invitation.token_hash, Invitation.used_by.is_(None))
        .values(used_by=user_id, used_at=now)
        .execution_options(synchronize_session=False)
    )
    if not taken.rowcount:  # type: ignore[attr-defined]
        return "used", None
    # the invitation was checked when it was made: its use grants as its maker did
    _grant(session, user_id, invitation.role, now, invitation.created_by)
    return "ok", invitation.role
