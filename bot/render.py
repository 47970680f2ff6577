"""Texts built from core objects, HTML-escaped, within Telegram's limits."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import label, t
from catalogue import countries, delegates
from storage.models import Delegate

TELEGRAM_TEXT_LIMIT = 4096


def fit(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> str:
    """Cut a text that would exceed Telegram's limit (never inside an HTML entity)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def profile_card(lang: str, row: Delegate, now: datetime) -> str:
    """The delegate's profile as they see it in /profile."""
    none = t(lang, "profile-none")
    lines = [t(lang, "profile-title")]

    def add(key: str, value: str | None) -> None:
        lines.append(t(lang, "profile-line", field=label(lang, key), value=value or none))

    add("field-full_name", row.full_name)
    kind = label(lang, f"actor-{row.actor_kind}") if row.actor_kind else None
    add("field-actor_kind", kind)
    if not delegates.is_state(row.actor_kind):
        add("field-organisation", row.organisation)
    add("field-country", countries.name(row.country, lang) if row.country else None)
    add("field-position", row.position)
    zone = None
    if row.timezone:
        zone = f"{row.timezone} ({countries.utc_offset(row.timezone, now)})"
    add("field-timezone", zone)
    add("field-consent", label(lang, f"consent-{row.consent}") if row.consent else None)
    add("field-language", label(lang, f"language-{row.language}"))
    verified = t(lang, "profile-verified-yes") if row.verified else t(lang, "profile-verified-no")
    lines.append(verified)
    return "\n".join(lines)
