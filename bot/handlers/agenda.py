"""/agenda, /now, /next, /calendar, /reminders, and an organiser's new agenda file."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar, Event

from bot import callbacks as cb
from bot.agenda_view import day_text, lead_label, session_lines
from bot.handlers.common import Turn, handler
from bot.handlers.conversation import ask_again
from bot.screens import Button
from catalogue import delegates
from presentation.i18n import label, t
from presentation.render import fit, short_date, shorten
from scheduler import agenda_store, planning
from scheduler.agenda import Agenda
from storage.models import ReminderPrefs
from storage.rights import Action, allowed

MAX_AGENDA_BYTES = agenda_store.MAX_FILE_BYTES


def _agenda(turn: Turn[object]) -> Agenda:
    with turn.read() as session:
        return agenda_store.current(session, turn.s.settings.agenda_file)


def _zone(turn: Turn[object]) -> str:
    with turn.read() as session:
        row = delegates.get(session, turn.user_id)
        return (row.timezone if row and row.timezone else None) or turn.s.settings.meeting_timezone


def _day_buttons(agenda: Agenda, lang: str, day: date | None = None) -> list[list[Button]]:
    """The days, and one "follow" button for each session of the day shown."""
    rows = [
        [
            Button(short_date(d, lang), cb.AGENDA.data(cb.Agenda.DAY, i))
            for i, d in enumerate(agenda.days)
        ]
    ]
    followed = [x.id for x in agenda.sessions if x.kind != "break"]
    for s in agenda.on_day(day) if day is not None else []:
        if s.id in followed:
            title = shorten(s.text("title", lang, agenda.default_language), 40)
            follow = cb.REMINDERS.data(cb.Reminders.FOLLOW, followed.index(s.id))
            rows.append([Button(label(lang, "reminders-follow", title=title), follow)])
    return rows


@handler()
async def agenda(turn: Turn[None]) -> None:
    a = _agenda(turn)
    today = turn.now().astimezone(a.sessions[0].start.tzinfo).date()
    day = next((d for d in a.days if d >= today), a.days[0])
    await turn.say(
        day_text(a, day, _zone(turn), turn.lang, turn.now()), _day_buttons(a, turn.lang, day)
    )


@handler(feature=cb.AGENDA)
async def agenda_button(turn: Turn[cb.Agenda]) -> None:
    assert turn.call is not None
    a = _agenda(turn)
    if turn.call.number() >= len(a.days):
        await turn.stale()
        return
    await turn.answer()
    day = a.days[turn.call.number()]
    await turn.say(
        day_text(a, day, _zone(turn), turn.lang, turn.now()), _day_buttons(a, turn.lang, day)
    )


@handler()
async def now_command(turn: Turn[None]) -> None:
    lang, a, zone = turn.lang, _agenda(turn), _zone(turn)
    current = a.current(turn.now())
    if not current:
        text = t(lang, "agenda-now-none")
        upcoming = a.upcoming(turn.now())
        if upcoming:
            text += (
                "\n\n"
                + t(lang, "agenda-next-header")
                + "\n"
                + session_lines(upcoming[0], a, zone, lang, True)
            )
        await turn.say(fit(text))
        return
    parts = [t(lang, "agenda-now-header")] + [
        session_lines(s, a, zone, lang, True) for s in current
    ]
    await turn.say(fit("\n\n".join(parts)))


@handler()
async def next_command(turn: Turn[None]) -> None:
    a = _agenda(turn)
    upcoming = [s for s in a.upcoming(turn.now()) if s.kind != "break"]
    if not upcoming:
        await turn.say(t(turn.lang, "agenda-next-none"))
        return
    text = (
        t(turn.lang, "agenda-next-header")
        + "\n\n"
        + session_lines(upcoming[0], a, _zone(turn), turn.lang, True)
    )
    await turn.say(fit(text))


def ics(agenda: Agenda, lang: str) -> bytes:
    """The agenda as an iCalendar file with its time zone, as phones and Outlook import."""
    cal = Calendar()
    cal.add("prodid", "-//CIDI Cooperation Bot//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", agenda.title_in(lang))
    for s in agenda.sessions:
        event = Event()
        event.add("uid", f"{s.id}@cidi-bot")
        event.add("summary", s.text("title", lang, agenda.default_language))
        event.add("dtstart", s.start)
        event.add("dtend", s.end)
        event.add("dtstamp", s.start)
        description = s.text("description", lang, agenda.default_language)
        if description:
            event.add("description", description)
        if s.link:
            event.add("url", s.link)
            event.add("location", s.link)
        cal.add_component(event)
    add_zones = getattr(cal, "add_missing_timezones", None)
    if add_zones is not None:
        add_zones()
    return bytes(cal.to_ical())


@handler()
async def calendar(turn: Turn[None]) -> None:
    await turn.context.bot.send_document(
        turn.chat_id,
        ics(_agenda(turn), turn.lang),
        filename="cidi-agenda.ics",
        caption=t(turn.lang, "calendar-caption"),
        parse_mode="HTML",
    )


def _settings_screen(
    lang: str, prefs: ReminderPrefs, agenda: Agenda
) -> tuple[str, list[list[Button]]]:
    if prefs.all_sessions:
        scope = t(lang, "reminders-scope-all")
    else:
        scope = t(lang, "reminders-scope-some", count=len(prefs.sessions or []))
    text = t(
        lang,
        "reminders-summary",
        status=label(lang, "reminders-on" if prefs.enabled else "reminders-off"),
        lead=prefs.lead_minutes,
        scope=scope,
        digest=label(lang, "reminders-digest-on" if prefs.digest else "reminders-digest-off"),
    )
    toggle = "reminders-turn-off" if prefs.enabled else "reminders-turn-on"
    rows = [[Button(label(lang, toggle), cb.REMINDERS.data(cb.Reminders.TOGGLE))]]
    rows.append(
        [
            Button(
                ("• " if prefs.lead_minutes == m else "") + lead_label(lang, m),
                cb.REMINDERS.data(cb.Reminders.LEAD, m),
            )
            for m in planning.LEAD_CHOICES
        ]
    )
    rows.append(
        [
            Button(label(lang, "reminders-digest-toggle"), cb.REMINDERS.data(cb.Reminders.DIGEST)),
            Button(label(lang, "reminders-all"), cb.REMINDERS.data(cb.Reminders.ALL)),
        ]
    )
    chosen = set(prefs.sessions or [])
    for i, s in enumerate(x for x in agenda.sessions if x.kind != "break"):
        mark = "✅ " if (prefs.all_sessions or s.id in chosen) else "▫️ "
        title = shorten(s.text("title", lang, agenda.default_language), 40)
        rows.append([Button(mark + title, cb.REMINDERS.data(cb.Reminders.SESSION, i))])
    return text, rows


@handler(registered=True)  # settings before registration would be contradicted by it
async def reminders(turn: Turn[None]) -> None:
    a = _agenda(turn)
    with turn.write() as session:
        prefs = agenda_store.ensure_prefs(
            session, turn.user_id, turn.s.settings.reminder_lead_minutes, turn.now()
        )
        text, rows = _settings_screen(turn.lang, prefs, a)
    await turn.say(text, rows)


PREFS_CHANGES = {
    cb.Reminders.TOGGLE: agenda_store.PrefsChange.TOGGLE,
    cb.Reminders.LEAD: agenda_store.PrefsChange.LEAD,
    cb.Reminders.DIGEST: agenda_store.PrefsChange.DIGEST,
    cb.Reminders.ALL: agenda_store.PrefsChange.ALL,
    cb.Reminders.SESSION: agenda_store.PrefsChange.SESSION,
    cb.Reminders.FOLLOW: agenda_store.PrefsChange.FOLLOW,
}


@handler(feature=cb.REMINDERS, registered=True)
async def reminders_button(turn: Turn[cb.Reminders]) -> None:
    """On/off, how long before, the morning digest, all sessions, or one session."""
    assert turn.call is not None
    a = _agenda(turn)
    followed = [x.id for x in a.sessions if x.kind != "break"]
    value: int | str | None = turn.call.values[0] if turn.call.values else None
    if turn.call.action in (cb.Reminders.SESSION, cb.Reminders.FOLLOW):
        value = followed[int(value)] if isinstance(value, int) and value < len(followed) else None
        if value is None:
            await turn.stale()
            return
    try:
        with turn.write() as session:
            prefs = agenda_store.change_reminders(
                session,
                turn.user_id,
                PREFS_CHANGES[turn.call.action],
                value,
                a,
                turn.now(),
                turn.s.settings.reminder_lead_minutes,
            )
            text, rows = _settings_screen(turn.lang, prefs, a)
    except ValueError:
        await turn.stale()
        return
    if turn.call.action is cb.Reminders.FOLLOW:  # from /agenda: that message stays as it is
        title = next(x for x in a.sessions if x.id == value).text(
            "title", turn.lang, a.default_language
        )
        await turn.answer("reminders-following", title=shorten(title, 60))
        return
    await turn.replace(t(turn.lang, "reminders-saved") + "\n\n" + text, rows)


@handler()
async def agenda_document(turn: Turn[None]) -> None:
    """An organiser sends an agenda file: check it, show what changes, apply on confirmation."""
    lang = turn.lang
    if not allowed(turn.roles, Action.AGENDA):  # anyone else's file is not an upload
        await ask_again(turn)
        return
    message = turn.update.effective_message
    document = message.document if message else None
    assert document is not None
    if (document.file_size or 0) > MAX_AGENDA_BYTES:  # not even downloaded
        await turn.say(t(lang, "agenda-upload-too-big", max=MAX_AGENDA_BYTES // 1024))
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    with turn.write() as session:
        preview = agenda_store.stage(session, turn.user_id, data, turn.s.settings.agenda_file)
    if preview.refused is not None:
        listing = "\n".join(f"• {p}" for p in preview.problems[:15])
        await turn.say(fit(t(lang, f"agenda-upload-{preview.refused}", problems=listing,
                             max=MAX_AGENDA_BYTES // 1024)))  # fmt: skip
        return
    change = preview.change
    assert change is not None
    summary = t(
        lang,
        "agenda-upload-diff",
        added=", ".join(x.id for x in change.added) or "—",
        removed=", ".join(x.id for x in change.removed) or "—",
        moved=", ".join(
            f"{o.id} ({o.start:%d/%m %H:%M} → {n.start:%d/%m %H:%M})" for o, n in change.moved
        )
        or "—",
        edited=", ".join(x.id for x in change.edited) or "—",
    )
    rows = [
        [
            Button(label(lang, "agenda-upload-apply"), cb.AGENDA_UPLOAD.data(cb.Upload.APPLY)),
            Button(label(lang, "agenda-upload-cancel"), cb.AGENDA_UPLOAD.data(cb.Upload.KEEP)),
        ]
    ]
    await turn.say(fit(summary), rows)


@handler(Action.AGENDA, feature=cb.AGENDA_UPLOAD)
async def agenda_upload_button(turn: Turn[cb.Upload]) -> None:
    assert turn.call is not None
    settings = turn.s.settings
    with turn.write() as session:
        result = agenda_store.apply_staged(
            session,
            turn.user_id,
            turn.call.action is cb.Upload.APPLY,
            turn.now(),
            settings.reminder_lead_minutes,
            settings.agenda_file,
        )
    if result is None:
        await turn.stale()
        return
    await turn.done()
    if result is False:
        await turn.say(t(turn.lang, "agenda-upload-kept", notices=0))
    else:
        assert not isinstance(result, bool)
        await turn.say(t(turn.lang, "agenda-upload-applied", notices=result.told))
