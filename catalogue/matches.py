"""The catalogue's matching service: the live index and match pairs.

The index lives in each process's memory, one per database (`index_of`), and is brought up
to date from the database before every use (entries changed since the last look), so several
bot processes sharing one database agree on what is searchable. It is owned here, not handed
down by a front end: an approval matches through it whichever front end approved.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

import numpy as np
from sqlalchemy import Engine, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from catalogue import feedback, searches, vectors
from catalogue.matching import Doc, Match, MatchIndex, Reason, semantic
from catalogue.notices import tell
from storage.models import Delegate, Entry, EntryVector, MatchPair

DAILY_CAP = 3
FILTERED_POOL = 500  # more than a query's candidates: a filtered search loses none
COUNTERPARTS = 10


def doc_of(entry_id: int, published: dict[str, Any], vector: np.ndarray | None = None) -> Doc:
    """The engine's view of an approved entry (its published version)."""
    return Doc(
        id=str(entry_id),
        kind=str(published.get("kind")),
        title=str(published.get("title") or ""),
        description=str(published.get("description") or ""),
        area=published.get("area"),
        cooperation_type=published.get("cooperation_type"),
        modality=published.get("modality"),
        role=published.get("role"),
        country=published.get("owner_country"),
        countries=tuple(published.get("countries") or ()),
        target_groups=tuple(published.get("target_groups") or ()),
        language=published.get("language"),
        vector=vector,
    )


class CatalogueIndex:
    """The approved catalogue, indexed for search and matching.

    Each entry comes with its stored sentence embedding when that was computed by the
    index's model from the published text (catalogue.vectors); otherwise it is found by
    concepts and words alone until its vector is written."""

    def __init__(self, index: MatchIndex | None = None) -> None:
        self.index = index or MatchIndex(encoder=semantic.default())
        self.mark: datetime | None = None
        # What was applied of each entry: (entry's updated_at, its vector's updated_at).
        self.applied: dict[int, tuple[datetime, datetime | None]] = {}
        # The chat (the event loop) and the console (its worker threads) share one index:
        # a change and a read never run at once (a search is a few milliseconds of numpy).
        self.lock = threading.RLock()

    def sync(self, session: Session) -> int:
        """Apply every entry (or vector) changed since the last sync; returns how many.

        Rows stamped at the mark itself are looked at again (another transaction may commit
        one with the same time after this look), but only their stamps: an entry is read
        whole, and indexed again, only when a stamp differs from what was applied. A batch
        written with one time (an import, a reindex) is thus not re-indexed at every search.
        """
        with self.lock:
            stamps = select(Entry.id, Entry.updated_at, EntryVector.updated_at).outerjoin(
                EntryVector, EntryVector.entry_id == Entry.id
            )
            if self.mark is not None:
                changed_entries = select(Entry.id).where(Entry.updated_at >= self.mark)
                changed_vectors = select(EntryVector.entry_id).where(
                    EntryVector.updated_at >= self.mark
                )
                stamps = stamps.where(
                    Entry.id.in_(changed_entries.union(changed_vectors).scalar_subquery())
                )
            todo = {}
            for entry_id, updated_at, vector_at in session.execute(stamps):
                if self.applied.get(entry_id) != (updated_at, vector_at):
                    todo[entry_id] = (updated_at, vector_at)
            if not todo:
                return 0
            model = self.index.encoder.model_id if self.index.encoder else None
            ids = list(todo)
            for start in range(0, len(ids), 1000):
                rows = session.execute(
                    select(
                        Entry.id, Entry.published, EntryVector.model, EntryVector.text_hash,
                        EntryVector.vector,
                    )
                    .outerjoin(EntryVector, EntryVector.entry_id == Entry.id)
                    .where(Entry.id.in_(ids[start : start + 1000]))
                )  # fmt: skip
                for entry_id, published, row_model, digest, blob in rows:
                    if published:
                        fits = row_model == model and digest == vectors.published_hash(published)
                        vector = vectors.decode(blob) if fits else None
                        self.index.add(doc_of(entry_id, published, vector))
                    else:
                        self.index.remove(str(entry_id))
            for entry_id, seen in todo.items():
                self.applied[entry_id] = seen
                for stamp in seen:
                    if stamp is not None and (self.mark is None or stamp > self.mark):
                        self.mark = stamp
            return len(todo)

    def search(
        self,
        session: Session,
        text: str,
        filters: Mapping[str, str] | None = None,
        top: int = 50,
        searcher: int | None = None,
    ) -> Found:
        """Approved entries for a free-text query, near-typos corrected first, narrowed by
        a search's filters (catalogue.searches.FILTERS); never the `searcher`'s own entries
        (they would rank first in their own search, and they know them)."""
        with self.lock:
            return self._search(session, text, filters, top, searcher)

    def _search(
        self,
        session: Session,
        text: str,
        filters: Mapping[str, str] | None,
        top: int,
        searcher: int | None,
    ) -> Found:
        self.sync(session)
        filters = dict(filters or {})
        kind, area = filters.pop("kind", None), filters.pop("area", None)
        kinds = (kind,) if kind else ("offer", "need")
        # Country, modality, actor, group and owner are read from the entries: the whole
        # pool of candidates is ranked, then narrowed (it is small: see engine.CANDIDATES).
        narrowed = bool(filters) or searcher is not None
        pool = FILTERED_POOL if narrowed else top
        matches, corrected = self.index.find(text, kinds=kinds, area=area, top=pool)
        speller = self.index.speller
        if narrowed and matches:
            ids = [int(m.id) for m in matches]
            rows = session.execute(
                select(Entry.id, Entry.kind, Entry.published, Entry.owner_id).where(
                    Entry.id.in_(ids)
                )
            )
            passing = {
                str(entry_id)
                for entry_id, entry_kind, published, owner_id in rows
                if published is not None
                and searches.keeps(filters, entry_kind, published)
                and (searcher is None or owner_id != searcher)
            }
            matches = [m for m in matches if m.id in passing][:top]
        said = corrected if corrected and speller.worth_saying(text, corrected) else None
        return Found(matches, said)

    def counterparts_of(self, session: Session, entry_id: int, top: int = 10) -> list[Match]:
        """The best entries of the other kind for an approved entry, with their reasons."""
        with self.lock:
            self.sync(session)
            entry = session.get(Entry, entry_id)
            if entry is None or not entry.published:
                return []
            return self.index.counterparts(doc_of(entry.id, entry.published), top=top)

    def facets(
        self,
        session: Session,
        text: str,
        filters: Mapping[str, str],
        name: str,
        searcher: int | None = None,
    ) -> dict[str, int]:
        """How many results of a query each value of one filter would leave, the other
        filters applied: a filter's menu offers only what finds something."""
        others = {k: v for k, v in filters.items() if k != name}
        found = self.search(session, text, others, FILTERED_POOL, searcher)  # (takes the lock)
        ids = [int(m.id) for m in found.matches]
        counts: Counter[str] = Counter()
        for kind, published in session.execute(
            select(Entry.kind, Entry.published).where(Entry.id.in_(ids))
        ):
            if published is not None:
                counts.update(searches.values_of(name, kind, published))
        return dict(counts)


@dataclass
class Found:
    """What a search found, and the query it searched for when it corrected a typo."""

    matches: list[Match]
    corrected: str | None = None


_INDEXES: weakref.WeakKeyDictionary[Engine, CatalogueIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def index_of(session: Session) -> CatalogueIndex:
    """This process's index of the catalogue in the session's database, made at first use.

    One per database (an engine), so tests and tools that open several databases in one
    process never search one with another's entries; the embedding model behind them is
    loaded once (`semantic.default`)."""
    engine = session.get_bind().engine
    with _INDEXES_LOCK:
        index = _INDEXES.get(engine)
        if index is None:
            index = _INDEXES[engine] = CatalogueIndex()
        return index


def _day_start(now: datetime) -> datetime:
    return datetime.combine(now.date(), time.min, tzinfo=now.tzinfo)


def notified_today(session: Session, user_id: int, now: datetime) -> int:
    start = _day_start(now)
    need_side = session.execute(
        select(func.count(MatchPair.id))
        .join(Entry, Entry.id == MatchPair.need_id)
        .where(Entry.owner_id == user_id, MatchPair.need_notified_at >= start)
    ).scalar_one()
    offer_side = session.execute(
        select(func.count(MatchPair.id))
        .join(Entry, Entry.id == MatchPair.offer_id)
        .where(Entry.owner_id == user_id, MatchPair.offer_notified_at >= start)
    ).scalar_one()
    return int(need_side) + int(offer_side)


def record_matches(
    session: Session,
    entry_id: int,
    now: datetime,
    cap: int = DAILY_CAP,
) -> list[str]:
    """After an approval: store the new pairs that are at least possible, and tell both
    owners of the likely ones (catalogue.matching.calibration.notify; each pair once, within
    `cap` notices a day each). Possible pairs, and likely ones beyond the cap, are only
    listed in /matches. The outbox keys of the notices.

    A pair already stored (by this or another process) is skipped: the unique
    constraint decides, so two concurrent approvals never notify twice.
    """
    matches = index_of(session).counterparts_of(session, entry_id, top=COUNTERPARTS)
    entry = session.get(Entry, entry_id)
    if entry is None or not entry.published:
        return []
    told: list[str] = []
    for m in matches:
        if m.confidence == "weak":
            continue
        other = session.get(Entry, int(m.id))
        if other is None or not other.published:
            continue
        if entry.owner_id is not None and other.owner_id == entry.owner_id:
            continue
        need, offer = (entry, other) if entry.kind == "need" else (other, entry)
        pair = MatchPair(
            need_id=need.id,
            offer_id=offer.id,
            score=m.score,
            reasons=[[r.code, *r.values] for r in m.reasons],
            created_at=now,
            likely=m.notify,
        )
        try:
            with session.begin_nested():
                session.add(pair)
                session.flush()
        except IntegrityError:
            continue
        if not m.notify:
            continue  # possible: listed in /matches, not pushed
        for own, side in ((need, "need"), (offer, "offer")):
            if own.owner_id is None:
                continue
            owner = session.get(Delegate, own.owner_id)
            if owner is None or not owner.active or owner.registered_at is None:
                continue
            if notified_today(session, own.owner_id, now) >= cap:
                continue  # listed in /matches, not pushed
            setattr(pair, f"{side}_notified_at", now)
            session.flush()
            told.append(tell(session, own.owner_id, "match-new", now, pair=pair.id, side=side))
    return told


def reasons_of(pair: MatchPair) -> list[Reason]:
    return [Reason(str(r[0]), tuple(str(v) for v in r[1:])) for r in pair.reasons or []]


def matches_of(
    session: Session, user_id: int, limit: int = 20
) -> list[tuple[MatchPair, Entry, Entry]]:
    """The user's match pairs, best first: (pair, their entry, the counterpart)."""
    own_ids = set(session.execute(select(Entry.id).where(Entry.owner_id == user_id)).scalars())
    if not own_ids:
        return []
    pairs = session.execute(
        select(MatchPair)
        .where(or_(MatchPair.need_id.in_(own_ids), MatchPair.offer_id.in_(own_ids)))
        .order_by(MatchPair.score.desc(), MatchPair.id)
    ).scalars()
    result = []
    for pair in pairs:
        mine_is_need = pair.need_id in own_ids
        if pair.need_dismissed if mine_is_need else pair.offer_dismissed:
            continue
        own = session.get(Entry, pair.need_id if mine_is_need else pair.offer_id)
        other = session.get(Entry, pair.offer_id if mine_is_need else pair.need_id)
        if own is None or other is None or not other.published or not own.published:
            continue
        result.append((pair, own, other))
        if len(result) >= limit:
            break
    return result


def dismiss(session: Session, user_id: int, pair_id: int, now: datetime) -> bool:
    """The user does not want this pair ("Not relevant"): never shown or notified again on
    their side, and kept as a pair judged not relevant (catalogue.feedback)."""
    pair = session.get(MatchPair, pair_id)
    if pair is None:
        return False
    need = session.get(Entry, pair.need_id)
    offer = session.get(Entry, pair.offer_id)
    if need is not None and need.owner_id == user_id:
        first = not pair.need_dismissed
        pair.need_dismissed = True
    elif offer is not None and offer.owner_id == user_id:
        first = not pair.offer_dismissed
        pair.offer_dismissed = True
    else:
        return False
    if first:
        feedback.record(session, pair.need_id, pair.offer_id, False, now)
    return True
