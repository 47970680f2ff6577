"""The meeting's vocabulary as codes; the labels live in the message catalogues.

Codes are a contract (exports, imports, the matching command use them), so they
are plain ASCII and never translated. Labels are looked up as
``<group>-<code>`` in the bot's message catalogues.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "es", "fr", "pt")

# Native names, shown on the language buttons whatever the current language.
LANGUAGE_NAMES: Final = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}

ROLES: Final = ("delegate", "organiser", "secretariat")
ADMIN_ROLES: Final = ("organiser", "secretariat")

# Kinds of actor named by the seed agenda (section A and B.3).
ACTOR_KINDS: Final = (
    "member_state",
    "observer_state",
    "private_sector",
    "foundation",
    "academia",
    "multilateral",
    "ngo",
)
STATE_KINDS: Final = ("member_state", "observer_state")

# The six priority areas of the seed agenda (B.2, B.3).
AREAS: Final = ("digital", "msme", "education", "work", "climate", "health")

COOPERATION_TYPES: Final = (
    "technical_assistance",
    "knowledge_exchange",
    "good_practice",
    "programme",
    "financing",
)
MODALITIES: Final = ("south_south", "triangular", "north_south")
TRIANGULAR_ROLES: Final = ("provider", "pivot", "beneficiary")
TIME_FRAMES: Final = ("short", "medium")

# How a delegate agrees to be reached by matched counterparts.
CONSENT_CHOICES: Final = ("direct", "secretariat")


def is_language(code: object) -> bool:
    """True for one of the four OAS languages."""
    return isinstance(code, str) and code in LANGUAGES


def pick_language(telegram_code: str | None, default: str) -> str:
    """The bot language for a Telegram `language_code` such as ``pt-br``."""
    if telegram_code:
        base = telegram_code.split("-")[0].split("_")[0].lower()
        if base in LANGUAGES:
            return base
    return default
