"""`/meetings`: the bilateral meetings between delegates, with the figures (proposed,
accepted, held) and filters by status, delegate, entry and partnership (the entry page and
the connections' partnerships link here)."""

from __future__ import annotations

from catalogue import delegates, meetings
from presentation.meetings import when_text
from presentation.render import partner_name
from web.http import Page, Req


def _number(req: Req, name: str) -> int | None:
    value = req.arg(name)
    return int(value) if value.isdigit() and len(value) < 19 else None


def page(req: Req) -> Page:
    status = req.arg("status") if req.arg("status") in meetings.STATUSES else None
    user, entry, partnership = (
        _number(req, "delegate"),
        _number(req, "entry"),
        _number(req, "partnership"),
    )
    rows = meetings.listing(req.session, status, user, partnership, entry, limit=500)
    people = {uid for r in rows for uid in (r.meeting.requester_id, r.meeting.invitee_id)}
    names = {uid: partner_name(req.lang, uid, delegates.get(req.session, uid)) for uid in people}
    return Page(
        "meetings.html",
        {
            "rows": rows,
            "names": names,
            "figures": meetings.counts(req.session),
            "when": lambda m: when_text(m.start_at, m.end_at, req.lang, "UTC"),
            "chosen": {
                "status": status or "",
                "delegate": user or "",
                "entry": entry or "",
                "partnership": partnership or "",
            },
            "STATUSES": meetings.STATUSES,
        },
    )
