"""People and an entry for the service tests, made through the services."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from catalogue import delegates, entries

NOW = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)
PROFILE = {"full_name": "Ana Pérez", "actor_kind": "member_state", "organisation": None,
           "country": "CL", "position": "Directora", "timezone": "America/Santiago",
           "consent": "direct"}  # fmt: skip
OFFER = {"title": "Telemedicine for rural clinics", "description": "Training for nurses.",
         "area": "health", "cooperation_type": "programme", "modality": "south_south",
         "countries": ["CL"], "time_frame": "short"}  # fmt: skip


def register(session: Session, *user_ids: int, language: str = "en") -> None:
    """Registered delegates, as the registration dialog leaves them."""
    for uid in user_ids:
        delegates.ensure(session, uid, language, None, NOW)
        delegates.save_profile(session, uid, delegates.ProfileInput.read(PROFILE), NOW)


def entry_input(
    kind: str, values: Mapping[str, object], language: str = "en"
) -> entries.EntryInput:
    """An offer or a need as a dialog or an import hands it to the core."""
    return entries.EntryInput.read({**values, "kind": kind, "language": language})
