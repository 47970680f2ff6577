"""The agenda and reminders as a delegate reads them: their language, their time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location

from presentation.i18n import label, t
from presentation.render import date_text, fit, heading, language_names, short_date, shorten
from scheduler.agenda import Agenda
from scheduler.agenda import Session as AgendaSession


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def day_name(day: date, lang: str, with_year: bool = False) -> str:
    """A day of the meeting with its weekday, as every date is said (presentation.render)."""
    return date_text(day, lang, weekday=True, year=with_year)


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def when(moment: datetime, zone: str, lang: str, now: datetime | None = None) -> str:
    """ "jeudi 2 décembre, 16:00" in the reader's zone; with the year when it is not this
    year's (a session moved to another year must not read as the same day)."""
    mine = local(moment, zone)
    other_year = now is not None and local(now, zone).year != mine.year
    return f"{day_name(mine.date(), lang, with_year=other_year)}, {hhmm(mine)}"


def session_lines(
    s: AgendaSession, agenda: Agenda, zone: str, lang: str, with_day: bool = False
) -> str:
    start, end = local(s.start, zone), local(s.end, zone)
    title = s.text("title", lang, agenda.default_language)
    prefix = f"{short_date(start.date(), lang)} " if with_day else ""
    lines = [t(lang, "agenda-line", start=prefix + hhmm(start), end=hhmm(end), title=title)]
    if s.to_be_confirmed:
        lines[0] += " " + t(lang, "agenda-session-tbc")
    if s.point:  # the point of the annotated agenda it comes from
        lines.append(t(lang, "agenda-point", point=s.point))
    if zone != agenda.timezone:
        city = get_timezone_location(agenda.timezone, locale=lang, return_city=True)
        lines.append(
            t(lang, "agenda-meeting-time", start=hhmm(s.start), end=hhmm(s.end), city=city)
        )
    if s.kind != "break":
        lines.extend(access_lines(s, lang))
    return "\n".join(lines)


def access_lines(s: AgendaSession, lang: str) -> list[str]:
    """How to join: the link, or "to be announced" (never an invented one), the video and
    livestream links, and the languages interpreted into."""
    lines = [t(lang, "agenda-link", link=s.link) if s.link else t(lang, "agenda-link-tba")]
    if s.video:
        lines.append(t(lang, "agenda-video", link=s.video))
    if s.livestream:
        lines.append(t(lang, "agenda-livestream", link=s.livestream))
    if s.interpretation:
        names = language_names(lang, s.interpretation)
        lines.append(t(lang, "agenda-interpretation", languages=names))
    return lines


def programme_text(agenda: Agenda, lang: str) -> str:
    """The whole agenda in the meeting's own time zone, descriptions in full (for people
    reading it outside the chat: `cidi-bot agenda show`)."""
    city = get_timezone_location(agenda.timezone, locale=lang, return_city=True)
    parts = [t(lang, "agenda-header", title=agenda.title_in(lang))]
    if agenda.theme_in(lang):
        parts[0] += "\n" + t(lang, "agenda-theme", theme=agenda.theme_in(lang))
    if agenda.to_be_confirmed:
        parts.append(t(lang, "agenda-tbc"))
    parts.append(t(lang, "agenda-zone-line", city=city, zone=agenda.timezone))
    for day in agenda.days:
        lines = [f"<b>{heading(day_name(day, lang))}</b>"]
        for s in agenda.on_day(day):
            lines.append(session_lines(s, agenda, agenda.timezone, lang))
            description = s.text("description", lang, agenda.default_language)
            if description:
                lines.append(t(lang, "agenda-description", text=description))
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def day_text(agenda: Agenda, day: date, zone: str, lang: str, now: datetime | None = None) -> str:
    parts = [t(lang, "agenda-header", title=agenda.title_in(lang))]
    if agenda.theme_in(lang):
        parts[0] += "\n" + t(lang, "agenda-theme", theme=agenda.theme_in(lang))
    last_end = max(s.end for s in agenda.sessions)
    if now is not None and now > last_end:  # the meeting is over: say so, show the record
        first, last = (day_name(d, lang, with_year=True) for d in (agenda.days[0], agenda.days[-1]))
        parts.append(t(lang, "agenda-over", first=first, last=last))
    elif agenda.to_be_confirmed:
        parts.append(t(lang, "agenda-tbc"))
    parts.append(t(lang, "agenda-day-heading", day=heading(day_name(day, lang))))
    for s in agenda.on_day(day):
        parts.append(session_lines(s, agenda, zone, lang))
        description = s.text("description", lang, agenda.default_language)
        if description:
            text = t(lang, "agenda-description", text=shorten(description, 300))
            parts[-1] += "\n<i>" + text + "</i>"
    return fit("\n\n".join(parts))


def lead_label(lang: str, minutes: int) -> str:
    return label(lang, "reminders-lead", minutes=minutes)
