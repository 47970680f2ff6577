"""The meeting's figures at a glance: who came, what is offered and needed, what matched."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue import countries, entries, meetings
from catalogue.taxonomy import UNKNOWN
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
            "member_states": member_states_taking_part(session),
            "by_language": _counter(
                session.execute(
                    select(Delegate.language, func.count())
                    .where(registered)
                    .group_by(Delegate.language)
                )
            ),
        },
    }
    by_status: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for kind, status, count in session.execute(
        select(Entry.kind, Entry.status, func.count()).group_by(Entry.kind, Entry.status)
    ):
        by_status[status] += count  # the workflow: an approved entry being edited is pending
        by_kind[kind] += count
    # What the catalogue shows, counted from the public versions (catalogue_rows).
    shown = catalogue_rows(session)
    by_area: dict[str, dict[str, int]] = {}
    for kind, published in shown:
        by_area.setdefault(str(published.get("area")), {"offer": 0, "need": 0})[kind] += 1
    by_group: Counter[str] = Counter()
    need_scope: Counter[str] = Counter()
    for kind, published in shown:
        by_group.update(published.get("target_groups") or ())
        if kind == "need":
            need_scope[entries.scope(published.get("countries") or [])] += 1
    out["entries"] = {
        "by_kind": dict(by_kind),
        "by_status": dict(by_status),
        "in_catalogue": dict(Counter(kind for kind, _ in shown)),
        "approved_by_area": by_area,
        "approved_by_modality": dict(Counter(str(p.get("modality")) for _, p in shown)),
        "approved_by_actor_kind": dict(Counter(p.get("actor_kind") or UNKNOWN for _, p in shown)),
        "approved_by_target_group": dict(by_group),
        "approved_needs_by_scope": dict(need_scope),
    }
    out["matches"] = session.execute(select(func.count(MatchPair.id))).scalar_one()
    out["connections"] = _counter(
        session.execute(select(Connection.status, func.count()).group_by(Connection.status))
    )
    out["meetings"] = meetings.counts(session)
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


def member_states_taking_part(session: Session) -> list[str]:
    """The member states (codes, sorted) with a registered delegate *of the state*: a
    private-sector or NGO delegate from Chile does not make Chile a state taking part."""
    found = session.execute(
        select(Delegate.country).where(
            Delegate.registered_at.is_not(None),
            Delegate.actor_kind == "member_state",
            Delegate.country.in_(countries.OAS_MEMBERS),
        )
    ).scalars()
    return sorted({code for code in found if code})


def catalogue_rows(
    session: Session, since: datetime | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """(kind, public version) of every entry in the catalogue (created since `since`): what
    the report, the figures and the console count, so that they agree by construction."""
    query = select(Entry.kind, Entry.published).where(entries.IN_CATALOGUE).order_by(Entry.id)
    if since is not None:
        query = query.where(Entry.created_at >= since)
    return [(kind, dict(published)) for kind, published in session.execute(query)]


@dataclass(frozen=True)
class StateProgress:
    """A member state's registration progress: delegates, and what they submitted."""

    code: str
    delegates: int
    entries: int


def registration_progress(session: Session) -> list[StateProgress]:
    """Each member state: registered delegates and entries submitted (any status but
    withdrawn), so the secretariat sees who registered and submitted nothing yet."""
    people: dict[str | None, int] = dict(
        session.execute(
            select(Delegate.country, func.count())
            .where(Delegate.registered_at.is_not(None))
            .group_by(Delegate.country)
        ).all()
    )
    submitted: dict[str | None, int] = dict(
        session.execute(
            select(Entry.owner_country, func.count())
            .where(Entry.status != "withdrawn")
            .group_by(Entry.owner_country)
        ).all()
    )
    return [StateProgress(c, people.get(c, 0), submitted.get(c, 0)) for c in countries.OAS_MEMBERS]


def approved_by(session: Session, field: str = "owner_country") -> dict[str, dict[str, int]]:
    """Offers and needs in the catalogue per value of one public field: the owner's country
    (or the EU; UNKNOWN when none was given), or the area."""
    out: dict[str, dict[str, int]] = {}
    for kind, published in catalogue_rows(session):
        key = str(published.get(field) or UNKNOWN)
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
