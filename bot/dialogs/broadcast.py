"""/broadcast: the message (Telegram formatting kept), versions per language, the
audience, now or later, a preview with the number of recipients, and confirmation."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.dialogs.engine import (
    Accepted,
    Button,
    Finished,
    Option,
    Outcome,
    Prompt,
    Rejected,
    StepContext,
)
from bot.dialogs.steps import ChoiceStep, ConfirmStep
from catalogue import countries, roles
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGE_NAMES, LANGUAGES
from presentation.i18n import label, t
from presentation.render import (
    audience_text,
    language_name,
    language_names,
    moment_text,
    shorten,
)
from richtext import TEXT_LIMIT, parse, utf16_length
from scheduler import agenda_store, broadcasts
from scheduler.agenda import Agenda
from storage.rights import NotAllowed

NAME = "broadcast"


def refusal(lang: str, refused: broadcasts.BroadcastRefused) -> str:
    """The core's refusal in the organiser's words, naming the version at fault."""
    where = f"{refused.language.upper()}: " if refused.language else ""
    return where + t(lang, refused.key, **refused.values)


def _agenda(ctx: StepContext) -> Agenda | None:
    agenda: Agenda | None = ctx.setup.agenda()
    return agenda


def _lead(ctx: StepContext) -> int:
    return ctx.setup.reminder_lead


def audience_of(data: dict[str, Any]) -> broadcasts.Audience:
    return broadcasts.Audience(type=data.get("audience") or "all",
                               value=data.get("audience_value"))  # fmt: skip


def reaches(ctx: StepContext, audience: broadcasts.Audience) -> Rejected | None:
    """Nobody in this audience: said when it is chosen, the message kept (core's rule)."""
    if ctx.session is None:
        return None
    try:
        broadcasts.check_reaches(ctx.session, audience, _agenda(ctx), _lead(ctx))
    except broadcasts.BroadcastRefused:
        return Rejected(t(ctx.lang, "broadcast-nobody-choose"))
    return None


def _text_taken(ctx: StepContext, language: str, text: str) -> Outcome:
    try:
        broadcasts.check_text(text)
    except broadcasts.BroadcastRefused as refused:
        return Rejected(refusal(ctx.lang, refused))
    texts = dict(ctx.data.get("texts") or {})
    texts[language] = text
    return Accepted({"texts": texts})


@dataclass
class MessageStep:
    name: str = "text"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool((data.get("texts") or {}).get(data.get("lang")))

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt(
            t(ctx.lang, "broadcast-ask-text", language=language_name(ctx.lang, ctx.data["lang"]))
        )

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return _text_taken(ctx, str(ctx.data["lang"]), text)

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


@dataclass
class VersionsStep:
    """Add the message in other languages, or go on (each delegate gets theirs)."""

    name: str = "versions"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("_versions_done"))

    def prompt(self, ctx: StepContext) -> Prompt:
        have = ctx.data.get("texts") or {}
        options = [Option("next", label(ctx.lang, "broadcast-versions-done"))]
        options += [
            Option(
                code,
                label(
                    ctx.lang, "broadcast-add-version", language=label(ctx.lang, f"language-{code}")
                ),
            )
            for code in LANGUAGES
            if code not in have
        ]
        given = language_names(ctx.lang, have)
        return Prompt(
            t(ctx.lang, "broadcast-ask-versions", given=given), options, columns=1, free_text=False
        )

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "next":
            return Accepted({"_versions_done": True})
        return Accepted({"_version": value}, goto="version")


@dataclass
class VersionStep:
    name: str = "version"

    def needed(self, data: dict[str, Any]) -> bool:
        return bool(data.get("_version"))

    def answered(self, data: dict[str, Any]) -> bool:
        return not data.get("_version")

    def prompt(self, ctx: StepContext) -> Prompt:
        code = str(ctx.data.get("_version"))
        return Prompt(t(ctx.lang, "broadcast-ask-text", language=language_name(ctx.lang, code)))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        taken = _text_taken(ctx, str(ctx.data["_version"]), text)
        if isinstance(taken, Accepted):
            return Accepted({**taken.updates, "_version": None}, goto="versions")
        return taken

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


def _audience_changes(ctx: StepContext, value: str) -> dict[str, Any] | Rejected:
    if value in broadcasts.WITH_VALUE:
        return {"audience_value": None}  # the next step asks which one
    return reaches(ctx, broadcasts.Audience(type=value)) or {"audience_value": None}


@dataclass
class AudienceValueStep:
    name: str = "audience_value"

    def needed(self, data: dict[str, Any]) -> bool:
        return data.get("audience") in broadcasts.WITH_VALUE

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("audience_value"))

    def _options(self, ctx: StepContext) -> list[Option]:
        kind = ctx.data.get("audience")
        lang = ctx.lang
        if kind == "kind":
            return [Option(k, label(lang, f"actor-{k}")) for k in ACTOR_KINDS]
        if kind == "role":
            return [Option(r, label(lang, f"role-{r}")) for r in roles.GRANTABLE]
        if kind == "language":
            return [Option(c, LANGUAGE_NAMES[c]) for c in LANGUAGES]
        if kind == "country":
            codes = countries.sorted_codes(countries.OAS_MEMBERS, lang)
            return [Option(c, countries.name(c, lang)) for c in codes]
        agenda = _agenda(ctx)
        sessions = agenda.sessions if agenda else ()
        return [
            Option(s.id, s.text("title", lang, "en")[:60]) for s in sessions if s.kind != "break"
        ]

    def prompt(self, ctx: StepContext) -> Prompt:
        free = ctx.data.get("audience") == "country"
        return Prompt(
            t(ctx.lang, "broadcast-ask-audience-value"),
            self._options(ctx),
            columns=1,
            free_text=free,
        )

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        if ctx.data.get("audience") != "country":
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        hits = countries.find(text[:80], "world")
        if len(hits) == 1 or (hits and hits[0].score >= 99):
            return self.on_choice(ctx, hits[0].code)
        if hits:
            return Rejected(
                t(ctx.lang, "reg-country-pick", query=text[:80]),
                [Option(h.code, countries.name(h.code, ctx.lang)) for h in hits],
            )
        return Rejected(t(ctx.lang, "reg-country-not-found", query=text[:80]))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        try:
            audience = broadcasts.Audience(type=ctx.data.get("audience"), value=value)
        except broadcasts.BroadcastRefused as refused:
            return Rejected(refusal(ctx.lang, refused))
        return reaches(ctx, audience) or Accepted({"audience_value": value})


@dataclass
class TimeStep:
    name: str = "time"

    def needed(self, data: dict[str, Any]) -> bool:
        return data.get("when") == "schedule"

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("at"))

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt(t(ctx.lang, "broadcast-ask-time", zone=self._zone(ctx)))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        try:
            moment = broadcasts.read_time(text[:40], self._zone(ctx), ctx.now)
        except broadcasts.BroadcastRefused as refused:
            return Rejected(refusal(ctx.lang, refused))
        return Accepted({"at": moment.isoformat()})

    def _zone(self, ctx: StepContext) -> str:
        assert ctx.session is not None
        return broadcasts.zone_of(ctx.session, ctx.user_id, _agenda(ctx))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


def preview(ctx: StepContext) -> str:
    """Who receives it, how many, when, and every version under its language's name (the
    other versions shortened when all of them would not fit in one message)."""
    lang = ctx.lang
    audience = audience_of(ctx.data)
    count = 0
    if ctx.session is not None:
        count = len(broadcasts.recipients(ctx.session, audience, _agenda(ctx), _lead(ctx)))
    texts: dict[str, str] = ctx.data.get("texts") or {}
    when = label(lang, "broadcast-now")
    if ctx.data.get("at") and ctx.session is not None:  # stored in UTC; shown in the zone
        zone = broadcasts.zone_of(ctx.session, ctx.user_id, _agenda(ctx))  # it was typed in
        at = datetime.fromisoformat(str(ctx.data["at"])).astimezone(ZoneInfo(zone))
        when = f"{moment_text(at, lang, zone)} ({zone})"
    head = t(
        lang,
        "broadcast-preview-head",
        count=count,
        audience=audience_text(lang, audience, _agenda(ctx)),
        languages=language_names(lang, texts),
        when=when,
    )
    own = str(ctx.data.get("lang"))
    order = sorted(texts, key=lambda c: (c != own, LANGUAGES.index(c)))
    versions = [f"<b>{label(lang, f'language-{c}')}</b>\n{texts[c]}" for c in order]
    whole = "\n\n".join([head, *versions])
    if utf16_length(parse(whole)) <= TEXT_LIMIT - 200:
        return whole
    # Too long together: the organiser's own version whole, the others' first words (as
    # plain text: a cut inside a tag would be invalid HTML).
    shortened = [versions[0]] + [
        f"<b>{label(lang, f'language-{c}')}</b>\n{html.escape(shorten(parse(texts[c]), 200))}"
        for c in order[1:]
    ]
    return "\n\n".join([head, *shortened])


def _when_options(ctx: StepContext) -> list[Option]:
    return [Option("now", label(ctx.lang, "broadcast-now")),
            Option("schedule", label(ctx.lang, "broadcast-later"))]  # fmt: skip


def _edits(ctx: StepContext) -> list[Option]:
    return [
        Option("edit:text", label(ctx.lang, "broadcast-edit-text")),
        Option("edit:audience", label(ctx.lang, "broadcast-edit-audience")),
    ]


def _reset(target: str) -> dict[str, Any]:
    return {"audience": None, "audience_value": None} if target == "audience" else {}


class BroadcastDialog:
    name = NAME
    reads_html = True  # the organiser's formatting is kept: their text is read as Telegram HTML
    steps: Sequence[Any] = (
        MessageStep(),
        VersionsStep(),
        VersionStep(),
        ChoiceStep(
            "audience",
            "broadcast-ask-audience",
            broadcasts.AUDIENCES,
            "audience",
            columns=2,
            then=_audience_changes,
        ),
        AudienceValueStep(),
        ChoiceStep(
            "when",
            "broadcast-ask-when",
            columns=2,
            choices=_when_options,
            then=lambda ctx, value: {"at": None},
        ),
        TimeStep(),
        ConfirmStep("confirm", preview, "broadcast-confirm", _edits, reset=_reset, columns=1),
    )

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        lang = ctx.lang
        at = ctx.data.get("at")
        agenda = agenda_store.current(session, ctx.setup.agenda_file)
        try:
            draft = broadcasts.Draft(
                texts=dict(ctx.data.get("texts") or {}),
                language=str(ctx.data["lang"]),
                audience=audience_of(ctx.data),
                at=datetime.fromisoformat(at) if at else None,
            )
            b = broadcasts.create(session, ctx.user_id, draft, ctx.now, agenda, _lead(ctx))
        except NotAllowed:
            return Finished(t(lang, "error-not-allowed"))
        except broadcasts.BroadcastRefused as refused:
            return Finished(refusal(lang, refused))
        key = "broadcast-scheduled" if at else "broadcast-started"
        text = t(lang, key, id=b.id, count=b.recipients)
        rows = [[Button(label(lang, "broadcast-cancel"), f"bc:x:{b.id}")]]
        return Finished(text, rows=rows, broadcast=b.id)
