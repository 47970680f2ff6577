"""The offer and need dialog: fields one by one, then a summary to edit and submit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from bot.dialogs.engine import (
    EDIT,
    Accepted,
    Finished,
    Option,
    Outcome,
    Prompt,
    Rejected,
    StepContext,
)
from bot.dialogs.steps import TextStep, read_text
from catalogue import countries, entries, review
from catalogue.taxonomy import (
    AREAS,
    COOPERATION_TYPES,
    MODALITIES,
    TARGET_GROUPS,
    TIME_FRAMES,
    TRIANGULAR_ROLES,
)
from catalogue.text import clean_text
from presentation.i18n import label, t
from presentation.render import entry_card, places, reason_text

NAME = "entry"
PICK = "_countries_pick"  # typed names that matched several countries: [[piece, [codes]]]


@dataclass
class CodeChoice:
    name: str
    ask: str
    codes: Sequence[str]
    prefix: str
    columns: int = 1
    only_if: Callable[[dict[str, Any]], bool] = field(default=lambda data: True)

    def needed(self, data: dict[str, Any]) -> bool:
        return self.only_if(data)

    def answered(self, data: dict[str, Any]) -> bool:
        return data.get(self.name) in self.codes

    def prompt(self, ctx: StepContext) -> Prompt:
        options = [Option(c, label(ctx.lang, f"{self.prefix}-{c}")) for c in self.codes]
        return Prompt(t(ctx.lang, self.ask), options, columns=self.columns, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        updates: dict[str, Any] = {self.name: value}
        if self.name == "modality" and value != "triangular":
            updates["role"] = None
        return Accepted(updates)


@dataclass
class CountriesChoice:
    """Several countries (toggled), or all of the Americas; names can be typed."""

    name: str = "countries"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("countries")) and bool(data.get("_countries_done"))

    def prompt(self, ctx: StepContext) -> Prompt:
        chosen = list(ctx.data.get("countries") or [])
        text = t(ctx.lang, "entry-ask-countries")
        if chosen:
            text += "\n\n" + t(ctx.lang, "entry-countries-chosen", list=places(ctx.lang, chosen))
        options = [Option("done", label(ctx.lang, "entry-countries-done"))]
        # A typed name that matched several countries: its candidates first, so that the
        # one meant is a tap away rather than lost.
        for piece, codes in ctx.data.get(PICK) or []:
            text += "\n\n" + t(ctx.lang, "entry-countries-several", query=piece)
            options += [Option(c, "❓ " + countries.name(c, ctx.lang)) for c in codes]
        options.append(Option(entries.ALL_AMERICAS, label(ctx.lang, "entry-all-americas")))
        for region, members in countries.SUBREGIONS.items():
            mark = "✅ " if set(members) <= set(chosen) else "🗺️ "
            options.append(Option(f"r:{region}", mark + label(ctx.lang, f"subregion-{region}")))
        for code in countries.sorted_codes(countries.OAS_MEMBERS, ctx.lang):
            mark = "✅ " if code in chosen else ""
            options.append(Option(code, mark + countries.name(code, ctx.lang)))
        return Prompt(text, options, columns=2, free_text=True)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        """Every piece of a typed list is added, offered as buttons, or named as not found."""
        query = clean_text(text)[:300]
        if not query:
            return Rejected(t(ctx.lang, "error-empty"))
        found = countries.resolve_many(query, "world")  # "Haiti, Jamaïque et Cuba"
        lang = ctx.lang
        if not found.codes and not found.ambiguous:
            return Rejected(t(lang, "reg-country-not-found", query=", ".join(found.unknown)))
        chosen = [c for c in ctx.data.get("countries") or [] if c != entries.ALL_AMERICAS]
        chosen += [c for c in found.codes if c not in chosen]
        pick = [[piece, [h.code for h in hits]] for piece, hits in found.ambiguous]
        notes = [t(lang, "reg-country-not-found", query=u) for u in found.unknown]
        updates: dict[str, Any] = {"countries": chosen, "_countries_done": False, PICK: pick}
        if pick:
            updates["_page"] = 0  # the engine's page: back to the first, where they are
        else:
            updates[PICK] = None
        return Accepted(
            updates,
            stay=True,
            notice="\n".join(notes) or None,
        )

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "done":
            if not ctx.data.get("countries"):
                return Rejected(t(ctx.lang, "error-countries-empty"))
            return Accepted({"_countries_done": True, PICK: None})
        if value == entries.ALL_AMERICAS:
            return Accepted(
                {"countries": [entries.ALL_AMERICAS], "_countries_done": True, PICK: None}
            )
        region = countries.SUBREGIONS.get(value.removeprefix("r:"))
        if value.startswith("r:") and region:
            chosen = [c for c in ctx.data.get("countries") or [] if c != entries.ALL_AMERICAS]
            if set(region) <= set(chosen):  # pressed again: the sub-region is taken off
                chosen = [c for c in chosen if c not in region]
            else:
                chosen += [c for c in region if c not in chosen]
            return Accepted({"countries": chosen, "_countries_done": False}, stay=True)
        if not countries.is_country(value):
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        pick = ctx.data.get(PICK) or []
        if any(value in codes for _piece, codes in pick):  # the one meant: chosen, not toggled
            outcome = self._toggle(ctx, value, force_on=True)
            rest = [[piece, codes] for piece, codes in pick if value not in codes]
            outcome.updates[PICK] = rest or None
            return outcome
        return self._toggle(ctx, value)

    def _toggle(self, ctx: StepContext, code: str, force_on: bool = False) -> Accepted:
        chosen = [c for c in ctx.data.get("countries") or [] if c != entries.ALL_AMERICAS]
        if code in chosen and not force_on:
            chosen.remove(code)
        elif code not in chosen:
            chosen.append(code)
        return Accepted({"countries": chosen, "_countries_done": False}, stay=True)


@dataclass
class GroupsChoice:
    """Target groups: none, or several toggled one tap each, then "Done"."""

    name: str = "target_groups"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return isinstance(data.get(self.name), list)

    def _chosen(self, data: dict[str, Any]) -> list[str]:
        draft = data.get("_groups")
        return list(draft if isinstance(draft, list) else data.get(self.name) or [])

    def prompt(self, ctx: StepContext) -> Prompt:
        chosen = self._chosen(ctx.data)
        text = t(ctx.lang, "entry-ask-target_groups")
        if chosen:
            names = ", ".join(label(ctx.lang, f"group-{g}") for g in chosen)
            text += "\n\n" + t(ctx.lang, "entry-countries-chosen", list=names)
        options = [
            Option("done", label(ctx.lang, "entry-countries-done")),
            Option("none", label(ctx.lang, "entry-groups-none")),
        ]
        for code in TARGET_GROUPS:
            mark = "✅ " if code in chosen else ""
            options.append(Option(code, mark + label(ctx.lang, f"group-{code}")))
        return Prompt(text, options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "done":
            chosen = self._chosen(ctx.data)
            return Accepted({self.name: [g for g in TARGET_GROUPS if g in chosen], "_groups": None})
        if value == "none":
            return Accepted({self.name: [], "_groups": None})
        if value not in TARGET_GROUPS:
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        chosen = self._chosen(ctx.data)
        chosen = [g for g in chosen if g != value] if value in chosen else [*chosen, value]
        return Accepted({"_groups": chosen}, stay=True)


@dataclass
class YesNo:
    name: str = "financing"

    def needed(self, data: dict[str, Any]) -> bool:
        return data.get("kind") == "offer"

    def answered(self, data: dict[str, Any]) -> bool:
        return isinstance(data.get(self.name), bool)

    def prompt(self, ctx: StepContext) -> Prompt:
        options = [
            Option("yes", label(ctx.lang, "answer-yes")),
            Option("no", label(ctx.lang, "answer-no")),
        ]
        return Prompt(t(ctx.lang, "entry-ask-financing"), options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({self.name: value == "yes"})


@dataclass
class Contact:
    name: str = "contact"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return self.name in data

    def prompt(self, ctx: StepContext) -> Prompt:
        text = t(ctx.lang, "entry-ask-contact", max=entries.CONTACT_MAX)
        if ctx.data.get(self.name):
            text += "\n" + t(ctx.lang, "dialog-current", value=ctx.data[self.name])
        return Prompt(text, [Option("skip", label(ctx.lang, "entry-skip"))], free_text=True)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return read_text(ctx, self.name, text, entries.check_contact)

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({self.name: None})


@dataclass
class Summary:
    """Everything typed so far, an Edit button per field, and Submit."""

    steps: Sequence[Any]
    name: str = "summary"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("_submitted"))

    def prompt(self, ctx: StepContext) -> Prompt:
        lang = ctx.lang
        text = t(lang, f"entry-summary-{ctx.data.get('kind', 'offer')}") + "\n\n"
        if ctx.data.get("_review_note"):  # what the secretariat asked to change, kept in view
            note = reason_text(lang, str(ctx.data["_review_note"]))
            text += t(lang, "entry-review-note", note=note) + "\n\n"
        text += entry_card(lang, ctx.data, with_status=False)
        if ctx.session is not None and ctx.data.get("title"):
            similar = entries.similar_titles(
                ctx.session,
                ctx.user_id,
                str(ctx.data.get("kind")),
                str(ctx.data["title"]),
                exclude=ctx.data.get("entry_id"),
            )
            for entry_id, title in similar[:3]:
                text += "\n\n" + t(lang, "entry-similar", id=entry_id, title=title)
        text += "\n\n" + t(lang, "entry-summary-hint")
        options = [Option("submit", label(lang, "entry-submit"))]
        for step in self.steps:
            if step.name != self.name and step.needed(ctx.data):
                name = label(lang, f"entry-field-{step.name}")
                options.append(
                    Option(f"edit:{step.name}", label(lang, "profile-edit-button", field=name))
                )
        return Prompt(text, options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "submit":
            return Accepted({"_submitted": True})
        return Accepted({"_mode": EDIT}, goto=value.removeprefix("edit:"))


def _is_triangular(data: dict[str, Any]) -> bool:
    return data.get("modality") == "triangular"


class EntryDialog:
    """/offer and /need; also an edit of an existing entry (data has entry_id)."""

    name = NAME

    def __init__(self) -> None:
        fields: list[Any] = [
            TextStep("title", "entry-ask-title", entries.check_title, entries.TITLE_MAX),
            TextStep(
                "description",
                "entry-ask-description",
                entries.check_description,
                entries.DESCRIPTION_MAX,
            ),
            CodeChoice("area", "entry-ask-area", AREAS, "area-button"),  # short labels on buttons
            CodeChoice("cooperation_type", "entry-ask-cooperation_type", COOPERATION_TYPES, "type"),
            CodeChoice("modality", "entry-ask-modality", MODALITIES, "modality"),
            CodeChoice("role", "entry-ask-role", TRIANGULAR_ROLES, "role", only_if=_is_triangular),
            CountriesChoice(),
            GroupsChoice(),
            CodeChoice("time_frame", "entry-ask-time_frame", TIME_FRAMES, "timeframe"),
            YesNo(),
            Contact(),
        ]
        self.steps: Sequence[Any] = [*fields, Summary(fields)]

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        lang = ctx.lang
        values = {f: ctx.data.get(f) for f in entries.FIELDS}
        entry_id = ctx.data.get("entry_id")
        try:
            done = review.submit(
                session,
                ctx.user_id,
                str(ctx.data.get("kind")),
                values,
                lang,
                ctx.now,
                int(entry_id) if entry_id else None,
            )
        except review.NotRegistered:
            return Finished(t(lang, "error-not-registered"))
        except review.LimitReached:
            return Finished(t(lang, "entry-limit", max=entries.MAX_PENDING))
        except review.NotFound:
            return Finished(t(lang, "dialog-stale-button"))
        entry = done.entry
        return Finished(t(lang, f"entry-saved-{entry.kind}", id=entry.id), told=done.told)
