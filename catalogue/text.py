"""Text typed by people, made safe to store: one rule for profiles and entries alike."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any


def clean_text(value: str) -> str:
    """Collapse white space and drop control characters."""
    kept = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())


def has_letters(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


@dataclass(frozen=True)
class Refused:
    """Why a typed value is refused: a message key and its values (the front end words it)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


def check_length(value: str, limit: int, minimum: int = 1) -> str | Refused:
    """The cleaned text, or why not: empty, longer than `limit`, shorter than `minimum`."""
    text = clean_text(value)
    if not text:
        return Refused("error-empty")
    if len(text) > limit:
        return Refused("error-too-long", {"max": limit, "length": len(text)})
    if len(text) < minimum:
        return Refused("error-too-short", {"min": minimum})
    return text
