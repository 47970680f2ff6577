"""/search: the query (typed after the command or asked for), and result pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.dialogs.engine import Accepted, Finished, Outcome, Prompt, Rejected, StepContext
from bot.screens import Button
from catalogue import countries, delegates, entries, matches, searches
from catalogue.matches import Found
from presentation.i18n import label, t
from presentation.render import affiliation, why
from storage.models import SavedSearch

NAME = "search"
PAGE = 5


def new_search(
    session: Session,
    user_id: int,
    lang: str,
    query: str,
    now: datetime,
) -> tuple[str, list[list[Button]]]:
    """Store the query (buttons refer to it by id) and render the first page."""
    saved = searches.save(session, user_id, query, now)
    found = matches.index_of(session).search(session, saved.query, top=50, searcher=user_id)
    return results_page(session, lang, saved, found, 0)


# How each filter's values are labelled in the message catalogues.
LABELS = {
    "kind": "kind",
    "area": "area-short",
    "modality": "modality",
    "actor_kind": "actor",
    "target_group": "group",
}


def value_label(lang: str, name: str, value: str) -> str:
    if name == "country":
        return countries.name(value, lang)
    return label(lang, f"{LABELS[name]}-{value}")


def results_page(
    session: Session,
    lang: str,
    saved: SavedSearch,
    found: Found,
    page: int,
) -> tuple[str, list[list[Button]]]:
    """A page of results (never the searcher's own entries), each with how sure it is and
    why; a corrected typo is said, and so are the filters in use."""
    matches = found.matches
    query = found.corrected or saved.query
    chosen = dict(saved.filters or {})
    narrowed = " · ".join(value_label(lang, n, v) for n, v in chosen.items())
    if not matches:  # nothing to narrow: only what leads somewhere
        text = t(lang, "search-empty", query=query)
        new = Button(label(lang, "search-new"), cb.SEARCH.data(cb.Search.NEW))
        if not narrowed:
            return text, [[new]]
        text += "\n" + t(lang, "search-filters-active", list=narrowed)
        clear = Button(
            label(lang, "search-filters-clear"), cb.SEARCH.data(cb.Search.CLEAR, saved.id)
        )
        return text, [[clear, new]]
    pages = -(-len(matches) // PAGE)
    page = max(0, min(page, pages - 1))
    lines = [t(lang, "search-header", query=query, count=len(matches))]
    if narrowed:
        lines[0] += "\n" + t(lang, "search-filters-active", list=narrowed)
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
        lines.append(
            t(
                lang,
                "search-result",
                n=n,
                title=str(pub.get("title")),
                kind=label(lang, f"kind-{entry.kind}"),
                area=label(lang, f"area-{pub.get('area')}") if pub.get("area") else "—",
                confidence=label(lang, f"confidence-{m.confidence}"),
                who=affiliation(lang, pub, owner),
                why=why(lang, m.reasons) or "—",
            )
        )
        details.append(Button(f"{n} ℹ️", cb.CATALOGUE.data(cb.Cat.DETAILS, entry.id)))
    rows.append(details)
    nav = []
    if page > 0:
        nav.append(
            Button(
                label(lang, "dialog-previous"), cb.SEARCH.data(cb.Search.PAGE, saved.id, page - 1)
            )
        )
    if page < pages - 1:
        nav.append(
            Button(label(lang, "dialog-next"), cb.SEARCH.data(cb.Search.PAGE, saved.id, page + 1))
        )
    if nav:
        rows.append(nav)
    rows.extend(filter_rows(lang, saved))
    return "\n\n".join(lines), rows


def filter_rows(lang: str, saved: SavedSearch) -> list[list[Button]]:
    """One button per filter (marked when in use; it opens that filter's choices), and
    "clear" when any is in use."""
    chosen = saved.filters or {}
    buttons = []
    for name in searches.FILTERS:
        text = label(lang, f"search-filter-{name}")
        if name in chosen:
            text = "• " + value_label(lang, name, chosen[name])
        buttons.append(Button(text, cb.SEARCH.data(cb.Search.MENU, saved.id, name)))
    rows = [buttons[:3], buttons[3:]]
    if chosen:
        rows.append(
            [Button(label(lang, "search-filters-clear"), cb.SEARCH.data(cb.Search.CLEAR, saved.id))]
        )
    return rows


def filter_menu(
    lang: str, saved: SavedSearch, name: str, counts: dict[str, int]
) -> tuple[str, list[list[Button]]]:
    """A filter's choices: "any" first, then each value that would leave results, with
    how many (the one in use marked), and a way back."""
    action = next(a for a, n in cb.SEARCH_FILTERS.items() if n == name)
    current = (saved.filters or {}).get(name)

    def button(value: str, text: str) -> Button:
        mark = "• " if (current or "-") == value else ""
        return Button(mark + text, cb.SEARCH.data(action, saved.id, value))

    choices = [button("-", label(lang, "search-any"))]
    values = [v for v in searches.FILTERS[name] if counts.get(v) or v == current]
    if name == "country":
        values = countries.sorted_codes(values, lang)
    choices += [button(v, f"{value_label(lang, name, v)} ({counts.get(v, 0)})") for v in values]
    columns = 3 if name == "country" else 2
    rows = [choices[i : i + columns] for i in range(0, len(choices), columns)]
    rows.append([Button(label(lang, "dialog-back"), cb.SEARCH.data(cb.Search.PAGE, saved.id, 0))])
    filter_name = label(lang, f"search-filter-{name}")
    return t(lang, "search-filter-choose", query=saved.query, filter=filter_name), rows


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
        text, rows = new_search(session, ctx.user_id, ctx.lang, str(ctx.data["query"]), ctx.now)
        return Finished(text, rows=rows)
