"""The meeting's figures at a glance: who came, what is offered and needed, what matched."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue import countries, entries
from storage.models import Connection, Delegate, Delivery, Entry, MatchPair


def _counter(rows: Any) -> dict[str, int]:
    return {str(k) if k is not None else "unknown": int(v) for k, v in rows}


def figures(session: Session) -> dict[str, Any]:
    registered = Delegate.registered_at.is_not(None)
    out: dict[str, Any] = {
        "delegates": {
            "registered": session.execute(select(func.count()).where(registered)).scalar_one(),
            "active": session.execute(
                select(func.count()).where(registered, Delegate.active.is_(True))
            ).scalar_one(),
            "verified": session.execute(
                select(func.count()).where(registered, Delegate.verified.is_(True))
            ).scalar_one(),
            "by_kind": _counter(
                session.execute(
                    select(Delegate.actor_kind, func.count())
                    .where(registered)
                    .group_by(Delegate.actor_kind)
                )
            ),
            "by_country": _counter(
                session.execute(
                    select(Delegate.country, func.count())
                    .where(registered)
                    .group_by(Delegate.country)
                )
            ),
            "by_language": _counter(
                session.execute(
                    select(Delegate.language, func.count())
                    .where(registered)
                    .group_by(Delegate.language)
                )
            ),
        },
    }
    by_area: dict[str, dict[str, int]] = {}
    by_status: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for kind, area, status, count in session.execute(
        select(Entry.kind, Entry.area, Entry.status, func.count()).group_by(
            Entry.kind, Entry.area, Entry.status
        )
    ):
        by_status[status] += count
        by_kind[kind] += count
        if status == "approved":
            by_area.setdefault(area, {"offer": 0, "need": 0})[kind] += count
    by_modality: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    by_group: Counter[str] = Counter()
    need_scope: Counter[str] = Counter()
    for kind, modality, actor, groups, places in session.execute(
        select(
            Entry.kind, Entry.modality, Entry.actor_kind, Entry.target_groups, Entry.countries
        ).where(Entry.status == "approved")
    ):
        by_modality[modality] += 1
        by_actor[actor or "unknown"] += 1
        by_group.update(groups or ())
        if kind == "need":
            need_scope[entries.scope(places or [])] += 1
    out["entries"] = {
        "by_kind": dict(by_kind),
        "by_status": dict(by_status),
        "approved_by_area": by_area,
        "approved_by_modality": dict(by_modality),
        "approved_by_actor_kind": dict(by_actor),
        "approved_by_target_group": dict(by_group),
        "approved_needs_by_scope": dict(need_scope),
    }
    out["matches"] = session.execute(select(func.count(MatchPair.id))).scalar_one()
    out["connections"] = _counter(
        session.execute(select(Connection.status, func.count()).group_by(Connection.status))
    )
    out["deliveries"] = {
        f"{kind}:{status}": int(count)
        for kind, status, count in session.execute(
            select(Delivery.kind, Delivery.status, func.count()).group_by(
                Delivery.kind, Delivery.status
            )
        )
    }
    # Deliveries given up on for another reason than a blocked chat: worth a look.
    out["undelivered"] = session.execute(
        select(func.count(Delivery.id)).where(
            Delivery.status == "failed", Delivery.last_error != "blocked"
        )
    ).scalar_one()
    return out


def member_states_taking_part(session: Session) -> int:
    """How many of the 35 member states have a registered delegate."""
    return len(
        set(
            session.execute(
                select(Delegate.country).where(
                    Delegate.registered_at.is_not(None),
                    Delegate.country.in_(countries.OAS_MEMBERS),
                )
            ).scalars()
        )
    )


@dataclass(frozen=True)
class StateProgress:
    """A member state's registration progress: delegates, and what they submitted."""

    code: str
    delegates: int
    entries: int


def registration_progress(session: Session) -> list[StateProgress]:
    """Each member state: registered delegates and entries submitted (any status but
    withdrawn), so the secretariat sees who registered and submitted nothing yet."""
    people = Counter(
        session.execute(
            select(Delegate.country).where(Delegate.registered_at.is_not(None))
        ).scalars()
    )
    submitted = Counter(
        session.execute(select(Entry.owner_country).where(Entry.status != "withdrawn")).scalars()
    )
    return [StateProgress(c, people[c], submitted[c]) for c in countries.OAS_MEMBERS]


def approved_by(session: Session, field: str = "owner_country") -> dict[str, dict[str, int]]:
    """Approved (published) offers and needs per value of one published field: the owner's
    country (or the EU), or the area."""
    out: dict[str, dict[str, int]] = {}
    for kind, published in session.execute(
        select(Entry.kind, Entry.published).where(Entry.published.is_not(None))
    ):
        key = str((published or {}).get(field) or "unknown")
        out.setdefault(key, {"offer": 0, "need": 0})[kind] += 1
    return out


def submitted_by_day(session: Session) -> list[tuple[date, int, int]]:
    """Offers and needs created up to each day with any (cumulative), oldest first."""
    per_day: dict[date, Counter[str]] = {}
    for kind, created in session.execute(select(Entry.kind, Entry.created_at)):
        per_day.setdefault(created.date(), Counter())[kind] += 1
    offers = needs = 0
    out = []
    for day in sorted(per_day):
        offers += per_day[day]["offer"]
        needs += per_day[day]["need"]
        out.append((day, offers, needs))
    return out
