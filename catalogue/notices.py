"""Telling people what happened to them, from any front end.

A notice is a fact — what happened, about which row — queued in the outbox in the same
transaction as the change it announces: committed together, so a crash can delay a notice
but never lose it or send it twice. It is written in words only when it is sent, in the
reader's language at that moment (the chat's renderer, `bot.notices`), so the chat and the
web console announce a change identically and no reader gets another reader's language.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy.orm import Session

from catalogue import delegates, roles
from storage import outbox

KIND = "tell"

# What a notice can be about, and the facts each carries (all plain ids and strings).
ABOUT = {
    "entry-submitted": ("entry",),  # to the secretariat: something waits for review
    "entry-decided": ("entry", "decision", "reason", "title"),  # to the owner
    "match-new": ("pair", "side"),  # to the owner of one side of a new match pair
    "connection-requested": ("connection",),  # to the owner of the entry
    "connection-to-secretariat": ("connection",),  # the owner cannot be reached
    "connection-declined": ("connection",),  # to the requester
    "connection-accepted": ("connection", "side"),  # to each party
    "connection-link": ("connection",),  # to the secretariat: put the two in touch
    "connection-reported": ("connection",),  # to the secretariat: an owner reports a request
}

Fact = int | str | None


def tell(session: Session, user_id: int, about: str, now: datetime, **facts: Fact) -> str:
    """Queue one notice; its outbox key (a front end may deliver it at once after commit)."""
    if about not in ABOUT or set(facts) != set(ABOUT[about]):
        raise ValueError(f"notice {about!r} takes {ABOUT.get(about)}, not {sorted(facts)}")
    key = f"tell:{secrets.token_hex(12)}"
    outbox.enqueue(session, key, user_id, KIND, now, {"about": about, **facts}, now)
    return key


def secretariat(session: Session) -> list[int]:
    """The secretariat members who can be told something (not those who left)."""
    members = []
    for user_id, held in sorted(roles.admins(session).items()):
        row = delegates.get(session, user_id)
        if "secretariat" in held and (row is None or row.active):
            members.append(user_id)
    return members


def tell_secretariat(session: Session, about: str, now: datetime, **facts: Fact) -> list[str]:
    return [tell(session, uid, about, now, **facts) for uid in secretariat(session)]
