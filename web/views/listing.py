"""What every list page shares: the window read from the address (page, rows, sort), the
links that keep the filters while changing one thing, and a CSV download of the filtered
list (catalogue.io's cells: a text is never a formula)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode

from catalogue import io
from catalogue.lists import Found, Window
from web.http import Download, Req

CONTROLS = ("page", "size", "sort", "order", "lang", "format")


def window(req: Req) -> Window:
    return Window.read(req.arg("page"), req.arg("size"), req.arg("sort"), req.arg("order"))


def wants_csv(req: Req) -> bool:
    return req.arg("format") == "csv"


def kept(req: Req) -> dict[str, str]:
    """The filters of the address (what a link to another page or sort keeps)."""
    return {k: v for k, v in req.query.items() if k not in CONTROLS and v}


def values(req: Req, found: Found[Any]) -> dict[str, Any]:
    """What the list macros (_macros.html) need: links for pages, sorts and the CSV."""
    filters = kept(req)
    base = {**filters}
    if req.arg("size"):
        base["size"] = str(found.size)

    def to_page(number: int) -> str:
        q = {**base, "sort": found.sort, "order": "desc" if found.descending else "asc"}
        return f"{req.path}?{urlencode({**q, 'page': str(number)})}"

    def to_sort(column: str) -> str:
        same = column == found.sort
        order = "asc" if same and found.descending else "desc" if same else "asc"
        return f"{req.path}?{urlencode({**base, 'sort': column, 'order': order})}"

    def sorted_as(column: str) -> str:
        if column != found.sort:
            return "none"
        return "descending" if found.descending else "ascending"

    csv = {**filters, "sort": found.sort, "order": "desc" if found.descending else "asc"}
    return {
        "found": found,
        "to_page": to_page,
        "to_sort": to_sort,
        "sorted_as": sorted_as,
        "csv_link": f"{req.path}?{urlencode({**csv, 'format': 'csv'})}",
        "filtered": bool(filters),
    }


def csv_download(
    name: str, header: list[str], rows: Iterable[Any], cells: Callable[[Any], list[Any]]
) -> Download:
    return Download(io.sheet(header, [cells(r) for r in rows]), f"{name}.csv", "text/csv")
