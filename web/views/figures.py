"""`/figures`: the chat's /stats figures, with charts drawn by matplotlib (SVG images: the
page's Content-Security-Policy allows no inline styles, which an inline SVG is full of)."""

from __future__ import annotations

import base64
from typing import Any

from markupsafe import Markup

from catalogue import stats
from catalogue.taxonomy import ACTOR_KINDS
from presentation.chart import area_chart, country_chart, counts_chart, timeline_chart
from presentation.figures import stats_text
from web.http import Page, Req


def _svg(data: bytes) -> str:
    """The chart as a data: address for an <img> (the policy's img-src allows data:)."""
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")


FRESH = 30.0  # seconds the figures page is kept: reloading it costs nothing meanwhile


def page(req: Req) -> Page:
    """The figures, at most FRESH seconds old."""
    values = req.console.fresh(f"figures:{req.lang}", FRESH, lambda: _values(req))
    return Page("figures.html", values)


def _values(req: Req) -> dict[str, Any]:
    """The figures read here; the charts drawn in the console's charts process (Console.draw)
    from those plain values, off the interpreter that serves the chat."""
    figures = stats.figures(req.session)
    lang = req.lang
    draw = req.console.draw
    entries = figures["entries"]
    charts = [("web-chart-area", _svg(draw(area_chart, lang, entries["approved_by_area"], "svg")))]
    by_country = stats.approved_by(req.session, "owner_country")
    if by_country:
        charts.append(("web-chart-country", _svg(draw(country_chart, lang, by_country))))
    kinds = {
        req.label(f"actor-{k}"): v
        for k, v in figures["delegates"]["by_kind"].items()
        if k in ACTOR_KINDS
    }
    if kinds:
        charts.append(("web-chart-actors", _svg(draw(counts_chart, lang, kinds))))
    statuses = {req.label(f"status-{k}"): v for k, v in entries["by_status"].items()}
    if statuses:
        charts.append(("web-chart-status", _svg(draw(counts_chart, lang, statuses))))
    days = stats.submitted_by_day(req.session)
    if days:
        charts.append(
            (
                "web-chart-time",
                _svg(draw(timeline_chart, lang, [d for d, _, _ in days],
                          [o for _, o, _ in days], [n for _, _, n in days])),
            )
        )  # fmt: skip
    lines = Markup(stats_text(lang, figures)).split("\n")
    return {"lines": [Markup(line) for line in lines], "charts": charts}
