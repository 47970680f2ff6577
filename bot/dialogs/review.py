"""The secretariat's reason for a rejection or a request for changes, then the decision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.dialogs.engine import (
    Accepted,
    Button,
    Finished,
    Option,
    Outcome,
    Prompt,
    StepContext,
)
from bot.dialogs.steps import read_text
from catalogue import entries, review
from catalogue.entries import Decision
from catalogue.text import check_length
from presentation.i18n import label, t

NAME = "review"
REASON_MAX = entries.REASON_MAX


@dataclass
class ReasonStep:
    name: str = "reason"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("reason"))

    def prompt(self, ctx: StepContext) -> Prompt:
        decision = ctx.data.get("decision")
        if decision == "reject":
            options = [Option(r, label(ctx.lang, f"reason-{r}")) for r in entries.REJECT_REASONS]
            return Prompt(
                t(ctx.lang, "review-ask-reject", id=ctx.data["entry_id"]), options, columns=1
            )
        return Prompt(t(ctx.lang, "review-ask-changes", id=ctx.data["entry_id"]))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return read_text(ctx, "reason", text, lambda value: check_length(value, REASON_MAX))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"reason": f"preset:{value}"})


def decide(
    session: Session,
    reviewer: int,
    entry_id: int,
    version: int,
    decision: Decision,
    reason: str | None,
    lang: str,
    now: Any,
) -> Finished:
    """The decision through the one review service, answered in the reviewer's language."""
    try:
        done = review.decide(session, reviewer, entry_id, version, decision, reason, now)
    except review.NotAllowed:
        return Finished(t(lang, "error-not-allowed"))
    except review.AlreadyDecided:
        next_button = Button(label(lang, "review-next"), cb.REVIEW.data(cb.Review.NEXT))
        return Finished(t(lang, "review-already-decided", id=entry_id), rows=[[next_button]])
    rows = [
        [
            Button(label(lang, "review-next"), cb.REVIEW.data(cb.Review.NEXT)),
            Button(label(lang, "review-history"), cb.REVIEW.data(cb.Review.HISTORY, entry_id)),
        ]
    ]
    return Finished(t(lang, f"review-done-{decision}", id=entry_id), done.told, rows=rows)


class ReviewDialog:
    name = NAME
    steps: Sequence[Any] = (ReasonStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        return decide(
            session,
            ctx.user_id,
            int(ctx.data["entry_id"]),
            int(ctx.data["version"]),
            Decision(ctx.data["decision"]),
            str(ctx.data.get("reason") or ""),
            ctx.lang,
            ctx.now,
        )
