"""What an outbox row says when it is sent: written at send time, in the reader's language
and time zone, from the rows it names; None when it is no longer worth sending (a session
cancelled, a person gone, a broadcast stopped)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from bot import meetings_view
from bot.agenda_view import access_lines, day_name, hhmm, local, session_lines, when
from bot.notices import render as render_notice
from catalogue import delegates
from presentation.i18n import t
from presentation.render import fit
from scheduler import agenda_store, broadcasts, planning
from scheduler.agenda import Agenda
from scheduler.delivery import Message
from storage.models import Delegate, Delivery
from storage.outbox import Kind


@dataclass(frozen=True)
class Reader:
    """Who an outbox row is for, as its renderer needs them."""

    person: Delegate | None
    lang: str
    zone: str


Renderer = Callable[[Session, Delivery, Reader, datetime, str | None], Message | None]


def render_delivery(
    session: Session,
    row: Delivery,
    now: datetime,
    agenda_file: str | None,
    default_language: str = "en",
) -> Message | None:
    """The text of an outbox row at send time, or None when it is no longer useful: one
    renderer per kind of row (RENDERERS), after one rule on who is still reached. A notice
    (`tell`) reaches anyone not known to have blocked the bot — a role from the settings may
    not have registered; the rest go to registered, reachable delegates only."""
    person = delegates.get(session, row.user_id)
    if person is not None and not person.active:
        return None
    if row.kind != Kind.TELL and (person is None or person.registered_at is None):
        return None
    if person is not None:
        lang = person.language
    else:  # a role holder who never registered: the language of their chat (Y2)
        lang = delegates.chat_language(session, row.user_id) or default_language
    zone = (person.timezone if person else None) or "UTC"
    renderer = RENDERERS.get(row.kind)
    return (
        renderer(session, row, Reader(person, lang, zone), now, agenda_file) if renderer else None
    )


def _tell(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    said = render_notice(session, reader.lang, row.payload or {})
    if said is None:
        return None
    return Message(said[0], [[(b.label, b.data) for b in line] for line in said[1]])


def _reminder(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    agenda = agenda_store.current(session, agenda_file)
    payload = row.payload or {}
    s = agenda.session(str(payload.get("session")))
    verdict = planning.judge_reminder(s, str(payload.get("start")), now)
    if verdict.action == "drop" or s is None:
        return None
    lang = reader.lang
    title = s.text("title", lang, agenda.default_language)
    if verdict.action == "started":
        text = t(lang, "reminder-started", title=title)
    else:
        minutes = max(1, round((s.start - now).total_seconds() / 60))
        text = t(lang, "reminder-soon", title=title, minutes=minutes,
                 start=hhmm(local(s.start, reader.zone)))  # fmt: skip
    text += "\n" + "\n".join(access_lines(s, lang))
    return Message(fit(text))


def _digest(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    agenda = agenda_store.current(session, agenda_file)
    day = date.fromisoformat(str((row.payload or {}).get("day")))
    if planning.judge_digest(day, reader.zone, now).action == "drop":
        return None
    lang, zone = reader.lang, reader.zone
    parts = [t(lang, "digest-header", day=day_name(day, lang))]
    parts += [session_lines(s, agenda, zone, lang, with_day=True) for s in agenda.on_day(day)]
    parts.append(t(lang, "digest-footer"))
    return Message(fit("\n\n".join(parts)))


def _agenda_change(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    agenda = agenda_store.current(session, agenda_file)
    payload = row.payload or {}
    # One row per person per import lists its changes; a row queued before (one change
    # each) is read as a list of one.
    changes = payload.get("changes", [payload])
    assert isinstance(changes, list)
    return _changes(changes, agenda, reader.zone, reader.lang, now)


def _broadcast(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    broadcast = broadcasts.get(session, int((row.payload or {}).get("broadcast", 0)))
    if broadcast is None or broadcast.status == "cancelled":
        return None
    texts = broadcast.texts or {}
    text = texts.get(reader.lang) or texts.get(broadcast.default_language) or ""
    # An organiser's link may show its preview, as in their own message.
    return Message(text, link_preview=True) if text else None


def _meeting(
    session: Session, row: Delivery, reader: Reader, now: datetime, agenda_file: str | None
) -> Message | None:
    return meetings_view.render(session, row, reader.lang, reader.zone, now)


LISTED = 10  # changes listed in one notice; beyond, how many more (and /agenda)


def _changes(
    changes: list[dict[str, object]], agenda: Agenda, zone: str, lang: str, now: datetime
) -> Message | None:
    """Every change of an import that concerns the reader, in one message: one change said
    in a sentence, several as a list (the first LISTED, then how many more), within
    Telegram's 4096 characters; None when none is left to say (a moved session gone since)."""
    said = [s for s in (_change(c, agenda, zone, lang, now) for c in changes) if s is not None]
    if not said:
        return None
    if len(said) == 1:
        return Message(fit(said[0][0]))
    lines = [t(lang, "notice-changes", count=len(said))]
    for _, line in said[:LISTED]:
        lines.append(line)
    if len(said) > LISTED:
        lines.append(t(lang, "notice-changes-more", count=len(said) - LISTED))
    return Message(fit("\n".join(lines)))


def _change(
    payload: dict[str, object], agenda: Agenda, zone: str, lang: str, now: datetime
) -> tuple[str, str] | None:
    """One change as a sentence of its own, and as a line of a list."""
    old_start = datetime.fromisoformat(str(payload.get("old_start")))
    old = when(old_start, zone, lang, now)
    if payload.get("type") == "moved":
        s = agenda.session(str(payload.get("session")))
        if s is None:
            return None
        title = s.text("title", lang, agenda.default_language)
        new = when(s.start, zone, lang, now)
        return (
            t(lang, "notice-moved", title=title, old=old, new=new),
            t(lang, "notice-change-moved", title=title, old=old, new=new),
        )
    titles = payload.get("title") or {}
    assert isinstance(titles, dict)
    title = str(
        titles.get(lang) or titles.get(agenda.default_language) or next(iter(titles.values()), "")
    )
    return (
        t(lang, "notice-cancelled", title=title, old=old),
        t(lang, "notice-change-cancelled", title=title, old=old),
    )


# Every kind of outbox row and what writes it in words: the one table of the outbox's
# renderers (a notice's own kinds are in bot/notices.RENDERERS, one of its entries).
RENDERERS: dict[str, Renderer] = {
    Kind.TELL: _tell,
    Kind.REMINDER: _reminder,
    Kind.DIGEST: _digest,
    Kind.AGENDA_CHANGE: _agenda_change,
    Kind.BROADCAST: _broadcast,
    Kind.MEETING: _meeting,
}
