"""`/review`: the queue with filters, oldest first; decisions one at a time or several at
once, through the same service as the chat's review (catalogue.review.decide)."""

from __future__ import annotations

from datetime import timedelta

from babel.dates import format_timedelta

from catalogue import countries, delegates, entries, review
from catalogue.taxonomy import ACTOR_KINDS, AREAS, LANGUAGES
from storage import ids
from web.http import Page, Redirect, Refused, Req
from web.views import catalogue as catalogue_views

PAGE_SIZE = 50
WAITING = (1, 4, 24, 72)  # "waiting at least" choices, in hours


def _filter(req: Req) -> review.QueueFilter:
    def pick(name: str, allowed: tuple[str, ...]) -> str | None:
        value = req.arg(name)
        return value if value in allowed else None

    hours = req.arg_number("waiting")
    before = req.now - timedelta(hours=hours) if hours in WAITING else None
    return review.QueueFilter(
        kind=pick("kind", entries.KINDS),
        area=pick("area", AREAS),
        country=pick("country", (*countries.world(), countries.EUROPEAN_UNION)),
        actor_kind=pick("actor_kind", ACTOR_KINDS),
        language=pick("language", LANGUAGES),
        submitted_before=before,
    )


def page(req: Req) -> Page:
    where = _filter(req)
    number = max(1, req.arg_number("page") or 1)
    rows, total = review.queue(req.session, where, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    owners = {
        e.owner_id: delegates.get(req.session, e.owner_id) for e in rows if e.owner_id is not None
    }
    waiting = {
        e.id: format_timedelta(req.now - e.submitted_at, locale=req.lang, threshold=1.1)
        for e in rows
        if e.submitted_at is not None
    }
    return Page(
        "review.html",
        {
            "rows": rows,
            "total": total,
            "owners": owners,
            "waiting": waiting,
            "page": number,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "chosen": {
                k: req.arg(k)
                for k in ("kind", "area", "country", "actor_kind", "language", "waiting")
            },
            "countries": countries.sorted_codes(countries.OAS_MEMBERS, req.lang),
            "country_name": lambda code: countries.name(code, req.lang) if code else "—",
            "AREAS": AREAS,
            "ACTOR_KINDS": ACTOR_KINDS,
            "KINDS": entries.KINDS,
            "WAITING": WAITING,
            "REASONS": entries.REJECT_REASONS,
        },
    )


def _reason(req: Req, decision: str) -> str | None:
    """The reason the chat asks for too: a preset or a typed text, needed unless approving."""
    preset = req.one("preset")
    given = f"preset:{preset}" if preset in entries.REJECT_REASONS else req.one("reason")
    try:
        return review.check_reason(decision, given)  # the core's rule, the chat's too
    except review.ReasonNeeded as exc:
        raise Refused(400, exc.key, **exc.values) from exc


def _apply(req: Req, pairs: list[tuple[int, int]], decision: str) -> None:
    """Each decision in its own savepoint: one already decided does not undo the others."""
    if decision not in review.DECISIONS:
        raise Refused(400, "web-bad-input")
    reason = _reason(req, decision)
    done, late = [], []
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
    if done:
        ids = ", ".join(f"#{i}" for i in done)
        req.flash.append(("ok", req.t(f"web-decided-{decision}", count=len(done), ids=ids)))
    for entry_id in late:
        last = review.last_decision(req.session, entry_id)
        who = delegates.get(req.session, last.actor_id) if last and last.actor_id else None
        name = (who.full_name if who and who.full_name else str(last.actor_id)) if last else "—"
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


def decide(req: Req) -> Page:
    """Several entries of the queue at once (the ticked boxes)."""
    pairs = _pairs(req.many("pick"))
    if not pairs:
        req.flash.append(("warn", req.t("web-nothing-picked")))
    else:
        _apply(req, pairs, req.one("decision"))
    return page(req)


def decide_one(req: Req) -> Redirect | Page:
    entry_id = req.path_id()
    version = req.form_id("version")
    if version is None:
        raise Refused(400, "web-bad-input")
    _apply(req, [(entry_id, version)], req.one("decision"))
    return catalogue_views.entry(req)
