""" "I'm interested": a delegate asks to be put in touch with an entry's owner, who accepts
(contacts are exchanged, each side's only with its consent) or declines. Where the owner
cannot be reached (an imported entry, an owner who left) the secretariat makes the link."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import delegates
from catalogue.notices import tell, tell_secretariat
from storage.models import Connection, Entry


class ConnectionRefused(Exception):
    """Why a connection cannot be requested: 'own', 'already', 'gone'."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Requested:
    connection: Connection
    title: str
    told: list[str] = field(default_factory=list)


def request(
    session: Session, requester_id: int, entry_id: int, message: str | None, now: datetime
) -> Requested:
    """Record the request and tell the owner, or the secretariat when the owner cannot be told."""
    entry = session.get(Entry, entry_id)
    if entry is None or not entry.published:
        raise ConnectionRefused("gone")
    if entry.owner_id == requester_id:
        raise ConnectionRefused("own")
    existing = session.execute(
        select(Connection.id).where(
            Connection.entry_id == entry_id, Connection.requester_id == requester_id
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise ConnectionRefused("already")
    connection = Connection(
        entry_id=entry_id,
        requester_id=requester_id,
        owner_id=entry.owner_id,
        message=message or None,
        status="requested",
        created_at=now,
    )
    session.add(connection)
    session.flush()
    owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
    if owner is not None and owner.active and owner.registered_at is not None:
        told = [tell(session, owner.user_id, "connection-requested", now, connection=connection.id)]
    else:
        told = tell_secretariat(session, "connection-to-secretariat", now, connection=connection.id)
    return Requested(connection, entry.title, told)


@dataclass
class Answered:
    connection: Connection
    told: list[str] = field(default_factory=list)


def answer(
    session: Session, owner_id: int, connection_id: int, accept: bool, now: datetime
) -> Answered | None:
    """The owner accepts or declines; None if it is not theirs or already answered.

    Accepted: each side is told, with the other's contact if the other consented to share
    it directly; if either did not, the secretariat is asked to make the link."""
    connection = session.get(Connection, connection_id)
    if connection is None or connection.owner_id != owner_id or connection.status != "requested":
        return None
    connection.status = "accepted" if accept else "declined"
    connection.decided_at = now
    delegates.audit(
        session, now, owner_id, "connection_" + connection.status, f"connection:{connection.id}"
    )
    if not accept:
        told = [
            tell(
                session,
                connection.requester_id,
                "connection-declined",
                now,
                connection=connection.id,
            )
        ]
        return Answered(connection, told)
    told = []
    private = False
    for user_id, other_id, side in (
        (connection.requester_id, owner_id, "requester"),
        (owner_id, connection.requester_id, "owner"),
    ):
        other = delegates.get(session, other_id)
        private = private or other is None or other.consent != "direct"
        told.append(
            tell(session, user_id, "connection-accepted", now, connection=connection.id, side=side)
        )
    if private:
        told += tell_secretariat(session, "connection-link", now, connection=connection.id)
    return Answered(connection, told)


@dataclass
class Listed:
    """A connection as the secretariat's list shows it."""

    id: int
    entry_id: int
    title: str
    requester: str
    owner: str | None  # None: no owner (imported, or forgotten)
    status: str
    created_at: datetime


def listing(session: Session, limit: int = 50) -> list[Listed]:
    """The newest connections first: the meeting's partnerships in the making."""
    rows = session.execute(select(Connection).order_by(Connection.id.desc()).limit(limit)).scalars()
    result = []
    for c in rows:
        entry = session.get(Entry, c.entry_id)
        requester = delegates.get(session, c.requester_id)
        owner = delegates.get(session, c.owner_id) if c.owner_id else None
        result.append(
            Listed(
                c.id,
                c.entry_id,
                entry.title if entry else "—",
                (requester.full_name or "—") if requester else "—",
                (owner.full_name or "—") if owner else None,
                c.status,
                c.created_at,
            )
        )
    return result
