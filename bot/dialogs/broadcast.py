"""/broadcast: the message (Telegram formatting kept), versions per language, the
audience, now or later, a preview with the number of recipients, and confirmation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.dialogs.engine import (
    EDIT,
    Accepted,
    Button,
    Finished,
    Option,
    Outcome,
    Prompt,
    Rejected,
    StepContext,
)
from catalogue import countries, delegates, roles
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGE_NAMES, LANGUAGES
from presentation.i18n import label, t
from presentation.render import your_time
from richtext import text_problem
from scheduler import agenda_store, broadcasts

NAME = "broadcast"


def check_html(lang: str, html: str) -> str | None:
    """A reason to refuse the text (as Telegram would), or None."""
    problem = text_problem(html)
    return t(lang, problem[0], **problem[1]) if problem else None


@dataclass
class MessageStep:
    name: str = "text"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool((data.get("texts") or {}).get(data.get("lang")))

    def prompt(self, ctx: StepContext) -> Prompt:
        return Prompt(t(ctx.lang, "broadcast-ask-text", language=LANGUAGE_NAMES[ctx.data["lang"]]))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        problem = check_html(ctx.lang, text)
        if problem:
            return Rejected(problem)
        texts = dict(ctx.data.get("texts") or {})
        texts[ctx.data["lang"]] = text
        return Accepted({"texts": texts})

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
            Option(code, label(ctx.lang, "broadcast-add-version", language=LANGUAGE_NAMES[code]))
            for code in LANGUAGES
            if code not in have
        ]
        given = ", ".join(LANGUAGE_NAMES[c] for c in LANGUAGES if c in have)
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
        return Prompt(t(ctx.lang, "broadcast-ask-text", language=LANGUAGE_NAMES.get(code, code)))

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        problem = check_html(ctx.lang, text)
        if problem:
            return Rejected(problem)
        texts = dict(ctx.data.get("texts") or {})
        texts[str(ctx.data["_version"])] = text
        return Accepted({"texts": texts, "_version": None}, goto="versions")

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


@dataclass
class AudienceStep:
    name: str = "audience"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return data.get("audience_type") in broadcasts.AUDIENCES

    def prompt(self, ctx: StepContext) -> Prompt:
        options = [Option(a, label(ctx.lang, f"audience-{a}")) for a in broadcasts.AUDIENCES]
        return Prompt(t(ctx.lang, "broadcast-ask-audience"), options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"audience_type": value, "audience_value": None})


@dataclass
class AudienceValueStep:
    name: str = "audience_value"

    def needed(self, data: dict[str, Any]) -> bool:
        return data.get("audience_type") in ("role", "kind", "language", "country", "session")

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("audience_value"))

    def _options(self, ctx: StepContext) -> list[Option]:
        kind = ctx.data.get("audience_type")
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
        agenda = ctx.extras.get("agenda_loader")
        sessions = agenda().sessions if agenda else ()
        return [
            Option(s.id, s.text("title", lang, "en")[:60]) for s in sessions if s.kind != "break"
        ]

    def prompt(self, ctx: StepContext) -> Prompt:
        free = ctx.data.get("audience_type") == "country"
        return Prompt(
            t(ctx.lang, "broadcast-ask-audience-value"),
            self._options(ctx),
            columns=1,
            free_text=free,
        )

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        if ctx.data.get("audience_type") != "country":
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        hits = countries.find(text[:80], "world")
        if len(hits) == 1 or (hits and hits[0].score >= 99):
            return Accepted({"audience_value": hits[0].code})
        if hits:
            return Rejected(
                t(ctx.lang, "reg-country-pick", query=text[:80]),
                [Option(h.code, countries.name(h.code, ctx.lang)) for h in hits],
            )
        return Rejected(t(ctx.lang, "reg-country-not-found", query=text[:80]))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"audience_value": value})


@dataclass
class WhenStep:
    name: str = "when"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return data.get("when") in ("now", "schedule")

    def prompt(self, ctx: StepContext) -> Prompt:
        options = [
            Option("now", label(ctx.lang, "broadcast-now")),
            Option("schedule", label(ctx.lang, "broadcast-later")),
        ]
        return Prompt(t(ctx.lang, "broadcast-ask-when"), options, columns=2, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Accepted({"when": value, "at": None})


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
        zone_name = self._zone(ctx)
        try:
            local = datetime.fromisoformat(" ".join(text.split()).replace("T", " "))
        except ValueError:
            return Rejected(t(ctx.lang, "broadcast-time-format"))
        if local.tzinfo is None:
            local = local.replace(tzinfo=ZoneInfo(zone_name))
        moment = local.astimezone(UTC)
        if moment <= ctx.now:
            return Rejected(t(ctx.lang, "broadcast-time-past"))
        if moment > ctx.now + broadcasts.MAX_AHEAD:
            return Rejected(t(ctx.lang, "broadcast-time-far"))
        return Accepted({"at": moment.isoformat()})

    def _zone(self, ctx: StepContext) -> str:
        session = ctx.session
        row = delegates.get(session, ctx.user_id) if session is not None else None
        return (row.timezone if row and row.timezone else None) or "UTC"

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-text"))


def audience_of(data: dict[str, Any]) -> dict[str, Any]:
    return {"type": data.get("audience_type", "all"), "value": data.get("audience_value")}


@dataclass
class ConfirmStep:
    name: str = "confirm"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        return bool(data.get("_confirmed"))

    def prompt(self, ctx: StepContext) -> Prompt:
        lang = ctx.lang
        count = 0
        if ctx.session is not None:
            agenda = ctx.extras["agenda_loader"]() if ctx.extras.get("agenda_loader") else None
            count = len(
                broadcasts.recipients(
                    ctx.session,
                    audience_of(ctx.data),
                    agenda,
                    int(ctx.extras.get("reminder_lead", 15)),
                )
            )
        texts = ctx.data.get("texts") or {}
        preview = texts.get(ctx.data.get("lang")) or next(iter(texts.values()), "")
        when = label(lang, "broadcast-now")
        if ctx.data.get("at"):  # stored in UTC; shown in the organiser's own zone
            row = delegates.get(ctx.session, ctx.user_id) if ctx.session is not None else None
            at = datetime.fromisoformat(str(ctx.data["at"]))
            when = your_time(lang, at, row.timezone if row is not None else None)
        text = t(
            lang,
            "broadcast-preview-head",
            count=count,
            languages=", ".join(LANGUAGE_NAMES[c] for c in LANGUAGES if c in texts),
            when=when,
        )
        text += "\n\n" + preview
        options = [
            Option("send", label(lang, "broadcast-confirm")),
            Option("edit:text", label(lang, "broadcast-edit-text")),
            Option("edit:audience", label(lang, "broadcast-edit-audience")),
        ]
        return Prompt(text, options, columns=1, free_text=False)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        return Rejected(t(ctx.lang, "dialog-expect-button"))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if value == "send":
            return Accepted({"_confirmed": True})
        target = value.removeprefix("edit:")
        updates: dict[str, Any] = {"_mode": EDIT}
        if target == "audience":
            updates.update(audience_type=None, audience_value=None)
        return Accepted(updates, goto=target)


class BroadcastDialog:
    name = NAME
    reads_html = True  # the organiser's formatting is kept: their text is read as Telegram HTML
    steps: Sequence[Any] = (
        MessageStep(),
        VersionsStep(),
        VersionStep(),
        AudienceStep(),
        AudienceValueStep(),
        WhenStep(),
        TimeStep(),
        ConfirmStep(),
    )

    def finish(self, session: Session, ctx: StepContext) -> Finished:
        lang = ctx.lang
        if not roles.has_role(session, ctx.user_id, "organiser", "secretariat"):
            return Finished(t(lang, "error-not-allowed"))
        at = ctx.data.get("at")
        agenda = agenda_store.current(session, ctx.extras.get("agenda_file"))
        try:
            b = broadcasts.create(
                session,
                ctx.user_id,
                dict(ctx.data.get("texts") or {}),
                str(ctx.data["lang"]),
                audience_of(ctx.data),
                datetime.fromisoformat(at) if at else None,
                ctx.now,
                agenda,
                int(ctx.extras.get("reminder_lead", 15)),
            )
        except broadcasts.BroadcastRefused as exc:
            where = f"{exc.language.upper()}: " if exc.language else ""
            return Finished(where + t(lang, exc.key, **exc.values))
        key = "broadcast-scheduled" if at else "broadcast-started"
        text = t(lang, key, id=b.id, count=b.recipients)
        rows = [[Button(label(lang, "broadcast-cancel"), f"bc:x:{b.id}")]]
        return Finished(text, rows=rows, meta={"broadcast": b.id})
