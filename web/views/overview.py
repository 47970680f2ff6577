"""`/`: the meeting at a glance, with a way into each page."""

from __future__ import annotations

from catalogue import review, stats
from scheduler import broadcasts
from web.http import Page, Req


def page(req: Req) -> Page:
    figures = stats.figures(req.session)
    entries = figures["entries"]
    shown = entries["in_catalogue"]
    cards = [
        ("web-card-pending", review.queue_size(req.session), "/review"),
        ("web-card-offers", shown.get("offer", 0), "/catalogue?kind=offer"),
        ("web-card-needs", shown.get("need", 0), "/catalogue?kind=need"),
        ("web-card-delegates", figures["delegates"]["registered"], "/delegates"),
        ("web-card-states", len(figures["delegates"]["member_states"]), "/delegates"),
        ("web-card-connections", sum(figures["connections"].values()), "/connections"),
        ("web-card-broadcasts", len(broadcasts.active(req.session)), "/broadcasts"),
    ]
    return Page("overview.html", {"cards": cards})
