"""Inline keyboards from the engine's buttons and from simple (label, data) lists."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks as cb
from bot.screens import Button
from catalogue.taxonomy import LANGUAGE_NAMES, LANGUAGES


def inline(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def languages() -> list[list[Button]]:
    """The four languages, each named in itself, two per row."""
    buttons = [
        Button(LANGUAGE_NAMES[code], cb.LANGUAGE.data(cb.Language.SET, code)) for code in LANGUAGES
    ]
    return [buttons[:2], buttons[2:]]
