"""`/exports`: the catalogue as XLSX, CSV or JSON Lines, all of it or one country's, the
same files as `cidi-bot catalogue export` and the chat's /export (catalogue.io)."""

from __future__ import annotations

from collections.abc import Callable

from catalogue import countries, publish, report
from catalogue import io as catalogue_io
from catalogue.taxonomy import LANGUAGES
from presentation import publish as published_document
from presentation import report as report_document
from scheduler import agenda_store
from web.documents import Job
from web.http import Download, Page, Redirect, Refused, Req

TYPES = {
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": ("csv", "text/csv"),
    "json": ("jsonl", "application/x-ndjson"),
}


def page(req: Req) -> Page:
    return Page(
        "exports.html",
        {
            "countries": countries.sorted_codes(
                [*countries.OAS_MEMBERS, *countries.OAS_OBSERVERS], req.lang
            ),
            "country_name": lambda c: countries.name(c, req.lang),
        },
    )


def download(req: Req) -> Download:
    fmt = req.match["fmt"]
    status = "all" if req.arg("status") == "all" else "approved"
    country = req.arg("country").upper() or None
    if country is not None and not countries.is_place(country):
        raise Refused(400, "web-bad-input")
    rows = catalogue_io.export(req.session, req.user_id, req.now, status, country)
    suffix, content_type = TYPES[fmt]
    stamp = req.now.strftime("%Y%m%d-%H%M")
    name = f"cidi-catalogue-{status}{'-' + country if country else ''}-{stamp}.{suffix}"
    return Download(catalogue_io.render(rows, fmt), name, content_type)


def _published_request(
    req: Req, fmt: str, chosen: Callable[[str], str]
) -> tuple[published_document.Document, str]:
    """The edition asked for (`chosen` reads the query or the form), and its file name."""
    lang = chosen("language") if chosen("language") in LANGUAGES else req.lang
    by = chosen("by") if chosen("by") in publish.GROUPINGS else "area"
    country = chosen("country").upper() or None
    if country is not None and not countries.is_place(country):
        raise Refused(400, "web-bad-input")
    if not req.console.bot_username:
        raise Refused(400, "web-no-bot-username")
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    document = published_document.gather(req.session, req.now, agenda, lang, by, country)
    name = f"cidi-catalogue-{lang}{'-' + country if country else ''}-{req.now:%Y%m%d}.{fmt}"
    return document, name


def start_document(req: Req) -> Redirect:
    """POST /exports/documents: the published catalogue or the report, as a PDF drawn in the
    background; the answer is its progress page. What it holds is read now, in this
    request's transaction; the drawing happens outside any."""
    what = req.one("document")
    bot_username = req.console.bot_username or ""
    draw = req.console.draw  # in the charts' process when served: off the chat's interpreter
    if what == "catalogue":
        document, name = _published_request(req, "pdf", req.one)
        job = req.console.documents.start(
            req.user_id, name, "application/pdf",
            lambda: draw(published_document.render, document, "pdf", bot_username),
        )  # fmt: skip
    elif what == "report":
        lang = req.one("language") if req.one("language") in LANGUAGES else req.lang
        figures = report.figures(req.session, req.now)
        titles = report.unmet_titles(req.session, figures)
        agenda = agenda_store.current(req.session, req.console.agenda_file)
        job = req.console.documents.start(
            req.user_id, f"cidi-report-{lang}-{req.now:%Y%m%d}.pdf", "application/pdf",
            lambda: draw(report_document.render, figures, "pdf", lang, titles, agenda),
        )  # fmt: skip
    else:
        raise Refused(400, "web-bad-input")
    return Redirect(f"/exports/documents/{job.id}")


def _job(req: Req) -> Job:
    job = req.console.documents.get(req.match["job"], req.user_id)
    if job is None:
        raise Refused(404, "web-not-found")
    return job


def document_page(req: Req) -> Page:
    """The progress of a document being drawn (the page reloads itself), then its link."""
    return Page("document.html", {"job": _job(req)})


def document_file(req: Req) -> Download:
    job = _job(req)
    if job.content is None:
        raise Refused(404, "web-not-found")
    return Download(job.content, job.filename, job.content_type)


def published(req: Req) -> Download:
    """The published catalogue (presentation.publish): the same document as /publish in the chat."""
    """GET /exports/published.html|pdf: the document at once (for scripts; the console's
    own PDF button draws it in the background, start_document)."""
    fmt = req.match["fmt"]
    document, name = _published_request(req, fmt, req.arg)
    content = published_document.render(document, fmt, req.console.bot_username or "")
    return Download(content, name, "text/html" if fmt == "html" else "application/pdf")
