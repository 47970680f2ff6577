"""The offer and need dialog: fields one by one, then a summary to edit and submit."""

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
    Rejected,
    StepContext,
)
from bot.dialogs.steps import ChoiceStep, ConfirmStep, TextStep, ToggleStep, read_text, yes_no
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


def _modality_changes(ctx: StepContext, value: str) -> dict[str, Any]:
    """Only a triangular modality has a role."""
    return {} if value == "triangular" else {"role": None}


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


def summary(steps: Sequence[Any]) -> ConfirmStep:
    """Everything typed so far, an Edit button per field, and Submit."""

    def text(ctx: StepContext) -> str:
        lang = ctx.lang
        said = t(lang, f"entry-summary-{ctx.data.get('kind', 'offer')}") + "\n\n"
        if ctx.data.get("_review_note"):  # what the secretariat asked to change, kept in view
            note = reason_text(lang, str(ctx.data["_review_note"]))
            said += t(lang, "entry-review-note", note=note) + "\n\n"
        said += entry_card(lang, ctx.data, with_status=False)
        if ctx.session is not None and ctx.data.get("title"):
            similar = entries.similar_titles(
                ctx.session,
                ctx.user_id,
                str(ctx.data.get("kind")),
                str(ctx.data["title"]),
                exclude=ctx.data.get("entry_id"),
            )
            for entry_id, title in similar[:3]:
                said += "\n\n" + t(lang, "entry-similar", id=entry_id, title=title)
        return said + "\n\n" + t(lang, "entry-summary-hint")

    def edits(ctx: StepContext) -> list[Option]:
        return [
            Option(f"edit:{step.name}", label(ctx.lang, "profile-edit-button",
                                              field=label(ctx.lang, _edit_label(step.name))))
            for step in steps
            if step.needed(ctx.data)
        ]  # fmt: skip

    return ConfirmStep("summary", text, "entry-submit", edits, flag="_submitted")


# Fields whose card label is too long for a half-width edit button have a short one.
SHORT_EDIT_LABELS = frozenset({"cooperation_type", "financing"})


def _edit_label(field: str) -> str:
    return f"entry-field-{field}-short" if field in SHORT_EDIT_LABELS else f"entry-field-{field}"


def _is_triangular(data: dict[str, Any]) -> bool:
    return data.get("modality") == "triangular"


def _is_offer(data: dict[str, Any]) -> bool:
    return data.get("kind") == "offer"


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
            ChoiceStep("area", "entry-ask-area", AREAS, "area-button"),  # short button labels
            ChoiceStep("cooperation_type", "entry-ask-cooperation_type", COOPERATION_TYPES, "type"),
            ChoiceStep("modality", "entry-ask-modality", MODALITIES, "modality",
                       then=_modality_changes),
            ChoiceStep("role", "entry-ask-role", TRIANGULAR_ROLES, "role", when=_is_triangular),
            CountriesChoice(),
            ToggleStep("target_groups", "entry-ask-target_groups", TARGET_GROUPS, "group",
                       "entry-groups-chosen", "entry-countries-done", "entry-groups-none"),
            ChoiceStep("time_frame", "entry-ask-time_frame", TIME_FRAMES, "timeframe"),
            yes_no("financing", "entry-ask-financing", when=_is_offer),
            Contact(),
        ]  # fmt: skip
        self.steps: Sequence[Any] = [*fields, summary(fields)]

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        lang = ctx.lang
        values = {f: ctx.data.get(f) for f in entries.FIELDS}
        entry_id = ctx.data.get("entry_id")
        try:  # the steps checked each answer; the core checks them all again, together
            data = entries.EntryInput.read(
                {**values, "kind": ctx.data.get("kind"), "language": lang}
            )
            done = review.submit(session, ctx.user_id, data, ctx.now,
                                 int(entry_id) if entry_id else None)  # fmt: skip
        except entries.Invalid as invalid:
            first = invalid.problems[0]
            field = label(lang, f"entry-field-{first.field}")
            return Finished(f"{field}: {t(lang, first.key, **first.values)}")
        except review.NotRegistered:
            return Finished(t(lang, "error-not-registered"))
        except review.LimitReached:
            return Finished(t(lang, "entry-limit", max=entries.MAX_PENDING))
        except review.NotFound:
            return Finished(t(lang, "dialog-stale-button"))
        entry = done.entry
        return Finished(t(lang, f"entry-saved-{entry.kind}", id=entry.id), told=done.told)
