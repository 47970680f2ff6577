"""Step kinds shared by the dialogs.

`ChoiceStep` (one tap), `ToggleStep` (several, then Done) and `ConfirmStep` (a summary,
then go on or change a part) are the button-only kinds every dialog is made of.

`TextStep` is a free-text answer checked by one of the core's rules (catalogue.text and
the checks built on it): the prompt states the limit and shows the current value when
editing; an answer the rule refuses is explained in the person's language and changes
nothing. `read_text` is the same reading for steps that also offer buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.dialogs.engine import EDIT, Accepted, Option, Outcome, Prompt, Rejected, StepContext
from presentation.i18n import label, t


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


def _same(value: str) -> Any:
    return value


Extra = Callable[[StepContext, str], "dict[str, Any] | Rejected"]


@dataclass
class ChoiceStep:
    """One tap among closed values; typed text is refused, and so is a value that is not
    on offer (a forged button). `labels` is the message-key prefix of the values' labels;
    `choices` replaces fixed values with ones read at the time (a meeting's sessions).
    `store` is what a tapped value is kept as (a yes/no as a bool); `then` adds what the
    answer changes elsewhere (a new kind of actor clears the country), or refuses it."""

    name: str
    ask: str
    values: Sequence[str] = ()
    labels: str = ""
    columns: int = 1
    when: Callable[[dict[str, Any]], bool] = field(default=_always)
    store: Callable[[str], Any] = field(default=_same)
    then: Extra | None = None
    choices: Callable[[StepContext], Sequence[Option]] | None = None

    def needed(self, data: dict[str, Any]) -> bool:
        return self.when(data)

    def answered(self, data: dict[str, Any]) -> bool:
        if self.choices is not None:
            return data.get(self.name) not in (None, "")
        return self.name in data and data[self.name] in {self.store(v) for v in self.values}

    def options(self, ctx: StepContext) -> list[Option]:
        if self.choices is not None:
            return list(self.choices(ctx))
        return [Option(v, label(ctx.lang, f"{self.labels}-{v}")) for v in self.values]

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt(t(ctx.lang, self.ask), self.options(ctx), self.columns, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value not in {o.value for o in self.options(ctx)}:
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        updates: dict[str, Any] = {self.name: self.store(value)}
        if self.then is not None:
            more = self.then(ctx, value)
            if isinstance(more, Rejected):
                return more
            updates.update(more)
        return Accepted(updates)


def yes_no(name: str, ask: str, when: Callable[[dict[str, Any]], bool] = _always) -> ChoiceStep:
    """A yes or no, kept as a bool."""
    return ChoiceStep(name, ask, ("yes", "no"), "answer", 2, when, store=lambda v: v == "yes")


@dataclass
class ToggleStep:
    """Several values, each toggled by a tap (✅ when chosen), then "Done"; or "None".
    The choice is drafted under `_<name>` until Done, so Back leaves the kept value."""

    name: str
    ask: str
    values: Sequence[str]
    labels: str
    chosen_key: str  # the line listing what is chosen so far (takes `list`)
    done: str  # the labels of the two closing buttons
    none: str

    @property
    def draft(self) -> str:
        return f"_{self.name}"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return isinstance(data.get(self.name), list)

    def _chosen(self, data: dict[str, Any]) -> list[str]:
        draft = data.get(self.draft)
        return list(draft if isinstance(draft, list) else data.get(self.name) or [])

    def prompt(self, ctx: StepContext) -> Prompt:
        chosen = self._chosen(ctx.data)
        text = t(ctx.lang, self.ask)
        if chosen:
            names = ", ".join(label(ctx.lang, f"{self.labels}-{v}") for v in chosen)
            text += "\n\n" + t(ctx.lang, self.chosen_key, list=names)
        options = [Option("done", label(ctx.lang, self.done)),
                   Option("none", label(ctx.lang, self.none))]  # fmt: skip
        for value in self.values:
            mark = "✅ " if value in chosen else ""
            options.append(Option(value, mark + label(ctx.lang, f"{self.labels}-{value}")))
        return Prompt(text, options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "done":
            chosen = self._chosen(ctx.data)
            kept = [v for v in self.values if v in chosen]
            return Accepted({self.name: kept, self.draft: None})
        if value == "none":
            return Accepted({self.name: [], self.draft: None})
        if value not in self.values:
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        chosen = self._chosen(ctx.data)
        chosen = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
        return Accepted({self.draft: chosen}, stay=True)


@dataclass
class ConfirmStep:
    """A summary to confirm before the dialog's service runs: one button to go on, one per
    part that can be changed (which jumps back to that step, `reset` clearing what it
    says)."""

    name: str
    summary: Callable[[StepContext], str]
    go: str  # the confirming button's label key
    edits: Callable[[StepContext], Sequence[Option]]  # values "edit:<step name>"
    flag: str = "_confirmed"
    reset: Callable[[str], dict[str, Any]] = field(default=lambda target: {})
    columns: int = 2

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get(self.flag))

    def prompt(self, ctx: StepContext) -> Prompt:
        options = [Option("go", label(ctx.lang, self.go)), *self.edits(ctx)]
        return Prompt(self.summary(ctx), options, self.columns, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "go":
            return Accepted({self.flag: True})
        if value not in {o.value for o in self.edits(ctx)}:
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        target = value.removeprefix("edit:")
        return Accepted({"_mode": EDIT, **self.reset(target)}, goto=target)
