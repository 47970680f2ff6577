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

from bot import callbacks as cb
from bot.handlers import (
    admin,
    agenda,
    catalogue,
    conversation,
    fallback,
    matching,
    menu,
    organisers,
    profile,
    review,
)
from bot.handlers import followups as followup_handlers
from bot.handlers import meetings as meeting_handlers
from bot.handlers import partnerships as partnership_handlers

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
        "start": conversation.start,
        "cancel": conversation.cancel,
        "help": menu.help_command,
        "profile": profile.profile,
        "language": profile.language,
        "forget_me": profile.forget_me,
        "verify": admin.verify,
        "unverify": admin.unverify,
        "offer": catalogue.offer,
        "need": catalogue.need,
        "mine": catalogue.mine,
        "review": review.review_command,
        "export": review.export,
        "publish": review.publish_command,
        "search": matching.search,
        "country": matching.country,
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
        "web": organisers.web_command,
        "unmet": organisers.unmet_command,
        "partnerships": partnership_handlers.partnerships,
        "followup": followup_handlers.followup_command,
        "meetings": meeting_handlers.meetings_command,
        "availability": meeting_handlers.availability_command,
    }
    for name, callback in commands.items():
        add(CommandHandler(name, callback, filters=PRIVATE))
    add(MessageHandler(PRIVATE & filters.Regex(r"^/open_\d+(@\w+)?$"), catalogue.open_command))
    add(CallbackQueryHandler(conversation.dialog_button, pattern=r"^d:"))
    buttons: dict[cb.Feature[Any], Any] = {
        cb.ENTRY: catalogue.entry_button,
        cb.DRAFT: catalogue.cancel_draft_button,
        cb.MENU: catalogue.menu_button,
        cb.REVIEW: review.review_button,
        cb.SEARCH: matching.search_button,
        cb.COUNTRY: matching.country_button,
        cb.CATALOGUE: matching.catalogue_button,
        cb.MATCH: matching.match_button,
        cb.CONNECTION: matching.connection_button,
        cb.PARTNERSHIP: partnership_handlers.partnership_button,
        cb.FOLLOWUP: followup_handlers.followup_button,
        cb.AGENDA: agenda.agenda_button,
        cb.REMINDERS: agenda.reminders_button,
        cb.AGENDA_UPLOAD: agenda.agenda_upload_button,
        cb.BROADCAST: organisers.broadcast_button,
        cb.INVITE: organisers.invite_button,
        cb.ROLES: organisers.roles_button,
        cb.PERSON: admin.person_button,
        cb.LANGUAGE: profile.language_button,
        cb.PROFILE: profile.profile_button,
        cb.FORGET: profile.forget_button,
        cb.MEET: meeting_handlers.meeting_button,
        cb.AVAILABILITY: meeting_handlers.availability_button,
    }
    assert set(buttons) == set(cb.FEATURES), "every button feature has its handler"
    for feature, callback in buttons.items():
        add(CallbackQueryHandler(callback, pattern=feature.pattern))
    add(CallbackQueryHandler(fallback.unknown_button))
    add(MessageHandler(PRIVATE & filters.COMMAND, fallback.unknown_command))
    add(MessageHandler(PRIVATE & filters.TEXT, conversation.dialog_text))
    add(MessageHandler(PRIVATE & filters.Document.ALL, agenda.agenda_document))
    add(MessageHandler(PRIVATE, conversation.not_text))
    add(ChatMemberHandler(fallback.chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(fallback.on_error)
