"""The agenda and reminders as a delegate reads them: their language, their time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_timezone_location

from bot.i18n import label, t
from bot.render import fit
from scheduler.agenda import Agenda
from scheduler.agenda import Session as AgendaSession


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def day_name(day: date, lang: str) -> str:
    return format_date(day, format="EEEE d MMMM", locale=lang)


def short_day(day: date, lang: str) -> str:
    return format_date(day, format="EEE d MMM", locale=lang)


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def when(moment: datetime, zone: str, lang: str) -> str:
    """ "jeudi 2 décembre, 16:00" in the reader's zone."""
    mine = local(moment, zone)
    return f"{day_name(mine.date(), lang)}, {hhmm(mine)}"


def session_lines(
    s: AgendaSession, agenda: Agenda, zone: str, lang: str, with_day: bool = False
) -> str:
    start, end = local(s.start, zone), local(s.end, zone)
    title = s.text("title", lang, agenda.default_language)
    prefix = f"{short_day(start.date(), lang)} " if with_day else ""
    lines = [t(lang, "agenda-line", start=prefix + hhmm(start), end=hhmm(end), title=title)]
    if zone != agenda.timezone:
        city = get_timezone_location(agenda.timezone, locale=lang, return_city=True)
        lines.append(
            t(lang, "agenda-meeting-time", start=hhmm(s.start), end=hhmm(s.end), city=city)
        )
    if s.link and s.kind != "break":
        lines.append(t(lang, "agenda-link", link=s.link))
    return "\n".join(lines)


def day_text(agenda: Agenda, day: date, zone: str, lang: str) -> str:
    parts = [t(lang, "agenda-header", title=agenda.title_in(lang))]
    if agenda.to_be_confirmed:
        parts.append(t(lang, "agenda-tbc"))
    parts.append(t(lang, "agenda-day-heading", day=day_name(day, lang)))
    for s in agenda.on_day(day):
        parts.append(session_lines(s, agenda, zone, lang))
        description = s.text("description", lang, agenda.default_language)
        if description:
            parts[-1] += "\n<i>" + t(lang, "agenda-description", text=description[:300]) + "</i>"
    return fit("\n\n".join(parts))


def lead_label(lang: str, minutes: int) -> str:
    return label(lang, "reminders-lead", minutes=minutes)
