""" "I'm interested": a short message to the owner of an entry, then the request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot.dialogs.engine import (
    Accepted,
    Button,
    Finished,
    Notice,
    Option,
    Outcome,
    Prompt,
    Rejected,
    StepContext,
)
from bot.i18n import label, t
from bot.render import affiliation
from catalogue import delegates, matches
from catalogue.text import clean_text
from storage.models import Entry

NAME = "connect"
MESSAGE_MAX = 500


@dataclass
class MessageStep:
    name: str = "message"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return "message" in data

    def prompt(self, ctx: StepContext) -> Prompt:
        text = t(ctx.lang, "connect-ask", title=str(ctx.data.get("title", "")), max=MESSAGE_MAX)
        return Prompt(text, [Option("skip", label(ctx.lang, "entry-skip"))])

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        message = clean_text(text)
        if not message:
            return Rejected(t(ctx.lang, "error-empty"))
        if len(message) > MESSAGE_MAX:
            return Rejected(t(ctx.lang, "error-too-long", max=MESSAGE_MAX, length=len(message)))
        return Accepted({"message": message})

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"message": None})


def secretariat_ids(session: Session) -> list[int]:
    return [uid for uid, roles in delegates.admins(session).items() if "secretariat" in roles]


class ConnectDialog:
    name = NAME
    steps: Sequence[Any] = (MessageStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        lang = ctx.lang
        entry_id = int(ctx.data["entry_id"])
        try:
            connection = matches.request_connection(
                session, ctx.user_id, entry_id, ctx.data.get("message"), ctx.now
            )
        except matches.ConnectionRefused as exc:
            return Finished(t(lang, f"connect-refused-{exc.reason}"))
        entry = session.get(Entry, entry_id)
        assert entry is not None
        requester = delegates.get(session, ctx.user_id)
        name = requester.full_name if requester and requester.full_name else "—"
        who = (
            name
            + " — "
            + affiliation(
                lang,
                {
                    "organisation": requester.organisation if requester else None,
                    "actor_kind": requester.actor_kind if requester else None,
                    "owner_country": requester.country if requester else None,
                },
                requester,
            )
        )
        notices = []
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        if owner is not None and owner.active and owner.registered_at is not None:
            olang = owner.language
            text = t(
                olang,
                "connect-request",
                who=who,
                title=entry.title,
                message=connection.message or "—",
            )
            rows = [
                [
                    Button(label(olang, "connect-accept"), f"cn:a:{connection.id}"),
                    Button(label(olang, "connect-decline"), f"cn:d:{connection.id}"),
                ]
            ]
            notices.append(Notice(owner.user_id, text, rows))
        else:  # an imported entry, or an owner gone: the secretariat makes the link
            for uid in secretariat_ids(session):
                row = delegates.get(session, uid)
                slang = row.language if row else "en"
                notices.append(
                    Notice(
                        uid,
                        t(
                            slang,
                            "connect-to-secretariat",
                            who=who,
                            id=entry.id,
                            title=entry.title,
                            message=connection.message or "—",
                        ),
                    )
                )
        return Finished(t(lang, "connect-sent", title=entry.title), notices)
