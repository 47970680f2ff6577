"""Two short dialogs about a partnership: a note on how it goes (answering a check-in, or
at any time), and naming a third party with its triangular role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from bot.dialogs.engine import Finished, StepContext
from bot.dialogs.steps import ChoiceStep, TextStep
from catalogue import followups, partnerships
from catalogue.partnerships import Stage
from catalogue.taxonomy import TRIANGULAR_ROLES
from catalogue.text import check_length
from presentation.i18n import t

NOTE = "partnership-note"
THIRD = "partnership-third"
NAME_MAX = 200


class NoteDialog:
    """A note on partnership `partnership` (data); it counts as an answer to a check-in."""

    name = NOTE
    steps: Sequence[Any] = (
        TextStep("note", "partnership-ask-note", lambda v: check_length(v, partnerships.NOTE_MAX),
                 partnerships.NOTE_MAX),
    )  # fmt: skip

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        partnership_id = int(ctx.data["partnership"])
        found = partnerships.get(session, partnership_id)
        try:
            if found is None:
                raise partnerships.NotAllowed("partnership", "gone")
            stage = Stage(found.stage)
            done = followups.answer(session, ctx.user_id, partnership_id, stage, ctx.now,
                                    note=str(ctx.data["note"]))  # fmt: skip
        except (partnerships.NotAllowed, partnerships.NotPossible):
            return Finished(t(ctx.lang, "dialog-stale-button"))
        return Finished(t(ctx.lang, "partnership-noted", id=partnership_id), told=done.told)


class ThirdPartyDialog:
    """Name a third party of partnership `partnership` (data), then its role."""

    name = THIRD
    steps: Sequence[Any] = (
        TextStep("third", "partnership-ask-third", lambda v: check_length(v, NAME_MAX), NAME_MAX),
        ChoiceStep("role", "partnership-ask-role", TRIANGULAR_ROLES, "role", columns=2),
    )

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        partnership_id = int(ctx.data["partnership"])
        try:
            name, role = str(ctx.data["third"]), str(ctx.data["role"])
            changed = partnerships.name_third_party(session, ctx.user_id, partnership_id, name,
                                                    role, ctx.now)  # fmt: skip
        except (partnerships.NotAllowed, partnerships.NotPossible):
            return Finished(t(ctx.lang, "dialog-stale-button"))
        return Finished(t(ctx.lang, "partnership-third-saved", id=partnership_id),
                        told=changed.told)  # fmt: skip
