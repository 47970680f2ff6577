"""The command menu (setMyCommands) per language and role, and /help."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError
from telegram.ext import Application

from bot.handlers.common import Turn, handler
from catalogue import delegates, roles
from catalogue.taxonomy import LANGUAGES
from presentation.i18n import label, t
from storage.rights import ADMIN_ROLES, Action, Role, allowed

log = logging.getLogger(__name__)

DELEGATE_COMMANDS = (
    "start",
    "offer",
    "need",
    "mine",
    "search",
    "country",
    "matches",
    "partnerships",
    "followup",
    "meetings",
    "availability",
    "agenda",
    "now",
    "next",
    "calendar",
    "reminders",
    "profile",
    "language",
    "help",
    "cancel",
    "forget_me",
)
ROLE_COMMANDS = {
    Role.ORGANISER: ("broadcast", "broadcasts", "stats", "unmet", "web"),
    Role.SECRETARIAT: (
        "review",
        "export",
        "publish",
        "connections",
        "broadcast",
        "broadcasts",
        "stats",
        "unmet",
        "invite",
        "roles",
        "verify",
        "unverify",
        "web",
    ),
}


def commands_for(lang: str, user_roles: set[Role]) -> list[BotCommand]:
    names = list(DELEGATE_COMMANDS)
    for role in ADMIN_ROLES:
        if role in user_roles:
            names += [c for c in ROLE_COMMANDS[role] if c not in names]
    return [BotCommand(name, label(lang, f"cmd-{name}")) for name in names]


async def publish_menus(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Set the menu for every language, and the admin menus for admin chats."""
    bot = application.bot
    s = services_from_app(application)
    try:
        await bot.set_my_commands(
            commands_for(s.settings.default_language, set()), scope=BotCommandScopeDefault()
        )
        for lang in LANGUAGES:
            await bot.set_my_commands(commands_for(lang, set()), language_code=lang)
    except TelegramError as exc:
        log.warning("could not set the command menu: %s", exc)
    with s.sessions() as session:
        admins = roles.admins(session)
        langs = {uid: (delegates.get(session, uid) or None) for uid in admins}
    for uid, user_roles in admins.items():
        row = langs.get(uid)
        lang = row.language if row else s.settings.default_language
        await publish_chat_menu(application, uid, lang, user_roles)


async def publish_chat_menu(
    application: Application[Any, Any, Any, Any, Any, Any],
    user_id: int,
    lang: str,
    user_roles: set[Role],
) -> None:
    """An admin's own menu; a chat that does not exist yet is not an error."""
    try:
        await application.bot.set_my_commands(
            commands_for(lang, user_roles), scope=BotCommandScopeChat(user_id)
        )
    except TelegramError as exc:
        log.info("no admin menu for user %s yet: %s", user_id, exc)


def services_from_app(application: Application[Any, Any, Any, Any, Any, Any]) -> Any:
    return application.bot_data["services"]


@handler()
async def help_command(turn: Turn[None]) -> None:
    parts = [t(turn.lang, "help-delegate")]
    contact = turn.s.dialogs.setup.secretariat_contact
    if contact:  # SECRETARIAT_CONTACT: how to reach the secretariat outside the bot
        parts.append(t(turn.lang, "help-contact", contact=contact))
    if allowed(turn.roles, Action.BROADCAST):  # the secretariat has these commands too
        parts.append(t(turn.lang, "help-organiser"))
    if Role.SECRETARIAT in turn.roles:
        parts.append(t(turn.lang, "help-secretariat"))
    await turn.say("\n\n".join(parts))
    turn.s.count("help")
