"""`/broadcasts`: compose in the four languages, choose who receives it, see how many, send
now or at a time, follow the progress, cancel one in progress: scheduler.broadcasts, the
same durable, exactly-once delivery as a chat broadcast."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup
from sqlalchemy import select

from catalogue import countries, roles
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGES
from presentation.render import audience_text
from scheduler import agenda_store, broadcasts
from storage.models import Broadcast
from web.http import Page, Req


def _audience(req: Req) -> broadcasts.Audience:
    """The form's audience, checked by the core (the chat builds the same)."""
    kind = req.one("audience", "all")
    value = req.one(f"value_{kind}") if kind in broadcasts.WITH_VALUE else None
    return broadcasts.Audience(type=kind, value=value or None)


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
            "zone": broadcasts.zone_of(req.session, req.user_id, agenda),
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
            "audience_text": lambda a: Markup(  # escaped by audience_text
                audience_text(req.lang, broadcasts.Audience.model_validate(a), agenda)
            ),
        },
    )


def send(req: Req) -> Page:
    texts = {lang: req.one(f"text_{lang}") for lang in LANGUAGES if req.one(f"text_{lang}")}
    draft: dict[str, Any] = {f"text_{k}": v for k, v in texts.items()}
    draft.update(audience=req.one("audience", "all"), at=req.one("at"))
    draft.update({k: v[0] for k, v in req.form.items() if k.startswith("value_") and v})
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    lead = req.console.reminder_lead
    try:  # every rule is the core's (scheduler.broadcasts), the chat's too
        audience = _audience(req)
        if req.one("go") != "send":  # "how many?": count only, change nothing
            count = len(broadcasts.recipients(req.session, audience, agenda, lead))
            return page(req, draft, count)
        zone = broadcasts.zone_of(req.session, req.user_id, agenda)
        at = broadcasts.read_time(req.one("at"), zone, req.now) if req.one("at") else None
        language = req.lang if req.lang in texts else next(iter(texts), req.lang)
        b = broadcasts.create(
            req.session,
            req.user_id,
            broadcasts.Draft(texts=texts, language=language, audience=audience, at=at),
            req.now,
            agenda,
            lead,
        )
    except broadcasts.BroadcastRefused as refused:
        where = Markup(f"{refused.language.upper()}: ") if refused.language else Markup("")
        req.flash.append(("bad", where + req.t(refused.key, **refused.values)))
        return page(req, draft)
    key = "web-broadcast-scheduled" if at else "web-broadcast-started"
    req.flash.append(("ok", req.t(key, id=b.id, count=b.recipients)))
    return page(req)


def cancel(req: Req) -> Page:
    broadcast_id = req.path_id()
    if broadcasts.cancel(req.session, broadcast_id, req.now, by=req.user_id):
        req.flash.append(("ok", req.t("broadcast-cancelled", id=broadcast_id)))
    else:
        req.flash.append(("warn", req.t("broadcast-cannot-cancel")))
    return page(req)
