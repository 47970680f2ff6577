"""The console's pages, each a function of a request (web.http.Req) that calls the core's
services and returns a page, a redirect or a download; here they get their URLs (a
contract: see the README) and the roles that may open them."""

from __future__ import annotations

from web.http import ORGANISERS, SECRETARIAT, Router
from web.views import (
    agenda,
    broadcasts,
    catalogue,
    exports,
    figures,
    overview,
    people,
    review,
    signin,
)


def register(router: Router) -> None:
    router.app.add_routes(signin.routes(router.console))
    add = router.add
    add("GET", "/", overview.page, ORGANISERS)
    add("GET", "/review", review.page, SECRETARIAT)
    add("POST", "/review", review.decide, SECRETARIAT)
    add("GET", "/catalogue", catalogue.page, ORGANISERS)
    add("GET", "/entries/{id:\\d+}", catalogue.entry, ORGANISERS)
    add("POST", "/entries/{id:\\d+}/decide", review.decide_one, SECRETARIAT)
    add("POST", "/entries/{id:\\d+}/correct", catalogue.correct, SECRETARIAT)
    add("POST", "/entries/{id:\\d+}/withdraw", catalogue.withdraw, SECRETARIAT)
    add("GET", "/delegates", people.delegates_page, SECRETARIAT)
    add("POST", "/delegates", people.act, SECRETARIAT)
    add("GET", "/connections", people.connections_page, SECRETARIAT)
    add("POST", "/connections", people.partnership_act, SECRETARIAT)
    add("GET", "/figures", figures.page, ORGANISERS)
    add("GET", "/agenda", agenda.page, ORGANISERS)
    add("POST", "/agenda", agenda.upload, SECRETARIAT)
    add("POST", "/agenda/apply", agenda.apply, SECRETARIAT)
    add("GET", "/broadcasts", broadcasts.page, ORGANISERS)
    add("POST", "/broadcasts", broadcasts.send, ORGANISERS)
    add("POST", "/broadcasts/{id:\\d+}/cancel", broadcasts.cancel, ORGANISERS)
    add("GET", "/exports", exports.page, SECRETARIAT)
    add("GET", "/exports/catalogue.{fmt:xlsx|csv|json}", exports.download, SECRETARIAT)
    add("GET", "/exports/published.{fmt:html|pdf}", exports.published, SECRETARIAT)
    add("POST", "/exports/documents", exports.start_document, SECRETARIAT)
    add("GET", "/exports/documents/{job:[A-Za-z0-9_-]+}", exports.document_page, SECRETARIAT)
    add("GET", "/exports/documents/{job:[A-Za-z0-9_-]+}/file", exports.document_file, SECRETARIAT)
