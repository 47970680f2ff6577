"""`/meetings`: the bilateral meetings between delegates, with the figures (proposed,
accepted, held) and filters by status, delegate, entry and partnership (the entry page and
the connections' partnerships link here)."""

from __future__ import annotations

from catalogue import delegates, meetings
from presentation.meetings import when_text
from presentation.render import partner_name, person_affiliation
from storage import ids
from storage.rights import Action
from web.http import Page, Req


def page(req: Req) -> Page:
    status = req.arg("status") if req.arg("status") in meetings.STATUSES else None
    user, entry, partnership = (
        ids.parse_user(req.arg("delegate")),
        req.arg_number("entry"),
        req.arg_number("partnership"),
    )
    rows = meetings.listing(req.session, status, user, partnership, entry, limit=500)
    people = {uid for r in rows for uid in (r.meeting.requester_id, r.meeting.invitee_id)}
    # Organisers follow the figures, not the people (storage.rights: READ_PEOPLE is the
    # secretariat's): they read each side by its affiliation, as the catalogue shows it.
    people_too = req.may(Action.READ_PEOPLE)
    names = {
        uid: partner_name(req.lang, uid, person)
        if people_too
        else person_affiliation(req.lang, person)
        for uid in people
        for person in [delegates.get(req.session, uid)]
    }
    # One delegate's, one entry's or one partnership's page counts its own meetings (of any
    # status); the page of all meetings, the meeting's figures.
    scoped = user is not None or entry is not None or partnership is not None
    figures = (
        meetings.counts_of(
            r.meeting
            for r in meetings.listing(req.session, None, user, partnership, entry, limit=10_000)
        )
        if scoped
        else meetings.counts(req.session)
    )
    return Page(
        "meetings.html",
        {
            "rows": rows,
            "names": names,
            "figures": figures,
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
