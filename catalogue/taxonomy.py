"""The meeting's vocabulary as codes; the labels live in the message catalogues.

Codes are a contract (exports, imports, the matching command use them), so they
are plain ASCII and never translated. Labels are looked up as
``<group>-<code>`` in the bot's message catalogues.
"""

from __future__ import annotations

from typing import Final

from storage.rights import ADMIN_ROLES, ROLES

__all__ = ["ADMIN_ROLES", "ROLES"]  # and the vocabulary below

LANGUAGES: Final = ("en", "es", "fr", "pt")

# Native names, shown on the language buttons whatever the current language.
LANGUAGE_NAMES: Final = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}

# ROLES and ADMIN_ROLES are defined beside the permission table (storage.rights), below the
# whole core, and named here with the rest of the vocabulary.

# Kinds of actor named by the seed agenda (section A and B.3).
ACTOR_KINDS: Final = (
    "member_state",
    "observer_state",
    "private_sector",
    "foundation",
    "academia",
    "multilateral",
    "ngo",
    "oas_secretariat",  # the General Secretariat's own programmes (SEDI and its agency)
)
STATE_KINDS: Final = ("member_state", "observer_state")

# The six priority areas of the seed agenda (B.2, B.3), and what fits none of them (water,
# gender equality, migration, governance…) so that an entry is never forced into a wrong one.
AREAS: Final = ("digital", "msme", "education", "work", "climate", "health", "cross_cutting")

COOPERATION_TYPES: Final = (
    "technical_assistance",
    "knowledge_exchange",
    "good_practice",
    "programme",
    "financing",
)
# Multi-stakeholder: partnerships with the private sector, foundations, academia and other
# non-governmental and multilateral actors (the seed agenda's second day).
MODALITIES: Final = ("south_south", "triangular", "north_south", "multi_stakeholder")
# The field's three roles (GPI on effective triangular cooperation; SEGIB): the beneficiary
# (receiving partner), the pivot (shares its experience; SEGIB's "primer oferente") and the
# facilitator (supports with finance or expertise; SEGIB's "segundo oferente"). In that order
# on the buttons: es/pt read "Primer oferente" before "Segundo oferente" (language review 2, Y16).
TRIANGULAR_ROLES: Final = ("pivot", "facilitator", "beneficiary")
# Accepted in files and old data: "provider" was this project's first name for the facilitator.
ROLE_ALIASES: Final = {"provider": "facilitator"}
TIME_FRAMES: Final = ("short", "medium")
# Who an entry is for, from the seed agenda's section A: optional, several at once.
TARGET_GROUPS: Final = ("women", "children", "older_persons", "disability", "migrants", "refugees")
# A need is national (one country) or regional (several, or a sub-region): derived, not asked.
SCOPES: Final = ("national", "regional")

# A value nobody gave (an imported entry without an owner country or kind of actor): counted
# under this code in the figures and the report, and named "not given" in every language
# (label `not-given-<field>`), never shown as "—", "None" or an empty group.
UNKNOWN: Final = "unknown"

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
