"""Links that open the bot on something: an entry (the published catalogue's links and QR
codes) or a role invitation. Built with python-telegram-bot's `create_deep_linked_url`,
which checks the payload against Telegram's rules (64 characters of A–Z, a–z, 0–9, _ and -),
so the chat and the console hand out the same links. The payloads are read back by /start
(bot/handlers/menu.py)."""

from __future__ import annotations

from telegram.helpers import create_deep_linked_url

ENTRY = "e_"
INVITATION = "inv_"


def entry_link(bot_username: str, entry_id: int) -> str:
    """Opens the bot on the entry, with "I'm interested"."""
    return create_deep_linked_url(bot_username, f"{ENTRY}{entry_id}")


def invitation_link(bot_username: str, token: str) -> str:
    """Makes whoever opens it (within the invitation's hours) an organiser or secretariat."""
    return create_deep_linked_url(bot_username, f"{INVITATION}{token}")
