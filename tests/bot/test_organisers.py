"""Organisers broadcast safely; the secretariat manages roles; figures at a glance."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot import callbacks as cb
from catalogue import roles as role_service
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from presentation.render import moment_text
from scheduler import agenda
from storage.db import transaction
from storage.models import Broadcast, Delivery, Invitation
from tests.bot.helpers import approve_pending, register, shown, stored, submit_entry
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID


async def delegates_in(harness: Harness, specs: list[tuple[int, str, str, str]]) -> list[FakeUser]:
    users = []
    for uid, lang, kind, country in specs:
        user = harness.user(uid, language_code=lang)
        organisation = (
            "Fundación Futuro" if kind not in ("member_state", "observer_state") else None
        )
        await register(user, lang, kind=kind, country=country, organisation=organisation)
        users.append(user)
    return users


async def write_broadcast(
    org: FakeUser,
    lang: str,
    text: str,
    audience: str = "audience-all",
    value: str | None = None,
    versions: dict[str, str] | None = None,
    bold: tuple[int, int] | None = None,
) -> None:
    await org.send("/broadcast")
    await org.send(text, bold=bold)
    for code, other in (versions or {}).items():
        await org.press(
            label(
                lang,
                "broadcast-add-version",
                language=label(lang, f"language-{code}"),
            )
        )
        await org.send(other)
    await org.press(label(lang, "broadcast-versions-done"))
    await org.press(label(lang, audience))
    if value is not None:
        await org.press(value)
    await org.press(label(lang, "broadcast-now"))


async def run_outbox(harness: Harness) -> None:
    while (await harness.deliver_outbox()).claimed:
        pass


async def test_a_broadcast_reaches_everyone_in_their_language_once(harness: Harness) -> None:
    es, fr, pt = await delegates_in(
        harness,
        [
            (1001, "es", "member_state", "Perú"),
            (1002, "fr", "member_state", "Haïti"),
            (1003, "pt", "member_state", "Brasil"),
        ],
    )
    org = harness.user(ORGANISER_ID, language_code="en")
    await write_broadcast(
        org,
        "en",
        "The MSME session starts in 10 minutes & more: https://meeting.example.org",
        versions={
            "es": "La sesión MIPYME empieza en 10 minutos",
            "fr": "La séance MPME commence dans 10 minutes",
        },
        bold=(0, 16),
    )
    assert (
        shown(
            "en",
            "broadcast-preview-head",
            count=3,
            audience=label("en", "audience-all"),
            languages="English, Spanish, French",
            when=label("en", "broadcast-now"),
        ).split("\n")[0]
        in org.last_text()
    )
    for version in ("La sesión MIPYME empieza", "La séance MPME commence", "The MSME session"):
        assert version in org.last_text()  # every version is previewed, not only the first
    await org.press(label("en", "broadcast-confirm"))
    assert org.last_text().startswith("📣")
    await run_outbox(harness)
    assert es.last_text() == "La sesión MIPYME empieza en 10 minutos"
    assert fr.last_text() == "La séance MPME commence dans 10 minutes"
    assert pt.last_text().startswith("The MSME session starts in 10 minutes & more")  # the default
    assert pt.last_message()["_html"].startswith("<b>The MSME session</b>")  # formatting kept
    await run_outbox(harness)
    assert sum(1 for m in es.messages() if "MIPYME" in m) == 1


async def test_progress_is_shown_then_a_final_report(harness: Harness) -> None:
    await delegates_in(
        harness, [(1011, "en", "member_state", "Chile"), (1012, "en", "member_state", "Peru")]
    )
    harness.api.block(1012)
    org = harness.user(ORGANISER_ID, language_code="en")
    await write_broadcast(org, "en", "Reminder: the catalogue closes tonight.")
    await org.press(label("en", "broadcast-confirm"))
    progress_id = org.last_message()["message_id"]
    await run_outbox(harness)
    from bot.jobs import update_broadcasts

    await update_broadcasts(harness.app.bot, harness.services)  # type: ignore[union-attr]
    progress = next(
        m for m in harness.api.bot_messages(ORGANISER_ID) if m["message_id"] == progress_id
    )
    with harness.services.sessions() as session:
        b = session.execute(select(Broadcast)).scalar_one()
    assert progress["text"] == shown("en", "broadcast-report", id=b.id, sent=1, blocked=1, failed=0)
    assert b.status == "done"
    assert stored(harness, 1012).active is False  # type: ignore[union-attr]


async def test_an_audience_by_kind_language_country_or_verification(harness: Harness) -> None:
    await delegates_in(
        harness,
        [
            (1021, "es", "member_state", "Perú"),
            (1022, "en", "foundation", "Spain"),
            (1023, "es", "member_state", "Chile"),
        ],
    )
    org = harness.user(ORGANISER_ID, language_code="en")
    await write_broadcast(
        org, "en", "For foundations only", "audience-kind", label("en", "actor-foundation")
    )
    assert "; recipients: 1;" in org.last_text()
    await org.press(label("en", "broadcast-edit-audience"))
    await org.press(label("en", "audience-language"))
    await org.press("Español")
    assert "; recipients: 2;" in org.last_text()
    await org.press(label("en", "broadcast-edit-audience"))
    await org.press(label("en", "audience-country"))
    await org.send("Chile")
    assert "; recipients: 1;" in org.last_text()
    await org.press(label("en", "broadcast-edit-audience"))
    await org.press(label("en", "audience-verified"))  # nobody is verified: said at once
    assert org.last_text().startswith(t("en", "broadcast-nobody-choose"))
    assert label("en", "broadcast-confirm") not in org.buttons()
    with harness.services.sessions() as session:
        assert session.execute(select(Broadcast)).first() is None
    await org.press(label("en", "audience-all"))  # another audience: the text was kept
    assert "; recipients: 3;" in org.last_text() and "For foundations only" in org.last_text()


async def test_subscribers_of_a_session_can_be_targeted(harness: Harness) -> None:
    (_a,) = await delegates_in(harness, [(1031, "en", "member_state", "Jamaica")])
    b = harness.user(1032, language_code="en")
    await register(b, "en", country="Belize")
    await b.send("/reminders")
    await b.press(label("en", "reminders-turn-off"))
    org = harness.user(ORGANISER_ID, language_code="en")
    await write_broadcast(org, "en", "Opening link changed", "audience-session", "Opening session")
    assert "; recipients: 1;" in org.last_text()


async def test_a_scheduled_broadcast_waits_for_its_time_and_can_be_cancelled(
    harness: Harness,
) -> None:
    (a,) = await delegates_in(harness, [(1041, "en", "member_state", "Canada")])
    org = harness.user(ORGANISER_ID, language_code="en")
    await register(org, "en", country="Canada")
    await org.send("/broadcast")
    await org.send("Tomorrow's session moves to room B")
    await org.press(label("en", "broadcast-versions-done"))
    await org.press(label("en", "audience-all"))
    await org.press(label("en", "broadcast-later"))
    await org.send("2020-01-01 10:00")
    assert org.last_text().startswith(t("en", "broadcast-time-past"))
    await org.send("2022-12-01 10:00")
    assert org.last_text().startswith(t("en", "broadcast-time-far"))
    await org.send("tomorrow morning")
    assert org.last_text().startswith(t("en", "broadcast-time-format"))
    later = (harness.now + timedelta(hours=2)).astimezone(
        __import__("zoneinfo").ZoneInfo("America/Toronto")
    )
    await org.send(later.strftime("%Y-%m-%d %H:%M"))
    await org.press(label("en", "broadcast-confirm"))
    assert org.last_text().startswith("🕓")
    await run_outbox(harness)
    assert "room B" not in " ".join(a.messages())
    await org.send("/broadcasts")
    assert "room B" in org.last_text()
    await org.press(org.buttons()[0])
    harness.advance(3 * 3600)
    await run_outbox(harness)
    assert "room B" not in " ".join(a.messages())


async def test_a_scheduled_broadcast_goes_out_when_due(harness: Harness) -> None:
    (a,) = await delegates_in(harness, [(1051, "fr", "member_state", "Haïti")])
    org = harness.user(ORGANISER_ID, language_code="fr")
    await org.send("/broadcast")
    await org.send("Rappel : la séance commence bientôt")
    await org.press(label("fr", "broadcast-versions-done"))
    await org.press(label("fr", "audience-all"))
    await org.press(label("fr", "broadcast-later"))
    when = harness.now + timedelta(hours=1)
    zone = agenda.parse(agenda.default_text())[0].timezone  # type: ignore[union-attr]
    await org.send(when.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M"))
    said = f"{moment_text(when, 'fr', zone)} ({zone})"  # unregistered: in the meeting's zone
    assert said in org.last_text()  # and said back in it, named
    await org.press(label("fr", "broadcast-confirm"))
    await run_outbox(harness)
    assert "Rappel" not in " ".join(a.messages())
    harness.advance(3601)
    await run_outbox(harness)
    assert a.last_text() == "Rappel : la séance commence bientôt"


@pytest.mark.parametrize(("text", "key"), [("x" * 5000, "error-too-long"), ("   ", "error-empty")])
async def test_bad_broadcast_texts_are_refused_with_the_reason(
    harness: Harness, text: str, key: str
) -> None:
    org = harness.user(ORGANISER_ID, language_code="en")
    await org.send("/broadcast")
    await org.send(text)
    assert org.last_text().startswith(t("en", key, max=4096, length=5000))
    assert harness.services.dialogs.active(ORGANISER_ID) == "broadcast"


async def test_typed_tags_are_text_and_broken_html_is_refused(harness: Harness) -> None:
    from scheduler.broadcasts import BroadcastRefused, check_text

    org = harness.user(ORGANISER_ID, language_code="en")
    await org.send("/broadcast")
    await org.send("<b>broken & typed")  # typed characters, not formatting: shown as typed
    assert org.last_text().startswith("Versions ready: English")
    with pytest.raises(BroadcastRefused) as refused:  # what reaches the core as HTML
        check_text("<b>broken")
    assert refused.value.key == "broadcast-bad-html"


async def test_delegates_cannot_broadcast_or_see_figures(harness: Harness) -> None:
    (d,) = await delegates_in(harness, [(1061, "es", "member_state", "Perú")])
    for command in ("/broadcast", "/stats", "/broadcasts"):
        await d.send(command)
        assert d.last_text() == t("es", "error-not-allowed")  # organisers or the secretariat
    for command in ("/invite", "/roles"):
        await d.send(command)
        assert d.last_text() == t("es", "error-not-allowed-secretariat")
    await d.press_data(cb.BROADCAST.data(cb.Broadcast.CANCEL, 1))
    assert d.last_answer()["text"] == t("es", "error-not-allowed")  # type: ignore[index]


async def test_a_forged_confirm_from_a_demoted_organiser_sends_nothing(harness: Harness) -> None:
    await delegates_in(harness, [(1071, "en", "member_state", "Chile")])
    org = harness.user(ORGANISER_ID, language_code="en")
    await write_broadcast(org, "en", "Hello all")
    with transaction(harness.services.sessions) as session:
        role_service.revoke(session, ORGANISER_ID, "organiser", harness.now)
    await org.press(label("en", "broadcast-confirm"))
    assert org.last_text() == t("en", "error-not-allowed")
    with harness.services.sessions() as session:
        assert session.execute(select(Delivery).where(Delivery.kind == "broadcast")).first() is None


async def test_stats_give_text_and_a_chart(harness: Harness) -> None:
    await delegates_in(
        harness, [(1081, "pt", "member_state", "Brasil"), (1082, "en", "foundation", "Spain")]
    )
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/stats")
    texts = [m for m in harness.api.bot_messages(SECRETARIAT_ID) if "text" in m]
    assert "Participants registered: 2" in texts[-1]["text"]
    photo = harness.api.bot_messages(SECRETARIAT_ID)[-1]
    assert (
        "photo" in photo
        and harness.api.files[photo["photo"][0]["file_id"]].content[:8] == b"\x89PNG\r\n\x1a\n"
    )


async def test_stats_count_approved_entries_by_modality_actor_group_and_scope(
    harness: Harness,
) -> None:
    (ana,) = await delegates_in(harness, [(1083, "es", "member_state", "Honduras")])
    await submit_entry(ana, "es", kind="need", groups=("women", "migrants"))
    await submit_entry(ana, "es", kind="offer", modality="triangular", groups=("women",))
    await approve_pending(harness)
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/stats")
    text = next(
        m["text"] for m in reversed(harness.api.bot_messages(SECRETARIAT_ID)) if "text" in m
    )

    def item(key: str, count: int) -> str:  # "Sud-Sud : 1", with French typography
        return label("fr", "stats-item", name=label("fr", key), count=count)

    assert item("modality-south_south", 1) in text and item("modality-triangular", 1) in text
    assert f"{item('group-women', 2)}, {item('group-migrants', 1)}" in text
    assert item("scope-national", 1) in text  # the need names Haiti alone


@pytest.mark.both_databases
async def test_an_invitation_grants_a_role_once(harness: Harness) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/invite")
    await sec.press(label("en", "role-organiser"))
    link = sec.last_text().split("\n")[-1]
    assert link.startswith("https://t.me/cidi_test_bot?start=inv_")
    token = link.split("start=")[1]
    newcomer = harness.user(1091, language_code="es")
    await newcomer.send(f"/start {token}")
    assert shown("es", "invite-ok", role=label("es", "role-organiser")) in " ".join(
        newcomer.messages()
    )
    await newcomer.send("/broadcast")
    assert newcomer.last_text() != t("es", "error-not-allowed")
    other = harness.user(1092, language_code="en")
    await other.send(f"/start {token}")
    assert t("en", "invite-used") in other.messages()
    await other.send("/start inv_forged-token")
    assert t("en", "invite-unknown") in other.messages()


async def test_the_maker_of_an_invitation_hears_who_used_it_in_their_language(
    harness: Harness,
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/start")  # the bot learns their language
    await sec.send("/invite")
    await sec.press(label("fr", "role-organiser"))
    token = sec.last_text().split("\n")[-1].split("start=")[1]
    newcomer = harness.user(1094, language_code="es", username="nuevo_org")
    await newcomer.send(f"/start {token}")
    assert sec.last_text() == shown("fr", "invite-used-by", role=label("fr", "role-organiser"),
                                    who="— (@nuevo_org)", user=1094)  # fmt: skip
    heard = len(sec.messages())
    await harness.user(1095, language_code="en").send(f"/start {token}")  # used up: no notice
    assert len(sec.messages()) == heard


async def test_an_expired_invitation_is_refused(harness: Harness) -> None:
    with transaction(harness.services.sessions) as session:
        invitation = role_service.invite(
            session, "secretariat", SECRETARIAT_ID, harness.now - timedelta(days=3)
        )
        token = invitation.token
    late = harness.user(1093, language_code="fr")
    await late.send(f"/start inv_{token}")
    assert t("fr", "invite-expired") in late.messages()
    with harness.services.sessions() as session:
        assert session.get(Invitation, role_service.token_hash(token)).used_by is None  # type: ignore[union-attr]


async def test_the_secretariat_revokes_a_role_in_the_chat(harness: Harness) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/roles")
    assert str(ORGANISER_ID) in sec.last_text()
    await sec.press(sec.buttons()[0])
    assert sec.last_text() == t("en", "roles-revoked")
    org = harness.user(ORGANISER_ID, language_code="en")
    await org.send("/stats")
    assert org.last_text() == t("en", "error-not-allowed")


@pytest.mark.both_databases
async def test_a_broadcast_interrupted_by_a_crash_resumes_with_each_delegate_getting_it_once(
    harness: Harness,
) -> None:
    from bot.jobs import make_deliverer
    from scheduler import broadcasts
    from storage import outbox

    users = await delegates_in(
        harness, [(1100 + i, "en", "member_state", "Chile") for i in range(6)]
    )
    with transaction(harness.services.sessions) as session:
        broadcasts.create(
            session,
            ORGANISER_ID,
            broadcasts.Draft(texts={"en": "Room change at noon"}, language="en"),
            harness.now,
            None,
            15,
        )
    deliverer = harness.services.deliverer
    deliverer.batch = 10
    sends = 0
    real_send = deliverer.send

    class Killed(BaseException):  # a kill is no error the deliverer could handle
        pass

    async def dying(chat_id: int, message: object) -> object:
        nonlocal sends
        sends += 1
        if sends == 4:
            raise Killed()  # the process dies before this message reaches Telegram
        return await real_send(chat_id, message)  # type: ignore[arg-type]

    deliverer.send = dying  # type: ignore[assignment]
    with pytest.raises(Killed):
        await deliverer.run_once()
    harness.advance(outbox.LEASE.total_seconds() + 1)
    fresh = make_deliverer(
        harness.services.sessions,
        harness.clock,
        None,
        25.0,
        lambda: harness.app.bot,  # type: ignore[union-attr]
        monotonic=lambda: harness._ticks,
        sleep=harness._sleep,
    )
    while (await fresh.run_once()).claimed:
        pass
    counts = [sum(1 for m in u.messages() if m == "Room change at noon") for u in users]
    assert counts == [1] * 6


async def test_the_broadcast_preview_shows_the_time_in_the_organisers_zone(
    harness: Harness,
) -> None:
    await delegates_in(harness, [(1052, "es", "member_state", "Chile")])
    org = harness.user(ORGANISER_ID, language_code="es")
    await register(org, "es", country="Perú")  # America/Lima, UTC−5
    await org.send("/broadcast")
    await org.send("La sesión B.2 empieza a las 16:00")
    await org.press(label("es", "broadcast-versions-done"))
    await org.press(label("es", "audience-all"))
    await org.press(label("es", "broadcast-later"))
    await org.send("2021-12-02 16:00")
    assert "2 de diciembre de 2021, 16:00 (America/Lima)" in org.last_text()  # as typed
    with harness.services.sessions() as session:
        assert session.execute(select(Broadcast)).first() is None  # not sent before confirmed
    await org.press(label("es", "broadcast-confirm"))
    with harness.services.sessions() as session:
        stored_at = session.execute(select(Broadcast.scheduled_at)).scalar_one()
    assert stored_at.replace(tzinfo=None) == datetime(2021, 12, 2, 21, 0)  # 16:00 in Lima
