"""What the chat shows people, as plain values: buttons, and notices for someone else.

Shared by the dialog engine, the handlers and the outbox's notices, so that none of them
imports another to get these (they used to live in the dialog engine, which made the
engine and `bot.notices` import each other).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Button:
    label: str
    data: str


@dataclass
class Notice:
    """A message to someone else, sent once the step's transaction is committed."""

    chat_id: int
    text: str
    rows: list[list[Button]] = field(default_factory=list)
