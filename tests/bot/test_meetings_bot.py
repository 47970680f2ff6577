"""Two delegates go from an accepted connection to a confirmed video meeting with a
calendar invitation, each in their own language and time zone, through the fake Bot API."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from sqlalchemy import select

from bot import callbacks as cb
from catalogue import meetings
from fakegram.driver import Harness
from presentation.i18n import label, t
from presentation.meetings import when_text
from storage.models import Meeting
from tests.bot.test_partnerships import connected


async def test_a_partnership_becomes_a_confirmed_meeting_in_a_few_taps_each(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)  # Paulo in São Paulo (pt), Marie in Haiti (fr)
    # Marie: /partnerships, "Propose a meeting", a slot (two taps after the command).
    await marie.send("/partnerships")
    await marie.press(label("fr", "meeting-propose-id", id=1))
    assert "America/Port-au-Prince" in marie.last_text()
    slots = marie.buttons()[:3]
    assert len(slots) == 3 and label("fr", "meeting-type-other") in marie.buttons()
    await marie.press(slots[0])
    with harness.services.sessions() as session:
        meeting = session.execute(select(Meeting)).scalar_one()
        start, end = meeting.start_at, meeting.end_at
    assert "Paulo Souza" in marie.last_text()
    # Paulo reads the proposal in Portuguese, at his own time, and accepts: one tap.
    proposal = next(m for m in reversed(harness.api.bot_messages(1201)) if "reply_markup" in m)
    assert when_text(start, end, "pt", "America/Sao_Paulo") in proposal["text"]
    assert "Marie Joseph" in proposal["text"]
    await paulo.press(label("pt", "meeting-accept"))
    # Both get the confirmation with the invitation for their calendar, in their words.
    for user, lang, zone in ((paulo, "pt", "America/Sao_Paulo"),
                             (marie, "fr", "America/Port-au-Prince")):  # fmt: skip
        message = user.last_message()
        assert when_text(start, end, lang, zone) in message["caption"]
        assert "https://meet.jit.si/CIDI-" in message["caption"]
        content = harness.api.files[message["document"]["file_id"]].content
        event = Calendar.from_ical(content).walk("VEVENT")[0]
        assert event.decoded("DTSTART") == start and int(event["SEQUENCE"]) == 0
    # /meetings lists it, booked; the reminder comes 15 minutes before, in French.
    await marie.send("/meetings")
    assert label("fr", "meeting-move", id=1) in marie.buttons()
    # She would rather use her own video room: Paulo is told of the link.
    await marie.press(label("fr", "meeting-link-button", id=1))
    await marie.send("not a link")
    assert t("fr", "meeting-bad-link") in marie.last_text()
    await marie.send("https://zoom.example.org/j/123")
    assert "https://zoom.example.org/j/123" in paulo.last_text()
    harness.now = start - meetings.REMINDER
    await harness.deliver_outbox()
    reminder = marie.last_text()
    assert "Paulo Souza" in reminder and "15 minutes" in reminder and "zoom.example.org" in reminder
    # Afterwards, "did it happen?" feeds the partnership's history.
    harness.now = end + timedelta(minutes=5)
    await paulo.send("/meetings")
    await paulo.press(label("pt", "meeting-held-yes", id=1))
    await paulo.send("/partnerships")
    assert label("pt", "partnership-step-meeting", when="")[4:] in paulo.last_text()


async def test_the_proposer_cannot_accept_their_own_proposal(harness: Harness) -> None:
    _, marie = await connected(harness)
    await marie.send("/partnerships")
    await marie.press(label("fr", "meeting-propose-id", id=1))
    await marie.press(marie.buttons()[0])
    await marie.press_data(cb.MEET.data(cb.Meet.ACCEPT, 1))  # her own proposal
    with harness.services.sessions() as session:
        assert session.execute(select(Meeting.status)).scalar_one() == "proposed"
    assert t("fr", "meeting-not-possible") in marie.last_text()
