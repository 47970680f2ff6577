"""`/broadcasts`: compose in the four languages, choose who receives it, see how many, send
now or at a time, follow the progress, cancel one in progress: scheduler.broadcasts, the
same durable, exactly-once delivery as a chat broadcast."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup
from sqlalchemy import select

from catalogue import countries, roles
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGES
from richtext import text_problem
from scheduler import agenda_store, broadcasts
from storage.models import Broadcast
from web.http import Page, Refused, Req


def _audience(req: Req) -> dict[str, Any]:
    kind = req.one("audience", "all")
    if kind not in broadcasts.AUDIENCES:
        raise Refused(400, "web-bad-input")
    value: str | None = req.one(f"value_{kind}") or None
    allowed: dict[str, tuple[str, ...]] = {
        "role": roles.GRANTABLE,
        "kind": ACTOR_KINDS,
        "language": LANGUAGES,
        "country": (*countries.world(), countries.EUROPEAN_UNION),
    }
    if kind in allowed and value not in allowed[kind]:
        raise Refused(400, "web-audience-value")
    if kind == "session" and not value:
        raise Refused(400, "web-audience-value")
    return {"type": kind, "value": value if kind not in ("all", "verified") else None}


def page(req: Req, draft: dict[str, Any] | None = None, count: int | None = None) -> Page:
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    rows = req.session.execute(select(Broadcast).order_by(Broadcast.id.desc()).limit(30)).scalars()
    listed = [(b, broadcasts.progress(req.session, b.id)) for b in rows]
    return Page(
        "broadcasts.html",
        {
            "listed": listed,
            "draft": draft or {},
            "count": count,
            "zone": agenda.timezone,
            "sessions": [
                (s.id, s.text("title", req.lang, agenda.default_language))
                for s in agenda.sessions
                if s.kind != "break"
            ],
            "AUDIENCES": broadcasts.AUDIENCES,
            "GRANTABLE": roles.GRANTABLE,
            "ACTOR_KINDS": ACTOR_KINDS,
            "countries": countries.sorted_codes(countries.OAS_MEMBERS, req.lang),
            "country_name": lambda c: countries.name(c, req.lang),
            "audience_text": lambda a: _audience_text(req, a),
        },
    )


def _audience_text(req: Req, audience: dict[str, Any]) -> str:
    kind, value = audience.get("type", "all"), audience.get("value")
    text = req.label(f"audience-{kind}")
    if kind == "role" and value:
        text += f": {req.label(f'role-{value}')}"
    elif kind == "kind" and value:
        text += f": {req.label(f'actor-{value}')}"
    elif kind == "country" and value:
        text += f": {countries.name(str(value), req.lang)}"
    elif value:
        text += f": {value}"
    return text


def send(req: Req) -> Page:
    texts = {lang: req.one(f"text_{lang}") for lang in LANGUAGES if req.one(f"text_{lang}")}
    draft: dict[str, Any] = {f"text_{k}": v for k, v in texts.items()}
    draft.update(audience=req.one("audience", "all"), at=req.one("at"))
    draft.update({k: v[0] for k, v in req.form.items() if k.startswith("value_") and v})
    if not texts:
        req.flash.append(("bad", req.t("web-broadcast-no-text")))
        return page(req, draft)
    for lang, text in texts.items():
        problem = text_problem(text)
        if problem:
            name = Markup(f"{lang.upper()}: ")
            req.flash.append(("bad", name + req.t(problem[0], **problem[1])))
            return page(req, draft)
    audience = _audience(req)
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    lead = req.console.reminder_lead
    if req.one("go") != "send":  # "how many?": count only, change nothing
        count = len(broadcasts.recipients(req.session, audience, agenda, lead))
        return page(req, draft, count)
    at = None
    if req.one("at"):
        try:
            local = datetime.fromisoformat(req.one("at"))
        except ValueError as exc:
            raise Refused(400, "web-bad-time") from exc
        at = local.replace(tzinfo=ZoneInfo(agenda.timezone)) if local.tzinfo is None else local
    default = req.lang if req.lang in texts else next(iter(texts))
    try:
        b = broadcasts.create(
            req.session, req.user_id, texts, default, audience, at, req.now, agenda, lead
        )
    except broadcasts.BroadcastRefused as refused:  # the core's rules, the chat's too
        where = Markup(f"{refused.language.upper()}: ") if refused.language else Markup("")
        req.flash.append(("bad", where + req.t(refused.key, **refused.values)))
        return page(req, draft)
    key = "web-broadcast-scheduled" if at else "web-broadcast-started"
    req.flash.append(("ok", req.t(key, id=b.id, count=b.recipients)))
    return page(req)


def cancel(req: Req) -> Page:
    broadcast_id = int(req.match["id"])
    if broadcasts.cancel(req.session, broadcast_id, req.now, by=req.user_id):
        req.flash.append(("ok", req.t("broadcast-cancelled", id=broadcast_id)))
    else:
        req.flash.append(("warn", req.t("broadcast-cannot-cancel")))
    return page(req)
