"""Handlers, registered in order: groups first, then commands, buttons, text, the rest."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import (
    admin,
    agenda,
    catalogue,
    fallback,
    matching,
    menu,
    organisers,
    profile,
    registration,
    review,
)

log = logging.getLogger("cidi-bot.updates")
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


async def log_update(update: object, context: Any) -> None:
    """One log line an update: its id, the user's id and its kind; never its text."""
    if isinstance(update, Update):
        user = update.effective_user
        kind = next(
            (
                k
                for k in (
                    "message",
                    "callback_query",
                    "edited_message",
                    "my_chat_member",
                    "channel_post",
                )
                if getattr(update, k, None) is not None
            ),
            "other",
        )
        log.info(
            "update",
            extra={
                "update_id": update.update_id,
                "user_id": user.id if user else None,
                "event": kind,
            },
        )


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    add = application.add_handler
    application.add_handler(TypeHandler(Update, log_update), group=-1)
    add(
        MessageHandler(
            filters.ChatType.GROUPS & (filters.TEXT | filters.COMMAND), fallback.group_message
        )
    )
    commands = {
        "start": registration.start,
        "cancel": registration.cancel,
        "help": menu.help_command,
        "profile": profile.profile,
        "language": profile.language,
        "forget_me": profile.forget_me,
        "verify": admin.verify,
        "unverify": admin.unverify,
        "offer": catalogue.offer,
        "need": catalogue.need,
        "mine": catalogue.mine,
        "review": review.review,
        "export": review.export,
        "search": matching.search,
        "matches": matching.my_matches,
        "connections": matching.connections,
        "agenda": agenda.agenda,
        "now": agenda.now_command,
        "next": agenda.next_command,
        "calendar": agenda.calendar,
        "reminders": agenda.reminders,
        "broadcast": organisers.broadcast,
        "broadcasts": organisers.broadcasts_list,
        "stats": organisers.stats_command,
        "invite": organisers.invite,
        "roles": organisers.roles_command,
    }
    for name, callback in commands.items():
        add(CommandHandler(name, callback, filters=PRIVATE))
    add(MessageHandler(PRIVATE & filters.Regex(r"^/open_\d+(@\w+)?$"), catalogue.open_command))
    add(CallbackQueryHandler(registration.dialog_button, pattern=r"^d:"))
    add(CallbackQueryHandler(catalogue.entry_button, pattern=r"^ent:"))
    add(CallbackQueryHandler(catalogue.cancel_draft_button, pattern=r"^cd:[yn]$"))
    add(CallbackQueryHandler(catalogue.menu_button, pattern=r"^menu:"))
    add(CallbackQueryHandler(review.review_button, pattern=r"^rv:"))
    add(CallbackQueryHandler(matching.search_button, pattern=r"^sr:"))
    add(CallbackQueryHandler(matching.details_button, pattern=r"^sd:"))
    add(CallbackQueryHandler(matching.interested_button, pattern=r"^ci:"))
    add(CallbackQueryHandler(matching.match_button, pattern=r"^mt:x:"))
    add(CallbackQueryHandler(matching.connection_button, pattern=r"^cn:"))
    add(CallbackQueryHandler(agenda.agenda_button, pattern=r"^ag:"))
    add(CallbackQueryHandler(agenda.reminders_button, pattern=r"^rm:"))
    add(CallbackQueryHandler(agenda.agenda_upload_button, pattern=r"^agu:"))
    add(CallbackQueryHandler(organisers.broadcast_button, pattern=r"^bc:"))
    add(CallbackQueryHandler(organisers.invite_button, pattern=r"^iv:"))
    add(CallbackQueryHandler(organisers.roles_button, pattern=r"^rl:"))
    add(CallbackQueryHandler(profile.language_button, pattern=r"^lang:"))
    add(CallbackQueryHandler(profile.profile_button, pattern=r"^prof:"))
    add(CallbackQueryHandler(profile.forget_button, pattern=r"^forget:"))
    add(CallbackQueryHandler(fallback.unknown_button))
    add(MessageHandler(PRIVATE & filters.COMMAND, fallback.unknown_command))
    add(MessageHandler(PRIVATE & filters.TEXT, registration.dialog_text))
    add(MessageHandler(PRIVATE & filters.Document.ALL, agenda.agenda_document))
    add(MessageHandler(PRIVATE, registration.not_text))
    add(ChatMemberHandler(fallback.chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(fallback.on_error)
