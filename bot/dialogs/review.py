"""The secretariat's reason for a rejection or a request for changes, then the decision."""

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
from bot.notices import enqueue
from bot.render import affiliation, why
from catalogue import delegates, entries, matches
from catalogue.matches import CatalogueIndex
from catalogue.text import clean_text

NAME = "review"
REASON_MAX = 1000


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
        reason = clean_text(text)
        if not reason:
            return Rejected(t(ctx.lang, "error-empty"))
        if len(reason) > REASON_MAX:
            return Rejected(t(ctx.lang, "error-too-long", max=REASON_MAX, length=len(reason)))
        return Accepted({"reason": reason})

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"reason": f"preset:{value}"})


def reason_text(lang: str, reason: str | None) -> str:
    """A preset reason in the reader's language; free text as the reviewer wrote it."""
    if not reason:
        return ""
    if reason.startswith("preset:"):
        return label(lang, f"reason-{reason.removeprefix('preset:')}")
    return reason


def match_notices(
    session: Session, catalogue: CatalogueIndex, entry_id: int, now: Any
) -> list[Notice]:
    """The new match pairs of a just-approved entry, told to both owners in their language."""
    notices = []
    for p in matches.record_matches(session, catalogue, entry_id, now):
        owner = delegates.get(session, p.user_id)
        olang = owner.language if owner else "en"
        pub = p.other.published or {}
        other_owner = delegates.get(session, p.other.owner_id) if p.other.owner_id else None
        text = t(
            olang,
            "match-new",
            other_kind=label(olang, f"kind-{p.other.kind}"),
            other_title=str(pub.get("title")),
            own_title=p.own.title,
            who=affiliation(olang, pub, other_owner),
            why=why(olang, p.reasons) or "—",
            score=round(p.score),
        )
        rows = [
            [
                Button(label(olang, "connect-interested"), f"ci:{p.other.id}"),
                Button(label(olang, "match-dismiss"), f"mt:x:{p.pair_id}"),
            ]
        ]
        notices.append(Notice(p.user_id, text, rows))
    return notices


def announce_imported(
    session: Session, catalogue: CatalogueIndex, entry_ids: Sequence[int], now: Any
) -> int:
    """Entries imported already approved get matched as an approval in the chat would:
    a delegate whose need was approved before the import hears of the imported offer.
    The notices go through the outbox, committed with the import; a pair is told once."""
    notices = [
        n for entry_id in entry_ids for n in match_notices(session, catalogue, entry_id, now)
    ]
    enqueue(session, notices, now)
    return len(notices)


def apply_decision(
    session: Session,
    reviewer: int,
    entry_id: int,
    version: int,
    decision: str,
    reason: str | None,
    lang: str,
    now: Any,
    catalogue: CatalogueIndex | None = None,
) -> Finished:
    """Decide, and tell the submitter in their own language (sent after commit)."""
    if not delegates.has_role(session, reviewer, "secretariat"):
        return Finished(t(lang, "error-not-allowed"))
    try:
        entry = entries.decide(session, entry_id, version, reviewer, decision, reason, now)
    except entries.AlreadyDecided:
        return Finished(
            t(lang, "review-already-decided", id=entry_id),
            rows=[[Button(label(lang, "review-next"), "rv:n")]],
        )
    notices: list[Notice] = []
    owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
    if owner is not None and owner.active:
        olang = owner.language
        kind = label(olang, f"kind-{entry.kind}")
        values = {
            "id": entry.id,
            "kind": kind,
            "title": entry.title,
            "reason": reason_text(olang, reason),
        }
        key = {
            "approve": "notify-approved",
            "request_changes": "notify-changes",
            "reject": "notify-rejected",
        }[decision]
        edit = []
        if decision == "request_changes":
            edit = [[Button(label(olang, "entry-edit"), f"ent:e:{entry.id}")]]
        notices.append(Notice(owner.user_id, t(olang, key, **values), edit))
    if decision == "approve" and catalogue is not None:
        notices.extend(match_notices(session, catalogue, entry.id, now))
    ack = t(lang, f"review-done-{decision}", id=entry.id)
    rows = [
        [
            Button(label(lang, "review-next"), "rv:n"),
            Button(label(lang, "review-history"), f"rv:h:{entry.id}"),
        ]
    ]
    return Finished(ack, notices, rows=rows)


class ReviewDialog:
    name = NAME
    steps: Sequence[Any] = (ReasonStep(),)

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        return apply_decision(
            session,
            ctx.user_id,
            int(ctx.data["entry_id"]),
            int(ctx.data["version"]),
            str(ctx.data["decision"]),
            str(ctx.data.get("reason") or ""),
            ctx.lang,
            ctx.now,
        )
