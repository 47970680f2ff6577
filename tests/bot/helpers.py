"""Steps a delegate takes, shared by the dialog tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from catalogue import delegates
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label
from storage.models import Delegate
from tests.conftest import SECRETARIAT_ID


async def register(
    user: FakeUser,
    lang: str,
    name: str = "Ana Pérez",
    kind: str = "member_state",
    country: str = "Brasil",
    organisation: str | None = None,
    position: str = "Director of cooperation",
    consent: str = "direct",
) -> None:
    """Go through registration from /start, answering every question."""
    await user.send("/start")
    await user.send(name)
    await user.press(label(lang, f"actor-{kind}"))
    if organisation is not None:
        await user.send(organisation)
    await user.send(country)
    await user.send(position)
    await user.press(user.buttons()[0])  # the proposed time zone
    await user.press(label(lang, f"consent-{consent}"))


def stored(h: Harness, user_id: int) -> Delegate | None:
    with h.services.sessions() as session:
        return delegates.get(session, user_id)


OFFER_TEXT = {
    "en": (
        "Telehealth training for rural clinics",
        "Training of rural nurses in telemedicine tools, with online mentoring.",
    ),
    "es": (
        "Formación en telesalud para zonas rurales",
        "Programa de formación en salud digital para enfermeras rurales, con tutorías en línea.",
    ),
    "fr": (
        "Renforcement des capacités en télémédecine",
        "Formation des infirmiers des zones rurales aux outils de télémédecine.",
    ),
    "pt": (
        "Cooperação técnica em telessaúde",
        "Capacitação de equipes de atenção primária em telessaúde para áreas rurais.",
    ),
}


async def submit_entry(
    user: FakeUser,
    lang: str,
    kind: str = "offer",
    title: str | None = None,
    description: str | None = None,
    area: str = "health",
    modality: str = "south_south",
    country: str = "Haiti",
    contact: str | None = "focal.point@example.org",
    groups: Sequence[str] = (),
) -> None:
    """/offer or /need answered all the way to Submit."""
    default_title, default_description = OFFER_TEXT[lang]
    await user.send(f"/{kind}")
    await user.send(title or default_title)
    await user.send(description or default_description)
    await user.press(label(lang, f"area-button-{area}"))
    await user.press(label(lang, "type-technical_assistance"))
    await user.press(label(lang, f"modality-{modality}"))
    if modality == "triangular":
        await user.press(label(lang, "role-facilitator"))
    await user.send(country)
    await user.press(label(lang, "entry-countries-done"))
    for group in groups:
        await user.press(label(lang, f"group-{group}"))
    await user.press(label(lang, "entry-countries-done" if groups else "entry-groups-none"))
    await user.press(label(lang, "timeframe-short"))
    if kind == "offer":
        await user.press(label(lang, "answer-yes"))
    if contact is None:
        await user.press(label(lang, "entry-skip"))
    else:
        await user.send(contact)
    await user.press(label(lang, "entry-submit"))


def entries_of(h: Harness, user_id: int) -> list[Any]:
    from catalogue import entries

    with h.services.sessions() as session:
        return entries.of_owner(session, user_id)


def shown(lang: str, key: str, **values: Any) -> str:
    """A message as the user reads it (Telegram renders the HTML tags away)."""
    from presentation.i18n import t
    from richtext import parse

    return parse(t(lang, key, **values))


async def approve_pending(harness: Harness) -> FakeUser:
    """The secretariat approves everything waiting, one /review at a time."""
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    while True:
        await sec.send("/review")
        if label("en", "review-approve") not in sec.buttons():
            return sec
        await sec.press(label("en", "review-approve"))
