"""The secretariat's lists as queries: filters, a sort by a visible column, a page and the
total, all done by the database, so that a list of 10,000 entries or 2,000 delegates costs
one page of rows and one count. The console's pages (web.views) and their CSV downloads
both read these; none of them writes.

A list is asked for with a `Window` (which page, how many, sorted how) and answers with a
`Found` (the rows, the total the filters leave, the page really shown)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from catalogue import connections, countries, entries
from storage import ids
from storage.models import Broadcast, Connection, Delegate, Entry, Role

T = TypeVar("T")

PAGE_SIZES = (25, 50, 100, 200)
PAGE_SIZE = 50
EXPORT_MAX = 20_000  # a CSV download: every row the filters leave, up to this many
SEARCH_MAX = 100  # characters of a typed search

# "country" on the catalogue: the owner's country, a country the entry covers, or either.
COUNTRY_MODES = ("either", "owner", "covered")
CONNECTION_STATUSES = ("requested", "accepted", "declined", "reported")
BROADCAST_STATUSES = ("scheduled", "sending", "done", "cancelled")


@dataclass(frozen=True)
class Window:
    """Which part of a list: page number from 1, rows per page, the sort column (one of
    the list's SORTS; unknown means the list's default) and its direction."""

    page: int = 1
    size: int = PAGE_SIZE
    sort: str = ""
    descending: bool = False

    @classmethod
    def read(cls, page: str, size: str, sort: str, order: str) -> Window:
        """A window from an address's text; anything malformed is the default."""
        # storage.ids: ASCII digits only ("²".isdigit() is true, int("²") fails)
        number = ids.parse(page, maximum=999_999) or 1
        rows = ids.parse(size, maximum=max(PAGE_SIZES)) or PAGE_SIZE
        rows = rows if rows in PAGE_SIZES else PAGE_SIZE
        return cls(max(1, number), rows, sort, order == "desc")


@dataclass
class Found(Generic[T]):
    rows: list[T]
    total: int
    page: int  # the page shown: a number past the end shows the last page
    pages: int
    sort: str
    descending: bool
    size: int = PAGE_SIZE

    @property
    def first(self) -> int:
        """The position of the first row shown (1-based; 0 when nothing is found)."""
        return (self.page - 1) * self.size + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0


def _page(
    session: Session,
    query: Select[Any],
    sorts: dict[str, Sequence[Any]],
    default: str,
    window: Window,
    key: Any,
    everything: bool = False,
) -> tuple[list[Any], int, int, int, str]:
    """Rows of one page of `query` (or all, up to EXPORT_MAX), the total, the page, the
    number of pages and the sort used. `key` breaks ties so pages never overlap."""
    total = int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())
    sort = window.sort if window.sort in sorts else default
    order = [c.desc() if window.descending else c.asc() for c in sorts[sort]]
    ordered = query.order_by(*order, key.desc() if window.descending else key.asc())
    pages = max(1, -(-total // window.size))
    page = min(window.page, pages)
    if everything:
        rows = list(session.execute(ordered.limit(EXPORT_MAX)).scalars())
    else:
        # The page's keys first (a narrow sort: the database does not carry descriptions
        # and JSON through it), then those rows whole.
        keys = ordered.with_only_columns(key).limit(window.size).offset((page - 1) * window.size)
        wanted = list(session.execute(keys).scalars())
        model = query.column_descriptions[0]["entity"]
        loaded = {getattr(r, key.key): r for r in session.execute(
            select(model).where(key.in_(wanted))).scalars()}  # fmt: skip
        rows = [loaded[k] for k in wanted if k in loaded]
    return rows, total, page, pages, sort


def _found(rows: list[T], total: int, page: int, pages: int, sort: str, w: Window) -> Found[T]:
    return Found(rows, total, page, pages, sort, w.descending, w.size)


def _like(text: str) -> str:
    """A LIKE pattern for text anywhere, its wildcards taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _covers(code: str) -> ColumnElement[bool]:
    """The entry covers the country: its JSON list of codes holds it, or "the whole of
    the Americas" for a member state (SQLite and PostgreSQL alike, through the JSON's
    text: a code is letters in quotes)."""
    text = cast(Entry.countries, String)
    if code in countries.OAS_MEMBERS:
        return or_(text.like(f'%"{code}"%'), text.like(f'%"{entries.ALL_AMERICAS}"%'))
    return text.like(f'%"{code}"%')


# ------------------------------------------------------------------------- the catalogue


@dataclass(frozen=True)
class EntryFilter:
    """The catalogue list's filters. `status` None: the catalogue (every entry with an
    approved version); a status: the entries whose working version has it (pending,
    changes_requested, rejected and withdrawn ones included)."""

    status: str | None = None
    kind: str | None = None
    area: str | None = None
    modality: str | None = None
    actor_kind: str | None = None
    language: str | None = None
    country: str | None = None
    country_mode: str = "either"  # COUNTRY_MODES
    text: str = ""  # words of the title or the organisation (the ranked search is apart)


ENTRY_SORTS: dict[str, Sequence[Any]] = {
    "id": (Entry.id,),
    "title": (Entry.title,),  # indexed (PostgreSQL's collation sorts letters, not case)
    "kind": (Entry.kind,),
    "area": (Entry.area,),
    "country": (Entry.owner_country,),
    "status": (Entry.status,),
    "language": (Entry.language,),
    "updated": (Entry.updated_at,),
}


def entry_conditions(f: EntryFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.status in entries.STATUSES:
        conditions.append(Entry.status == f.status)
    else:
        conditions.append(entries.IN_CATALOGUE)
    for column, value in (
        (Entry.kind, f.kind),
        (Entry.area, f.area),
        (Entry.modality, f.modality),
        (Entry.actor_kind, f.actor_kind),
        (Entry.language, f.language),
    ):
        if value:
            conditions.append(column == value)
    if f.country:
        owner = Entry.owner_country == f.country
        if f.country_mode == "owner":
            conditions.append(owner)
        elif f.country_mode == "covered":
            conditions.append(_covers(f.country))
        else:
            conditions.append(or_(owner, _covers(f.country)))
    if f.text.strip():
        pattern = _like(" ".join(f.text.split())[:SEARCH_MAX])
        conditions.append(
            or_(
                func.lower(Entry.title).like(pattern, escape="\\"),
                func.lower(Entry.organisation).like(pattern, escape="\\"),
            )
        )
    return conditions


def catalogue_entries(
    session: Session, f: EntryFilter, window: Window, everything: bool = False
) -> Found[Entry]:
    """A page of the catalogue (or of the entries in one status), newest first unless
    sorted otherwise."""
    query = select(Entry).where(*entry_conditions(f))
    w = window if window.sort in ENTRY_SORTS else Window(window.page, window.size, "id", True)
    rows, total, page, pages, sort = _page(session, query, ENTRY_SORTS, "id", w, Entry.id,
                                           everything)  # fmt: skip
    return _found(rows, total, page, pages, sort, w)


# ------------------------------------------------------------------------------ the queue


@dataclass(frozen=True)
class QueueFilter:
    kind: str | None = None
    area: str | None = None
    country: str | None = None  # the owner's
    actor_kind: str | None = None
    language: str | None = None
    submitted_before: datetime | None = None
    text: str = ""  # words of the title, the description or the organisation


QUEUE_SORTS: dict[str, Sequence[Any]] = {
    "waiting": (Entry.submitted_at,),  # ascending: the longest waiting first
    "id": (Entry.id,),
    "title": (Entry.title,),
    "kind": (Entry.kind,),
    "area": (Entry.area,),
    "country": (Entry.owner_country,),
    "language": (Entry.language,),
}


def queue(
    session: Session, f: QueueFilter, window: Window, everything: bool = False
) -> Found[Entry]:
    """A page of the review queue, the longest waiting first unless sorted otherwise."""
    conditions: list[ColumnElement[bool]] = [Entry.status == "pending"]
    for column, value in (
        (Entry.kind, f.kind),
        (Entry.area, f.area),
        (Entry.owner_country, f.country),
        (Entry.actor_kind, f.actor_kind),
        (Entry.language, f.language),
    ):
        if value:
            conditions.append(column == value)
    if f.submitted_before is not None:
        conditions.append(Entry.submitted_at <= f.submitted_before)
    if f.text.strip():
        pattern = _like(" ".join(f.text.split())[:SEARCH_MAX])
        conditions.append(
            or_(
                func.lower(Entry.title).like(pattern, escape="\\"),
                func.lower(Entry.description).like(pattern, escape="\\"),
                func.lower(Entry.organisation).like(pattern, escape="\\"),
            )
        )
    query = select(Entry).where(*conditions)
    rows, total, page, pages, sort = _page(session, query, QUEUE_SORTS, "waiting", window,
                                           Entry.id, everything)  # fmt: skip
    return _found(rows, total, page, pages, sort, window)


def next_in_queue(session: Session, after: int) -> int | None:
    """The entry waiting longest, other than `after` (the one just decided)."""
    found = session.execute(
        select(Entry.id)
        .where(Entry.status == "pending", Entry.id != after)
        .order_by(Entry.submitted_at, Entry.id)
        .limit(1)
    ).scalar_one_or_none()
    return int(found) if found is not None else None


@dataclass(frozen=True)
class Twin:
    """Another entry that looks like the same one: same owner and kind, or a title that
    is the same once case, accents and spaces are set aside."""

    id: int
    title: str
    status: str
    why: str  # "owner" or "title"


def likely_duplicates(session: Session, shown: Sequence[Entry]) -> dict[int, list[Twin]]:
    """For each entry shown, the pending or approved entries it may duplicate: the same
    title (case and spacing aside), or the same owner and kind with most title words
    shared. One query for the whole page."""
    if not shown:
        return {}
    owners = {e.owner_id for e in shown if e.owner_id is not None}
    rows = session.execute(
        select(Entry.id, Entry.title, Entry.status, Entry.owner_id, Entry.kind).where(
            Entry.status.in_(("pending", "approved")),
            or_(func.lower(Entry.title).in_({e.title.lower() for e in shown}),
                Entry.owner_id.in_(owners)),
        )
    ).all()  # fmt: skip
    by_title: dict[str, list[Any]] = {}
    by_owner: dict[int, list[Any]] = {}
    for r in rows:
        by_title.setdefault(_folded(r.title), []).append(r)
        if r.owner_id is not None:
            by_owner.setdefault(r.owner_id, []).append(r)
    result: dict[int, list[Twin]] = {}
    for e in shown:
        title = _folded(e.title)
        seen = {e.id}
        for r in by_title.get(title, []):
            if r.id not in seen:
                seen.add(r.id)
                result.setdefault(e.id, []).append(Twin(r.id, r.title, r.status, "title"))
        words = set(title.split())
        for r in by_owner.get(e.owner_id, []) if e.owner_id is not None else []:
            if r.id not in seen and r.kind == e.kind and _close(words, r.title):
                seen.add(r.id)
                result.setdefault(e.id, []).append(Twin(r.id, r.title, r.status, "owner"))
    return result


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _close(words: set[str], other: str) -> bool:
    """Titles of one owner close enough to be the same entry twice (most words shared)."""
    theirs = set(_folded(other).split())
    return bool(words and theirs) and len(words & theirs) / max(len(words), len(theirs)) >= 0.6


# --------------------------------------------------------------------------- delegates


@dataclass(frozen=True)
class DelegateFilter:
    text: str = ""  # a name, an organisation or a country's name, in any language
    country: str | None = None
    actor_kind: str | None = None
    language: str | None = None
    verified: bool | None = None


DELEGATE_SORTS: dict[str, Sequence[Any]] = {
    "name": (func.lower(Delegate.full_name),),
    "country": (Delegate.country,),
    "actor": (Delegate.actor_kind,),
    "organisation": (func.lower(Delegate.organisation),),
    "language": (Delegate.language,),
    "verified": (Delegate.verified,),
    "registered": (Delegate.registered_at,),
}


def delegates(
    session: Session, f: DelegateFilter, window: Window, everything: bool = False
) -> Found[Delegate]:
    """Registered delegates, by name unless sorted otherwise. The text matches a name, an
    organisation, a username, or a country whose name (in any of the four languages)
    contains it."""
    query = select(Delegate).where(Delegate.registered_at.is_not(None))
    if f.country:
        query = query.where(Delegate.country == f.country)
    if f.actor_kind:
        query = query.where(Delegate.actor_kind == f.actor_kind)
    if f.language:
        query = query.where(Delegate.language == f.language)
    if f.verified is not None:
        query = query.where(Delegate.verified.is_(f.verified))
    text = " ".join(f.text.split())[:SEARCH_MAX]
    if text:
        pattern = _like(text)
        named = [c.code for c in countries.find(text, "world", limit=3)] if len(text) > 2 else []
        query = query.where(
            or_(
                func.lower(Delegate.full_name).like(pattern, escape="\\"),
                func.lower(Delegate.organisation).like(pattern, escape="\\"),
                func.lower(Delegate.username).like(pattern, escape="\\"),
                Delegate.country.in_(named),
            )
        )
    rows, total, page, pages, sort = _page(session, query, DELEGATE_SORTS, "name", window,
                                           Delegate.user_id, everything)  # fmt: skip
    return _found(rows, total, page, pages, sort, window)


def people_of(session: Session, user_ids: Iterable[int | None]) -> dict[int, Delegate]:
    """The delegates of a page's rows (its owners, say) in one query."""
    wanted = {u for u in user_ids if u is not None}
    if not wanted:
        return {}
    found = session.execute(select(Delegate).where(Delegate.user_id.in_(wanted))).scalars()
    return {d.user_id: d for d in found}


def roles_held(session: Session, user_ids: Iterable[int]) -> dict[int, set[str]]:
    """The console roles each of a page's people holds, in one query."""
    wanted = set(user_ids)
    held: dict[int, set[str]] = {u: set() for u in wanted}
    if wanted:
        for user_id, role in session.execute(
            select(Role.user_id, Role.role).where(Role.user_id.in_(wanted))
        ).all():
            held[user_id].add(role)
    return held


# ------------------------------------------------------------------------- connections


@dataclass(frozen=True)
class ConnectionFilter:
    status: str | None = None
    entry_id: int | None = None


CONNECTION_SORTS: dict[str, Sequence[Any]] = {
    "id": (Connection.id,),
    "entry": (Connection.entry_id,),
    "status": (Connection.status,),
    "created": (Connection.created_at,),
}


def connection_list(
    session: Session, f: ConnectionFilter, window: Window, everything: bool = False
) -> Found[connections.Listed]:
    """A page of the connections, newest first unless sorted otherwise, as the
    secretariat's list shows them (connections.describe)."""
    query = select(Connection)
    if f.status in CONNECTION_STATUSES:
        query = query.where(Connection.status == f.status)
    if f.entry_id is not None:
        query = query.where(Connection.entry_id == f.entry_id)
    w = window if window.sort in CONNECTION_SORTS else Window(window.page, window.size, "id", True)
    rows, total, page, pages, sort = _page(session, query, CONNECTION_SORTS, "id", w,
                                           Connection.id, everything)  # fmt: skip
    return _found([connections.describe(session, c) for c in rows], total, page, pages, sort, w)


# -------------------------------------------------------------------------- broadcasts


BROADCAST_SORTS: dict[str, Sequence[Any]] = {
    "id": (Broadcast.id,),
    "status": (Broadcast.status,),
    "at": (Broadcast.scheduled_at,),
    "recipients": (Broadcast.recipients,),
}


def broadcast_list(
    session: Session, status: str | None, window: Window, everything: bool = False
) -> Found[Broadcast]:
    query = select(Broadcast)
    if status in BROADCAST_STATUSES:
        query = query.where(Broadcast.status == status)
    w = window if window.sort in BROADCAST_SORTS else Window(window.page, window.size, "id", True)
    rows, total, page, pages, sort = _page(session, query, BROADCAST_SORTS, "id", w,
                                           Broadcast.id, everything)  # fmt: skip
    return _found(rows, total, page, pages, sort, w)


__all__ = [
    "BROADCAST_STATUSES",
    "CONNECTION_STATUSES",
    "COUNTRY_MODES",
    "ConnectionFilter",
    "DelegateFilter",
    "EntryFilter",
    "Found",
    "QueueFilter",
    "Twin",
    "Window",
]
