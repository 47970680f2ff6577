"""The published catalogue: the approved offers and needs as one edition, grouped by area
then country (or the other way round), with what a reader may know of each owner.

This builds the edition as plain values; presentation/publish.py writes it as HTML and
PDF in the reader's language (the seed agenda's "catalogue of tangible offers and needs that
the Secretariat consolidates")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import countries, delegates, entries
from catalogue.taxonomy import AREAS, UNKNOWN
from storage.models import Delegate, Entry

GROUPINGS = ("area", "country")


@dataclass(frozen=True)
class Published:
    """One entry as the edition prints it. `contact` is None unless the owner agreed to
    share their contact directly (the reader then goes through the OAS Secretariat)."""

    id: int
    kind: str
    title: str
    description: str
    language: str
    area: str
    cooperation_type: str
    modality: str
    role: str | None
    time_frame: str
    countries: list[str]
    target_groups: list[str]
    financing: bool | None
    owner_country: str | None
    actor_kind: str | None
    organisation: str | None
    contact: str | None


@dataclass
class Group:
    key: str  # an area code, or a country code (UNKNOWN when none was given)
    entries: list[Published] = field(default_factory=list)


@dataclass
class Section:
    key: str
    groups: list[Group] = field(default_factory=list)


@dataclass
class Edition:
    at: datetime
    by: str
    country: str | None
    offers: int
    needs: int
    places: int  # countries (or the EU) with at least one entry
    sections: list[Section]

    @property
    def entries(self) -> list[Published]:
        return [e for s in self.sections for g in s.groups for e in g.entries]


def _published(entry: Entry, owner: Delegate | None) -> Published:
    p: dict[str, Any] = dict(entry.published or {})
    shared = owner is not None and owner.consent == "direct"
    organisation = p.get("organisation") or (owner.organisation if owner else None)
    return Published(
        id=entry.id,
        kind=entry.kind,
        title=str(p.get("title") or ""),
        description=str(p.get("description") or ""),
        language=str(p.get("language") or entry.language),
        area=str(p.get("area")),
        cooperation_type=str(p.get("cooperation_type")),
        modality=str(p.get("modality")),
        role=p.get("role"),
        time_frame=str(p.get("time_frame")),
        countries=list(p.get("countries") or []),
        target_groups=list(p.get("target_groups") or []),
        financing=p.get("financing"),
        owner_country=p.get("owner_country"),
        actor_kind=p.get("actor_kind"),
        organisation=organisation,
        contact=p.get("contact") if shared or (owner is None and p.get("contact")) else None,
    )


def edition(
    session: Session,
    now: datetime,
    by: str = "area",
    country: str | None = None,
    lang: str = "en",
) -> Edition:
    """The catalogue (of one country's actors, with `country`), grouped `by` area then
    country, or by country then area; countries in the alphabetical order of `lang`, the
    entries whose owner gave no country last, under UNKNOWN."""
    if by not in GROUPINGS:
        raise ValueError(by)
    query = select(Entry).where(entries.IN_CATALOGUE).order_by(Entry.id)
    if country is not None:
        query = query.where(Entry.owner_country == country)
    items = []
    for entry in session.execute(query).scalars():
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        items.append(_published(entry, owner))
    area_order = {a: n for n, a in enumerate(AREAS)}

    def place(item: Published) -> str:
        code = item.owner_country
        return code if code and countries.is_place(code) else UNKNOWN

    def place_key(code: str) -> tuple[int, str]:
        if code == UNKNOWN:
            return (1, "")
        return (0, countries.fold(countries.name(code, lang)))

    first, second = (
        (lambda e: e.area, place) if by == "area" else (place, lambda e: e.area)
    )  # fmt: skip
    sections: dict[str, dict[str, list[Published]]] = {}
    for item in items:
        sections.setdefault(first(item), {}).setdefault(second(item), []).append(item)

    def order(code: str, is_area: bool) -> tuple[int, str]:
        return (area_order.get(code, 99), "") if is_area else place_key(code)

    built = []
    for key in sorted(sections, key=lambda k: order(k, by == "area")):
        groups = [
            Group(g, sorted(sections[key][g], key=lambda e: (e.kind != "offer", e.id)))
            for g in sorted(sections[key], key=lambda k: order(k, by != "area"))
        ]
        built.append(Section(key, groups))
    return Edition(
        at=now,
        by=by,
        country=country,
        offers=sum(1 for e in items if e.kind == "offer"),
        needs=sum(1 for e in items if e.kind == "need"),
        places=len({e.owner_country for e in items if countries.is_place(e.owner_country)}),
        sections=built,
    )
