"""Steps a delegate takes, shared by the dialog tests."""

from __future__ import annotations

from bot.fakeapi.driver import FakeUser, Harness
from bot.i18n import label
from catalogue import delegates
from storage.models import Delegate


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
