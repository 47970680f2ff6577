"""`/delegates` (search, verification, roles, invitation links, registration progress of
the 35 member states) and `/connections` (contact requests and their state). Their lists
are catalogue.lists queries; every action is confirmed first and answers with a redirect
back to the list as it was filtered."""

from __future__ import annotations

from typing import Any

from catalogue import countries, delegates, lists, partnerships, roles, stats
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGES, TRIANGULAR_ROLES
from presentation.links import invitation_link
from storage.models import Delegate
from web.http import Download, Page, Redirect, Refused, Req
from web.views import listing

CONFIRMED = ("verify", "unverify", "grant", "revoke")


def _delegate_filter(req: Req) -> lists.DelegateFilter:
    return lists.DelegateFilter(
        text=req.arg("q")[: lists.SEARCH_MAX],
        country=req.arg("country") if countries.is_place(req.arg("country")) else None,
        actor_kind=req.arg("actor_kind") if req.arg("actor_kind") in ACTOR_KINDS else None,
        language=req.arg("language") if req.arg("language") in LANGUAGES else None,
        verified={"yes": True, "no": False}.get(req.arg("verified")),
    )


def _country(req: Req) -> Any:
    return lambda c: countries.name(c, req.lang) if countries.is_place(c) else "—"


def delegates_page(req: Req) -> Page | Download:
    where = _delegate_filter(req)
    window = listing.window(req)
    if listing.wants_csv(req):
        return _delegates_csv(req, lists.delegates(req.session, where, window, True).rows)
    found = lists.delegates(req.session, where, window)
    people = found.rows
    progress = stats.registration_progress(req.session)
    return Page(
        "delegates.html",
        {
            **listing.values(req, found),
            "people": people,
            "held": lists.roles_held(req.session, (p.user_id for p in people)),
            "progress": sorted(progress, key=lambda s: countries.name(s.code, req.lang)),
            "silent": [s for s in progress if s.delegates and not s.entries],
            "absent": [s for s in progress if not s.delegates],
            "country_name": _country(req),
            "chosen": {k: req.arg(k) for k in ("q", "country", "actor_kind", "language",
                                               "verified")},
            "countries": countries.sorted_codes(
                dict.fromkeys((*countries.OAS_MEMBERS, *countries.OAS_OBSERVERS,
                               countries.EUROPEAN_UNION)), req.lang),
            "ACTOR_KINDS": ACTOR_KINDS,
            "GRANTABLE": roles.GRANTABLE,
            "invitation": req.arg("invitation"),
        },
    )  # fmt: skip


def _delegates_csv(req: Req, rows: list[Delegate]) -> Download:
    header = [
        req.label(k)
        for k in (
            "web-name",
            "web-filter-country",
            "web-filter-actor",
            "web-organisation",
            "web-filter-language",
            "web-verified",
            "web-reachable",
        )
    ]

    def cells(p: Delegate) -> list[Any]:
        return [
            p.full_name or "", countries.name(p.country, req.lang) if p.country else "",
            req.label(f"actor-{p.actor_kind}") if p.actor_kind else "", p.organisation or "",
            p.language, req.label("answer-yes" if p.verified else "answer-no"),
            req.label("answer-yes" if p.active else "answer-no"),
        ]  # fmt: skip

    return listing.csv_download("delegates", header, rows, cells)


def act(req: Req) -> Page | Redirect:
    """Verify or unverify, grant or withdraw a role (each shown first and confirmed),
    create an invitation link; then back to the list as it was."""
    action = req.one("action")
    target = req.form_id("user", user=True)
    role = req.one("role")
    back = req.back("/delegates")
    if action == "invite" and role in roles.GRANTABLE:
        token = roles.invite(req.session, role, req.user_id, req.now).token
        bot = req.console.bot_username or "your_bot"
        req.flash.append(("ok", req.t("web-invitation-made", link=invitation_link(bot, token))))
        return back
    if target is None or action not in CONFIRMED:
        raise Refused(400, "web-bad-input")
    if action in ("grant", "revoke") and role not in roles.GRANTABLE:
        raise Refused(400, "web-bad-input")
    person = delegates.get(req.session, target)
    name = req.one("name")
    if req.one("confirm") != "yes":
        return Page(
            "delegates_confirm.html",
            {
                "action": action,
                "role": role,
                "target": target,
                "person": person,
                "who": roles.staff_name(req.session, target),
                "back_to": back.to,
                "needs_name": action == "grant" and (person is None or not person.full_name),
                "name": name,
            },
        )
    if action in ("verify", "unverify"):
        row = delegates.set_verified(req.session, target, action == "verify", req.user_id, req.now)
        if row is None:
            raise Refused(404, "web-not-found")
        req.flash.append(
            ("ok", req.t(f"web-{action}-done", name=roles.staff_name(req.session, target)))
        )
    elif action == "grant":
        roles.grant(req.session, target, role, req.now, by=req.user_id, name=name or None)
        req.flash.append(
            (
                "ok",
                req.t(
                    "web-grant-done",
                    name=roles.staff_name(req.session, target),
                    role=req.label(f"role-{role}"),
                ),
            )
        )
    else:
        try:
            roles.revoke(req.session, target, role, req.now, by=req.user_id)
        except roles.NotAllowed as refused:  # the core's rule: not one's own role
            raise Refused(400, "web-not-yourself" if refused.why == "own-role"
                          else "web-forbidden") from refused  # fmt: skip
        req.flash.append(
            (
                "ok",
                req.t(
                    "web-revoke-done",
                    name=roles.staff_name(req.session, target),
                    role=req.label(f"role-{role}"),
                ),
            )
        )
    return back


def _connection_filter(req: Req) -> lists.ConnectionFilter:
    return lists.ConnectionFilter(
        status=req.arg("status") if req.arg("status") in lists.CONNECTION_STATUSES else None,
        entry_id=req.arg_number("entry"),
    )


def connections_page(req: Req) -> Page | Download:
    where = _connection_filter(req)
    window = listing.window(req)
    if listing.wants_csv(req):
        rows = lists.connection_list(req.session, where, window, True).rows
        header = [req.label(k) for k in ("web-id", "web-entry", "web-requester", "web-owner",
                                         "web-state", "web-date")]  # fmt: skip
        return listing.csv_download("connections", header, rows, lambda c: [
            c.id, f"#{c.entry_id} {c.title}", c.requester or "", c.owner or "",
            req.label(f"web-connection-{c.status}"), c.created_at.isoformat(),
        ])  # fmt: skip
    found = lists.connection_list(req.session, where, window)
    return Page(
        "connections.html",
        {
            **listing.values(req, found),
            "rows": found.rows,
            "chosen": {"status": req.arg("status"), "entry": req.arg("entry")},
            "STATUSES": lists.CONNECTION_STATUSES,
            "partnered": partnerships.of_connections(req.session, [c.id for c in found.rows]),
            "FORWARD": partnerships.FORWARD,
            "FINAL": partnerships.FINAL,
            "REASONS": partnerships.DROP_REASONS,
            "ROLES": TRIANGULAR_ROLES,
        },
    )


def partnership_act(req: Req) -> Redirect:
    """The secretariat moves a partnership on, drops it, or names its third party."""
    partnership_id = req.form_id("partnership")
    if partnership_id is None:
        raise Refused(400, "web-bad-input")
    back = req.back("/connections")
    try:
        if req.one("action") == "third":
            name, role = req.one("name"), req.one("role")
            changed = partnerships.name_third_party(req.session, req.user_id, partnership_id,
                                                    name, role, req.now)  # fmt: skip
        else:
            stage = req.choice("stage", partnerships.Stage)
            reason = req.choice("reason", partnerships.DropReason) if req.one("reason") else None
            changed = partnerships.move(req.session, req.user_id, partnership_id, stage, req.now,
                                        reason, req.one("note") or None)  # fmt: skip
    except partnerships.NotAllowed as exc:
        raise Refused(403, "web-forbidden") from exc
    except partnerships.NotPossible:
        req.flash.append(("warn", req.t("web-partnership-not-possible", id=partnership_id)))
        return back
    req.told += changed.told  # the parties hear of it, in their language
    req.flash.append(("ok", req.t("web-done")))
    return back
