"""The agenda and reminders as a delegate reads them: their language, their time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_timezone_location
from sqlalchemy.orm import Session

from bot.i18n import label, t
from bot.render import fit
from catalogue import delegates
from scheduler import planning, service
from scheduler.agenda import Agenda
from scheduler.agenda import Session as AgendaSession
from scheduler.delivery import Message
from storage.models import Broadcast, Delivery


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


def render_delivery(
    session: Session, row: Delivery, now: datetime, agenda_file: str | None
) -> Message | None:
    """The text of an outbox row at send time, or None when it is no longer useful."""
    person = delegates.get(session, row.user_id)
    if row.kind == "text":  # a ready message (a notice to someone, possibly not registered)
        if person is not None and not person.active:
            return None
        payload = row.payload or {}
        buttons = [[(str(b[0]), str(b[1])) for b in line] for line in payload.get("buttons") or []]
        return Message(str(payload.get("text") or ""), buttons) if payload.get("text") else None
    if person is None or person.registered_at is None or not person.active:
        return None
    lang = person.language
    zone = person.timezone or "UTC"
    agenda = service.current(session, agenda_file)
    payload = row.payload or {}
    if row.kind == "reminder":
        s = agenda.session(str(payload.get("session")))
        verdict = planning.judge_reminder(s, str(payload.get("start")), now)
        if verdict.action == "drop" or s is None:
            return None
        title = s.text("title", lang, agenda.default_language)
        if verdict.action == "started":
            text = t(lang, "reminder-started", title=title)
        else:
            minutes = max(1, round((s.start - now).total_seconds() / 60))
            text = t(
                lang,
                "reminder-soon",
                title=title,
                minutes=minutes,
                start=hhmm(local(s.start, zone)),
            )
        if s.link:
            text += "\n" + t(lang, "agenda-link", link=s.link)
        return Message(fit(text))
    if row.kind == "digest":
        day = date.fromisoformat(str(payload.get("day")))
        if planning.judge_digest(day, zone, now).action == "drop":
            return None
        parts = [t(lang, "digest-header", day=day_name(day, lang))]
        parts += [session_lines(s, agenda, zone, lang, with_day=True) for s in agenda.on_day(day)]
        parts.append(t(lang, "digest-footer"))
        return Message(fit("\n\n".join(parts)))
    if row.kind == "notice":
        return _notice(payload, agenda, zone, lang)
    if row.kind == "broadcast":
        broadcast = session.get(Broadcast, int(payload.get("broadcast", 0)))
        if broadcast is None or broadcast.status == "cancelled":
            return None
        texts = broadcast.texts or {}
        text = texts.get(lang) or texts.get(broadcast.default_language) or ""
        # An organiser's link may show its preview, as in their own message.
        return Message(text, link_preview=True) if text else None
    return None


def _notice(payload: dict[str, object], agenda: Agenda, zone: str, lang: str) -> Message | None:
    old_start = datetime.fromisoformat(str(payload.get("old_start")))
    if payload.get("type") == "moved":
        s = agenda.session(str(payload.get("session")))
        if s is None:
            return None
        title = s.text("title", lang, agenda.default_language)
        text = t(
            lang,
            "notice-moved",
            title=title,
            old=when(old_start, zone, lang),
            new=when(s.start, zone, lang),
        )
        return Message(fit(text))
    titles = payload.get("title") or {}
    assert isinstance(titles, dict)
    title = (
        titles.get(lang) or titles.get(agenda.default_language) or next(iter(titles.values()), "")
    )
    return Message(
        fit(t(lang, "notice-cancelled", title=str(title), old=when(old_start, zone, lang)))
    )


def lead_label(lang: str, minutes: int) -> str:
    return label(lang, "reminders-lead", minutes=minutes)
