"""`/catalogue` (the same search and ranking as the chat's /search, filters, a view per
country or per area) and `/entries/<id>` (an entry whole: its owner, history, matches with
their reasons, connections; the secretariat corrects fields or withdraws it)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from markupsafe import Markup

from catalogue import connections, countries, delegates, entries, matches, review, searches, stats
from catalogue.taxonomy import (
    AREAS,
    COOPERATION_TYPES,
    MODALITIES,
    TARGET_GROUPS,
    TIME_FRAMES,
    TRIANGULAR_ROLES,
    UNKNOWN,
)
from presentation.render import affiliation, place_name, places, score_text, why
from storage.models import Entry
from storage.rights import Action
from web.http import Page, Refused, Req

SHOWN = 100


def _filters(req: Req) -> dict[str, str]:
    return {
        name: req.arg(name)
        for name, allowed in searches.FILTERS.items()
        if req.arg(name) in allowed
    }


def page(req: Req) -> Page:
    chosen = _filters(req)
    query = " ".join(req.arg("q").split())[: searches.QUERY_MAX]
    by = req.arg("by") if req.arg("by") in ("area", "country") else None
    rows: list[tuple[Entry, Any]] = []
    problem = None
    if by:
        groups = _grouped(req, by)
        return Page("catalogue.html", _values(req, chosen, query, by, rows, None, groups))
    if query:
        problem = searches.problem(query)
    if query and problem is None:
        found = matches.index_of(req.session).search(req.session, query, chosen, top=SHOWN)
        for m in found.matches:
            entry = req.session.get(Entry, int(m.id))
            if entry is not None and entry.published:
                rows.append((entry, m))
    elif not query:
        rows = [(entry, None) for entry in searches.newest(req.session, chosen, SHOWN)]
    return Page("catalogue.html", _values(req, chosen, query, by, rows, problem, []))


def _grouped(req: Req, by: str) -> list[tuple[str, str, int, int]]:
    """(code, name, offers, needs) of approved entries per area or per owner country."""
    counts = stats.approved_by(req.session, "area" if by == "area" else "owner_country")
    if by == "area":
        return [(a, req.label(f"area-{a}"), *_pair(counts.get(a))) for a in AREAS]
    named = [(c, place_name(c, req.lang), *_pair(n)) for c, n in counts.items()]
    # countries in the reader's alphabetical order, "no country given" last
    return sorted(named, key=lambda row: (row[0] == UNKNOWN, countries.fold(row[1])))


def _pair(counts: dict[str, int] | None) -> tuple[int, int]:
    return (counts or {}).get("offer", 0), (counts or {}).get("need", 0)


def _values(
    req: Req,
    chosen: dict[str, str],
    query: str,
    by: str | None,
    rows: list[tuple[Entry, Any]],
    problem: str | None,
    groups: list[Any],
) -> dict[str, Any]:
    return {
        "chosen": chosen,
        "query": query,
        "by": by,
        "rows": rows,
        "problem": problem,
        "groups": groups,
        "why": lambda match: Markup(why(req.lang, match.reasons)) if match else "",
        "country_name": lambda c: place_name(c, req.lang),
        "FILTERS": searches.FILTERS,
        "countries": countries.sorted_codes(
            [c for c in searches.FILTERS["country"] if c in countries.OAS_MEMBERS]
            + [c for c in countries.OAS_OBSERVERS],
            req.lang,
        ),
        "LABELS": {"kind": "kind", "area": "area-short", "modality": "modality",
                   "actor_kind": "actor", "target_group": "group"},
    }  # fmt: skip


def _entry_or_404(req: Req) -> Entry:
    entry = req.session.get(Entry, req.path_id())
    if entry is None:
        raise Refused(404, "web-not-found")
    return entry


def entry(req: Req) -> Page:
    """The whole entry for the secretariat; for an organiser, what the published catalogue
    shows of it (storage.rights: READ_CATALOGUE), and no page for one outside it."""
    e = _entry_or_404(req)
    whole = req.may(Action.READ_SUBMISSIONS)
    if not whole and e.published is None:
        raise Refused(404, "web-not-found")  # not even whether it exists
    people = req.may(Action.READ_PEOPLE)
    shown: Any = e if whole else SimpleNamespace(
        **{**(e.published or {}), "id": e.id, "status": entries.Status.APPROVED,
           "version": e.version}
    )  # fmt: skip
    owner = delegates.get(req.session, e.owner_id) if e.owner_id else None
    history = review.history(req.session, e.id) if whole else []
    actors = {ev.actor_id: delegates.get(req.session, ev.actor_id) for ev in history if ev.actor_id}
    counterparts = []
    for m in matches.index_of(req.session).counterparts_of(req.session, e.id):
        other = req.session.get(Entry, int(m.id))
        if other is not None and other.published:
            counterparts.append((other, m))
    return Page(
        "entry.html",
        {
            "e": shown,
            "whole": whole,
            "people": people,
            "owner": owner if people else None,
            "affiliation": affiliation(req.lang, e.published or {}, owner),
            "history": history,
            "actors": actors,
            "counterparts": counterparts,
            "since": entries.listed_since(req.session, e.id) if e.published else None,
            "connections": connections.listing(req.session, entry_id=e.id) if people else [],
            "places": places(req.lang, list(shown.countries or [])),
            "why": lambda match: Markup(why(req.lang, match.reasons)),
            "score_text": score_text,  # as the chat says it
            "country_name": lambda c: place_name(c, req.lang),
            "reason_label": lambda r: (
                req.label(f"reason-{r.removeprefix('preset:')}") if r and r.startswith("preset:")
                else r
            ),
            "CHOICES": {
                "area": ("area", AREAS),
                "cooperation_type": ("type", COOPERATION_TYPES),
                "modality": ("modality", MODALITIES),
                "role": ("role", TRIANGULAR_ROLES),
                "time_frame": ("timeframe", TIME_FRAMES),
            },
            "TARGET_GROUPS": TARGET_GROUPS,
            "REASONS": entries.REJECT_REASONS,
        },
    )  # fmt: skip


def correct(req: Req) -> Page:
    e = _entry_or_404(req)
    values: dict[str, Any] = {
        f: req.one(f) for f in ("title", "description", "area", "cooperation_type", "modality",
                                 "time_frame")
    }  # fmt: skip
    values["role"] = req.one("role") or None
    values["countries"] = req.one("countries")
    values["target_groups"] = req.many("target_groups")
    try:
        done = review.correct(req.session, req.user_id, e.id, values, req.now)
    except ValueError as exc:
        problems = exc.args[0] if exc.args else []
        for p in problems if isinstance(problems, list) else []:
            field = req.label(f"entry-field-{p.field}")
            req.flash.append(("bad", Markup(f"{field}: ") + req.t(p.key, **p.values)))
        return entry(req)
    except (review.NotFound, review.NotAllowed) as exc:
        raise Refused(404, "web-not-found") from exc
    req.told += done.told
    req.flash.append(("ok", req.t("web-corrected", id=e.id)))
    return entry(req)


def withdraw(req: Req) -> Page:
    e = _entry_or_404(req)
    try:
        done = review.withdraw(req.session, req.user_id, e.id, req.one("reason"), req.now)
    except review.ReasonNeeded as exc:  # the core's rule, as in the chat: never cut
        raise Refused(400, exc.key, **exc.values) from exc
    except (review.NotFound, review.NotAllowed) as exc:
        raise Refused(404, "web-not-found") from exc
    req.told += done.told
    req.flash.append(("ok", req.t("web-withdrawn", id=e.id)))
    return entry(req)
