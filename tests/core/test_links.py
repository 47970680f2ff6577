"""The links that open the bot, as the chat and the console hand them out."""

from __future__ import annotations

import secrets

import pytest

from presentation.links import entry_link, invitation_link


def test_an_entrys_link_opens_the_bot_on_it_and_an_invitation_carries_its_token() -> None:
    assert entry_link("cidi_bot", 42) == "https://t.me/cidi_bot?start=e_42"
    token = secrets.token_urlsafe(18)  # as roles.invite makes them
    assert invitation_link("cidi_bot", token) == f"https://t.me/cidi_bot?start=inv_{token}"


def test_a_payload_telegram_would_not_carry_is_refused_when_the_link_is_made() -> None:
    with pytest.raises(ValueError):
        invitation_link("cidi_bot", "x" * 64)  # over Telegram's 64 characters
    with pytest.raises(ValueError):
        invitation_link("cidi_bot", "not/url safe")
