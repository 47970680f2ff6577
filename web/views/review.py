"""`/review`: the queue with filters, a text search and sorts, the longest waiting first;
decisions one at a time or several at once, through the same service as the chat's
review (catalogue.review.decide). A decision is never preselected; several at once are
shown before they are made ("Reject 12 entries; …") and confirmed; a missing reason is
said beside the form, the ticks and the filters kept."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from babel.dates import format_timedelta

from catalogue import countries, delegates, entries, lists, review
from catalogue.entries import Decision
from catalogue.taxonomy import ACTOR_KINDS, AREAS, LANGUAGES
from storage import ids
from storage.models import Entry
from web.http import Download, Page, Redirect, Refused, Req
from web.views import listing

WAITING = (1, 4, 24, 72)  # "waiting at least" choices, in hours
PREVIEW = 160  # characters of the description shown before "more"
FILTER_NAMES = ("q", "kind", "area", "country", "actor_kind", "language", "waiting")


def _filter(req: Req) -> lists.QueueFilter:
    def pick(name: str, allowed: tuple[str, ...]) -> str | None:
        value = req.arg(name)
        return value if value in allowed else None

    hours = req.arg_number("waiting")
    before = req.now - timedelta(hours=hours) if hours in WAITING else None
    return lists.QueueFilter(
        kind=pick("kind", entries.KINDS),
        area=pick("area", AREAS),
        country=pick("country", (*countries.world(), countries.EUROPEAN_UNION)),
        actor_kind=pick("actor_kind", ACTOR_KINDS),
        language=pick("language", LANGUAGES),
        submitted_before=before,
        text=req.arg("q")[: lists.SEARCH_MAX],
    )


def page(
    req: Req,
    picked: set[int] | None = None,
    problem: Any = None,
    form: dict[str, str] | None = None,
) -> Page | Download:
    where = _filter(req)
    window = listing.window(req)
    if listing.wants_csv(req):
        return _csv(req, lists.queue(req.session, where, window, everything=True).rows)
    found = lists.queue(req.session, where, window)
    rows = found.rows
    owners = lists.people_of(req.session, (e.owner_id for e in rows))
    waiting = {
        e.id: format_timedelta(req.now - e.submitted_at, locale=req.lang, threshold=1.1)
        for e in rows
        if e.submitted_at is not None
    }
    return Page(
        "review.html",
        {
            **listing.values(req, found),
            "rows": rows,
            "total": found.total,
            "owners": owners,
            "waiting": waiting,
            "twins": lists.likely_duplicates(req.session, rows),
            "preview": _preview,
            "picked": picked or set(),
            "problem": problem,
            "form": form or {},
            "chosen": {k: req.arg(k) for k in FILTER_NAMES},
            "countries": countries.sorted_codes(
                dict.fromkeys((*countries.OAS_MEMBERS, *countries.OAS_OBSERVERS,
                               countries.EUROPEAN_UNION)), req.lang),
            "country_name": lambda code: countries.name(code, req.lang) if code else "—",
            "AREAS": AREAS,
            "ACTOR_KINDS": ACTOR_KINDS,
            "KINDS": entries.KINDS,
            "WAITING": WAITING,
            "REASONS": entries.REJECT_REASONS,
        },
    )  # fmt: skip


def _preview(text: str) -> tuple[str, bool]:
    """The description's beginning, and whether there is more of it."""
    flat = " ".join(text.split())
    if len(flat) <= PREVIEW:
        return flat, False
    return flat[:PREVIEW].rsplit(" ", 1)[0] + " …", True


def _csv(req: Req, rows: list[Entry]) -> Download:
    header = [req.label(k) for k in ("web-id", "entry-field-title", "web-filter-kind",
              "web-filter-area", "web-owner-country", "web-filter-actor", "web-filter-language",
              "web-organisation", "web-submitted")]  # fmt: skip

    def cells(e: Entry) -> list[Any]:
        return [
            e.id, e.title, req.label(f"kind-{e.kind}"), req.label(f"area-short-{e.area}"),
            countries.name(e.owner_country, req.lang) if e.owner_country else "",
            req.label(f"actor-{e.actor_kind}") if e.actor_kind else "", e.language,
            e.organisation or "", e.submitted_at.isoformat() if e.submitted_at else "",
        ]  # fmt: skip

    return listing.csv_download("review-queue", header, rows, cells)


def _reason(req: Req, decision: str) -> str | None:
    """The reason the chat asks for too: a preset or a typed text, needed unless approving.
    Raises review.ReasonNeeded (the core's rule, the chat's too)."""
    preset = req.one("preset")
    given = f"preset:{preset}" if preset in entries.REJECT_REASONS else req.one("reason")
    return review.check_reason(decision, given)


def _apply(req: Req, pairs: list[tuple[int, int]], decision: Decision, reason: str | None) -> None:
    """Each decision in its own savepoint: one already decided does not undo the others."""
    done, late = [], []
    unreachable = 0
    for entry_id, version in pairs:
        try:
            with req.session.begin_nested():
                result = review.decide(
                    req.session, req.user_id, entry_id, version, decision, reason, req.now
                )  # fmt: skip
        except review.AlreadyDecided:
            late.append(entry_id)
            continue
        except review.NotAllowed as exc:
            raise Refused(403, "web-forbidden") from exc
        done.append(entry_id)
        req.told += result.told
        owner = delegates.get(req.session, result.entry.owner_id) if result.entry.owner_id else None
        if owner is None or not owner.active:  # blocked the bot, or forgotten: not told
            unreachable += 1
    if done:
        ids = ", ".join(f"#{i}" for i in done)
        req.flash.append(("ok", req.t(f"web-decided-{decision}", count=len(done), ids=ids)))
    if unreachable:
        req.flash.append(("warn", req.t("web-decided-untold", count=unreachable)))
    for entry_id in late:
        last = review.last_decision(req.session, entry_id)
        name = req.actor(last.actor_id) if last else "—"
        action = req.label(f"action-{last.action}") if last else "—"
        req.flash.append(
            ("warn", req.t("web-already-decided", id=entry_id, who=name, decision=action))
        )


def _pairs(values: list[str]) -> list[tuple[int, int]]:
    pairs = []
    for value in values:
        entry_id, _, version = (ids.parse(part) for part in value.partition(":"))
        if entry_id is None or version is None:
            raise Refused(400, "web-bad-input")
        pairs.append((entry_id, version))
    return pairs


def decide(req: Req) -> Page | Redirect | Download:
    """Several entries of the queue at once (the ticked boxes): first what will happen,
    then, confirmed, the decisions; then back to the queue as it was filtered."""
    pairs = _pairs(req.many("pick"))
    picked = {i for i, _ in pairs}
    decision = req.one("decision")
    form = {"decision": decision, "preset": req.one("preset"), "reason": req.one("reason")}
    if not pairs:
        return page(req, picked, req.t("web-nothing-picked"), form)
    if decision not in review.DECISIONS:
        return page(req, picked, req.t("web-decision-needed"), form)
    try:
        reason = _reason(req, decision)
    except review.ReasonNeeded as exc:
        return page(req, picked, req.t(exc.key, **exc.values), form)
    if req.one("confirm") != "yes":
        chosen = [e for e in (req.session.get(Entry, i) for i in sorted(picked)) if e]
        return Page(
            "review_confirm.html",
            {
                "decision": decision,
                "reason": reason,
                "pairs": req.many("pick"),
                "rows": chosen,
                "form": form,
                "back_to": req.back("/review").to,
                "languages": sorted({e.language for e in chosen}),
                "reason_label": _reason_label(req),
            },
        )
    _apply(req, pairs, Decision(decision), reason)
    return req.back("/review")


def _reason_label(req: Req) -> Any:
    return lambda r: (
        req.label(f"reason-{r.removeprefix('preset:')}") if r and r.startswith("preset:") else r
    )


def decide_one(req: Req) -> Redirect:
    """One entry, from its page: back to it, where "next in queue" waits."""
    entry_id = req.path_id()
    version = req.form_id("version")
    if version is None:
        raise Refused(400, "web-bad-input")
    decision = req.one("decision")
    if decision not in review.DECISIONS:
        req.flash.append(("bad", req.t("web-decision-needed")))
        return Redirect(f"/entries/{entry_id}")
    try:
        reason = _reason(req, decision)
    except review.ReasonNeeded as exc:
        req.flash.append(("bad", req.t(exc.key, **exc.values)))
        return Redirect(f"/entries/{entry_id}")
    _apply(req, [(entry_id, version)], Decision(decision), reason)
    return Redirect(f"/entries/{entry_id}")
