"""Messages to other people (review decisions, match notices, connection requests) go
through the outbox, in the same transaction as the change they announce: committed
together, so a crash can delay a notice but never lose it, and never send it twice."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from bot.screens import Notice
from scheduler import outbox


def enqueue(session: Session, notices: Sequence[Notice], now: datetime) -> list[str]:
    keys = []
    for notice in notices:
        key = f"note:{secrets.token_hex(12)}"
        buttons = [[[b.label, b.data] for b in row] for row in notice.rows]
        outbox.enqueue(session, key, notice.chat_id, "text", now,
                       {"text": notice.text, "buttons": buttons}, now)  # fmt: skip
        keys.append(key)
    return keys
