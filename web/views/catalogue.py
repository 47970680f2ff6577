"""`/catalogue` (the same search and ranking as the chat's /search, filters, a view per
country or per area) and `/entries/<id>` (an entry whole: its owner, history, matches with
their reasons, connections; the secretariat corrects fields or withdraws it)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from markupsafe import Markup

from catalogue import (
    connections,
    countries,
    delegates,
    entries,
    lists,
    matches,
    meetings,
    review,
    searches,
    stats,
)
from catalogue.taxonomy import (
    AREAS,
    COOPERATION_TYPES,
    LANGUAGES,
    MODALITIES,
    TARGET_GROUPS,
    TIME_FRAMES,
    TRIANGULAR_ROLES,
    UNKNOWN,
)
from presentation.render import affiliation, place_name, places, score_text, why
from storage.models import Entry
from storage.rights import Action
from web.http import Download, Page, Redirect, Refused, Req
from web.views import listing

SHOWN = 200  # ranked results of a search in words, shown a page at a time


def _filters(req: Req) -> dict[str, str]:
    return {
        name: req.arg(name)
        for name, allowed in searches.FILTERS.items()
        if req.arg(name) in allowed
    }


def _entry_filter(req: Req, chosen: dict[str, str]) -> lists.EntryFilter:
    mode = req.arg("where")
    return lists.EntryFilter(
        status=req.arg("status") if req.arg("status") in entries.STATUSES else None,
        kind=chosen.get("kind"),
        area=chosen.get("area"),
        modality=chosen.get("modality"),
        actor_kind=chosen.get("actor_kind"),
        language=req.arg("language") if req.arg("language") in LANGUAGES else None,
        country=chosen.get("country"),
        country_mode=mode if mode in lists.COUNTRY_MODES else "either",
    )


def page(req: Req) -> Page | Download:
    chosen = _filters(req)
    query = " ".join(req.arg("q").split())[: searches.QUERY_MAX]
    by = req.arg("by") if req.arg("by") in ("area", "country") else None
    problem = None
    if by:
        groups = _grouped(req, by)
        found: lists.Found[Any] = lists.Found([], 0, 1, 1, "", False)
        return Page("catalogue.html", _values(req, chosen, query, by, found, None, groups))
    window = listing.window(req)
    if query:
        problem = searches.problem(query)
        ranked: list[tuple[Entry, Any]] = []
        if problem is None:
            hits = matches.index_of(req.session).search(req.session, query, chosen, top=SHOWN)
            for m in hits.matches:
                entry = req.session.get(Entry, int(m.id))
                if entry is not None and entry.published:
                    ranked.append((entry, m))
        pages = max(1, -(-len(ranked) // window.size))
        number = min(window.page, pages)
        shown = ranked[(number - 1) * window.size : number * window.size]
        found = lists.Found(shown, len(ranked), number, pages, "rank", False, window.size)
        if listing.wants_csv(req):
            return _csv(req, [e for e, _ in ranked])
    else:
        where = _entry_filter(req, chosen)
        if listing.wants_csv(req):
            everything = lists.catalogue_entries(req.session, where, window, everything=True)
            return _csv(req, everything.rows)
        listed = lists.catalogue_entries(req.session, where, window)
        found = lists.Found(
            [(e, None) for e in listed.rows], listed.total, listed.page, listed.pages,
            listed.sort, listed.descending, listed.size,
        )  # fmt: skip
    return Page("catalogue.html", _values(req, chosen, query, by, found, problem, []))


def shown_fields(e: Entry) -> dict[str, Any]:
    """What the lists show of an entry: its catalogue version if it has one."""
    return e.published if e.published else {
        "title": e.title, "area": e.area, "owner_country": e.owner_country,
    }  # fmt: skip


def _csv(req: Req, rows: list[Entry]) -> Download:
    header = [req.label(k) for k in ("web-id", "entry-field-title", "web-filter-kind",
              "web-filter-area", "web-owner-country", "web-covered", "web-status",
              "web-filter-language", "web-organisation")]  # fmt: skip

    def cells(e: Entry) -> list[Any]:
        shown = shown_fields(e)
        return [
            e.id, shown.get("title"), req.label(f"kind-{e.kind}"),
            req.label(f"area-short-{shown.get('area')}"),
            place_name(shown["owner_country"], req.lang) if shown.get("owner_country") else "",
            ", ".join(place_name(c, req.lang) for c in e.countries or []),
            req.label(f"status-{e.status}"), e.language, e.organisation or "",
        ]  # fmt: skip

    return listing.csv_download("catalogue", header, rows, cells)


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
    found: lists.Found[Any],
    problem: str | None,
    groups: list[Any],
) -> dict[str, Any]:
    return {
        **listing.values(req, found),
        "chosen": chosen,
        "status": req.arg("status") if req.arg("status") in entries.STATUSES else "",
        "language": req.arg("language") if req.arg("language") in LANGUAGES else "",
        "where": req.arg("where") if req.arg("where") in lists.COUNTRY_MODES else "either",
        "query": query,
        "by": by,
        "rows": found.rows,
        "problem": problem,
        "groups": groups,
        "shown": shown_fields,
        "why": lambda match: Markup(why(req.lang, match.reasons)) if match else "",
        "country_name": lambda c: place_name(c, req.lang) if c else "—",
        "FILTERS": searches.FILTERS,
        "STATUSES": entries.STATUSES,
        "COUNTRY_MODES": lists.COUNTRY_MODES,
        "countries": countries.sorted_codes(
            dict.fromkeys((*countries.OAS_MEMBERS, *countries.OAS_OBSERVERS,
                           countries.EUROPEAN_UNION)),
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
    actors = {ev.actor_id: req.actor(ev.actor_id) for ev in history
              if ev.actor_id}  # fmt: skip
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
            "next_id": lists.next_in_queue(req.session, e.id) if req.has("secretariat") else None,
            "counterparts": counterparts,
            "since": entries.listed_since(req.session, e.id) if e.published else None,
            "connections": connections.listing(req.session, entry_id=e.id) if people else [],
            "meeting_figures": meetings.counts_of(
                [r.meeting for r in meetings.listing(req.session, entry_id=e.id, limit=10_000)]
            ),
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


def correct(req: Req) -> Page | Redirect:
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
        return entry(req)  # the corrections typed stay in the form to be put right
    except (review.NotFound, review.NotAllowed) as exc:
        raise Refused(404, "web-not-found") from exc
    req.told += done.told
    req.flash.append(("ok", req.t("web-corrected", id=e.id)))
    if not done.told:  # blocked the bot, or forgotten: the flash says so
        req.flash.append(("warn", req.t("web-owner-unreachable")))
    return Redirect(f"/entries/{e.id}")


def withdraw(req: Req) -> Redirect:
    e = _entry_or_404(req)
    try:
        done = review.withdraw(req.session, req.user_id, e.id, req.one("reason"), req.now)
    except review.ReasonNeeded as exc:  # the core's rule, as in the chat: never cut
        req.flash.append(("bad", req.t(exc.key, **exc.values)))
        return Redirect(f"/entries/{e.id}")
    except (review.NotFound, review.NotAllowed) as exc:
        raise Refused(404, "web-not-found") from exc
    req.told += done.told
    req.flash.append(("ok", req.t("web-withdrawn", id=e.id)))
    if not done.told:
        req.flash.append(("warn", req.t("web-owner-unreachable")))
    return Redirect(f"/entries/{e.id}")
