"""Text typed by people, made safe to store: one rule for profiles and entries alike."""

from __future__ import annotations

import unicodedata


def clean_text(value: str) -> str:
    """Collapse white space and drop control characters."""
    kept = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())


def has_letters(value: str) -> bool:
    return any(ch.isalpha() for ch in value)
