"""Step kinds shared by the dialogs.

`TextStep` is a free-text answer checked by one of the core's rules (catalogue.text and
the checks built on it): the prompt states the limit and shows the current value when
editing; an answer the rule refuses is explained in the person's language and changes
nothing. `read_text` is the same reading for steps that also offer buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.dialogs.engine import Accepted, Outcome, Prompt, Rejected, StepContext
from presentation.i18n import t


class Refusal(Protocol):
    """A refused value as the core's checks return it (catalogue.text.Refused, entries.Problem)."""

    @property
    def key(self) -> str: ...
    @property
    def values(self) -> dict[str, Any]: ...


Check = Callable[[str], "str | Refusal"]


def read_text(ctx: StepContext, name: str, text: str, check: Check) -> Outcome:
    """Store the checked text under `name`, or say why it is refused."""
    checked = check(text)
    if not isinstance(checked, str):
        return Rejected(t(ctx.lang, checked.key, **checked.values))
    return Accepted({name: checked})


def _always(data: dict[str, Any]) -> bool:
    return True


@dataclass
class TextStep:
    name: str
    ask: str  # a message key taking `max`
    check: Check
    limit: int
    when: Callable[[dict[str, Any]], bool] = field(default=_always)

    def needed(self, data: dict[str, Any]) -> bool:
        return self.when(data)

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get(self.name))

    def prompt(self, ctx: StepContext) -> Prompt:
        text = t(ctx.lang, self.ask, max=self.limit)
        current = ctx.data.get(self.name)
        if current:
            text += "\n" + t(ctx.lang, "dialog-current", value=current)
        return Prompt(text)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return read_text(ctx, self.name, text, self.check)

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))
