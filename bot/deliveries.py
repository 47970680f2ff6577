"""What an outbox row says when it is sent: written at send time, in the reader's language
and time zone, from the rows it names; None when it is no longer worth sending (a session
cancelled, a person gone, a broadcast stopped)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from bot.agenda_view import access_lines, day_name, hhmm, local, session_lines, when
from bot.i18n import t
from bot.notices import render as render_notice
from bot.render import fit
from catalogue import delegates, notices
from scheduler import agenda_store, broadcasts, planning
from scheduler.agenda import Agenda
from scheduler.delivery import Message
from storage.models import Delivery


def render_delivery(
    session: Session,
    row: Delivery,
    now: datetime,
    agenda_file: str | None,
    default_language: str = "en",
) -> Message | None:
    """The text of an outbox row at send time, or None when it is no longer useful."""
    person = delegates.get(session, row.user_id)
    if row.kind == notices.KIND:  # told of something (may be someone not registered)
        if person is not None and not person.active:
            return None
        lang = person.language if person else default_language  # a role from the settings
        said = render_notice(session, lang, row.payload or {})
        if said is None:
            return None
        return Message(said[0], [[(b.label, b.data) for b in line] for line in said[1]])
    if row.kind == "text":  # a ready message queued before notices were facts (kept readable)
        if person is not None and not person.active:
            return None
        payload = row.payload or {}
        buttons = [[(str(b[0]), str(b[1])) for b in line] for line in payload.get("buttons") or []]
        return Message(str(payload.get("text") or ""), buttons) if payload.get("text") else None
    if person is None or person.registered_at is None or not person.active:
        return None
    lang = person.language
    zone = person.timezone or "UTC"
    agenda = agenda_store.current(session, agenda_file)
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
        text += "\n" + "\n".join(access_lines(s, lang))
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
        return _notice(payload, agenda, zone, lang, now)
    if row.kind == "broadcast":
        broadcast = broadcasts.get(session, int(payload.get("broadcast", 0)))
        if broadcast is None or broadcast.status == "cancelled":
            return None
        texts = broadcast.texts or {}
        text = texts.get(lang) or texts.get(broadcast.default_language) or ""
        # An organiser's link may show its preview, as in their own message.
        return Message(text, link_preview=True) if text else None
    return None


def _notice(
    payload: dict[str, object], agenda: Agenda, zone: str, lang: str, now: datetime
) -> Message | None:
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
            old=when(old_start, zone, lang, now),
            new=when(s.start, zone, lang, now),
        )
        return Message(fit(text))
    titles = payload.get("title") or {}
    assert isinstance(titles, dict)
    title = (
        titles.get(lang) or titles.get(agenda.default_language) or next(iter(titles.values()), "")
    )
    return Message(
        fit(t(lang, "notice-cancelled", title=str(title), old=when(old_start, zone, lang, now)))
    )
