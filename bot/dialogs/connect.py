""" "I'm interested": a short message to the owner of an entry, then the request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot.dialogs.engine import (
    Accepted,
    Finished,
    Option,
    Outcome,
    Prompt,
    StepContext,
)
from bot.dialogs.steps import read_text
from catalogue import connections
from catalogue.text import check_length
from presentation.i18n import label, t

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
        return read_text(ctx, "message", text, lambda value: check_length(value, MESSAGE_MAX))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"message": None})


def refusal(lang: str, reason: str, daily: int, contact: str | None) -> str:
    """Why "I'm interested" cannot go ahead; past the day's cap, how to reach the secretariat
    (SECRETARIAT_CONTACT) when one is set, never an address that is not."""
    if reason == "cap" and contact:
        return t(lang, "connect-refused-cap-contact", max=daily, contact=contact)
    return t(lang, f"connect-refused-{reason}", max=daily)


class ConnectDialog:
    name = NAME
    steps: Sequence[Any] = (MessageStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        daily = ctx.setup.connect_daily
        entry_id, message = int(ctx.data["entry_id"]), ctx.data.get("message")
        try:
            done = connections.request(session, ctx.user_id, entry_id, message, ctx.now, daily)
        except connections.ConnectionRefused as exc:
            contact = ctx.setup.secretariat_contact
            return Finished(refusal(ctx.lang, exc.reason, daily, contact))
        return Finished(t(ctx.lang, "connect-sent", title=done.title), told=done.told)
