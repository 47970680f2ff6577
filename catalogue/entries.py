"""Offers and needs: the rules of an entry and the services that change one.

One set of rules serves the chat dialogs and the file import, so an entry is
valid the same way whichever door it came in by. Problems are codes with
values (translated by the bot, printed by the command line).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from catalogue import countries, vectors
from catalogue.taxonomy import (
    AREAS,
    COOPERATION_TYPES,
    LANGUAGES,
    MODALITIES,
    ROLE_ALIASES,
    TARGET_GROUPS,
    TIME_FRAMES,
    TRIANGULAR_ROLES,
)
from catalogue.text import clean_text, distinct_words, keyboard_mashing
from storage.models import Delegate, Entry, ReviewEvent

KINDS = ("offer", "need")


class Status(StrEnum):
    """Where an entry stands in review (its working version; IN_CATALOGUE says whether it
    has a public one)."""

    PENDING = "pending"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


STATUSES = tuple(Status)


class Decision(StrEnum):
    """What a reviewer decides on a pending version."""

    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"


DECISIONS = tuple(Decision)
ALL_AMERICAS = "ALL"
TITLE_MAX = 120
DESCRIPTION_MAX = 1500
DESCRIPTION_MIN = 10
DESCRIPTION_WORDS = 3  # different words, at least
CONTACT_MAX = 120
MAX_PENDING = 20
SIMILAR_TITLE = 90.0
REASON_MAX = 1000  # a reviewer's typed reason
REJECT_REASONS = ("out_of_scope", "duplicate", "not_specific", "incomplete")
CHANGED = "changed:"  # an edit's event names the fields it changed: "changed:title,area"

# The fields a delegate fills, in the order the dialog asks them.
FIELDS = (
    "title",
    "description",
    "area",
    "cooperation_type",
    "modality",
    "role",
    "countries",
    "target_groups",
    "time_frame",
    "financing",
    "contact",
)
PUBLIC_FIELDS = (*FIELDS, "kind", "language", "organisation", "owner_country", "actor_kind")

# "In the catalogue": an entry with a public (approved) version, also while an edit of it
# waits for review; never a pending import, a rejection or a withdrawn entry. Every public
# output (search, /country, matching, the published catalogue, the report, the figures, the
# console's views, exports of approved entries) selects with this, and counts what it shows
# from the public version.
IN_CATALOGUE = Entry.published.is_not(None)


def in_catalogue(entry: Entry) -> bool:
    """The same test as IN_CATALOGUE, for an entry already loaded."""
    return entry.published is not None


EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}$")
PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,22}[0-9]$")


@dataclass(frozen=True)
class Problem:
    """Why a value is refused: the field, a message key, and its values."""

    field: str
    key: str
    values: dict[str, Any]


def check_title(value: str) -> str | Problem:
    text = clean_text(value)
    if not text:
        return Problem("title", "error-empty", {})
    if len(text) > TITLE_MAX:
        return Problem("title", "error-too-long", {"max": TITLE_MAX, "length": len(text)})
    if sum(ch.isalpha() for ch in text) < 3:
        return Problem("title", "error-no-letters", {})
    if keyboard_mashing(text):
        return Problem("title", "error-meaningless", {})
    return text


def check_description(value: str) -> str | Problem:
    text = "\n".join(clean_text(line) for line in value.strip().splitlines()).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    if not text:
        return Problem("description", "error-empty", {})
    if len(text) > DESCRIPTION_MAX:
        return Problem(
            "description", "error-too-long", {"max": DESCRIPTION_MAX, "length": len(text)}
        )
    letters = {ch.casefold() for ch in text if ch.isalpha()}
    if len(letters) < 3 or keyboard_mashing(text):  # emoji, one letter, "asdf qwer"
        return Problem("description", "error-meaningless", {})
    if len(text) < DESCRIPTION_MIN:
        return Problem("description", "error-too-short", {"min": DESCRIPTION_MIN})
    if distinct_words(text) < DESCRIPTION_WORDS:  # "test test test test" tells a partner nothing
        return Problem("description", "error-few-words", {"min": DESCRIPTION_WORDS})
    return text


def check_contact(value: str) -> str | Problem:
    text = clean_text(value)
    if not text:
        return Problem("contact", "error-empty", {})
    if len(text) > CONTACT_MAX:
        return Problem("contact", "error-too-long", {"max": CONTACT_MAX, "length": len(text)})
    if "@" in text or not any(ch.isdigit() for ch in text):
        if EMAIL.match(text):
            return text
        return Problem("contact", "error-contact", {})
    digits = sum(ch.isdigit() for ch in text)
    if PHONE.match(text) and 7 <= digits <= 15:
        return text
    return Problem("contact", "error-contact", {})


def check_countries(value: Sequence[str]) -> list[str] | Problem:
    """Country codes, "ALL" (the Americas), or sub-regions by name ("caribbean"), which stand
    for their member states."""
    codes: list[str] = []
    for raw in value:
        text = str(raw).strip()
        region = countries.subregion_code(text) if len(text) > 2 else None
        codes += countries.SUBREGIONS[region] if region else [text.upper()] if text else []
    if not codes:
        return Problem("countries", "error-countries-empty", {})
    if ALL_AMERICAS in codes:
        return [ALL_AMERICAS]
    bad = [c for c in codes if not countries.is_country(c)]
    if bad:
        return Problem("countries", "error-code", {"value": bad[0]})
    return sorted(dict.fromkeys(codes))


def scope(codes: Sequence[str]) -> str:
    """National (one country) or regional (several, a sub-region, all of the Americas)."""
    return "national" if len(codes) == 1 and codes[0] != ALL_AMERICAS else "regional"


def check_groups(value: Sequence[str] | str | None) -> list[str] | Problem:
    """Target groups, none or several, in the taxonomy's order."""
    if isinstance(value, str):
        value = re.split(r"[;,|\s]+", value)
    codes = {str(c).strip().lower() for c in value or () if str(c).strip()}
    bad = sorted(codes - set(TARGET_GROUPS))
    if bad:
        return Problem("target_groups", "error-code", {"value": bad[0]})
    return [g for g in TARGET_GROUPS if g in codes]


CODE_FIELDS: dict[str, tuple[str, ...]] = {
    "area": AREAS,
    "cooperation_type": COOPERATION_TYPES,
    "modality": MODALITIES,
    "time_frame": TIME_FRAMES,
    "language": LANGUAGES,
    "kind": KINDS,
}


def validate(data: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """A clean entry from raw values, and every problem found (all fields checked)."""
    clean: dict[str, Any] = {}
    problems: list[Problem] = []

    def take(field: str, result: Any) -> None:
        if isinstance(result, Problem):
            problems.append(result)
        else:
            clean[field] = result

    take("title", check_title(str(data.get("title") or "")))
    take("description", check_description(str(data.get("description") or "")))
    for field, allowed in CODE_FIELDS.items():
        value = data.get(field)
        if value not in allowed:
            key = "error-required" if value in (None, "") else "error-code"
            problems.append(Problem(field, key, {"value": str(value or "")}))
        else:
            clean[field] = value
    role = data.get("role") or None
    role = ROLE_ALIASES.get(role, role) if isinstance(role, str) else role
    if clean.get("modality") == "triangular":
        if role not in TRIANGULAR_ROLES:
            key = "error-required" if role is None else "error-code"
            problems.append(Problem("role", key, {"value": str(role or "")}))
        else:
            clean["role"] = role
    elif role is not None and role not in TRIANGULAR_ROLES:
        problems.append(Problem("role", "error-code", {"value": str(role)}))
    else:
        clean["role"] = None
    raw_countries = data.get("countries")
    if isinstance(raw_countries, str):
        raw_countries = re.split(r"[;,|\s]+", raw_countries)
    take("countries", check_countries(raw_countries or []))
    take("target_groups", check_groups(data.get("target_groups")))
    financing = data.get("financing")
    if clean.get("kind") == "need" or financing is None or financing == "":
        clean["financing"] = None
    elif isinstance(financing, bool):
        clean["financing"] = financing
    elif str(financing).strip().lower() in ("yes", "true", "1", "si", "sí", "oui", "sim"):
        clean["financing"] = True
    elif str(financing).strip().lower() in ("no", "false", "0", "non", "não", "nao"):
        clean["financing"] = False
    else:
        problems.append(Problem("financing", "error-code", {"value": str(financing)}))
    contact = data.get("contact")
    if contact in (None, ""):
        clean["contact"] = None
    else:
        take("contact", check_contact(str(contact)))
    return clean, problems


class Invalid(ValueError):
    """Values an entry cannot have: every problem found (each a field, a key, its values)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


class EntryInput(BaseModel):
    """An offer or a need as the core accepts it, whoever typed it: the chat's dialog, the
    console's correction form and an imported file's row all read their values through
    `read`, so every rule of `validate` holds for each, and the services take this type."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["offer", "need"]
    language: Literal["en", "es", "fr", "pt"]
    title: str
    description: str
    area: str
    cooperation_type: str
    modality: str
    role: str | None
    countries: list[str]
    target_groups: list[str]
    time_frame: str
    financing: bool | None
    contact: str | None

    @classmethod
    def read(cls, raw: Mapping[str, Any]) -> EntryInput:
        """Raw values (typed, imported, posted) made clean, or Invalid with every problem."""
        clean, problems = validate(dict(raw))
        if problems:
            raise Invalid(problems)
        return cls(**{k: clean[k] for k in cls.model_fields})

    def fields(self) -> dict[str, Any]:
        """The values a delegate fills (FIELDS), as stored on the entry."""
        return {f: getattr(self, f) for f in FIELDS}


class LimitReached(Exception):
    """The delegate already has MAX_PENDING entries waiting for review."""


class AlreadyDecided(Exception):
    """Another reviewer decided this version first, or the owner changed it."""


class NotFound(Exception):
    """No such entry, or not this delegate's."""


def pending_count(session: Session, owner_id: int) -> int:
    return int(
        session.execute(
            select(func.count(Entry.id)).where(
                Entry.owner_id == owner_id, Entry.status == "pending"
            )
        ).scalar_one()
    )


def similar_titles(
    session: Session, owner_id: int, kind: str, title: str, exclude: int | None = None
) -> list[tuple[int, str]]:
    """The owner's other entries of the same kind whose title is nearly the same."""
    target = countries.fold(title)
    found = []
    rows = session.execute(
        select(Entry.id, Entry.title).where(
            Entry.owner_id == owner_id, Entry.kind == kind, Entry.status != "withdrawn"
        )
    )
    for entry_id, other in rows:
        if entry_id != exclude and fuzz.ratio(target, countries.fold(other)) >= SIMILAR_TITLE:
            found.append((entry_id, other))
    return found


def snapshot(entry: Entry) -> dict[str, Any]:
    """The public fields of an entry as the catalogue shows them."""
    return {f: getattr(entry, f) for f in PUBLIC_FIELDS}


def event(
    session: Session,
    entry: Entry,
    now: datetime,
    actor: int | None,
    action: str,
    reason: str | None = None,
) -> None:
    session.add(
        ReviewEvent(
            entry_id=entry.id,
            at=now,
            actor_id=actor,
            action=action,
            reason=reason,
            version=entry.version,
        )
    )


def submit(session: Session, owner: Delegate, data: EntryInput, now: datetime) -> Entry:
    """A new entry, pending review, with the owner's affiliation of today."""
    if pending_count(session, owner.user_id) >= MAX_PENDING:
        raise LimitReached()
    entry = Entry(
        kind=data.kind,
        owner_id=owner.user_id,
        source="bot",
        status="pending",
        version=1,
        language=data.language,
        organisation=owner.organisation,
        owner_country=owner.country,
        actor_kind=owner.actor_kind,
        created_at=now,
        updated_at=now,
        submitted_at=now,
        **data.fields(),
    )
    session.add(entry)
    session.flush()
    entry.external_id = f"cidi-{entry.id}"
    event(session, entry, now, owner.user_id, "submit")
    vectors.refresh(session, [entry], now)
    return entry


def published(session: Session, entry_id: int) -> Entry | None:
    """An entry as the catalogue shows it (its approved version), or None."""
    entry = session.get(Entry, entry_id)
    return entry if entry is not None and in_catalogue(entry) else None


def listed_since(session: Session, entry_id: int) -> datetime | None:
    """When an entry entered the catalogue: its first approval, or for an entry imported
    already approved (no approval of its own), its import; None if neither happened."""
    firsts = dict(
        session.execute(
            select(ReviewEvent.action, func.min(ReviewEvent.at))
            .where(
                ReviewEvent.entry_id == entry_id,
                ReviewEvent.action.in_(("approve", "import", "import_update")),
            )
            .group_by(ReviewEvent.action)
        ).all()
    )
    if "approve" in firsts:
        return firsts["approve"]
    imported = [at for action, at in firsts.items() if action != "approve"]
    return min(imported) if imported else None


def changed_fields(session: Session, entry_id: int) -> list[str]:
    """The fields the owner's last edit changed, if the entry's last event is that edit."""
    last = (
        session.execute(
            select(ReviewEvent)
            .where(ReviewEvent.entry_id == entry_id)
            .order_by(ReviewEvent.id.desc())
        )
        .scalars()
        .first()
    )
    if last is None or last.action != "edit" or not (last.reason or "").startswith(CHANGED):
        return []
    return [f for f in (last.reason or "").removeprefix(CHANGED).split(",") if f in FIELDS]


def places(published: Mapping[str, Any]) -> set[str]:
    """The countries an approved entry (its public version) is of or for: its owner's, and
    every country it covers ("ALL": each member state; a sub-region was stored as its
    members). What "country" means in a search's filter and in /country."""
    found = {str(published["owner_country"])} if published.get("owner_country") else set()
    covered = [str(c) for c in published.get("countries") or ()]
    if ALL_AMERICAS in covered:
        found.update(countries.OAS_MEMBERS)
    found.update(c for c in covered if c != ALL_AMERICAS)
    return found


def of_country(session: Session, code: str) -> list[Entry]:
    """The approved entries of one country's actors (their owner's country) and those that
    cover it (a French offer for Guatemala is Guatemala's too), by area, its own first."""
    rows = session.execute(select(Entry).where(IN_CATALOGUE).order_by(Entry.id)).scalars()
    found = [e for e in rows if code in places(e.published or {})]

    def order(e: Entry) -> tuple[str, bool, str, int]:
        pub = e.published or {}
        return str(pub.get("area")), pub.get("owner_country") != code, e.kind, e.id

    return sorted(found, key=order)


def get_own(session: Session, owner_id: int, entry_id: int) -> Entry:
    entry = session.get(Entry, entry_id)
    if entry is None or entry.owner_id != owner_id:
        raise NotFound()
    return entry


def resubmit(
    session: Session, owner_id: int, entry_id: int, data: EntryInput, now: datetime
) -> Entry:
    """An edit goes back to review; an approved version stays published meanwhile. Its kind
    and language stay those of the entry."""
    entry = get_own(session, owner_id, entry_id)
    if entry.status == "withdrawn":
        raise NotFound()
    clean = data.fields()
    changed = [f for f in FIELDS if getattr(entry, f) != clean[f]]
    for f in FIELDS:
        setattr(entry, f, clean[f])
    entry.status = "pending"
    entry.version += 1
    entry.updated_at = now
    entry.submitted_at = now
    event(session, entry, now, owner_id, "edit", CHANGED + ",".join(changed))
    vectors.refresh(session, [entry], now)
    return entry


def withdraw(session: Session, owner_id: int, entry_id: int, now: datetime) -> Entry:
    entry = get_own(session, owner_id, entry_id)
    entry.status = "withdrawn"
    entry.published = None
    entry.version += 1
    entry.updated_at = now
    event(session, entry, now, owner_id, "withdraw")
    return entry


def of_owner(session: Session, owner_id: int) -> list[Entry]:
    return list(
        session.execute(
            select(Entry).where(Entry.owner_id == owner_id).order_by(Entry.id.desc())
        ).scalars()
    )


def anonymise_owner(session: Session, owner_id: int) -> None:
    """After /forget_me: approved entries stay without a link to the person; the rest go."""
    session.execute(delete(Entry).where(Entry.owner_id == owner_id, ~IN_CATALOGUE))
    for entry in session.execute(select(Entry).where(Entry.owner_id == owner_id)).scalars():
        entry.owner_id = None
        entry.contact = None
        if entry.published:
            entry.published = {**entry.published, "contact": None}
        if entry.status == "pending" and entry.published:
            entry.status = "approved"  # the pending edit is dropped with its author
            for f in FIELDS:
                setattr(entry, f, entry.published.get(f))
