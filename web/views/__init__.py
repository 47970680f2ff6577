"""The console's pages, each a function of a request (web.http.Req) that calls the core's
services and returns a page, a redirect or a download; here they get their URLs (a
contract: see the README) and the roles that may open them."""

from __future__ import annotations

from storage.rights import RIGHTS, Action
from web.http import Router
from web.views import (
    agenda,
    broadcasts,
    catalogue,
    exports,
    figures,
    meetings,
    overview,
    people,
    review,
    signin,
)


def register(router: Router) -> None:
    router.app.add_routes(signin.routes(router.console))
    add = router.add
    add("GET", "/", overview.page, RIGHTS[Action.FIGURES])
    add("GET", "/review", review.page, RIGHTS[Action.REVIEW])
    add("POST", "/review", review.decide, RIGHTS[Action.REVIEW])
    add("GET", "/catalogue", catalogue.page, RIGHTS[Action.READ_CATALOGUE])
    # an organiser reads the published version only (web.views.catalogue.entry)
    add("GET", "/entries/{id:[0-9]+}", catalogue.entry, RIGHTS[Action.READ_CATALOGUE])
    add("POST", "/entries/{id:[0-9]+}/decide", review.decide_one, RIGHTS[Action.REVIEW])
    add("POST", "/entries/{id:[0-9]+}/correct", catalogue.correct, RIGHTS[Action.REVIEW])
    add("POST", "/entries/{id:[0-9]+}/withdraw", catalogue.withdraw, RIGHTS[Action.REVIEW])
    add("GET", "/delegates", people.delegates_page, RIGHTS[Action.READ_PEOPLE])
    add("POST", "/delegates", people.act, RIGHTS[Action.VERIFY])
    add("GET", "/connections", people.connections_page, RIGHTS[Action.READ_PEOPLE])
    add("POST", "/connections", people.partnership_act, RIGHTS[Action.BROKER])
    # heavy pages (charts, whole documents) share one thread of their own
    add("GET", "/figures", figures.page, RIGHTS[Action.FIGURES], heavy=True)
    add("GET", "/meetings", meetings.page, RIGHTS[Action.FIGURES])
    add("GET", "/agenda", agenda.page, RIGHTS[Action.AGENDA])
    add("POST", "/agenda", agenda.upload, RIGHTS[Action.AGENDA])
    add("POST", "/agenda/apply", agenda.apply, RIGHTS[Action.AGENDA])
    add("GET", "/broadcasts", broadcasts.page, RIGHTS[Action.BROADCAST])
    add("POST", "/broadcasts", broadcasts.send, RIGHTS[Action.BROADCAST])
    add("POST", "/broadcasts/{id:[0-9]+}/cancel", broadcasts.cancel, RIGHTS[Action.BROADCAST])
    add("GET", "/exports", exports.page, RIGHTS[Action.EXPORT])
    add("GET", "/exports/catalogue.{fmt:xlsx|csv|json}", exports.download, RIGHTS[Action.EXPORT],
        heavy=True)  # fmt: skip
    add("GET", "/exports/published.{fmt:html|pdf}", exports.published, RIGHTS[Action.EXPORT],
        heavy=True)  # fmt: skip
    add("POST", "/exports/documents", exports.start_document, RIGHTS[Action.EXPORT])
    add(
        "GET",
        "/exports/documents/{job:[A-Za-z0-9_-]+}",
        exports.document_page,
        RIGHTS[Action.EXPORT],
    )
    add(
        "GET",
        "/exports/documents/{job:[A-Za-z0-9_-]+}/file",
        exports.document_file,
        RIGHTS[Action.EXPORT],
    )
