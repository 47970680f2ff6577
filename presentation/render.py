"""Texts built from core objects, HTML-escaped, within Telegram's limits."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton, get_date_format, get_timezone_location
from babel.numbers import format_decimal

from catalogue import countries, delegates, entries
from catalogue.matching.engine import concept_label
from catalogue.taxonomy import LANGUAGE_NAMES
from presentation.i18n import format_locale, label, t
from scheduler import broadcasts
from storage.models import Delegate

TELEGRAM_TEXT_LIMIT = 4096


def fit(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> str:
    """Cut a text that would exceed Telegram's limit (never inside an HTML entity)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def profile_card(lang: str, row: Delegate, now: datetime) -> str:
    """The delegate's profile as they see it in /profile."""
    none = t(lang, "profile-none")
    lines = [t(lang, "profile-title")]

    def add(key: str, value: str | None) -> None:
        lines.append(t(lang, "profile-line", field=label(lang, key), value=value or none))

    add("field-full_name", row.full_name)
    kind = label(lang, f"actor-{row.actor_kind}") if row.actor_kind else None
    add("field-actor_kind", kind)
    if not delegates.is_state(row.actor_kind):
        add("field-organisation", row.organisation)
    add("field-country", countries.name(row.country, lang) if row.country else None)
    add("field-position", row.position)
    add("field-timezone", zone_now(lang, row.timezone, now) if row.timezone else None)
    add("field-consent", label(lang, f"consent-{row.consent}") if row.consent else None)
    add("field-language", label(lang, f"language-{row.language}"))
    verified = t(lang, "profile-verified-yes") if row.verified else t(lang, "profile-verified-no")
    lines.append(verified)
    return "\n".join(lines)


def zone_now(lang: str, zone: str, now: datetime) -> str:
    """ "America/Bogota (UTC−05:00) — current time: 09:12": a zone with the time it shows
    now, so that a wrong one is seen at once. Plain text (a value for `t`). A fixed offset
    is said as one: "Etc/GMT+5" is five hours behind UTC, and would read as ahead."""
    offset = countries.utc_offset(zone, now)
    shown = offset if zone.startswith("Etc/") else f"{zone} ({offset})"
    local = now.astimezone(ZoneInfo(zone)).strftime("%H:%M")
    return label(lang, "profile-zone-now", zone=shown, time=local)


def _value(entry: Any, name: str) -> Any:
    return entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)


@cache
def _weekday_pattern(lang: str, year: bool) -> str:
    """CLDR's full date, with the weekday; without its year when asked ("jueves, 2 de
    diciembre", "Thursday, December 2"): Babel has no such format, and a fixed pattern is
    wrong in some language."""
    full = get_date_format("full", locale=format_locale(lang)).pattern
    return full if year else re.sub(r"[,\s]*(?:'de'\s*)?y+", "", full).strip()


def date_text(day: date, lang: str, weekday: bool = False, year: bool = True) -> str:
    """A date as the chat and the console say it, one way per language: CLDR's long format
    ("December 2, 2021", "2 décembre 2021", "2 de diciembre de 2021"), or its full format
    with the weekday ("Thursday, December 2, 2021"), where `year=False` leaves out the year
    of a day everyone knows is this year's (the meeting's days in the agenda)."""
    if weekday:
        return format_date(day, format=_weekday_pattern(lang, year), locale=format_locale(lang))
    return format_date(day, format="long", locale=format_locale(lang))


def heading(text: str) -> str:
    """Text that opens a line or a heading, with its capital: "Jeudi 2 décembre", "Jueves, 2
    de diciembre" (CLDR writes weekdays in lower case in French, Spanish and Portuguese)."""
    return text[:1].upper() + text[1:]


def meeting_dates(days: Iterable[date], lang: str) -> str:
    """The meeting's days as its invitation says them: "2 and 3 December 2021", "2 et 3
    décembre 2021", "2 y 3 de diciembre de 2021"; several days as a range."""
    ordered = sorted(days)
    if not ordered:
        return ""
    first, last = ordered[0], ordered[-1]
    if first == last:
        return date_text(first, lang)
    same_month = (first.year, first.month) == (last.year, last.month)
    start = (
        format_date(first, "d", locale=format_locale(lang))
        if same_month
        else date_text(first, lang)
    )
    key = "meeting-two-days" if len(ordered) == 2 else "meeting-days-range"
    return label(lang, key, first=start, last=date_text(last, lang))


def short_date(day: date, lang: str) -> str:
    """A date where room is short (a button, a list's margin), in the same order as
    `date_text`: "Thu, Dec 2", "jeu. 2 déc.", "jue, 2 dic"."""
    return format_skeleton("MMMEd", day, locale=format_locale(lang))


def moment_text(at: datetime, lang: str, zone: str | None = None) -> str:
    """A moment as a date (`date_text`) and a time: in `zone`, else in UTC, said as UTC
    ("December 2, 2021, 15:00 UTC")."""
    local = at.astimezone(ZoneInfo(zone) if zone else UTC)
    text = f"{date_text(local.date(), lang)}, {local:%H:%M}"
    return text if zone else f"{text} UTC"


def zoned_moment(at: datetime, lang: str, zone: str | None) -> str:
    """A moment in a zone named by its city ("2 December 2021, 10:00 (New York time)"), or
    in UTC said as UTC when no zone is known: for readers outside the chat (the console)."""
    if not zone or zone == "UTC":
        return moment_text(at, lang)
    city = get_timezone_location(zone, locale=format_locale(lang), return_city=True)
    return label(lang, "time-in-city", time=moment_text(at, lang, zone), city=city)


def your_time(lang: str, at: datetime, zone: str | None) -> str:
    """A moment in the reader's own time zone, said as such ("December 2, 2021, 09:45 (your
    time)"); in UTC, said as UTC, when their zone is not known."""
    if not zone:
        return moment_text(at, lang)
    return label(lang, "time-local", time=moment_text(at, lang, zone))


def language_name(lang: str, code: str) -> str:
    """A language as running text names it in `lang` ("portugais", "portugués", "Portuguese"),
    from the catalogue's `language-name-*` keys: never the picker's native names ("Português"),
    which are for the buttons that choose a language (the language review, Y1)."""
    return label(lang, f"language-name-{code}") if code in LANGUAGE_NAMES else code


def language_names(lang: str, codes: Iterable[str]) -> str:
    """Several languages in running text, in the catalogue's order: "anglais, français"."""
    chosen = set(codes)
    return ", ".join(language_name(lang, c) for c in LANGUAGE_NAMES if c in chosen)


def places(lang: str, codes: list[str]) -> str:
    """Countries as people say them: "All of the Americas", whole sub-regions by name
    ("Caribbean, Mexico"), the rest country by country."""
    if codes == [entries.ALL_AMERICAS]:
        return label(lang, "entry-all-americas")
    regions, rest = countries.regions_in(codes)
    names = [label(lang, f"subregion-{r}") for r in regions]
    # By name in the reader's language, not as stored ("Haiti, Honduras, Jamaica").
    rest = countries.sorted_codes(rest, lang)
    return ", ".join([*names, *(countries.name(c, lang) for c in rest)])


def place_name(code: str | None, lang: str) -> str:
    """A country (or the EU) by its OAS name; "no country given" when there is none (an
    imported entry): never "—", "None" or an empty group."""
    if code and countries.is_place(code):
        return countries.name(code, lang)
    return label(lang, "not-given-owner_country")


def entry_card(
    lang: str,
    entry: Any,
    with_status: bool = True,
    owner: Delegate | None = None,
    show_contact: bool = True,
    with_owner: bool = True,
    since: date | None = None,
) -> str:
    """An offer or a need, whole: from a draft (dict), a snapshot (dict) or an Entry; with
    `since`, the day it entered the catalogue."""
    none = t(lang, "profile-none")

    def code(prefix: str, name: str) -> str:
        value = _value(entry, name)
        return label(lang, f"{prefix}-{value}") if value else none

    kind = _value(entry, "kind") or "offer"
    lines = []
    entry_id = _value(entry, "id")
    heading = label(lang, f"kind-{kind}") + (f" #{entry_id}" if entry_id else "")
    lines.append(t(lang, "entry-card-title", heading=heading, title=_value(entry, "title") or none))
    if with_status and _value(entry, "status"):
        lines.append(
            t(lang, "entry-card-status", status=label(lang, f"status-{_value(entry, 'status')}"))
        )

    def add(field: str, value: str) -> None:
        lines.append(
            t(lang, "profile-line", field=label(lang, f"entry-field-{field}"), value=value)
        )

    add("area", code("area", "area"))
    add("cooperation_type", code("type", "cooperation_type"))
    modality = code("modality", "modality")
    if _value(entry, "modality") == "triangular" and _value(entry, "role"):
        modality += f" ({label(lang, 'role-' + str(_value(entry, 'role')))})"
    add("modality", modality)
    chosen = list(_value(entry, "countries") or [])
    add("countries", places(lang, chosen) or none)
    if kind == "need" and chosen:
        add("scope", label(lang, f"scope-{entries.scope(chosen)}"))
    groups = _value(entry, "target_groups") or []
    add("target_groups", ", ".join(label(lang, f"group-{g}") for g in groups) or none)
    add("time_frame", code("timeframe", "time_frame"))
    if kind == "offer":
        financing = _value(entry, "financing")
        add(
            "financing",
            none if financing is None else label(lang, "answer-yes" if financing else "answer-no"),
        )
    if show_contact:
        add("contact", _value(entry, "contact") or none)
    stands_behind = (
        owner is not None or _value(entry, "organisation") or _value(entry, "owner_country")
    )
    if with_owner and stands_behind:
        add("owner", affiliation(lang, entry, owner))
    if since is not None:
        add("since", date_text(since, lang))
    description = _value(entry, "description") or none
    lines.append("")
    lines.append(t(lang, "entry-card-description", text=description))
    return fit("\n".join(lines))


def affiliation(lang: str, entry: Any, owner: Delegate | None = None) -> str:
    """ "Ministry X, Brazil ✔️": who stands behind an entry, as the catalogue shows it."""
    organisation = _value(entry, "organisation")
    kind = _value(entry, "actor_kind")
    country = _value(entry, "owner_country")
    parts = []
    if organisation:
        parts.append(str(organisation))
    elif kind:
        parts.append(label(lang, f"actor-{kind}"))
    if country:
        parts.append(countries.name(str(country), lang))
    text = ", ".join(parts) or t(lang, "entry-anonymous")
    if owner is not None and owner.verified:
        text += " ✔️"
    return text


def partner_name(lang: str, user_id: int | None, person: Delegate | None) -> str:
    """How one side of a connection or partnership is named to others (plain text): their
    name; "an anonymous delegate" once they asked to be forgotten; and for an entry with no
    owner in the chat (imported), the secretariat that keeps the catalogue."""
    if user_id is None:
        return t(lang, "connections-catalogue")
    if person is None or not person.full_name:
        return t(lang, "entry-anonymous")
    return person.full_name


def counterpart_name(lang: str, user_id: int | None, person: Delegate | None) -> str:
    """How a delegate is named to another delegate (a partner, the owner asked, the one who
    asks): by name only where they agreed to share their details (consent "direct");
    otherwise by their affiliation as the catalogue shows it ("Ministry X, Chile"), the
    secretariat putting the two in touch. The secretariat's own views use partner_name."""
    if user_id is None or person is None or not person.full_name:
        return partner_name(lang, user_id, person)
    if person.consent == "direct":
        return person.full_name
    return person_affiliation(lang, person)


def person_affiliation(lang: str, person: Delegate | None) -> str:
    """A delegate by their affiliation as the catalogue shows it ("Ministry X, Chile"), never
    by name: how organisers, who follow figures and not people, read a party."""
    facts = {"organisation": person.organisation, "actor_kind": person.actor_kind,
             "owner_country": person.country} if person else {}  # fmt: skip
    return affiliation(lang, facts, person)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return (cut or text[: limit - 1]) + "…"


def reason_text(lang: str, reason: str | None) -> str:
    """A preset reason in the reader's language; free text as the reviewer wrote it."""
    if not reason:
        return ""
    if reason.startswith("changed:"):  # an owner's edit: the fields it changed
        fields = [f for f in reason.removeprefix("changed:").split(",") if f]
        return ", ".join(label(lang, f"entry-field-{f}") for f in fields)
    if reason.startswith("preset:"):
        return label(lang, f"reason-{reason.removeprefix('preset:')}")
    return reason


def decimal_text(value: float, lang: str) -> str:
    """A number as the reader's language writes it: whole numbers grouped ("1,900", "1 900",
    "1.900"), others with one decimal and the language's separator ("5.5", "5,5") (Y4)."""
    if float(value).is_integer():
        return format_decimal(int(value), locale=format_locale(lang))
    return format_decimal(value, format="#,##0.0", locale=format_locale(lang))


def score_text(score: float) -> str:
    """A match's score (0–100) as every reader sees it, the chat and the console alike: a
    whole number ("67"), the precision the score has."""
    return str(round(score))


def why(lang: str, reasons: list[Any]) -> str:
    """The engine's reasons in the reader's language, joined."""
    parts = []
    for r in reasons:
        v = r.values
        if r.code == "meaning":
            parts.append(t(lang, "why-meaning", percent=int(v[0])))
        elif r.code == "area":
            parts.append(t(lang, "why-area", area=label(lang, f"area-{v[0]}")))
        elif r.code in ("shared", "related"):
            names = ", ".join(concept_label(c, lang) for c in v)
            parts.append(t(lang, f"why-{r.code}", list=names))
        elif r.code == "type":
            parts.append(t(lang, "why-type", type=label(lang, f"type-{v[0]}")))
        elif r.code == "modality":
            parts.append(t(lang, "why-modality", modality=label(lang, f"modality-{v[0]}")))
        elif r.code == "country":
            parts.append(t(lang, "why-country", country=countries.name(v[0], lang)))
        elif r.code == "groups":
            names = ", ".join(label(lang, f"group-{g}") for g in v)
            parts.append(t(lang, "why-groups", list=names))
        elif r.code == "words":
            parts.append(t(lang, "why-words", list=", ".join(v)))
    return label(lang, "why-separator").join(parts)  # fr « … (55 %) ; même domaine » (Y15)


def contact_card(lang: str, person: Delegate | None, entry: Any | None) -> str:
    """What a counterpart may know of someone who consented to share contact details."""
    if person is None:
        return t(lang, "entry-anonymous")
    lines = [f"<b>{t(lang, 'connect-name', name=person.full_name or '—')}</b>"]
    org = person.organisation or (
        label(lang, f"actor-{person.actor_kind}") if person.actor_kind else None
    )
    place = countries.name(person.country, lang) if person.country else None
    lines.append(html.escape(", ".join(p for p in (person.position, org, place) if p), quote=False))
    if person.username:
        lines.append(t(lang, "contact-telegram", username=person.username))  # fr: « Telegram : »
    contact = _value(entry, "contact") if entry is not None else None
    if contact:
        lines.append(
            t(lang, "profile-line", field=label(lang, "entry-field-contact"), value=contact)
        )
    return "\n".join(lines)


def progress_text(
    lang: str, broadcast_id: int, p: broadcasts.Progress, rate: float, done: bool
) -> str:
    """A broadcast's progress as its organiser reads it (kept current by bot.jobs)."""
    if done:
        return t(
            lang,
            "broadcast-report",
            id=broadcast_id,
            sent=p.sent,
            blocked=p.blocked,
            failed=p.failed,
        )
    eta = math.ceil(p.left / rate) if rate else 0
    return t(
        lang,
        "broadcast-progress",
        id=broadcast_id,
        sent=p.sent,
        failed=p.failed + p.blocked,
        left=p.left,
        eta=eta,
    )


def audience_text(lang: str, audience: broadcasts.Audience, agenda: Any | None = None) -> str:
    """Who a broadcast goes to, in words: "By country: Chile"; chat and console alike."""
    kind, value = audience.type, audience.value
    if kind == broadcasts.COMBINED:  # "By country: Haiti, France · By language: French"
        parts = []
        for name, codes in broadcasts.criteria_of(value).items():
            names = [
                place_name(c, lang) if name == "country"
                else LANGUAGE_NAMES.get(c, c) if name == "language"
                else label(lang, f"actor-{c}")
                for c in codes
            ]  # fmt: skip
            parts.append(f"{label(lang, f'audience-{name}')}: {html.escape(', '.join(names))}")
        return " · ".join(parts)
    text = label(lang, f"audience-{kind}")
    if not value:
        return text
    if kind == "role":
        named = label(lang, f"role-{value}")
    elif kind == "kind":
        named = label(lang, f"actor-{value}")
    elif kind == "country":
        named = place_name(value, lang)
    elif kind == "language":
        named = language_name(lang, value)
    else:  # a session of the agenda, by its title
        found = agenda.session(value) if agenda is not None else None
        named = found.text("title", lang, "en") if found else value
    return f"{text}: {html.escape(named)}"
