"""`/delegates` (verification, roles, invitation links, registration progress of the 35
member states) and `/connections` (contact requests and their state)."""

from __future__ import annotations

from catalogue import connections, countries, delegates, partnerships, roles, stats
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGES, TRIANGULAR_ROLES
from presentation.links import invitation_link
from web.http import Page, Refused, Req


def delegates_page(req: Req, invitation: str | None = None) -> Page:
    country = req.arg("country") if countries.is_place(req.arg("country")) else None
    actor = req.arg("actor_kind") if req.arg("actor_kind") in ACTOR_KINDS else None
    language = req.arg("language") if req.arg("language") in LANGUAGES else None
    verified = {"yes": True, "no": False}.get(req.arg("verified"))
    people = delegates.listing(req.session, country, actor, language, verified)
    progress = stats.registration_progress(req.session)
    return Page(
        "delegates.html",
        {
            "people": people,
            "held": {p.user_id: roles.roles_of(req.session, p.user_id) for p in people},
            "progress": sorted(progress, key=lambda s: countries.name(s.code, req.lang)),
            "silent": [s for s in progress if s.delegates and not s.entries],
            "absent": [s for s in progress if not s.delegates],
            "country_name": lambda c: countries.name(c, req.lang) if countries.is_place(c) else "—",
            "chosen": {k: req.arg(k) for k in ("country", "actor_kind", "language", "verified")},
            "countries": countries.sorted_codes(countries.OAS_MEMBERS, req.lang),
            "ACTOR_KINDS": ACTOR_KINDS,
            "GRANTABLE": roles.GRANTABLE,
            "invitation": invitation,
        },
    )


def act(req: Req) -> Page:
    """Verify or unverify, grant or withdraw a role, create an invitation link."""
    action = req.one("action")
    target = req.form_id("user", user=True)
    role = req.one("role")
    if action == "invite" and role in roles.GRANTABLE:
        token = roles.invite(req.session, role, req.user_id, req.now).token
        bot = req.console.bot_username or "your_bot"
        return delegates_page(req, invitation_link(bot, token))
    if target is None:
        raise Refused(400, "web-bad-input")
    if action in ("verify", "unverify"):
        row = delegates.set_verified(req.session, target, action == "verify", req.user_id, req.now)
        if row is None:
            raise Refused(404, "web-not-found")
    elif action == "grant" and role in roles.GRANTABLE:
        roles.grant(req.session, target, role, req.now, by=req.user_id)
    elif action == "revoke" and role in roles.GRANTABLE:
        try:
            roles.revoke(req.session, target, role, req.now, by=req.user_id)
        except roles.NotAllowed as refused:  # the core's rule: not one's own role
            raise Refused(400, "web-not-yourself" if refused.why == "own-role"
                          else "web-forbidden") from refused  # fmt: skip
    else:
        raise Refused(400, "web-bad-input")
    req.flash.append(("ok", req.t("web-done")))
    return delegates_page(req)


def connections_page(req: Req) -> Page:
    rows = connections.listing(req.session, limit=500)
    return Page(
        "connections.html",
        {
            "rows": rows,
            "partnered": partnerships.of_connections(req.session, [c.id for c in rows]),
            "FORWARD": partnerships.FORWARD,
            "FINAL": partnerships.FINAL,
            "REASONS": partnerships.DROP_REASONS,
            "ROLES": TRIANGULAR_ROLES,
        },
    )


def partnership_act(req: Req) -> Page:
    """The secretariat moves a partnership on, drops it, or names its third party."""
    partnership_id = req.form_id("partnership")
    if partnership_id is None:
        raise Refused(400, "web-bad-input")
    try:
        if req.one("action") == "third":
            name, role = req.one("name"), req.one("role")
            changed = partnerships.name_third_party(req.session, req.user_id, partnership_id,
                                                    name, role, req.now)  # fmt: skip
        else:
            stage = req.one("stage")
            reason = req.one("reason") or None
            changed = partnerships.move(req.session, req.user_id, partnership_id, stage, req.now,
                                        reason, req.one("note") or None)  # fmt: skip
    except partnerships.NotAllowed as exc:
        raise Refused(403, "web-forbidden") from exc
    except partnerships.NotPossible:
        req.flash.append(("warn", req.t("web-partnership-not-possible", id=partnership_id)))
        return connections_page(req)
    req.told += changed.told  # the parties hear of it, in their language
    req.flash.append(("ok", req.t("web-done")))
    return connections_page(req)
