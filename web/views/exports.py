"""`/exports`: the catalogue as XLSX, CSV or JSON Lines, all of it or one country's, the
same files as `cidi-bot catalogue export` and the chat's /export (catalogue.io)."""

from __future__ import annotations

from catalogue import countries
from catalogue import io as catalogue_io
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
