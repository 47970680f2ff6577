"""`/broadcasts`: compose in the four languages (Telegram HTML, or a small Markdown-like
writing turned into it), choose who receives it (one of the chat's audiences, or criteria
that combine: any of several countries AND languages AND kinds of actor), see each
language version as delegates will and how many receive it, confirm with the time in the
organiser's zone and in UTC; follow the progress, cancel one in progress.
scheduler.broadcasts makes it: the same durable, exactly-once delivery as the chat's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from markupsafe import Markup

from catalogue import countries, lists, roles
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGES
from presentation.render import audience_text, moment_text
from richtext import from_markdown, preview
from scheduler import agenda_store, broadcasts
from web.http import Download, Page, Redirect, Req
from web.views import listing

FORMATS = ("markdown", "html")


def _audience(req: Req) -> broadcasts.Audience:
    """The form's audience, checked by the core (the chat builds the same)."""
    kind = req.one("audience", "all")
    if kind == broadcasts.COMBINED:
        return broadcasts.combined(
            {"country": req.many("c_country"), "language": req.many("c_language"),
             "kind": req.many("c_kind")}
        )  # fmt: skip
    value = req.one(f"value_{kind}") if kind in broadcasts.WITH_VALUE else None
    return broadcasts.Audience(type=kind, value=value or None)


def _texts(req: Req) -> dict[str, str]:
    """Each language's text as Telegram HTML (written so, or turned into it)."""
    typed = {lang: req.one(f"text_{lang}") for lang in LANGUAGES if req.one(f"text_{lang}")}
    if req.one("format", "html") == "markdown":
        return {lang: from_markdown(text) for lang, text in typed.items()}
    return typed


def _draft_values(req: Req) -> dict[str, Any]:
    """What was typed and chosen, to show the form again as it was."""
    draft: dict[str, Any] = {f"text_{k}": req.one(f"text_{k}") for k in LANGUAGES}
    draft.update(audience=req.one("audience", "all"), at=req.one("at"),
                 format=req.one("format", "markdown"))  # fmt: skip
    draft.update({k: v[0] for k, v in req.form.items() if k.startswith("value_") and v})
    for name in ("c_country", "c_language", "c_kind"):
        draft[name] = req.many(name)
    return draft


def _countries(req: Req) -> list[str]:
    """Member states, observers and the European Union, in the reader's order."""
    return countries.sorted_codes(
        dict.fromkeys((*countries.OAS_MEMBERS, *countries.OAS_OBSERVERS,
                       countries.EUROPEAN_UNION)), req.lang)  # fmt: skip


def page(req: Req, draft: dict[str, Any] | None = None) -> Page | Download:
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    zone = broadcasts.zone_of(req.session, req.user_id, agenda)
    status = req.arg("status") if req.arg("status") in lists.BROADCAST_STATUSES else None
    window = listing.window(req)
    found = lists.broadcast_list(req.session, status, window)

    def audience(a: dict[str, Any]) -> Markup:
        return Markup(audience_text(req.lang, broadcasts.Audience.model_validate(a), agenda))

    if listing.wants_csv(req):
        rows = lists.broadcast_list(req.session, status, window, everything=True).rows
        header = [req.label(k) for k in ("web-id", "web-state", "web-audience", "web-time",
                                         "web-sent")]  # fmt: skip
        return listing.csv_download("broadcasts", header, rows, lambda b: [
            b.id, req.label(f"web-bstatus-{b.status}"), Markup(audience(b.audience)).striptags(),
            moment_text(b.scheduled_at, req.lang, zone), b.recipients,
        ])  # fmt: skip
    return Page(
        "broadcasts.html",
        {
            **listing.values(req, found),
            "listed": [(b, broadcasts.progress(req.session, b.id)) for b in found.rows],
            "chosen": {"status": status or ""},
            "STATUSES": lists.BROADCAST_STATUSES,
            "draft": draft or {"format": "markdown"},
            "zone": zone,
            "sessions": [
                (s.id, s.text("title", req.lang, agenda.default_language))
                for s in agenda.sessions
                if s.kind != "break"
            ],
            "AUDIENCES": broadcasts.AUDIENCES,
            "COMBINED": broadcasts.COMBINED,
            "GRANTABLE": roles.GRANTABLE,
            "ACTOR_KINDS": ACTOR_KINDS,
            "countries": _countries(req),
            "country_name": lambda c: countries.name(c, req.lang),
            "audience_text": audience,
        },
    )


def send(req: Req) -> Page | Redirect | Download:
    """ "Preview" (or "how many?"): each version as delegates will read it, the count and
    the time, to confirm; nothing is stored. "Send": made, then back to the list."""
    texts = _texts(req)
    draft = _draft_values(req)
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    lead = req.console.reminder_lead
    zone = broadcasts.zone_of(req.session, req.user_id, agenda)
    try:  # every rule is the core's (scheduler.broadcasts), the chat's too
        audience = _audience(req)
        at = broadcasts.read_time(req.one("at"), zone, req.now) if req.one("at") else None
        language = req.lang if req.lang in texts else next(iter(texts), req.lang)
        made = broadcasts.Draft(texts=texts, language=language, audience=audience, at=at)
        if req.one("go") in ("count", "preview"):
            count = broadcasts.check_reaches(req.session, audience, agenda, lead)
            return _confirm(req, draft, made, count, zone)
        if req.one("go") == "edit":
            return page(req, draft)
        b = broadcasts.create(req.session, req.user_id, made, req.now, agenda, lead)
    except broadcasts.BroadcastRefused as refused:
        where = Markup(f"{refused.language.upper()}: ") if refused.language else Markup("")
        req.flash.append(("bad", where + req.t(refused.key, **refused.values)))
        return page(req, draft)
    key = "web-broadcast-scheduled" if at else "web-broadcast-started"
    req.flash.append(("ok", req.t(key, id=b.id, count=b.recipients)))
    return Redirect("/broadcasts")


def _confirm(
    req: Req, draft: dict[str, Any], made: broadcasts.Draft, count: int, zone: str
) -> Page:
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    when: datetime = made.at or req.now
    return Page(
        "broadcast_confirm.html",
        {
            "draft": draft,
            "count": count,
            "previews": [(lang, Markup(preview(text))) for lang, text in made.texts.items()],
            "scheduled": made.at is not None,
            "local": moment_text(when, req.lang, zone),
            "utc": moment_text(when, req.lang),
            "zone": zone,
            "audience": Markup(audience_text(req.lang, made.audience, agenda)),
            "fields": [(k, v) for k, v in draft.items() if isinstance(v, str) and v],
            "many": [(k, v) for k, vs in draft.items() if isinstance(vs, list) for v in vs],
        },
    )


def cancel(req: Req) -> Redirect:
    broadcast_id = req.path_id()
    if broadcasts.cancel(req.session, broadcast_id, req.now, by=req.user_id):
        req.flash.append(("ok", req.t("broadcast-cancelled", id=broadcast_id)))
    else:
        req.flash.append(("warn", req.t("broadcast-cannot-cancel")))
    return Redirect("/broadcasts")
