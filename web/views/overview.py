"""`/`: the meeting at a glance, with a way into each page."""

from __future__ import annotations

from catalogue import review, stats
from scheduler import broadcasts
from web.http import Page, Req


def page(req: Req) -> Page:
    figures = stats.figures(req.session)
    entries = figures["entries"]
    approved = entries["approved_by_area"].values()
    cards = [
        ("web-card-pending", review.queue_size(req.session), "/review"),
        ("web-card-offers", sum(a["offer"] for a in approved), "/catalogue?kind=offer"),
        ("web-card-needs", sum(a["need"] for a in approved), "/catalogue?kind=need"),
        ("web-card-delegates", figures["delegates"]["registered"], "/delegates"),
        ("web-card-states", stats.member_states_taking_part(req.session), "/delegates"),
        ("web-card-connections", sum(figures["connections"].values()), "/connections"),
        ("web-card-broadcasts", len(broadcasts.active(req.session)), "/broadcasts"),
    ]
    return Page("overview.html", {"cards": cards})
