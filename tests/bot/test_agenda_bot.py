"""Delegates read the agenda in their zone and language, and get reminders on time, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot import callbacks as cb
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from scheduler.agenda import default_text
from storage.models import Delivery, ReminderPrefs
from tests.bot.helpers import register, shown
from tests.conftest import ORGANISER_ID

OPENING_UTC = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)  # 10:00 in New York


async def delegate(
    harness: Harness, uid: int, lang: str, country: str, kind: str = "member_state"
) -> FakeUser:
    user = harness.user(uid, language_code=lang)
    await register(user, lang, kind=kind, country=country)
    return user


def at(harness: Harness, moment: datetime) -> None:
    harness.advance((moment - harness.now).total_seconds())


async def test_registration_subscribes_to_all_sessions_and_says_how_to_change(
    harness: Harness,
) -> None:
    ana = await delegate(harness, 901_001, "es", "Perú")
    assert shown("es", "reminders-default", lead=15) in ana.last_text()
    with harness.services.sessions() as session:
        prefs = session.get(ReminderPrefs, 901_001)
        rows = (
            session.execute(select(Delivery.kind).where(Delivery.user_id == 901_001))
            .scalars()
            .all()
        )
    assert prefs is not None and prefs.all_sessions and prefs.lead_minutes == 15
    assert rows.count("reminder") == 5 and rows.count("digest") == 2


async def test_the_agenda_shows_the_delegates_time_and_the_meetings(harness: Harness) -> None:
    ken = await delegate(harness, 901_002, "en", "Japan", kind="observer_state")
    await ken.send("/agenda")
    text = ken.last_text()
    assert "00:00–00:30" in text  # 10:00 New York is midnight in Tokyo
    assert "10:00–10:30 in New York" in text
    assert "Opening session" in text
    assert "Cooperation and partnerships as engines" in text  # the meeting's official theme
    assert shown("en", "agenda-link-tba") in text
    assert shown("en", "agenda-point", point="B.1") in text  # where the session comes from
    assert ken.buttons()[:2] == ["Thu 2 Dec", "Fri 3 Dec"]
    assert "🔔 Opening session" in ken.buttons()  # each session of the day can be followed
    await ken.press("Fri 3 Dec")
    assert "Multi-stakeholder partnerships" in ken.last_text()


async def test_following_one_session_from_the_agenda_reminds_of_that_one_only(
    harness: Harness,
) -> None:
    li = await delegate(harness, 901_020, "es", "Perú")
    await li.send("/agenda")
    follow = next(b for b in li.buttons() if b.startswith("🔔"))
    await li.press(follow)
    assert li.last_answer()["text"].startswith("🔔")  # type: ignore[index]
    await li.send("/reminders")
    assert t("es", "reminders-scope-some", count=1) in li.last_text()
    ticked = [b for b in li.buttons() if b.startswith("✅")]
    assert len(ticked) == 1 and follow.removeprefix("🔔 ") in ticked[0]


async def test_reminders_wait_for_registration(harness: Harness) -> None:
    mo = harness.user(901_021, language_code="pt")
    await mo.send("/reminders")
    assert mo.last_text() == t("pt", "error-not-registered")


async def test_a_meeting_that_is_over_says_so_above_its_agenda(harness: Harness) -> None:
    ro = await delegate(harness, 901_022, "fr", "Haïti")
    harness.now = harness.now.replace(year=2026)
    await ro.send("/agenda")
    over = next(line for line in ro.last_text().splitlines() if "2021" in line)
    assert over.startswith("Cette réunion s’est tenue du")


async def test_now_and_next_follow_the_clock(harness: Harness) -> None:
    lu = await delegate(harness, 901_003, "fr", "Haïti")
    at(harness, OPENING_UTC - timedelta(hours=1))
    await lu.send("/now")
    assert lu.last_text().startswith(t("fr", "agenda-now-none"))
    await lu.send("/next")
    assert "Séance d’ouverture" in lu.last_text()
    at(harness, OPENING_UTC + timedelta(minutes=45))
    await lu.send("/now")
    assert "Besoins et offres de coopération" in lu.last_text()


async def test_calendar_is_an_ics_file_with_time_zones(harness: Harness) -> None:
    mo = await delegate(harness, 901_004, "pt", "Brasil")
    await mo.send("/calendar")
    document = mo.last_message()["document"]
    content = harness.api.files[document["file_id"]].content.decode()
    assert document["file_name"].endswith(".ics")
    assert "BEGIN:VCALENDAR" in content and content.count("BEGIN:VEVENT") == 6
    assert "DTSTART;TZID=America/New_York:20211202T100000" in content
    assert "Sessão de abertura" in content


async def test_a_reminder_arrives_on_time_once_in_the_delegates_language(harness: Harness) -> None:
    ni = await delegate(harness, 901_005, "fr", "Haïti")
    at(harness, OPENING_UTC - timedelta(minutes=20))
    await harness.deliver_outbox()
    assert not any(m.startswith("⏰") for m in ni.messages())  # not yet due
    at(harness, OPENING_UTC - timedelta(minutes=15))
    await harness.deliver_outbox()
    reminders = [m for m in ni.messages() if m.startswith("⏰")]
    assert len(reminders) == 1 and "Séance d’ouverture" in reminders[0] and "10:00" in reminders[0]
    await harness.deliver_outbox()
    assert len([m for m in ni.messages() if m.startswith("⏰")]) == 1


async def test_after_a_restart_during_a_session_the_reminder_says_it_started(
    harness: Harness,
) -> None:
    oz = await delegate(harness, 901_006, "en", "Jamaica")
    await harness.stop()
    at(harness, OPENING_UTC + timedelta(minutes=10))  # the bot was down at reminder time
    await harness.start()
    await harness.deliver_outbox()
    started = [m for m in oz.messages() if m.startswith("▶️")]
    assert started == [
        shown("en", "reminder-started", title="Opening session")
        + "\n"
        + shown("en", "agenda-link-tba")  # the shipped agenda invents no link
        + "\n"
        + shown("en", "agenda-interpretation", languages="English, Spanish, French, Portuguese")
    ]


async def test_after_a_restart_once_the_session_ended_nothing_is_sent(harness: Harness) -> None:
    pi = await delegate(harness, 901_007, "es", "Chile")
    await harness.restart()
    at(harness, OPENING_UTC + timedelta(minutes=40))
    await harness.deliver_outbox()
    assert not any("Sesión inaugural" in m for m in pi.messages() if m.startswith(("⏰", "▶️")))
    with harness.services.sessions() as session:
        statuses = (
            session.execute(select(Delivery.status).where(Delivery.key.like("rem:opening:%")))
            .scalars()
            .all()
        )
    assert statuses == ["dropped"]


async def test_a_restart_before_the_session_still_sends_the_reminder(harness: Harness) -> None:
    qu = await delegate(harness, 901_008, "pt", "Brasil")
    await harness.restart()
    at(harness, OPENING_UTC - timedelta(minutes=5))
    await harness.deliver_outbox()
    assert any(m.startswith("⏰") and "Sessão de abertura" in m for m in qu.messages())


async def test_the_lead_time_is_chosen_by_button_and_forged_values_are_refused(
    harness: Harness,
) -> None:
    ro = await delegate(harness, 901_009, "en", "Canada")
    await ro.send("/reminders")
    await ro.press(label("en", "reminders-lead", minutes=60))
    with harness.services.sessions() as session:
        due = (
            session.execute(
                select(Delivery.due_at).where(
                    Delivery.status == "pending", Delivery.key.like("rem:opening:%")
                )
            )
            .scalars()
            .all()
        )
        assert [d.astimezone(UTC) for d in due] == [OPENING_UTC - timedelta(minutes=60)]
    await ro.press_data("rm:l:7")  # 7 minutes is not one of the choices
    assert ro.last_answer()["text"] == t("en", "dialog-stale-button")  # type: ignore[index]
    with harness.services.sessions() as session:
        prefs = session.get(ReminderPrefs, 901_009)
        assert prefs is not None and prefs.lead_minutes == 60


async def test_turning_reminders_off_drops_what_was_planned(harness: Harness) -> None:
    sa = await delegate(harness, 901_010, "es", "México")
    await sa.send("/reminders")
    before = len(sa.messages())
    await sa.press(label("es", "reminders-turn-off"))
    assert len(sa.messages()) == before  # the settings message changes in place
    assert sa.last_text().startswith(t("es", "reminders-saved"))
    assert label("es", "reminders-turn-on") in sa.buttons()
    at(harness, OPENING_UTC - timedelta(minutes=15))
    await harness.deliver_outbox()
    assert not any(m.startswith("⏰") for m in sa.messages())


async def test_a_blocked_delegate_is_marked_inactive_and_not_retried(harness: Harness) -> None:
    ti = await delegate(harness, 901_011, "en", "Belize")
    harness.api.block(ti.id)
    at(harness, OPENING_UTC - timedelta(minutes=15))
    await harness.deliver_outbox()
    with harness.services.sessions() as session:
        from catalogue import delegates

        row = delegates.get(session, ti.id)
        assert row is not None and not row.active


async def test_an_organiser_moves_a_session_and_subscribers_hear_once(harness: Harness) -> None:
    ua = await delegate(harness, 901_012, "fr", "Haïti")
    org = harness.user(ORGANISER_ID, language_code="en")
    moved = (
        default_text()
        .replace("start: 2021-12-02 13:30", "start: 2021-12-02 14:00")
        .replace("end: 2021-12-02 15:30", "end: 2021-12-02 16:00")
    )
    await org.send_file("agenda.yaml", moved.encode())
    assert "observers" in org.last_text() and "14:00" in org.last_text()
    await org.press(label("en", "agenda-upload-apply"))
    assert org.last_text() == shown("en", "agenda-upload-applied", notices=1)
    await harness.deliver_outbox()
    notices = [m for m in ua.messages() if m.startswith("🔁")]
    assert len(notices) == 1 and "Possibilités de coopération" in notices[0]
    await harness.deliver_outbox()
    assert len([m for m in ua.messages() if m.startswith("🔁")]) == 1
    with harness.services.sessions() as session:
        keys = (
            session.execute(
                select(Delivery.key).where(
                    Delivery.status == "pending", Delivery.key.like("rem:observers:%")
                )
            )
            .scalars()
            .all()
        )
    assert len(keys) == 1 and "T14:00:00" in keys[0]  # no reminder at the old time


async def test_a_file_that_is_not_an_agenda_is_refused_clearly(harness: Harness) -> None:
    org = harness.user(ORGANISER_ID, language_code="es")
    await org.send_file("notes.yaml", b"shopping: [milk, bread]\n")
    assert org.last_text().startswith(shown("es", "agenda-upload-not-agenda", problems="").strip())
    await org.send_file("photo.jpg", b"\xff\xd8\xff\xe0 binary")
    assert org.last_text().startswith(shown("es", "agenda-upload-not-agenda", problems="").strip())
    await org.send_file(
        "bad.yaml", b"meeting:\n  timezone: EST5\n  days: [2021-02-29]\nsessions: []\n"
    )
    assert "EST5" in org.last_text() and "line 2" in org.last_text()


async def test_a_delegate_sending_a_file_gets_the_usual_answer(harness: Harness) -> None:
    va = await delegate(harness, 901_013, "en", "Panama")
    await va.send_file("agenda.yaml", default_text().encode())
    assert va.last_text() == t("en", "error-not-understood")
    await va.press_data(cb.AGENDA_UPLOAD.data(cb.Upload.APPLY))
    assert va.last_answer()["text"] == t("en", "error-not-allowed")  # type: ignore[index]


async def test_an_import_moving_every_session_is_one_message_listing_them(
    harness: Harness,
) -> None:
    ana = await delegate(harness, 901_014, "en", "Panama")
    heard = len(ana.messages())
    org = harness.user(ORGANISER_ID, language_code="en")
    later = default_text().replace("2021-12-02", "2021-12-09").replace("2021-12-03", "2021-12-10")
    await org.send_file("agenda.yaml", later.encode())
    await org.press(label("en", "agenda-upload-apply"))
    assert org.last_text() == shown("en", "agenda-upload-applied", notices=1)
    await harness.deliver_outbox()
    told = ana.messages()[heard:]
    assert len(told) == 1
    assert told[0].startswith(shown("en", "notice-changes", count=5))
    for title in ("Opening session", "Closing session"):
        assert title in told[0]
    assert "to Thursday, 9 December, 10:00" in told[0]  # the new time, in Panama's zone


def test_a_notice_of_very_many_changes_lists_the_first_and_counts_the_rest() -> None:
    from bot.deliveries import LISTED, _changes
    from scheduler.agenda import parse

    agenda, _ = parse(default_text())
    assert agenda is not None
    cancelled = [
        {"type": "cancelled", "session": f"s{n}", "old_start": "2021-12-02T15:00:00+00:00",
         "title": {"en": f"Session {n} " + "with a very long title " * 8}}
        for n in range(40)
    ]  # fmt: skip
    said = _changes(cancelled, agenda, "America/Panama", "en", OPENING_UTC)
    assert said is not None and len(said.text) <= 4096
    assert said.text.endswith(shown("en", "notice-changes-more", count=40 - LISTED))
    assert said.text.count("❌") == LISTED
