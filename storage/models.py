"""SQLAlchemy models: the state that matters, so that any process can serve any update.

Size (over 400 lines): every table in one module, which Alembic's autogenerate and the
migrations read as the one description of the schema.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_for_db(value: datetime | None) -> datetime | None:
    """A datetime as it is stored: aware, in UTC; a naive one is refused (whose time?)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; pass an aware one")
    return value.astimezone(UTC)


def utc_from_db(value: datetime | None) -> datetime | None:
    """A stored datetime as the code sees it: aware, in UTC (SQLite forgets the zone)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every database (SQLite forgets the zone otherwise). The two
    functions above serve statements run straight on the driver (bot.dialogs.engine)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return utc_for_db(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return utc_from_db(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
        list[str]: JSON,
    }


class Delegate(Base):
    """A person who talks to the bot; the profile is filled by registration."""

    __tablename__ = "delegates"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(2))
    full_name: Mapped[str | None] = mapped_column(String(100))
    actor_kind: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    organisation: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(120))
    timezone: Mapped[str | None] = mapped_column(String(64))
    consent: Mapped[str | None] = mapped_column(String(16))
    # Telegram @username: only ever shown to a matched counterpart with consent.
    username: Mapped[str | None] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    registered_at: Mapped[datetime | None]
    forgotten_at: Mapped[datetime | None]
    # The secretariat barred them from contact requests (after a report): until lifted.
    barred_at: Mapped[datetime | None]

    roles: Mapped[list[Role]] = relationship(
        primaryjoin="Delegate.user_id == foreign(Role.user_id)",
        viewonly=True,
        lazy="select",  # read when asked: most updates never look at roles
    )


class Role(Base):
    """An extra role (organiser, secretariat); everybody is a delegate."""

    __tablename__ = "roles"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    granted_at: Mapped[datetime]
    granted_by: Mapped[int | None] = mapped_column(BigInteger)
    # The name the secretariat gave when granting (staff who never registered in the chat
    # are named by it in the console rather than by a number).
    display_name: Mapped[str | None] = mapped_column(String(100))


class DialogState(Base):
    """Where a user stands in a guided dialog and what they typed so far.

    Saved at every step, in the same transaction as the step's effect, so a
    restart or another process continues the dialog exactly where it was.
    `token` changes at every step: buttons carry it, so a button from an
    older message is recognised as stale.
    """

    __tablename__ = "dialog_states"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    dialog: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    token: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class AuditEntry(Base):
    """Who did what, when: every admin action and every data deletion."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(128))
    detail: Mapped[str | None] = mapped_column(Text)
    # The front end the action came from: "chat", "web" (the console), "cli".
    via: Mapped[str] = mapped_column(String(8), default="chat")


class Meta(Base):
    """Small key/value facts about the deployment (e.g. menu version applied)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Entry(Base):
    """An offer or a need of the catalogue.

    The working fields are what the owner last submitted; `published` is the
    approved version the catalogue shows, kept while an edit waits for review.
    `version` grows with every change, so a review decision applies only to
    the version the reviewer saw (two reviewers cannot both decide).
    """

    __tablename__ = "entries"
    # The console's lists: sorted by title, and the queue by waiting time (catalogue.lists).
    __table_args__ = (
        Index("ix_entries_title", "title"),
        Index("ix_entries_status_submitted", "status", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8), index=True)
    owner_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    source: Mapped[str] = mapped_column(String(120), default="bot")
    status: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(String(16))
    cooperation_type: Mapped[str] = mapped_column(String(32))
    modality: Mapped[str] = mapped_column(String(32))
    role: Mapped[str | None] = mapped_column(String(16))
    countries: Mapped[list[str]] = mapped_column(JSON)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    time_frame: Mapped[str] = mapped_column(String(8))
    financing: Mapped[bool | None] = mapped_column(Boolean)
    contact: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(2))
    # The owner's affiliation when submitted (imported entries have no owner).
    organisation: Mapped[str | None] = mapped_column(String(200))
    owner_country: Mapped[str | None] = mapped_column(String(2))
    actor_kind: Mapped[str | None] = mapped_column(String(32))
    # SQL NULL when the entry is not in the catalogue (never JSON `null`, which SQL's
    # IS NULL does not see): `catalogue.entries.IN_CATALOGUE` is the one test of it.
    published: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    review_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]


class EntryVector(Base):
    """An entry's sentence embedding, computed once when its text is written.

    Kept in the database so every process shares it; `model` and `text_hash` say what it
    was computed by and from, so a stale one is never used (catalogue.vectors). The vector
    is float16 bytes (1 KB for 512 dimensions)."""

    __tablename__ = "entry_vectors"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(40))
    text_hash: Mapped[str] = mapped_column(String(32))
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(index=True)


class ReviewEvent(Base):
    """The history of an entry: submitted, edited, approved, changes asked, rejected..."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)


class MatchPair(Base):
    """A need and an offer the engine found to belong together: recorded once per pair.

    The unique constraint makes "notify once" hold when two processes approve
    entries at the same moment: only one insert of a pair succeeds.
    """

    __tablename__ = "match_pairs"
    __table_args__ = (UniqueConstraint("need_id", "offer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]
    need_notified_at: Mapped[datetime | None]
    offer_notified_at: Mapped[datetime | None]
    need_dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    offer_dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Likely enough to push (catalogue.matching.calibration.notify); a possible pair is only
    # listed in /matches. Pairs recorded before calibration were all pushed: true.
    likely: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class MatchFeedback(Base):
    """A delegate's judgement of a match pair: "Not relevant" (not relevant) or "I'm
    interested" (relevant). A labelled pair for refitting the calibration
    (catalogue.feedback); who judged is not kept."""

    __tablename__ = "match_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    relevant: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime]


class Connection(Base):
    """A delegate's "I'm interested" in an entry, and the owner's answer: a partnership."""

    __tablename__ = "connections"
    __table_args__ = (UniqueConstraint("entry_id", "requester_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(BigInteger, index=True)
    requester_entry_id: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    message: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


class Partnership(Base):
    """What an accepted connection became: a stage, its parties, and a third one where the
    cooperation is triangular. Its history is in PartnershipEvent."""

    __tablename__ = "partnerships"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    connection_id: Mapped[int] = mapped_column(
        ForeignKey("connections.id", ondelete="CASCADE"), unique=True
    )
    stage: Mapped[str] = mapped_column(String(16), index=True)
    drop_reason: Mapped[str | None] = mapped_column(String(32))
    # A third party (triangular cooperation): a name, and its role in the field's terms.
    third_party: Mapped[str | None] = mapped_column(String(200))
    third_role: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)


class PartnershipEvent(Base):
    """A partnership's history: each stage it reached, with when and who."""

    __tablename__ = "partnership_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    stage: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class FollowUp(Base):
    """The check-ins of one party of a partnership: how many went out, how many in a row
    were not answered, and whether they stopped (answered final, turned off, silent)."""

    __tablename__ = "follow_ups"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    unanswered: Mapped[int] = mapped_column(Integer, default=0)
    reminded: Mapped[bool] = mapped_column(Boolean, default=False)
    stopped: Mapped[str | None] = mapped_column(String(16))
    last_sent_at: Mapped[datetime | None]


class FollowUpPause(Base):
    """A delegate who turned the check-ins off (/followup off)."""

    __tablename__ = "follow_up_pauses"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    since: Mapped[datetime]


class ChatLanguage(Base):
    """The language of the chat of someone who has no delegate row (a secretariat member or
    an organiser named in the settings who never registered): their last update's, so that
    the notices they are sent read in it (the language review, Y2). Written by
    catalogue.delegates only."""

    __tablename__ = "chat_languages"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(2))
    updated_at: Mapped[datetime]


class ContactBlock(Base):
    """An owner does not want contact requests from this delegate any more (and, when
    `reported`, told the secretariat why)."""

    __tablename__ = "contact_blocks"

    owner_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    blocked_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    reported: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class SavedSearch(Base):
    """A /search query, so result pages and filters fit in 64-byte button data."""

    __tablename__ = "searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    query: Mapped[str] = mapped_column(Text)
    # The filters chosen on its result pages, remembered while the search is paged.
    filters: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime]


class AgendaVersion(Base):
    """An imported agenda file; the newest one is the agenda."""

    __tablename__ = "agenda_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime]
    imported_by: Mapped[int | None] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(200))


class ReminderPrefs(Base):
    """How a delegate wants to be reminded (a row is created at registration)."""

    __tablename__ = "reminder_prefs"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    all_sessions: Mapped[bool] = mapped_column(Boolean, default=True)
    sessions: Mapped[list[str]] = mapped_column(JSON, default=list)
    lead_minutes: Mapped[int] = mapped_column(Integer)
    digest: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime]


class Delivery(Base):
    """One message to one chat, due at a time: the durable outbox.

    PTB's JobQueue forgets its jobs on restart and silently skips a job that
    misfires by more than a second; reminders and broadcasts are rows instead,
    claimed by a worker for a short lease, marked sent after Telegram accepts
    them. `key` is unique, so the same reminder is never planned twice.
    """

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class SendPace(Base):
    """When the next outbox message may go, for every process sharing the database.

    Telegram's limit of about 30 messages a second is per bot, not per process: each process
    pacing itself would let two processes send twice the rate and collect 429s. A sender
    takes the next slot (and moves it on by one interval) in the transaction that renews
    its row's lease, then waits for that slot. A 429 moves the slot past retry_after for all.
    """

    __tablename__ = "send_pace"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_free: Mapped[datetime]


class Broadcast(Base):
    """An organiser's message to some or all delegates, sent through the outbox."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_by: Mapped[int] = mapped_column(BigInteger)
    texts: Mapped[dict[str, Any]] = mapped_column(JSON)  # language -> HTML
    default_language: Mapped[str] = mapped_column(String(2))
    audience: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(
        String(12), index=True
    )  # scheduled, sending, done, cancelled
    scheduled_at: Mapped[datetime]
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class Invitation(Base):
    """A one-time link that grants a role to whoever opens it first, before it expires.

    Only the SHA-256 of its token is kept, as for console links: a leaked database (or a
    backup) grants nobody a role."""

    __tablename__ = "invitations"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None]


__all__ = [
    "AgendaVersion",
    "AuditEntry",
    "Availability",
    "Base",
    "Broadcast",
    "Connection",
    "ContactBlock",
    "Delegate",
    "Delivery",
    "DialogState",
    "Entry",
    "Invitation",
    "MatchPair",
    "Meeting",
    "MeetingBusy",
    "Meta",
    "ReminderPrefs",
    "ReviewEvent",
    "Role",
    "SavedSearch",
    "SendPace",
]


class Meeting(Base):
    """A one-to-one meeting between two parties of a match, a connection or a partnership:
    proposed by one (`turn_id` answers), then accepted, declined or cancelled; once past,
    held or not. `sequence` is its calendar invitation's SEQUENCE (raised by each move)."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    requester_id: Mapped[int] = mapped_column(BigInteger, index=True)  # who first proposed
    invitee_id: Mapped[int] = mapped_column(BigInteger, index=True)
    proposer_id: Mapped[int] = mapped_column(BigInteger)  # who proposed the time it has now
    turn_id: Mapped[int | None] = mapped_column(BigInteger)  # who must answer a proposal
    pair_id: Mapped[int | None] = mapped_column(Integer)
    connection_id: Mapped[int | None] = mapped_column(Integer, index=True)
    partnership_id: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    start_at: Mapped[datetime] = mapped_column(index=True)
    end_at: Mapped[datetime]
    room: Mapped[str] = mapped_column(String(64))  # the unguessable part of its video room
    link: Mapped[str | None] = mapped_column(String(500))  # a link a party pasted
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)  # the last words with an answer
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None]
    held_by: Mapped[int | None] = mapped_column(BigInteger)


class MeetingBusy(Base):
    """A quarter of an hour a delegate is booked, by an accepted meeting: the primary key
    (person, quarter) lets the database itself refuse a second booking at an overlapping
    time, whichever process accepts it, on SQLite and PostgreSQL alike."""

    __tablename__ = "meeting_busy"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    cell: Mapped[datetime] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )


class Availability(Base):
    """When a delegate takes meetings, in their own time zone (/availability); without a
    row, Monday to Friday 09:00-18:00."""

    __tablename__ = "availability"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    weekdays: Mapped[str] = mapped_column(String(7))  # "01234": Monday to Friday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class HandledUpdate(Base):
    """A Telegram update already seen: every update is marked when it is first handled
    ('update'), and a dialog step turns its mark into 'dialog' in the transaction of its
    change, with the reply it gave.

    Telegram sends an update again until the webhook answers 200; a process killed after
    committing but before answering would otherwise apply the same answer twice (a country
    typed once stored as the next answer too), and a replayed command would run again.
    Kept two days, then pruned."""

    __tablename__ = "handled_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger)
    handled_at: Mapped[datetime] = mapped_column(index=True)
    # What the bot answered (text and buttons), sent again if the answer was lost with the process.
    reply: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    kind: Mapped[str] = mapped_column(String(8), default="dialog", server_default="dialog")


class ConsoleLink(Base):
    """A one-time link that signs a secretariat member or organiser into the web console.

    Only the SHA-256 of its token is kept: a leaked database does not sign anyone in."""

    __tablename__ = "console_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    language: Mapped[str | None] = mapped_column(String(2))  # the chat's, where it was asked
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class ConsoleSession(Base):
    """A signed-in browser: the cookie holds the id, the table its hash. It ends when signed
    out or after CONSOLE_IDLE without a request; its CSRF token guards every form."""

    __tablename__ = "console_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime]
    last_seen: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
