"""/search: the query (typed after the command or asked for), and result pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.dialogs.engine import Accepted, Finished, Outcome, Prompt, Rejected, StepContext
from bot.i18n import label, t
from bot.render import affiliation, why
from bot.screens import Button
from catalogue import delegates, entries, searches
from catalogue.matches import CatalogueIndex, Found
from catalogue.taxonomy import AREAS
from storage.models import SavedSearch

NAME = "search"
PAGE = 5


def new_search(
    session: Session,
    catalogue: CatalogueIndex,
    user_id: int,
    lang: str,
    query: str,
    now: datetime,
) -> tuple[str, list[list[Button]]]:
    """Store the query (buttons refer to it by id) and render the first page."""
    saved = searches.save(session, user_id, query, now)
    found = catalogue.search(session, saved.query, top=50)
    return results_page(session, lang, saved, found, 0, "-", "-")


def results_page(
    session: Session,
    lang: str,
    saved: SavedSearch,
    found: Found,
    page: int,
    kind: str,
    area: str,
) -> tuple[str, list[list[Button]]]:
    """A page of results, each with how sure it is and why; the searcher's own entries
    are marked as theirs, and a corrected typo is said."""
    matches = found.matches
    query = found.corrected or saved.query
    if not matches:
        return t(lang, "search-empty", query=query), filters(lang, saved.id, kind, area)
    pages = -(-len(matches) // PAGE)
    page = max(0, min(page, pages - 1))
    lines = [t(lang, "search-header", query=query, count=len(matches))]
    if found.corrected:
        lines.append(t(lang, "search-corrected", query=found.corrected, typed=saved.query))
    rows: list[list[Button]] = []
    details = []
    for n, m in enumerate(matches[page * PAGE : (page + 1) * PAGE], page * PAGE + 1):
        entry = entries.published(session, int(m.id))
        if entry is None or entry.published is None:
            continue
        pub = entry.published
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        own = entry.owner_id is not None and entry.owner_id == saved.user_id
        lines.append(
            t(
                lang,
                "search-result",
                n=n,
                title=str(pub.get("title")),
                kind=label(lang, f"kind-{entry.kind}"),
                area=label(lang, f"area-{pub.get('area')}") if pub.get("area") else "—",
                confidence=label(lang, f"confidence-{m.confidence}"),
                who=t(lang, "search-own") if own else affiliation(lang, pub, owner),
                why=why(lang, m.reasons) or "—",
            )
        )
        details.append(Button(f"{n} ℹ️", cb.CATALOGUE.data(cb.Cat.DETAILS, entry.id)))
    rows.append(details)
    nav = []
    if page > 0:
        nav.append(
            Button(
                label(lang, "dialog-previous"),
                cb.SEARCH.data(cb.Search.PAGE, saved.id, page - 1, kind, area),
            )
        )
    if page < pages - 1:
        nav.append(
            Button(
                label(lang, "dialog-next"),
                cb.SEARCH.data(cb.Search.PAGE, saved.id, page + 1, kind, area),
            )
        )
    if nav:
        rows.append(nav)
    rows.extend(filters(lang, saved.id, kind, area))
    return "\n\n".join(lines), rows


def filters(lang: str, search_id: int, kind: str, area: str) -> list[list[Button]]:
    def mark(active: bool, text: str) -> str:
        return ("• " + text) if active else text

    kinds = [
        Button(
            mark(kind == k, label(lang, key)), cb.SEARCH.data(cb.Search.PAGE, search_id, 0, k, area)
        )
        for k, key in (("-", "search-all"), ("offer", "search-offers"), ("need", "search-needs"))
    ]
    areas = [
        Button(
            mark(area == a, label(lang, f"area-short-{a}")),
            cb.SEARCH.data(cb.Search.PAGE, search_id, 0, kind, a),
        )
        for a in AREAS
    ]
    areas.append(
        Button(
            mark(area == "-", label(lang, "search-all-areas")),
            cb.SEARCH.data(cb.Search.PAGE, search_id, 0, kind, "-"),
        )
    )
    return [kinds, areas[:4], areas[4:]]


@dataclass
class QueryStep:
    name: str = "query"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("query"))

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt(t(ctx.lang, "search-ask"))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        problem = searches.problem(text)
        if problem:
            return Rejected(t(ctx.lang, problem))
        return Accepted({"query": text})

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


class SearchDialog:
    name = NAME
    steps: Sequence[Any] = (QueryStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        catalogue: CatalogueIndex = ctx.extras["catalogue"]
        text, rows = new_search(
            session, catalogue, ctx.user_id, ctx.lang, str(ctx.data["query"]), ctx.now
        )
        return Finished(text, rows=rows)
