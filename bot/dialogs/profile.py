"""Registration and profile editing: one dialog, run linearly or one field at a time."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel.dates import get_timezone_location
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
from bot.dialogs.steps import ChoiceStep, TextStep
from catalogue import countries, delegates
from catalogue.taxonomy import ACTOR_KINDS, CONSENT_CHOICES
from catalogue.text import clean_text
from presentation.i18n import t
from presentation.render import profile_card
from scheduler import agenda_store

MAX_ZONE_BUTTONS = 8
# The entry a newcomer came for (a published link, "I'm interested" before registering),
# kept in the registration's row and shown again when it ends.
CAME_FOR = "_came_for"


def profile_text(name: str, ask: str, state_too: bool = True) -> TextStep:
    """A free-text profile field with the profile's length rules."""

    def when(data: dict[str, Any]) -> bool:
        return state_too or not delegates.is_state(data.get("actor_kind"))

    check = functools.partial(delegates.check_text_field, name)
    return TextStep(name, ask, check, delegates.LIMITS[name], when)


def _kind_changes(ctx: StepContext, value: str) -> dict[str, Any]:
    """A new kind of actor: a country outside its list is asked again, and a state's
    delegate has no organisation of their own."""
    updates: dict[str, Any] = {}
    if ctx.data.get("country") not in countries.codes_for(delegates.country_scope(value)):
        updates["country"] = None
    if delegates.is_state(value):
        updates["organisation"] = None
    return updates


@dataclass
class CountryStep:
    name: str = "country"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        code = data.get(self.name)
        scope = delegates.country_scope(data.get("actor_kind"))
        return code in countries.codes_for(scope)

    def _scope(self, ctx: StepContext) -> str:
        return delegates.country_scope(ctx.data.get("actor_kind"))

    def prompt(self, ctx: StepContext) -> Prompt:
        scope = self._scope(ctx)
        key = {
            "member": "reg-ask-country-member",
            "observer": "reg-ask-country-observer",
        }.get(scope, "reg-ask-country-organisation")
        options: Sequence[Option] = ()
        if scope != "world":  # the world's 249 names are typed, not paged through
            codes = countries.sorted_codes(countries.codes_for(scope), ctx.lang)
            options = [Option(c, countries.name(c, ctx.lang)) for c in codes]
        return Prompt(t(ctx.lang, key), options, columns=2, free_text=True)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        query = clean_text(text)
        if not query:
            return Rejected(t(ctx.lang, "error-empty"))
        if len(query) > 80:
            return Rejected(t(ctx.lang, "error-too-long", max=80, length=len(query)))
        hits = countries.find(query, self._scope(ctx))
        if len(hits) == 1:  # find() offers no weak guesses: one hit is the country meant
            return self._accept(ctx, hits[0].code)
        if hits:
            options = [Option(h.code, countries.name(h.code, ctx.lang)) for h in hits]
            return Rejected(t(ctx.lang, "reg-country-pick", query=query), options)
        return Rejected(t(ctx.lang, "reg-country-not-found", query=query))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        return self._accept(ctx, value)

    def _accept(self, ctx: StepContext, code: str) -> Outcome:
        updates: dict[str, Any] = {self.name: code}
        zone = ctx.data.get("timezone")
        if ctx.data.get("_mode") == EDIT and zone not in countries.zones_for(code):
            updates["timezone"] = None  # ask again: the proposal depends on the country
        return Accepted(updates)


def zone_label(zone: str, lang: str, ctx: StepContext) -> str:
    """ "Bogotá (UTC−05:00)"; a fixed offset as itself ("UTC−05:00", not CLDR's "GMT+5",
    which is IANA's reversed sign)."""
    offset = countries.utc_offset(zone, ctx.now)
    if zone.startswith("Etc/"):
        return offset
    return f"{zone_city(zone, lang)} ({offset})"


@cache
def zone_city(zone: str, lang: str) -> str:
    """The zone's city in the reader's language (CLDR). Kept: it never changes, and Babel's
    lookup is the dearest part of the time zone question, asked of every delegate."""
    try:
        return str(get_timezone_location(zone, locale=lang, return_city=True))
    except (LookupError, ValueError):
        return zone.rsplit("/", 1)[-1].replace("_", " ")


@dataclass
class ZoneStep:
    name: str = "timezone"

    def needed(self, data: dict[str, Any]) -> bool:
        return True

    def answered(self, data: dict[str, Any]) -> bool:
        zone = data.get(self.name)
        return isinstance(zone, str) and delegates.is_valid_zone(zone)

    def _zones(self, ctx: StepContext) -> list[str]:
        zones = list(countries.zone_choices(ctx.data.get("country") or ""))[:MAX_ZONE_BUTTONS]
        meeting = ctx.setup.meeting_timezone
        if meeting and meeting not in zones:
            zones.append(meeting)
        return zones

    def prompt(self, ctx: StepContext) -> Prompt:
        meeting = ctx.setup.meeting_timezone
        proposed = countries.proposed_zone(ctx.data.get("country"), meeting)
        text = t(
            ctx.lang,
            "reg-ask-timezone",
            proposed=zone_label(proposed, ctx.lang, ctx),
            zone=proposed,
        )
        options = [Option(z, zone_label(z, ctx.lang, ctx)) for z in self._zones(ctx)]
        return Prompt(text, options, columns=1, free_text=True)

    def on_text(self, ctx: StepContext, text: str) -> Outcome:
        query = clean_text(text)
        if not query:
            return Rejected(t(ctx.lang, "error-empty"))
        query = query[:80]
        found = countries.find_zone(query)
        if found.zone and delegates.is_valid_zone(found.zone):
            return Accepted({self.name: found.zone})
        # A guess or a name of several places: asked, never applied (a wrong zone means
        # reminders at a wrong hour).
        candidates = [z for z in found.candidates if delegates.is_valid_zone(z)]
        if candidates:
            options = [
                Option(z, zone_label(z, ctx.lang, ctx)) for z in candidates[:MAX_ZONE_BUTTONS]
            ]
            return Rejected(t(ctx.lang, "reg-timezone-pick", query=query), options)
        return Rejected(t(ctx.lang, "reg-timezone-not-found", query=query))

    def on_choice(self, ctx: StepContext, value: str) -> Outcome:
        if not delegates.is_valid_zone(value):
            return Rejected(t(ctx.lang, "dialog-expect-button"))
        return Accepted({self.name: value})


class RegistrationDialog:
    """The profile dialog: linear at registration, single field from /profile."""

    name = "profile"
    steps: Sequence[Any] = (
        profile_text("full_name", "reg-ask-name"),
        ChoiceStep("actor_kind", "reg-ask-kind", ACTOR_KINDS, "actor", then=_kind_changes),
        profile_text("organisation", "reg-ask-organisation", state_too=False),
        CountryStep(),
        profile_text("position", "reg-ask-position"),
        ZoneStep(),
        ChoiceStep("consent", "reg-ask-consent", CONSENT_CHOICES, "consent"),
    )

    def finish(self, session: Session, ctx: StepContext) -> str | Finished:
        row = delegates.get(session, ctx.user_id)
        first_time = row is None or row.registered_at is None
        saved = delegates.save_profile(
            session, ctx.user_id, delegates.ProfileInput.read(ctx.data), ctx.now
        )
        card = profile_card(ctx.lang, saved, ctx.now)
        # Reminders follow the profile: planned now, in the (maybe new) time zone.
        lead = ctx.setup.reminder_lead
        prefs = agenda_store.ensure_prefs(session, ctx.user_id, lead, ctx.now)
        agenda = agenda_store.current(session, ctx.setup.agenda_file)
        agenda_store.replan(session, agenda, ctx.now, lead, users={ctx.user_id})
        if first_time:
            done = t(ctx.lang, "reg-done", name=saved.full_name or "")
            hint = t(ctx.lang, "reminders-default", lead=prefs.lead_minutes)
            text = f"{done}\n\n{card}\n\n{hint}\n\n{t(ctx.lang, 'menu-registered')}"
            came_for = ctx.data.get(CAME_FOR)  # the entry of the link they came by: next
            return Finished(text, came_for=int(came_for) if came_for else None)
        return t(ctx.lang, "profile-updated") + "\n\n" + card
