"""`/exports`: the catalogue as XLSX, CSV or JSON Lines, all of it or one country's, the
same files as `cidi-bot catalogue export` and the chat's /export (catalogue.io)."""

from __future__ import annotations

from bot import publish as published_document
from catalogue import countries, publish
from catalogue import io as catalogue_io
from catalogue.taxonomy import LANGUAGES
from scheduler import agenda_store
from web.http import Download, Page, Refused, Req

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
    rows = catalogue_io.export_rows(req.session, status, country)
    catalogue_io.record_export(req.session, req.user_id, req.now, status, len(rows), country)
    suffix, content_type = TYPES[fmt]
    stamp = req.now.strftime("%Y%m%d-%H%M")
    name = f"cidi-catalogue-{status}{'-' + country if country else ''}-{stamp}.{suffix}"
    return Download(catalogue_io.render(rows, fmt), name, content_type)


def published(req: Req) -> Download:
    """The published catalogue (bot.publish): the same document as /publish in the chat."""
    fmt = req.match["fmt"]
    lang = req.arg("language") if req.arg("language") in LANGUAGES else req.lang
    by = req.arg("by") if req.arg("by") in publish.GROUPINGS else "area"
    country = req.arg("country").upper() or None
    if country is not None and not countries.is_place(country):
        raise Refused(400, "web-bad-input")
    if not req.console.bot_username:
        raise Refused(400, "web-no-bot-username")
    agenda = agenda_store.current(req.session, req.console.agenda_file)
    document = published_document.gather(req.session, req.now, agenda, lang, by, country)
    content = published_document.render(document, fmt, req.console.bot_username)
    kind = "text/html" if fmt == "html" else "application/pdf"
    name = f"cidi-catalogue-{lang}{'-' + country if country else ''}-{req.now:%Y%m%d}.{fmt}"
    return Download(content, name, kind)
