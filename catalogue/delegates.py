"""Delegates: profile rules and the services that change them.

Validation returns an error code and values rather than text, so the bot can
answer in the delegate's language and the rules stay testable without Telegram.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Connection, Table, bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from catalogue import countries, followup_state, meetings, roles, signin
from catalogue.entries import anonymise_owner
from catalogue.searches import forget as forget_searches
from catalogue.taxonomy import (
    ACTOR_KINDS,
    CONSENT_CHOICES,
    LANGUAGES,
    STATE_KINDS,
)
from catalogue.text import Refused, check_length, clean_text, has_letters
from storage import dialog_rows, outbox, rights
from storage.audit import audit
from storage.models import (
    ChatLanguage,
    Delegate,
    DialogState,
    Meta,
    Partnership,
    PartnershipEvent,
    ReminderPrefs,
    Role,
)
from storage.models import Connection as ContactRequest
from storage.rights import Action

LIMITS = {"full_name": 100, "organisation": 200, "position": 120}
MIN_LENGTH = {"full_name": 2, "organisation": 2, "position": 2}
PROFILE_FIELDS = (
    "full_name",
    "actor_kind",
    "organisation",
    "country",
    "position",
    "timezone",
    "consent",
)


def check_text_field(field: str, value: str) -> str | Refused:
    """The cleaned value, or why it is refused (empty, too long, too short, no letters)."""
    checked = check_length(value, LIMITS[field], MIN_LENGTH[field])
    if isinstance(checked, str) and not has_letters(checked):
        return Refused("error-no-letters")
    return checked


def country_scope(actor_kind: str | None) -> str:
    """Which countries a delegate of this kind picks from."""
    if actor_kind == "member_state":
        return "member"
    if actor_kind == "observer_state":
        return "observer"
    return "world"


def is_state(actor_kind: str | None) -> bool:
    return actor_kind in STATE_KINDS


def is_valid_zone(zone: str) -> bool:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return "/" in zone


def validate_profile(data: dict[str, Any]) -> list[str]:
    """The fields of a complete profile that are missing or wrong (empty when fine)."""
    problems = []
    for f in ("full_name", "position"):
        if not isinstance(data.get(f), str) or isinstance(check_text_field(f, data[f]), Refused):
            problems.append(f)
    if data.get("actor_kind") not in ACTOR_KINDS:
        problems.append("actor_kind")
    country = data.get("country")
    if not countries.is_place(country) or country not in countries.codes_for(
        country_scope(data.get("actor_kind"))
    ):
        problems.append("country")
    if not is_state(data.get("actor_kind")):
        org = data.get("organisation")
        if not isinstance(org, str) or isinstance(check_text_field("organisation", org), Refused):
            problems.append("organisation")
    if not isinstance(data.get("timezone"), str) or not is_valid_zone(data["timezone"]):
        problems.append("timezone")
    if data.get("consent") not in CONSENT_CHOICES:
        problems.append("consent")
    return problems


class ProfileError(ValueError):
    """A profile that does not pass `validate_profile`."""


class ProfileInput(BaseModel):
    """A complete profile as the core accepts it (registration or an edit), read once from
    whatever the front end gathered: every rule of `validate_profile` holds for it."""

    model_config = ConfigDict(frozen=True)

    full_name: str
    actor_kind: str
    organisation: str | None
    country: str
    position: str
    timezone: str
    consent: str

    @classmethod
    def read(cls, raw: Mapping[str, Any]) -> ProfileInput:
        """The clean profile, or ProfileError naming the fields at fault."""
        problems = validate_profile(dict(raw))
        if problems:
            raise ProfileError(", ".join(problems))
        state = is_state(raw["actor_kind"])
        return cls(
            full_name=clean_text(raw["full_name"]),
            actor_kind=raw["actor_kind"],
            organisation=None if state else clean_text(raw["organisation"]),
            country=raw["country"],
            position=clean_text(raw["position"]),
            timezone=raw["timezone"],
            consent=raw["consent"],
        )


def get(session: Session, user_id: int) -> Delegate | None:
    return session.get(Delegate, user_id)


def ensure(
    session: Session, user_id: int, language: str, username: str | None, now: datetime
) -> Delegate:
    """The delegate row for a Telegram user, created at first contact."""
    row = session.get(Delegate, user_id)
    if row is None:
        row = Delegate(
            user_id=user_id,
            language=language if language in LANGUAGES else "en",
            username=username,
            verified=False,
            active=True,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
    elif touch_changes(row, username):
        row.active = True  # they wrote to us, so they have not blocked the bot
        if row.forgotten_at is None:
            row.username = username
        row.updated_at = now
    return row


def touch_changes(row: Delegate | Presence, username: str | None) -> bool:
    """Whether a message from this user changes their row (back from a block, new @name)."""
    return not row.active or (username != row.username and row.forgotten_at is None)


@dataclass(frozen=True)
class Presence:
    """The few fields read on every update: language, registration, what touch may change."""

    language: str
    registered: bool
    active: bool
    username: str | None
    forgotten_at: datetime | None
    granted: str | None = None  # the roles table's rows for the user, comma-separated

    @property
    def roles(self) -> set[rights.Role]:
        """As `roles_of`, from the same read: the help text and admin checks need no other."""
        granted = self.granted.split(",") if self.granted else ()
        return {rights.Role.DELEGATE, *(rights.Role(r) for r in granted)}


_DELEGATES = cast(Table, Delegate.__table__)
_ROLES = cast(Table, Role.__table__)
_PRESENCE = select(
    _DELEGATES.c.language,
    _DELEGATES.c.registered_at.is_not(None),
    _DELEGATES.c.active,
    _DELEGATES.c.username,
    _DELEGATES.c.forgotten_at,
    select(func.aggregate_strings(_ROLES.c.role, ","))
    .where(_ROLES.c.user_id == _DELEGATES.c.user_id)
    .scalar_subquery(),
).where(_DELEGATES.c.user_id == bindparam("uid"))  # built once: it runs on every update


def presence(conn: Connection, user_id: int) -> Presence | None:
    """One Core statement instead of loading the whole ORM row: this runs on every update."""
    found = conn.execute(_PRESENCE, {"uid": user_id}).first()
    return Presence(*found) if found is not None else None


def save_profile(session: Session, user_id: int, data: ProfileInput, now: datetime) -> Delegate:
    """Store a complete profile (registration or an edit), all or nothing."""
    row = session.get(Delegate, user_id)
    if row is None:
        raise ProfileError("no such delegate")
    for name, value in data.model_dump().items():
        setattr(row, name, value)
    row.updated_at = now
    if row.registered_at is None:
        row.registered_at = now
        row.forgotten_at = None
    return row


def profile_data(row: Delegate) -> dict[str, Any]:
    """The editable fields of a profile, as a dialog draft."""
    return {f: getattr(row, f) for f in PROFILE_FIELDS}


def chat_language(session: Session, user_id: int) -> str | None:
    """The language of the chat of someone with no delegate row, as their last update had it."""
    row = session.get(ChatLanguage, user_id)
    return row.language if row is not None else None


def remember_chat_language(session: Session, user_id: int, language: str, now: datetime) -> None:
    """Keep the chat language of someone with no delegate row (a role holder who never
    registered): the notices they are sent read in it (Y2). Their row, once they have one,
    is what counts: /language and /start make one."""
    if language not in LANGUAGES:
        return
    row = session.get(ChatLanguage, user_id)
    if row is None:
        session.add(ChatLanguage(user_id=user_id, language=language, updated_at=now))
    elif row.language != language:
        row.language, row.updated_at = language, now


def set_language(session: Session, user_id: int, language: str, now: datetime) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    row = session.get(Delegate, user_id)
    if row is not None:
        row.language = language
        row.updated_at = now


def set_active(session: Session, user_id: int, active: bool, now: datetime) -> None:
    """Record that a user blocked (or unblocked) the bot."""
    row = session.get(Delegate, user_id)
    if row is not None and row.active != active:
        row.active = active
        row.updated_at = now


def forget_ticket(session: Session, user_id: int) -> int:
    """A one-time number that the "yes, forget me" button must carry: a confirmation shown
    before, or pressed twice, or forged, finds no ticket and changes nothing."""
    ticket = secrets.randbelow(10**9)
    key = f"forget:{user_id}"
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=str(ticket)))
    else:
        row.value = str(ticket)
    return ticket


def use_forget_ticket(session: Session, user_id: int, ticket: int) -> bool:
    row = session.get(Meta, f"forget:{user_id}")
    if row is None or row.value != str(ticket):
        return False
    session.delete(row)
    return True


def forget(session: Session, user_id: int, now: datetime) -> bool:
    """Erase a delegate's personal data; kept: language (to answer) and the affiliation kind.

    Their open dialog, roles, reminder settings, contact details, the words of their searches
    and of their partnership notes go, and so do the notes and the third party's name of the
    partnerships they were a party to, whoever wrote them. Catalogue entries stay, shown as
    from an anonymous delegate; so do the stages they moved partnerships to (when, and "an
    anonymous delegate").
    Their coming bilateral meetings are cancelled (the other party told).
    """
    row = session.get(Delegate, user_id)
    if row is None:
        return False
    for f in ("full_name", "organisation", "position", "username", "timezone", "consent"):
        setattr(row, f, None)
    row.registered_at = None
    row.verified = False
    row.forgotten_at = now
    row.updated_at = now
    session.execute(delete(DialogState).where(DialogState.user_id == user_id))
    session.execute(delete(ReminderPrefs).where(ReminderPrefs.user_id == user_id))
    roles.drop_all(session, user_id)
    signin.forget(session, user_id)  # console links and sessions
    followup_state.forget(session, user_id)

    anonymise_owner(session, user_id)
    forget_searches(session, user_id)
    meetings.forget_user(session, user_id, now)  # coming ones cancelled, the other told
    outbox.drop_user(session, user_id, "forgotten")  # reminders, notices, broadcasts
    outbox.forget_user_rows(session, user_id)
    dialog_rows.forget_user(session, user_id)
    session.execute(  # what they wrote when asking to be put in touch (phone numbers…)
        update(ContactRequest).where(ContactRequest.requester_id == user_id).values(message=None)
    )
    session.execute(  # what they wrote about how their partnerships go (a drop keeps its reason)
        update(PartnershipEvent).where(PartnershipEvent.actor_id == user_id).values(note=None)
    )
    # …and everything written about the partnerships they were a party to: the partner's
    # notes (which name them, with their phone, as often as not) and the third party's name
    # (a person's, as often as an agency's); the stages and the third party's role stay.
    theirs = (
        select(Partnership.id)
        .join(ContactRequest, ContactRequest.id == Partnership.connection_id)
        .where(or_(ContactRequest.requester_id == user_id, ContactRequest.owner_id == user_id))
        .scalar_subquery()
    )
    session.execute(
        update(PartnershipEvent)
        .where(PartnershipEvent.partnership_id.in_(theirs), PartnershipEvent.note.is_not(None))
        .values(note=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Partnership)
        .where(Partnership.id.in_(theirs), Partnership.third_party.is_not(None))
        .values(third_party=None)
        .execution_options(synchronize_session=False)
    )
    audit(session, now, user_id, "forget_me", f"user:{user_id}")
    return True


def set_verified(
    session: Session, target: int, verified: bool, by: int, now: datetime
) -> Delegate | None:
    """The secretariat confirms (or withdraws) a delegate's affiliation."""
    rights.require(session, by, Action.VERIFY)
    row = session.get(Delegate, target)
    if row is None or row.registered_at is None:
        return None
    row.verified = verified
    row.updated_at = now
    audit(session, now, by, "verify" if verified else "unverify", f"user:{target}")
    return row


def listing(
    session: Session,
    country: str | None = None,
    actor_kind: str | None = None,
    language: str | None = None,
    verified: bool | None = None,
    limit: int = 1000,
) -> list[Delegate]:
    """Registered delegates, by name, narrowed as the secretariat asks."""
    query = select(Delegate).where(Delegate.registered_at.is_not(None))
    if country:
        query = query.where(Delegate.country == country)
    if actor_kind:
        query = query.where(Delegate.actor_kind == actor_kind)
    if language:
        query = query.where(Delegate.language == language)
    if verified is not None:
        query = query.where(Delegate.verified.is_(verified))
    return list(session.execute(query.order_by(Delegate.full_name).limit(limit)).scalars())
