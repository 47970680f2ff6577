"""/agenda, /now, /next, /calendar, /reminders, and an organiser's new agenda file."""

from __future__ import annotations

from icalendar import Calendar, Event
from telegram import Update

from bot.agenda_view import day_text, lead_label, session_lines, short_day
from bot.handlers.common import (
    Context,
    answer_and_drop,
    drop_keyboard,
    language_of,
    refused,
    roles,
    send,
    services,
)
from bot.handlers.registration import not_text
from bot.i18n import label, t
from bot.render import fit
from bot.screens import Button
from catalogue import delegates
from scheduler import planning, service
from scheduler.agenda import Agenda, diff, parse
from storage.db import transaction
from storage.models import Meta, ReminderPrefs

MAX_AGENDA_BYTES = 512 * 1024


def _agenda(context: Context) -> Agenda:
    s = services(context)
    with s.sessions() as session:
        return service.current(session, s.settings.agenda_file)


def _zone(context: Context, user_id: int) -> str:
    s = services(context)
    with s.sessions() as session:
        row = delegates.get(session, user_id)
        return (row.timezone if row and row.timezone else None) or s.settings.meeting_timezone


def _day_buttons(agenda: Agenda, lang: str) -> list[list[Button]]:
    return [[Button(short_day(d, lang), f"ag:{i}") for i, d in enumerate(agenda.days)]]


async def agenda(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    a = _agenda(context)
    now = services(context).clock()
    day = next(
        (d for d in a.days if d >= now.astimezone(a.sessions[0].start.tzinfo).date()), a.days[0]
    )
    await send(
        context, chat.id, day_text(a, day, _zone(context, user.id), lang), _day_buttons(a, lang)
    )


async def agenda_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    lang = language_of(update, context)
    a = _agenda(context)
    raw = (query.data or "").removeprefix("ag:")
    if not raw.isdigit() or int(raw) >= len(a.days):
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await query.answer()
    day = a.days[int(raw)]
    await send(
        context, chat.id, day_text(a, day, _zone(context, user.id), lang), _day_buttons(a, lang)
    )


async def now_command(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    a = _agenda(context)
    zone = _zone(context, user.id)
    current = a.current(services(context).clock())
    if not current:
        text = t(lang, "agenda-now-none")
        upcoming = a.upcoming(services(context).clock())
        if upcoming:
            text += (
                "\n\n"
                + t(lang, "agenda-next-header")
                + "\n"
                + session_lines(upcoming[0], a, zone, lang, True)
            )
        await send(context, chat.id, fit(text))
        return
    parts = [t(lang, "agenda-now-header")] + [
        session_lines(s, a, zone, lang, True) for s in current
    ]
    await send(context, chat.id, fit("\n\n".join(parts)))


async def next_command(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    a = _agenda(context)
    upcoming = [s for s in a.upcoming(services(context).clock()) if s.kind != "break"]
    if not upcoming:
        await send(context, chat.id, t(lang, "agenda-next-none"))
        return
    text = (
        t(lang, "agenda-next-header")
        + "\n\n"
        + session_lines(upcoming[0], a, _zone(context, user.id), lang, True)
    )
    await send(context, chat.id, fit(text))


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


async def calendar(update: Update, context: Context) -> None:
    chat = update.effective_chat
    assert chat is not None
    lang = language_of(update, context)
    a = _agenda(context)
    await context.bot.send_document(
        chat.id,
        ics(a, lang),
        filename="cidi-agenda.ics",
        caption=t(lang, "calendar-caption"),
        parse_mode="HTML",
    )


def _prefs(context: Context, user_id: int) -> ReminderPrefs:
    s = services(context)
    with transaction(s.sessions) as session:
        return service.ensure_prefs(session, user_id, s.settings.reminder_lead_minutes, s.clock())


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
        digest=label(lang, "reminders-on" if prefs.digest else "reminders-off"),
    )
    toggle = "reminders-turn-off" if prefs.enabled else "reminders-turn-on"
    rows = [[Button(label(lang, toggle), "rm:t")]]
    rows.append(
        [
            Button(("• " if prefs.lead_minutes == m else "") + lead_label(lang, m), f"rm:l:{m}")
            for m in planning.LEAD_CHOICES
        ]
    )
    rows.append(
        [
            Button(label(lang, "reminders-digest-toggle"), "rm:d"),
            Button(label(lang, "reminders-all"), "rm:a"),
        ]
    )
    chosen = set(prefs.sessions or [])
    for i, s in enumerate(x for x in agenda.sessions if x.kind != "break"):
        mark = "✅ " if (prefs.all_sessions or s.id in chosen) else "▫️ "
        rows.append(
            [Button(mark + s.text("title", lang, agenda.default_language)[:40], f"rm:s:{i}")]
        )
    return text, rows


async def reminders(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    prefs = _prefs(context, user.id)
    text, rows = _settings_screen(lang, prefs, _agenda(context))
    await send(context, chat.id, text, rows)


async def reminders_button(update: Update, context: Context) -> None:
    """rm:t on/off, rm:l:<minutes>, rm:d digest, rm:a all sessions, rm:s:<index> one session."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    a = _agenda(context)
    parts = (query.data or "").split(":")
    followed = [x for x in a.sessions if x.kind != "break"]
    number = int(parts[2]) if len(parts) == 3 and parts[2].isdigit() else -1
    valid = (
        (len(parts) == 2 and parts[1] in ("t", "d", "a"))
        or (parts[1:2] == ["l"] and number in planning.LEAD_CHOICES)
        or (parts[1:2] == ["s"] and 0 <= number < len(followed))
    )
    if not valid:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    now = s.clock()
    with transaction(s.sessions) as session:
        prefs = service.ensure_prefs(session, user.id, s.settings.reminder_lead_minutes, now)
        if parts[1] == "t":
            prefs.enabled = not prefs.enabled
        elif parts[1] == "l":
            prefs.lead_minutes = int(parts[2])
        elif parts[1] == "d":
            prefs.digest = not prefs.digest
        elif parts[1] == "a":
            prefs.all_sessions, prefs.sessions = True, []
        else:
            sid = followed[int(parts[2])].id
            chosen = (
                set(prefs.sessions or []) if not prefs.all_sessions else {x.id for x in followed}
            )
            chosen ^= {sid}
            prefs.all_sessions, prefs.sessions = False, sorted(chosen)
        prefs.updated_at = now
        service.replan(session, a, now, s.settings.reminder_lead_minutes, users={user.id})
        text, rows = _settings_screen(lang, prefs, a)
    await query.answer(t(lang, "reminders-saved")[:200])
    await drop_keyboard(update)
    await send(context, chat.id, text, rows)


async def agenda_document(update: Update, context: Context) -> None:
    """An organiser sends an agenda file: check it, show what changes, apply on confirmation."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if not roles(context, user.id) & {"organiser", "secretariat"}:
        await not_text(update, context)
        return
    document = message.document
    assert document is not None
    if (document.file_size or 0) > MAX_AGENDA_BYTES:
        await send(context, chat.id, t(lang, "agenda-upload-too-big", max=MAX_AGENDA_BYTES // 1024))
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        await send(context, chat.id, t(lang, "agenda-upload-not-agenda", problems=""))
        return
    new, problems = parse(text)
    if new is None:
        listing = "\n".join(f"• {p}" for p in problems[:15])
        key = (
            "agenda-upload-not-agenda"
            if problems and "not an agenda" in problems[0].message
            else "agenda-upload-invalid"
        )
        await send(context, chat.id, fit(t(lang, key, problems=listing)))
        return
    change = diff(_agenda(context), new)
    if change.empty():
        await send(context, chat.id, t(lang, "agenda-upload-nochange"))
        return
    with transaction(s.sessions) as session:
        row = session.get(Meta, f"agenda-upload:{user.id}")
        if row is None:
            session.add(Meta(key=f"agenda-upload:{user.id}", value=text))
        else:
            row.value = text
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
            Button(label(lang, "agenda-upload-apply"), "agu:y"),
            Button(label(lang, "agenda-upload-cancel"), "agu:n"),
        ]
    ]
    await send(context, chat.id, fit(summary), rows)


async def agenda_upload_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if await refused(update, context, "organiser", "secretariat"):
        return
    if query.data not in ("agu:y", "agu:n"):
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    now = s.clock()
    notices = 0
    with transaction(s.sessions) as session:
        row = session.get(Meta, f"agenda-upload:{user.id}")
        text = row.value if row else None
        if row is not None:
            session.delete(row)
        applied = False
        if text is not None and query.data == "agu:y":
            lead = s.settings.reminder_lead_minutes
            notices = service.apply(
                session, text, "chat", user.id, now, lead, s.settings.agenda_file
            ).told
            delegates.audit(session, now, user.id, "agenda_import", None, {"notices": notices})
            applied = True
    if text is None:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    await answer_and_drop(update)
    key = "agenda-upload-applied" if applied else "agenda-upload-kept"
    await send(context, chat.id, t(lang, key, notices=notices))
