"""Notices (catalogue.notices) put into words when they are sent, in the reader's language.

The core queues the fact ("entry 12 approved", "connection 7 requested"); this module
reads the rows it names as they are at send time and writes the message the reader gets.
So a French owner reads a Spanish requester's affiliation in French, and a notice about
something undone in the meantime (a pair dismissed, a request already answered, an entry
forgotten) is dropped rather than sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.screens import Button
from catalogue import delegates, entries, partnerships, review
from catalogue.matches import reasons_of
from presentation.i18n import label, t
from presentation.render import (
    affiliation,
    contact_card,
    counterpart_name,
    fit,
    reason_text,
    score_text,
    why,
)
from storage.models import Connection, Delegate, Entry, MatchPair, Partnership, PartnershipEvent

Said = tuple[str, list[list[Button]]]
Renderer = Callable[[Session, str, dict[str, Any]], Said | None]
DECIDED_KEYS = {
    "approve": "notify-approved",
    "request_changes": "notify-changes",
    "reject": "notify-rejected",
}


def render(session: Session, lang: str, payload: dict[str, Any]) -> Said | None:
    """The message for a notice, or None when there is nothing left worth saying."""
    renderer = RENDERERS.get(str(payload.get("about")))
    if renderer is None:
        return None
    said = renderer(session, lang, payload)
    return None if said is None else (fit(said[0]), said[1])


def _entries_waiting(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """The review queue as it is when the notice goes: one entry in full, or how many new
    entries and edits of approved ones, and the newest few (an edit marked ✏️); nothing if
    the queue was emptied meanwhile."""
    waiting = review.newest_pending(session, limit=5)
    if not waiting:
        return None
    button = Button(label(lang, "review-open"), cb.REVIEW.data(cb.Review.NEXT))
    new, edits = review.queue_split(session)
    if new + edits == 1:
        entry = waiting[0]
        text = t(
            lang,
            "notify-edited-entry" if entries.in_catalogue(entry) else "notify-new-entry",
            id=entry.id,
            kind=label(lang, f"kind-{entry.kind}"),
            title=entry.title,
        )
        return text, [[button]]
    listing = "\n".join(
        f"• #{e.id} {label(lang, f'kind-{e.kind}')}: {e.title}"
        + (" ✏️" if entries.in_catalogue(e) else "")
        for e in waiting
    )
    return t(lang, "notify-waiting", new=new, edits=edits, list=listing), [[button]]


def _entry_decided(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    entry = session.get(Entry, int(p["entry"]))
    if entry is None:
        return None
    decision = str(p["decision"])
    text = t(
        lang,
        DECIDED_KEYS[decision],
        id=entry.id,
        kind=label(lang, f"kind-{entry.kind}"),
        title=str(p["title"]),
        reason=reason_text(lang, p.get("reason")),
    )
    rows = []
    if decision == "request_changes":
        rows = [[Button(label(lang, "entry-edit"), cb.ENTRY.data(cb.Entry.EDIT, entry.id))]]
    return text, rows


def _entry_corrected(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    entry = session.get(Entry, int(p["entry"]))
    if entry is None:
        return None
    fields = ", ".join(label(lang, f"entry-field-{f}") for f in str(p["fields"]).split(",") if f)
    text = t(
        lang,
        "notify-corrected",
        id=entry.id,
        kind=label(lang, f"kind-{entry.kind}"),
        title=entry.title,
        fields=fields,
    )
    return text, [[Button(f"#{entry.id}", cb.ENTRY.data(cb.Entry.OPEN, entry.id))]]


def _entry_withdrawn(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    entry = session.get(Entry, int(p["entry"]))
    if entry is None:
        return None
    text = t(
        lang,
        "notify-withdrawn",
        id=entry.id,
        kind=label(lang, f"kind-{entry.kind}"),
        title=str(p["title"]),
        reason=str(p["reason"]),
    )
    return text, []


def _match_new(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    pair = session.get(MatchPair, int(p["pair"]))
    if pair is None:
        return None
    mine_is_need = p["side"] == "need"
    if pair.need_dismissed if mine_is_need else pair.offer_dismissed:
        return None
    own = session.get(Entry, pair.need_id if mine_is_need else pair.offer_id)
    other = session.get(Entry, pair.offer_id if mine_is_need else pair.need_id)
    if own is None or other is None or not other.published:
        return None
    other_owner = delegates.get(session, other.owner_id) if other.owner_id else None
    text = t(
        lang,
        "match-new",
        other_kind=label(lang, f"kind-{other.kind}"),
        other_title=str(other.published.get("title")),
        own_title=own.title,
        who=affiliation(lang, other.published, other_owner),
        why=why(lang, reasons_of(pair)) or "—",
        score=score_text(pair.score),
    )
    rows = [
        [
            Button(
                label(lang, "connect-interested"), cb.CATALOGUE.data(cb.Cat.INTERESTED, other.id)
            ),
            Button(label(lang, "match-dismiss"), cb.MATCH.data(cb.Match.DISMISS, pair.id)),
        ]
    ]
    if other.owner_id and own.owner_id and other.owner_id != own.owner_id:
        rows.append([Button(label(lang, "meeting-propose"),
                            cb.MEET.data(cb.Meet.SLOTS, "pair", pair.id, "30"))])  # fmt: skip
    return text, rows


def _requester(lang: str, requester: Delegate | None) -> str:
    """ "Name — Ministry X, Brazil": who asks, in the reader's words; their name only where
    they agreed to share their details."""
    if requester is None:
        return t(lang, "entry-anonymous")
    facts = {
        "organisation": requester.organisation,
        "actor_kind": requester.actor_kind,
        "owner_country": requester.country,
    }
    where = affiliation(lang, facts, requester)
    if requester.consent != "direct":
        return where
    return (requester.full_name or "—") + " — " + where


def _connection(session: Session, p: dict[str, Any]) -> tuple[Connection, Entry] | None:
    connection = session.get(Connection, int(p["connection"]))
    entry = session.get(Entry, connection.entry_id) if connection is not None else None
    return (connection, entry) if connection is not None and entry is not None else None


def _connection_requested(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    found = _connection(session, p)
    if found is None or found[0].status != "requested":
        return None
    connection, entry = found
    requester = delegates.get(session, connection.requester_id)
    text = t(
        lang,
        "connect-request",
        who=_requester(lang, requester),
        title=entry.title,
        message=connection.message or "—",
    )

    def button(key: str, action: cb.Conn) -> Button:
        return Button(label(lang, key), cb.CONNECTION.data(action, connection.id))

    rows = [
        [button("connect-accept", cb.Conn.ACCEPT), button("connect-decline", cb.Conn.DECLINE)],
        [button("connect-block", cb.Conn.BLOCK), button("connect-report", cb.Conn.REPORT)],
    ]
    return text, rows


def _request_for_secretariat(key: str) -> Renderer:
    """The request as the secretariat reads it (who asked, about what, their message): to
    make the link itself, or because the owner reported it."""

    def render(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
        found = _connection(session, p)
        if found is None:
            return None
        connection, entry = found
        requester = delegates.get(session, connection.requester_id)
        who = _requester(lang, requester)
        message = connection.message or "—"
        return t(lang, key, who=who, id=entry.id, title=entry.title, message=message), []

    return render


def _connection_reported(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """An owner reported a request: who asked (with their Telegram id), about what, their
    message, and the requester's profile and record one tap away."""
    found = _connection(session, p)
    if found is None:
        return None
    connection, entry = found
    requester_id = connection.requester_id
    text = t(
        lang,
        "connect-reported",
        who=_requester(lang, delegates.get(session, requester_id)),
        user=requester_id,
        id=entry.id,
        title=entry.title,
        message=connection.message or "—",
    )
    profile = Button(label(lang, "person-profile"), cb.PERSON.data(cb.Person.PROFILE, requester_id))
    bar = Button(label(lang, "person-bar"), cb.PERSON.data(cb.Person.BAR, requester_id))
    return text, [[profile], [bar]]


def _both_contacts(key: str) -> Renderer:
    """Both sides' contacts for the secretariat, to put them in touch another way."""

    def render(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
        found = _connection(session, p)
        if found is None:
            return None
        connection, entry = found
        requester = delegates.get(session, connection.requester_id)
        owner = delegates.get(session, connection.owner_id) if connection.owner_id else None
        cards = [contact_card(lang, requester, None), contact_card(lang, owner, entry)]
        return "\n\n".join([t(lang, key, title=entry.title), *cards]), []

    return render


def _connection_declined(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    found = _connection(session, p)
    return None if found is None else (t(lang, "connect-declined", title=found[1].title), [])


def _connection_accepted(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """Each side gets the other's contact if the other consented; else the secretariat links."""
    found = _connection(session, p)
    if found is None:
        return None
    connection, entry = found
    to_requester = p["side"] == "requester"
    other_id = connection.owner_id if to_requester else connection.requester_id
    other = delegates.get(session, other_id) if other_id else None
    if other is None or other.consent != "direct":
        return t(lang, "connect-accepted-secretariat", title=entry.title), []
    card = contact_card(lang, other, entry if to_requester else None)
    meet = Button(label(lang, "meeting-propose"),
                  cb.MEET.data(cb.Meet.SLOTS, "connection", connection.id, "30"))  # fmt: skip
    return t(lang, "connect-accepted", title=entry.title) + "\n\n" + card, [[meet]]


def _followup(key: str) -> Renderer:
    """A check-in (or its reminder) to one party: the partnership, its stage, and one tap
    per answer: still at this stage, the next one, or dropped."""

    def render(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
        partnership = session.get(Partnership, int(p["partnership"]))
        if partnership is None or partnership.stage in partnerships.FINAL:
            return None  # it ended meanwhile: nothing to ask
        connection = session.get(Connection, partnership.connection_id)
        entry = session.get(Entry, connection.entry_id) if connection else None
        stage = label(lang, f"stage-{partnership.stage}")
        text = t(lang, key, id=partnership.id, title=entry.title if entry else "—", stage=stage)
        answers = [
            Button(label(lang, "followup-same", stage=stage),
                   cb.FOLLOWUP.data(cb.FollowUp.ANSWER, partnership.id, partnership.stage))
        ]  # fmt: skip
        following = partnerships.FORWARD.get(partnership.stage)
        if following:
            answers.append(
                Button(label(lang, "followup-next", stage=label(lang, f"stage-{following}")),
                       cb.FOLLOWUP.data(cb.FollowUp.ANSWER, partnership.id, following))
            )  # fmt: skip
        drop = Button(
            label(lang, "stage-dropped"), cb.FOLLOWUP.data(cb.FollowUp.DROP, partnership.id)
        )
        # One answer a row: "Désormais : Mise en œuvre" is cut off at half width.
        return text, [*([a] for a in answers), [drop]]

    return render


def _followup_silent(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    person = delegates.get(session, int(p["user"]))
    partnership = session.get(Partnership, int(p["partnership"]))
    if partnership is None:
        return None
    name = (person.full_name if person and person.full_name else None) or str(p["user"])
    username = f" (@{person.username})" if person and person.username else ""
    return t(lang, "followup-silent", id=partnership.id, name=name + username), []


def _partnership(session: Session, p: dict[str, Any]) -> tuple[Partnership, str] | None:
    """The partnership a notice names, with the title of the entry it grew from."""
    partnership = session.get(Partnership, int(p["partnership"]))
    if partnership is None:
        return None
    connection = session.get(Connection, partnership.connection_id)
    entry = session.get(Entry, connection.entry_id) if connection else None
    return partnership, entry.title if entry else "—"


def _by(
    session: Session, lang: str, partnership: Partnership, actor_id: int | None
) -> dict[str, str]:
    """Who did it, for the texts' choice: the other party by name, "an anonymous delegate"
    once forgotten, or the secretariat (someone who is not a party)."""
    if actor_id is None or actor_id not in partnerships.parties(session, partnership):
        return {"by": "secretariat", "who": ""}
    person = delegates.get(session, actor_id)
    if person is None or not person.full_name:
        return {"by": "forgotten", "who": ""}
    # by name only where they agreed to share their details, else by their affiliation
    return {"by": "person", "who": counterpart_name(lang, actor_id, person)}


def _partnership_moved(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """A stage on, or a drop with its reason, and the words written with it."""
    found = _partnership(session, p)
    event = session.get(PartnershipEvent, int(p["event"]))
    if found is None or event is None:
        return None
    partnership, title = found
    by = _by(session, lang, partnership, event.actor_id)
    if event.stage == partnerships.Stage.DROPPED:
        reason = label(lang, f"drop-{partnership.drop_reason}") if partnership.drop_reason else "—"
        text = t(lang, "notify-partnership-dropped", id=partnership.id, title=title,
                 reason=reason, **by)  # fmt: skip
    else:
        stage = label(lang, f"stage-{event.stage}")
        text = t(lang, "notify-partnership-moved", id=partnership.id, title=title, stage=stage,
                 **by)  # fmt: skip
    written = partnerships.words(event, partnership.drop_reason)
    if written:
        text += "\n" + t(lang, "partnership-step-words", note=written)
    return text, []


def _partnership_noted(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """A note; nothing if its words were erased meanwhile (its writer was forgotten)."""
    found = _partnership(session, p)
    event = session.get(PartnershipEvent, int(p["event"]))
    if found is None or event is None or not event.note:
        return None
    partnership, title = found
    by = _by(session, lang, partnership, event.actor_id)
    text = t(lang, "notify-partnership-noted", id=partnership.id, title=title, note=event.note,
             **by)  # fmt: skip
    return text, []


def _partnership_third(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    found = _partnership(session, p)
    if found is None or not found[0].third_party or not found[0].third_role:
        return None
    partnership, title = found
    by = _by(session, lang, partnership, int(p["by"]))
    role = label(lang, f"role-{partnership.third_role}")
    text = t(lang, "notify-partnership-third", id=partnership.id, title=title,
             name=partnership.third_party, role=role, **by)  # fmt: skip
    return text, []


def _invitation_used(session: Session, lang: str, p: dict[str, Any]) -> Said | None:
    """To the maker of a role invitation: who opened it (a link forwarded to the wrong
    person is noticed, and /roles withdraws the role)."""
    user_id = int(p["user"])
    person = delegates.get(session, user_id)
    name = (person.full_name if person else None) or "—"
    if person is not None and person.username:
        name += f" (@{person.username})"
    role = label(lang, f"role-{p['role']}")
    return t(lang, "invite-used-by", role=role, who=name, user=user_id), []


RENDERERS: dict[str, Renderer] = {
    "followup-ask": _followup("followup-ask"),
    "followup-reminder": _followup("followup-reminder"),
    "followup-silent": _followup_silent,
    "partnership-moved": _partnership_moved,
    "partnership-noted": _partnership_noted,
    "partnership-third-party": _partnership_third,
    "entries-waiting": _entries_waiting,
    "entry-decided": _entry_decided,
    "entry-corrected": _entry_corrected,
    "entry-withdrawn": _entry_withdrawn,
    "match-new": _match_new,
    "connection-requested": _connection_requested,
    "connection-to-secretariat": _request_for_secretariat("connect-to-secretariat"),
    "connection-declined": _connection_declined,
    "connection-accepted": _connection_accepted,
    "connection-link": _both_contacts("connect-secretariat-link"),
    "connection-reported": _connection_reported,
    "connection-undelivered": _both_contacts("connect-undelivered"),
    "invitation-used": _invitation_used,
}
