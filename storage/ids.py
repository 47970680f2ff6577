"""Numbers that name rows, as the front ends receive them: one parser for the chat (button
data, commands, deep links) and the console (paths, forms, query strings).

Only ASCII digits are a number here (`str.isdigit` also takes "²" and "٣", which `int`
refuses or reads), and only within the column's range in the database: PostgreSQL's INTEGER
stops at 2³¹−1 and answers "integer out of range" beyond. Anything else is None, which a
front end answers as a stale button or a page not found, never as a failure.
"""

from __future__ import annotations

from typing import Final

ID_MAX: Final = 2**31 - 1  # INTEGER: the ids the database numbers (entries, partnerships…)
BIG_MAX: Final = 2**63 - 1  # BIGINT: Telegram's user ids
_DIGITS: Final = frozenset("0123456789")


def parse(text: str | None, maximum: int = ID_MAX) -> int | None:
    """The whole number `text` spells in ASCII digits if it is at most `maximum`, else None."""
    if not text or len(text) > len(str(maximum)) or not set(text) <= _DIGITS:
        return None
    value = int(text)
    return value if value <= maximum else None


def parse_user(text: str | None) -> int | None:
    """A Telegram user id (BIGINT)."""
    return parse(text, BIG_MAX)
