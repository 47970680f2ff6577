"""Stored /search queries: result pages refer to them by id so that paging and filter
buttons fit in Telegram's 64 bytes of button data. They are kept two weeks, never as a
record of who looked for what, and /forget_me erases them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from catalogue import countries
from catalogue.entries import IN_CATALOGUE, KINDS, places
from catalogue.taxonomy import ACTOR_KINDS, AREAS, MODALITIES, TARGET_GROUPS
from storage.models import Entry, SavedSearch

SEARCHES_KEPT = timedelta(days=14)  # result pages of an older /search say "search again"
QUERY_MIN = 2
QUERY_MAX = 200


def problem(query: str) -> str | None:
    """A message key when the query cannot be searched (too short, no letters or digits)."""
    query = " ".join(query.split())
    if len(query) < QUERY_MIN or not any(ch.isalnum() for ch in query):
        return "search-too-short"
    return None


# What a search can be narrowed by, and the values each takes.
FILTERS: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "area": AREAS,
    "country": (*countries.world(), countries.EUROPEAN_UNION),
    "modality": MODALITIES,
    "actor_kind": ACTOR_KINDS,
    "target_group": TARGET_GROUPS,
}


def set_filter(
    session: Session, user_id: int, search_id: int, name: str, value: str | None
) -> SavedSearch | None:
    """Narrow (or, with None, widen again) the user's stored search; None if it is not
    theirs or is gone. A value outside the filter's codes changes nothing."""
    saved = own(session, user_id, search_id)
    if saved is None or name not in FILTERS or (value is not None and value not in FILTERS[name]):
        return saved
    chosen = {k: v for k, v in (saved.filters or {}).items() if k != name}
    if value is not None:
        chosen[name] = value
    saved.filters = chosen
    return saved


def clear_filters(session: Session, user_id: int, search_id: int) -> SavedSearch | None:
    saved = own(session, user_id, search_id)
    if saved is not None:
        saved.filters = {}
    return saved


def values_of(name: str, kind: str, published: Mapping[str, Any]) -> list[str]:
    """What an approved entry (its published version) is, for one filter."""
    if name == "kind":
        return [kind]
    if name == "target_group":
        return list(published.get("target_groups") or ())
    if name == "country":  # its owner's, and those it covers (as /country)
        return sorted(places(published))
    value = published.get(name)
    return [str(value)] if value else []


def keeps(filters: Mapping[str, str], kind: str, published: Mapping[str, Any]) -> bool:
    """Whether an approved entry passes a search's filters."""
    return all(value in values_of(name, kind, published) for name, value in filters.items())


def newest(session: Session, filters: Mapping[str, str], limit: int) -> list[Entry]:
    """The newest entries in the catalogue that pass the filters (browsed without words)."""
    found = []
    query = select(Entry).where(IN_CATALOGUE).order_by(Entry.id.desc())
    for entry in session.execute(query).scalars():
        if entry.published and keeps(filters, entry.kind, entry.published):
            found.append(entry)
            if len(found) >= limit:
                break
    return found


def save(session: Session, user_id: int, query: str, now: datetime) -> SavedSearch:
    saved = SavedSearch(user_id=user_id, query=" ".join(query.split())[:QUERY_MAX], created_at=now)
    session.add(saved)
    session.flush()
    return saved


def own(session: Session, user_id: int, search_id: int) -> SavedSearch | None:
    """The user's stored query, or None (someone else's, or pruned)."""
    saved = session.get(SavedSearch, search_id)
    return saved if saved is not None and saved.user_id == user_id else None


def forget(session: Session, user_id: int) -> None:
    """A user's /search queries: what they looked for is theirs (/forget_me erases it)."""
    session.execute(delete(SavedSearch).where(SavedSearch.user_id == user_id))


def prune(session: Session, now: datetime) -> int:
    """Drop stored queries older than SEARCHES_KEPT."""
    gone = session.execute(delete(SavedSearch).where(SavedSearch.created_at < now - SEARCHES_KEPT))
    return int(gone.rowcount)  # type: ignore[attr-defined]
