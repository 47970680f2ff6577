"""Stored /search queries: result pages refer to them by id so that paging and filter
buttons fit in Telegram's 64 bytes of button data. They are kept two weeks, never as a
record of who looked for what, and /forget_me erases them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from storage.models import SavedSearch

SEARCHES_KEPT = timedelta(days=14)  # result pages of an older /search say "search again"
QUERY_MIN = 2
QUERY_MAX = 200


def problem(query: str) -> str | None:
    """A message key when the query cannot be searched (too short, no letters or digits)."""
    query = " ".join(query.split())
    if len(query) < QUERY_MIN or not any(ch.isalnum() for ch in query):
        return "search-too-short"
    return None


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
