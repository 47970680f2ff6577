"""Telling people what happened to them, from any front end.

A notice is a fact — what happened, about which row — queued in the outbox in the same
transaction as the change it announces: committed together, so a crash can delay a notice
but never lose it or send it twice. It is written in words only when it is sent, in the
reader's language at that moment (the chat's renderer, `bot.notices`), so the chat and the
web console announce a change identically and no reader gets another reader's language.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import delegates, roles
from storage import outbox
from storage.models import Delivery
from storage.rights import Role

KIND = outbox.Kind.TELL

# What a notice can be about, and the facts each carries (all plain ids and strings).
ABOUT = {
    "entries-waiting": (),  # to the secretariat: the review queue, told at most twice a window
    "entry-decided": ("entry", "decision", "reason", "title"),  # to the owner
    "entry-corrected": ("entry", "fields"),  # to the owner: the secretariat corrected fields
    "entry-withdrawn": ("entry", "title", "reason"),  # to the owner: taken out by the secretariat
    "match-new": ("pair", "side"),  # to the owner of one side of a new match pair
    "connection-requested": ("connection",),  # to the owner of the entry
    "connection-to-secretariat": ("connection",),  # the owner cannot be reached
    "connection-declined": ("connection",),  # to the requester
    "connection-accepted": ("connection", "side"),  # to each party
    "connection-link": ("connection",),  # to the secretariat: put the two in touch
    "connection-reported": ("connection",),  # to the secretariat: an owner reports a request
    "connection-undelivered": ("connection",),  # to the secretariat: a party blocked the bot
    "followup-ask": ("partnership",),  # to a party: how is it going?
    "followup-reminder": ("partnership",),  # to a party who did not answer twice
    "followup-silent": ("partnership", "user"),  # to the secretariat: that party went quiet
    "partnership-moved": ("partnership", "event"),  # to the other parties: a stage on, a drop
    "partnership-noted": ("partnership", "event"),  # to the other parties: a note written
    "partnership-third-party": ("partnership", "by"),  # to the other parties: a third named
    "invitation-used": ("role", "user"),  # to the maker of a role invitation: who opened it
}

Fact = int | str | None


def tell(
    session: Session, user_id: int, about: str, now: datetime, key: str | None = None, **facts: Fact
) -> str:
    """Queue one notice; its outbox key (a front end may deliver it at once after commit).
    A `key` of the caller's makes it once per key even when two processes queue it."""
    if about not in ABOUT or set(facts) != set(ABOUT[about]):
        raise ValueError(f"notice {about!r} takes {ABOUT.get(about)}, not {sorted(facts)}")
    key = f"tell:{key}" if key else f"tell:{secrets.token_hex(12)}"
    outbox.enqueue(session, key, user_id, KIND, now, {"about": about, **facts}, now)
    return key


def secretariat(session: Session) -> list[int]:
    """The secretariat members who can be told something (not those who left)."""
    members = []
    for user_id, held in sorted(roles.admins(session).items()):
        row = delegates.get(session, user_id)
        if Role.SECRETARIAT in held and (row is None or row.active):
            members.append(user_id)
    return members


def tell_secretariat(
    session: Session, about: str, now: datetime, key: str | None = None, **facts: Fact
) -> list[str]:
    return [
        tell(session, uid, about, now, f"{key}:{uid}" if key else None, **facts)
        for uid in secretariat(session)
    ]


BATCH = timedelta(minutes=5)


def tell_secretariat_batched(session: Session, about: str, now: datetime) -> list[str]:
    """Tell the secretariat that something waits, without one message per submission
    while submissions keep coming: the first of a BATCH window goes at once, and any
    later ones of that window are folded into one summary at its end (written at send
    time, from the queue as it is then). The keys of what is due now."""
    start = datetime.fromtimestamp(
        now.timestamp() // BATCH.total_seconds() * BATCH.total_seconds(), now.tzinfo
    )
    due_now = []
    for uid in secretariat(session):
        first = f"{about}:{uid}:{start:%Y%m%d%H%M}"
        if session.execute(select(Delivery.id).where(Delivery.key == first)).first() is None:
            outbox.enqueue(session, first, uid, KIND, now, {"about": about}, now)
            due_now.append(first)
        else:
            later = first + ":later"
            outbox.enqueue(session, later, uid, KIND, start + BATCH, {"about": about}, now)
    return due_now
