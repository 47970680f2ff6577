"""A bilateral meeting as the chat and the console say it: its time in the reader's zone
(the zone named), and the agenda as the slots need it."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from catalogue import meetings
from presentation.render import date_text, short_date


def when_text(start: datetime, end: datetime, lang: str, zone: str | None) -> str:
    """ "Wednesday, December 9, 2026, 10:00–10:30 (America/Santiago)": the date as every
    date is said (CLDR, the reader's language), the times in the reader's zone, named."""
    name = zone or "UTC"
    where = ZoneInfo(name)
    a, b = start.astimezone(where), end.astimezone(where)
    return f"{date_text(a.date(), lang, weekday=True)}, {a:%H:%M}–{b:%H:%M} ({name})"


def slot_label(start: datetime, lang: str, zone: str | None) -> str:
    """A slot on a button: "Wed, Dec 9, 10:00" in the reader's zone."""
    local = start.astimezone(ZoneInfo(zone or "UTC"))
    return f"{short_date(local.date(), lang)}, {local:%H:%M}"


def programme(agenda: Any) -> meetings.Programme:
    """The agenda (scheduler.agenda.Agenda) as the slots need it."""
    if agenda is None:
        return meetings.Programme()
    return meetings.Programme(
        days=tuple(agenda.days),
        zone=agenda.timezone,
        sessions=tuple((s.id, s.start, s.end) for s in agenda.sessions),
    )
