""" "I'm interested": a delegate asks to be put in touch with an entry's owner, who accepts
(contacts are exchanged, each side's only with its consent) or declines. Where the owner
cannot be reached (an imported entry, an owner who left) the secretariat makes the link."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue import delegates, entries, feedback, partnerships
from catalogue.notices import KIND, tell, tell_secretariat
from storage import rights
from storage.audit import audit
from storage.models import Connection, ContactBlock, Delegate, Entry, MatchPair, ReviewEvent
from storage.rights import Action

DAILY_REQUESTS = 10  # "I'm interested" a delegate may send in a day (the setting's default)


class ConnectionRefused(Exception):
    """Why a connection cannot be requested: 'own', 'already', 'gone', 'cap' (too many today),
    'blocked' (the owner does not accept requests from this delegate)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Requested:
    connection: Connection
    title: str
    told: list[str] = field(default_factory=list)


def check(
    session: Session, requester_id: int, entry_id: int, now: datetime, daily: int = DAILY_REQUESTS
) -> Entry:
    """The entry a request may be made about, or ConnectionRefused saying why not.

    Asked when the delegate taps "I'm interested", before they write their message (a
    refusal then costs them nothing), and again when the request is recorded. At most
    `daily` requests a day from one delegate: "I'm interested" carries a free message to
    someone else, and must not become a way to write to everybody."""
    entry = session.get(Entry, entry_id)
    if entry is None or not entry.published:
        raise ConnectionRefused("gone")
    if entry.owner_id == requester_id:
        raise ConnectionRefused("own")
    requester = session.get(Delegate, requester_id)
    if requester is not None and requester.barred_at is not None:
        raise ConnectionRefused("barred")
    owner_id = entry.owner_id
    if owner_id is not None and session.get(ContactBlock, (owner_id, requester_id)) is not None:
        raise ConnectionRefused("blocked")
    existing = session.execute(
        select(Connection.id).where(
            Connection.entry_id == entry_id, Connection.requester_id == requester_id
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise ConnectionRefused("already")
    day = datetime.combine(now.date(), time.min, tzinfo=now.tzinfo)
    sent_today = session.execute(
        select(func.count(Connection.id)).where(
            Connection.requester_id == requester_id, Connection.created_at >= day
        )
    ).scalar_one()
    if sent_today >= daily:
        raise ConnectionRefused("cap")
    return entry


def request(
    session: Session,
    requester_id: int,
    entry_id: int,
    message: str | None,
    now: datetime,
    daily: int = DAILY_REQUESTS,
) -> Requested:
    """Record the request and tell the owner, or the secretariat when the owner cannot be told
    (the rules of `check` apply)."""
    entry = check(session, requester_id, entry_id, now, daily)
    own_entry = matched_own_entry(session, requester_id, entry)
    if own_entry is not None:  # interested in a match of theirs: a pair judged relevant
        need, offer = (own_entry, entry.id) if entry.kind == "offer" else (entry.id, own_entry)
        feedback.record(session, need, offer, True, now)
    connection = Connection(
        entry_id=entry_id,
        requester_id=requester_id,
        requester_entry_id=own_entry,
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


def matched_own_entry(session: Session, requester_id: int, entry: Entry) -> int | None:
    """The requester's own entry in the catalogue that was matched with `entry` (their need
    that led them to this offer, or the other way round), the closest match first: the
    partnership the request may become joins both entries."""
    mine, theirs = (
        (MatchPair.need_id, MatchPair.offer_id)
        if entry.kind == "offer"
        else (MatchPair.offer_id, MatchPair.need_id)
    )
    return session.execute(
        select(mine)
        .join(Entry, Entry.id == mine)
        .where(theirs == entry.id, Entry.owner_id == requester_id, entries.IN_CATALOGUE)
        .order_by(MatchPair.score.desc(), mine)
        .limit(1)
    ).scalar_one_or_none()


@dataclass
class Answered:
    connection: Connection
    told: list[str] = field(default_factory=list)


class Answer(StrEnum):
    """An owner's answer to a contact request."""

    ACCEPT = "accept"
    DECLINE = "decline"
    BLOCK = "block"
    REPORT = "report"


ANSWERS = tuple(Answer)


def answer(
    session: Session, owner_id: int, connection_id: int, how: Answer, now: datetime
) -> Answered | None:
    """The owner accepts, declines, blocks (declines, and no more requests from this
    delegate) or reports (blocks, and the secretariat is told); None if the request is not
    theirs or already answered.

    Accepted: each side is told, with the other's contact if the other consented to share
    it directly; if either did not, the secretariat is asked to make the link."""
    how = Answer(how)  # a ValueError for anything else, before any change
    connection = session.get(Connection, connection_id)
    if connection is None or connection.owner_id != owner_id or connection.status != "requested":
        return None
    # A report is kept as such (the secretariat's list reads "reported"); a block reads as
    # a decline, to the requester and in the list.
    connection.status = {"accept": "accepted", "report": "reported"}.get(how, "declined")
    connection.decided_at = now
    action = "connection_" + (connection.status if how in ("accept", "decline") else how)
    delegates.audit(session, now, owner_id, action, f"connection:{connection.id}")
    if how in ("block", "report"):
        _block(session, owner_id, connection.requester_id, how == "report", now)
    if how == "report":  # the requester is not told; the secretariat reads the request
        told = tell_secretariat(session, "connection-reported", now, connection=connection.id)
        return Answered(connection, told)
    if how != "accept":  # declined or blocked: the requester reads a polite "declined"
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
    partnerships.start(session, connection, now)
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


def _block(session: Session, owner_id: int, requester_id: int, report: bool, now: datetime) -> None:
    block = session.get(ContactBlock, (owner_id, requester_id))
    if block is None:
        block = ContactBlock(
            owner_id=owner_id, blocked_id=requester_id, reported=False, created_at=now
        )
        session.add(block)
    block.reported = block.reported or report


@dataclass
class Listed:
    """A connection as the secretariat's list shows it."""

    id: int
    entry_id: int
    title: str
    requester: str | None  # None: a delegate who was forgotten
    owner: str | None  # None: see `owner_kind`
    status: str
    created_at: datetime
    # "person" (named in `owner`), "forgotten" (a delegate who asked to be forgotten), or
    # "catalogue": an imported entry, kept by the secretariat, with no owner in the chat.
    owner_kind: str = "person"


def listing(session: Session, limit: int = 50, entry_id: int | None = None) -> list[Listed]:
    """The newest connections first (of one entry, with `entry_id`): the meeting's
    partnerships in the making."""
    query = select(Connection).order_by(Connection.id.desc()).limit(limit)
    if entry_id is not None:
        query = query.where(Connection.entry_id == entry_id)
    return [describe(session, c) for c in session.execute(query).scalars()]


def describe(session: Session, c: Connection) -> Listed:
    """A connection as the secretariat's list shows it."""
    entry = session.get(Entry, c.entry_id)
    requester = delegates.get(session, c.requester_id)
    owner = delegates.get(session, c.owner_id) if c.owner_id else None
    if owner is not None and owner.full_name:
        owner_kind = "person"
    elif c.owner_id is not None or _submitted_by_a_delegate(session, c.entry_id):
        owner_kind = "forgotten"
    else:
        owner_kind = "catalogue"
    return Listed(
        c.id,
        c.entry_id,
        entry.title if entry else "—",
        requester.full_name if requester is not None and requester.full_name else None,
        owner.full_name if owner is not None and owner.full_name else None,
        c.status,
        c.created_at,
        owner_kind,
    )


def _submitted_by_a_delegate(session: Session, entry_id: int) -> bool:
    """An ownerless entry that a delegate submitted (then asked to be forgotten), rather
    than one imported into the catalogue."""
    found = session.execute(
        select(ReviewEvent.id)
        .where(ReviewEvent.entry_id == entry_id, ReviewEvent.action == "submit")
        .limit(1)
    ).first()
    return found is not None


@dataclass
class Record:
    """A delegate's contact requests as the secretariat weighs a report: how many they sent
    and had accepted, how many owners blocked them and how many of those reported them."""

    person: Delegate
    sent: int
    accepted: int
    blocked_by: int
    reported_by: int


def bar(session: Session, by: int, user_id: int, barred: bool, now: datetime) -> bool:
    """The secretariat bars a delegate from contact requests to anyone (what a report calls
    for when an owner's own block is not enough), or lifts it; False if nothing changed.
    Requests already sent stay as they are."""
    rights.require(session, by, Action.BROKER)
    person = delegates.get(session, user_id)
    if person is None or (person.barred_at is not None) == barred:
        return False
    person.barred_at = now if barred else None
    audit(session, now, by, "contact_bar" if barred else "contact_unbar", f"user:{user_id}")
    return True


def record_of(session: Session, by: int, user_id: int) -> Record | None:
    """A delegate's profile and contact record, for the secretariat only; None if unknown."""
    rights.require(session, by, Action.BROKER)
    person = delegates.get(session, user_id)
    if person is None:
        return None

    def count(*where: Any) -> int:
        return int(session.execute(select(func.count()).where(*where)).scalar_one())

    return Record(
        person,
        count(Connection.requester_id == user_id),
        count(Connection.requester_id == user_id, Connection.status == "accepted"),
        count(ContactBlock.blocked_id == user_id),
        count(ContactBlock.blocked_id == user_id, ContactBlock.reported.is_(True)),
    )


CONTACT_NOTICES = ("connection-requested", "connection-accepted")


def undeliverable(session: Session, kind: str, payload: dict[str, object], now: datetime) -> None:
    """A contact notice that could not reach its reader (they blocked the bot): the
    secretariat is told, who can reach them another way, instead of it sitting failed."""
    if kind == KIND and payload.get("about") in CONTACT_NOTICES:
        connection = payload.get("connection")
        if isinstance(connection, int):
            tell_secretariat(session, "connection-undelivered", now, connection=connection)
