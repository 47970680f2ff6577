"""The meeting's outputs in figures: unmet needs, and the report to the CIDI.

A need is *unmet* when, 30 days after its approval, no approved offer matches it as a likely
match, one its owner is told of (catalogue.matching.calibration.notify): the recorded match
pairs say so (`likely`). When a newly approved offer does match it so, its owner is told
as of any match (record_matches, within the per-day cap), and it is no longer unmet.

`figures` gathers what the report says, as plain values; `cidi-bot report` writes them as
JSON (the machine-readable twin, its keys documented in the README), XLSX or PDF.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue import entries, meetings, partnerships, stats
from catalogue.taxonomy import ACTOR_KINDS, AREAS, COOPERATION_TYPES, MODALITIES, UNKNOWN
from storage.models import Connection, Delegate, Entry, MatchPair, Partnership, PartnershipEvent

UNMET_AFTER = timedelta(days=30)


def unmet_needs(session: Session, now: datetime) -> list[Entry]:
    """Approved needs, approved at least UNMET_AFTER ago, that no approved offer matches."""
    matched = (
        select(MatchPair.need_id)
        .join(Entry, Entry.id == MatchPair.offer_id)
        .where(entries.IN_CATALOGUE, MatchPair.likely)
    )
    rows = session.execute(
        select(Entry)
        .where(
            Entry.kind == "need",
            entries.IN_CATALOGUE,
            Entry.decided_at.is_not(None),
            Entry.decided_at <= now - UNMET_AFTER,
            Entry.id.not_in(matched),
        )
        .order_by(Entry.decided_at, Entry.id)
    ).scalars()
    return list(rows)


def _count(values: list[str | None], codes: tuple[str, ...]) -> dict[str, int]:
    """How many of each value, the taxonomy's codes first; a missing value is counted as
    UNKNOWN, so that every table adds up to the totals."""
    seen = Counter(v or UNKNOWN for v in values)
    return {c: seen[c] for c in codes if seen[c]} | {
        k: v for k, v in seen.items() if k not in codes
    }


def stage_durations(session: Session) -> dict[str, float]:
    """How many days partnerships spent, on average, in each stage they left."""
    spent: dict[str, list[float]] = {}
    last: dict[int, tuple[str, datetime]] = {}
    for pid, stage, at in session.execute(
        select(
            PartnershipEvent.partnership_id, PartnershipEvent.stage, PartnershipEvent.at
        ).order_by(PartnershipEvent.partnership_id, PartnershipEvent.id)
    ):
        if pid in last:
            before, since = last[pid]
            spent.setdefault(before, []).append((at - since).total_seconds() / 86400)
        last[pid] = (stage, at)
    return {s: round(sum(v) / len(v), 1) for s, v in spent.items() if v}


def figures(session: Session, now: datetime, since: datetime | None = None) -> dict[str, Any]:
    """The report's contents; with `since`, entries, connections and partnerships from then
    on (delegates taking part are counted whenever they registered)."""
    shown = stats.catalogue_rows(session, since)
    offers = [p for kind, p in shown if kind == "offer"]
    needs = [p for kind, p in shown if kind == "need"]

    def field(rows: list[dict[str, Any]], name: str) -> list[str | None]:
        return [p.get(name) for p in rows]

    def split(name: str, codes: tuple[str, ...]) -> dict[str, dict[str, int]]:
        return {
            "offers": _count(field(offers, name), codes),
            "needs": _count(field(needs, name), codes),
        }

    connections = select(Connection.status, func.count()).group_by(Connection.status)
    partnered = select(Partnership.stage)
    if since is not None:
        connections = connections.where(Connection.created_at >= since)
        partnered = partnered.where(Partnership.created_at >= since)
    by_stage: dict[str, int] = {str(s): 0 for s in partnerships.STAGES}
    for stage in session.execute(partnered).scalars():
        by_stage[stage] += 1
    registered = Delegate.registered_at.is_not(None)
    matches = select(func.count(MatchPair.id))
    if since is not None:
        matches = matches.where(MatchPair.created_at >= since)
    unmet = unmet_needs(session, now)
    return {
        "generated_at": now.isoformat(),
        "since": since.isoformat() if since else None,
        "delegates": session.execute(select(func.count()).where(registered)).scalar_one(),
        "member_states": stats.member_states_taking_part(session),
        "offers": len(offers),
        "needs": len(needs),
        "by_area": split("area", AREAS),
        "by_country": split("owner_country", ()),
        "by_actor_kind": split("actor_kind", ACTOR_KINDS),
        "by_modality": split("modality", MODALITIES),
        "by_cooperation_type": split("cooperation_type", COOPERATION_TYPES),
        "matches": session.execute(matches).scalar_one(),
        "contacts": {str(k): int(v) for k, v in session.execute(connections)},
        "partnerships": by_stage,
        "meetings": meetings.counts(session, since),
        "stage_days": stage_durations(session),
        "unmet_needs": [e.id for e in unmet if since is None or e.created_at >= since],
        "registration": [
            {"country": s.code, "delegates": s.delegates, "entries": s.entries}
            for s in stats.registration_progress(session)
        ],
    }


def unmet_titles(session: Session, figures: dict[str, Any]) -> dict[int, str]:
    """The titles of the report's unmet needs (their public version), for its documents."""
    ids = list(figures["unmet_needs"])
    rows = session.execute(select(Entry.id, Entry.published).where(Entry.id.in_(ids)))
    return {entry_id: str((published or {}).get("title") or "") for entry_id, published in rows}
