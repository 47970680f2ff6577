"""A connection accepted in the chat becomes a partnership that both sides move on."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from sqlalchemy import select

from bot import callbacks as cb
from catalogue import partnerships
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.db import transaction
from storage.models import AuditEntry, Connection, Partnership
from tests.bot.helpers import approve_pending, entries_of, register, shown, submit_entry
from tests.conftest import SECRETARIAT_ID


async def connected(harness: Harness) -> tuple[FakeUser, FakeUser]:
    """Paulo offers telehealth; Marie is interested; Paulo accepts."""
    paulo = harness.user(1201, language_code="pt", username="paulo")
    await register(paulo, "pt", name="Paulo Souza")
    await submit_entry(paulo, "pt", title="Cooperação técnica em telessaúde")
    await approve_pending(harness)
    marie = harness.user(1202, language_code="fr", username="marie")
    await register(marie, "fr", name="Marie Joseph", country="Haïti")
    await marie.press_data(cb.CATALOGUE.data(cb.Cat.DETAILS, entries_of(harness, 1201)[0].id))
    await marie.press(label("fr", "connect-interested"))
    await marie.press(label("fr", "entry-skip"))
    await paulo.press(label("pt", "connect-accept"))
    return paulo, marie


async def test_an_accepted_connection_is_a_partnership_both_sides_move_on(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    await marie.send("/partnerships")
    assert "Paulo Souza" in marie.last_text()
    assert label("fr", "stage-talking") in marie.last_text()
    agreed = label("fr", "partnership-next", id=1, stage=label("fr", "stage-agreed"))
    await marie.press(agreed)
    assert label("fr", "stage-agreed") in marie.last_text()
    await paulo.send("/partnerships")
    assert "Marie Joseph" in paulo.last_text() and label("pt", "stage-agreed") in paulo.last_text()
    await paulo.press(
        label("pt", "partnership-next", id=1, stage=label("pt", "stage-implementing"))
    )
    # A second tap of "agreed" (a slow network, an old message): the partnership moved on.
    await marie.press_data(cb.PARTNERSHIP.data(cb.Partner.NEXT, 1, "agreed"))
    with harness.services.sessions() as session:
        partnership = session.execute(select(Partnership)).scalar_one()
        assert partnership.stage == "implementing"  # nothing applied twice
        steps = [(e.stage, e.actor_id) for e in partnerships.history(session, partnership.id)]
        assert steps == [("talking", None), ("agreed", 1202), ("implementing", 1201)]
        audited = session.execute(
            select(AuditEntry.actor_id).where(AuditEntry.action == "partnership_stage")
        ).scalars()
        assert sorted(audited) == [1201, 1202]


async def test_a_partnership_is_dropped_with_a_reason_and_then_stays_dropped(
    harness: Harness,
) -> None:
    paulo, _ = await connected(harness)
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-drop", id=1))
    await paulo.press(label("pt", "drop-no_funding"))
    assert label("pt", "stage-dropped") in paulo.last_text()
    assert label("pt", "partnership-drop", id=1) not in paulo.buttons()  # final
    with harness.services.sessions() as session:
        partnership = session.execute(select(Partnership)).scalar_one()
        assert (partnership.stage, partnership.drop_reason) == ("dropped", "no_funding")


async def test_only_the_parties_and_the_secretariat_move_a_partnership(harness: Harness) -> None:
    await connected(harness)
    stranger = harness.user(1203, language_code="en")
    await register(stranger, "en")
    await stranger.press_data(cb.PARTNERSHIP.data(cb.Partner.NEXT, 1, "agreed"))
    with harness.services.sessions() as session:
        assert session.execute(select(Partnership.stage)).scalar_one() == "talking"
    with transaction(harness.services.sessions) as session:
        partnerships.move(session, SECRETARIAT_ID, 1, "agreed", harness.clock())
        partnerships.name_third_party(
            session, SECRETARIAT_ID, 1, "Agencia de Cooperación de España", "facilitator",
            harness.clock(),
        )  # fmt: skip
    _, marie = harness.user(1201), harness.user(1202)
    await marie.send("/partnerships")
    assert "Agencia de Cooperación de España" in marie.last_text()
    assert label("fr", "role-facilitator") in marie.last_text()


async def test_a_party_names_a_third_party_and_writes_a_note(harness: Harness) -> None:
    paulo, marie = await connected(harness)
    await marie.send("/partnerships")
    await marie.press(label("fr", "partnership-third-button", id=1))
    await marie.send("Agence française de développement")
    await marie.press(label("fr", "role-facilitator"))
    await marie.send("/partnerships")
    assert "Agence française de développement" in marie.last_text()
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-note", id=1))
    await paulo.send("Primeira reunião técnica marcada para janeiro.")
    with harness.services.sessions() as session:
        notes = [e.note for e in partnerships.history(session, 1) if e.note]
        assert notes == ["Primeira reunião técnica marcada para janeiro."]
        assert session.execute(select(Partnership.stage)).scalar_one() == "talking"


TITLE = "Cooperação técnica em telessaúde"


def day(harness: Harness, lang: str) -> str:
    """Today on the harness clock, as /partnerships writes a step's day."""
    return format_date(harness.clock().date(), format="medium", locale=lang)


async def test_the_partner_hears_of_each_move_note_and_drop_in_their_own_language(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-next", id=1, stage=label("pt", "stage-agreed")))
    moved = shown("fr", "notify-partnership-moved", id=1, title=TITLE,
                  stage=label("fr", "stage-agreed"), by="person", who="Paulo Souza")  # fmt: skip
    assert marie.last_text() == moved
    await marie.send("/partnerships")
    await marie.press(label("fr", "partnership-note", id=1))
    await marie.send("Réunion technique fixée au 12 janvier.")
    assert paulo.last_text() == shown("pt", "notify-partnership-noted", id=1, title=TITLE,
                                      note="Réunion technique fixée au 12 janvier.",
                                      by="person", who="Marie Joseph")  # fmt: skip
    await marie.send("/partnerships")
    await marie.press(label("fr", "partnership-drop", id=1))
    await marie.press(label("fr", "drop-no_funding"))
    assert paulo.last_text() == shown("pt", "notify-partnership-dropped", id=1, title=TITLE,
                                      reason=label("pt", "drop-no_funding"), by="person",
                                      who="Marie Joseph")  # fmt: skip
    # Nobody is told of their own move; the secretariat's word goes to both parties.
    assert not any(m.startswith("🤝") for m in marie.messages() if "Marie Joseph" in m)
    assert sum(m == moved for m in marie.messages()) == 1
    with transaction(harness.services.sessions) as session:
        partnerships.name_third_party(session, SECRETARIAT_ID, 1, "Agencia de Cooperación",
                                      "facilitator", harness.clock())  # fmt: skip
    await harness.deliver_outbox()
    for person, lang in ((paulo, "pt"), (marie, "fr")):
        assert person.last_text() == shown(lang, "notify-partnership-third", id=1, title=TITLE,
                                           name="Agencia de Cooperación",
                                           role=label(lang, "role-facilitator"),
                                           by="secretariat", who="")  # fmt: skip


async def test_partnerships_show_each_ones_history_with_when_and_who(harness: Harness) -> None:
    paulo, marie = await connected(harness)
    started = day(harness, "pt")
    harness.advance(3 * 86400)
    await marie.send("/partnerships")
    await marie.press(label("fr", "partnership-next", id=1, stage=label("fr", "stage-agreed")))
    agreed = day(harness, "pt")
    await paulo.send("/partnerships")
    text = paulo.last_text()
    assert shown("pt", "partnership-step-start", when=started) in text
    assert shown("pt", "partnership-step-move", when=agreed, who="Marie Joseph",
                 stage=label("pt", "stage-agreed")) in text  # fmt: skip
    for n in range(4):
        harness.advance(86400)
        await paulo.press(label("pt", "partnership-note", id=1))
        await paulo.send(f"Missão técnica número {n + 1} concluída.")
    await marie.send("/partnerships")
    text = marie.last_text()
    # The latest three steps, after how many came before them (the start and the move).
    assert shown("fr", "partnership-steps-earlier", count=3) in text
    assert shown("fr", "partnership-step-note", when=day(harness, "fr"), who="Paulo Souza",
                 note="Missão técnica número 4 concluída.") in text  # fmt: skip
    start = shown("fr", "partnership-step-start", when="§").split("§")[1]
    assert "número 1" not in text and start not in text


async def test_a_long_list_of_partnerships_stays_within_one_message(harness: Harness) -> None:
    """Twelve partnerships with long notes: the history is cut down, never a partnership."""
    paulo, _ = await connected(harness)
    entry_id = entries_of(harness, 1201)[0].id
    with transaction(harness.services.sessions) as session:
        for requester in range(1300, 1311):
            connection = Connection(entry_id=entry_id, requester_id=requester, owner_id=1201,
                                    status="accepted", created_at=harness.clock())  # fmt: skip
            session.add(connection)
            session.flush()
            partnership = partnerships.start(session, connection, harness.clock())
            for n in range(3):
                partnerships.note(session, 1201, partnership.id, f"{n} " + "palavra " * 60,
                                  harness.clock())  # fmt: skip
    await paulo.send("/partnerships")
    text = paulo.last_text()
    assert len(paulo.last_message()["_html"]) <= 4096
    assert all(f"#{pid} " in text for pid in range(1, 13))


async def test_a_forgotten_partner_reads_as_an_anonymous_delegate_and_their_notes_go(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-note", id=1))
    await paulo.send("Ligar para o Paulo no +55 61 5555 0100.")
    await paulo.send("/forget_me")
    await paulo.press(label("pt", "forget-yes"))
    await marie.send("/partnerships")
    text = marie.last_text()
    anonymous = t("fr", "entry-anonymous")
    assert f"— avec {anonymous}" in text and "— avec —" not in text
    assert shown("fr", "partnership-step-note", when=day(harness, "fr"), who=anonymous,
                 note="") in text  # fmt: skip
    assert "+55 61" not in text


async def test_partnerships_say_when_no_check_in_will_come_any_more(harness: Harness) -> None:
    _, marie = await connected(harness)
    ended = shown("fr", "partnerships-no-checkins",
                  date=format_date(date(2024, 12, 3), "long", locale="fr"))  # fmt: skip
    await marie.send("/partnerships")
    assert ended not in marie.last_text()  # the meeting has just ended: three years to come
    harness.advance(4 * 365 * 86400)  # the shipped agenda's follow-up is over
    await marie.send("/partnerships")
    assert marie.last_text().endswith(ended)
    harness.services.settings.followup_until = date(2027, 12, 31)  # FOLLOWUP_UNTIL set
    await marie.send("/partnerships")
    assert ended not in marie.last_text()


async def test_the_drop_reasons_offer_back_and_cancel_and_cancel_changes_nothing(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness)
    heard = len(marie.messages())
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-drop", id=1))
    assert paulo.buttons()[-2:] == [label("pt", "dialog-back"), label("pt", "dialog-cancel")]
    await paulo.press(label("pt", "dialog-back"))
    assert label("pt", "partnership-drop", id=1) in paulo.buttons()  # the list again
    await paulo.press(label("pt", "partnership-drop", id=1))
    await paulo.press(label("pt", "dialog-cancel"))
    assert paulo.last_text() == shown("pt", "partnership-drop-kept", id=1)
    assert paulo.buttons() == []
    with harness.services.sessions() as session:
        assert session.execute(select(Partnership.stage)).scalar_one() == "talking"
    assert len(marie.messages()) == heard


async def test_a_strangers_forged_partnership_buttons_are_refused_and_show_nothing(
    harness: Harness,
) -> None:
    await connected(harness)
    stranger = harness.user(1203, language_code="en")
    await register(stranger, "en")
    seen = stranger.last_message()
    before = (len(stranger.messages()), seen.get("text"), seen.get("reply_markup"))
    for data in (
        cb.PARTNERSHIP.data(cb.Partner.DROP, 1),
        cb.PARTNERSHIP.data(cb.Partner.REASON, 1, "no_funding"),
        cb.PARTNERSHIP.data(cb.Partner.NOTE, 1),
        cb.PARTNERSHIP.data(cb.Partner.THIRD, 1),
        cb.PARTNERSHIP.data(cb.Partner.NEXT, 1, "agreed"),
        cb.FOLLOWUP.data(cb.FollowUp.DROP, 1),
        cb.FOLLOWUP.data(cb.FollowUp.BACK, 1),
        cb.FOLLOWUP.data(cb.FollowUp.REASON, 1, "no_funding"),
        cb.FOLLOWUP.data(cb.FollowUp.ANSWER, 1, "agreed"),
    ):
        await stranger.press_data(data)
        assert stranger.last_answer()["text"] == t("en", "partnership-not-yours", id=1)  # type: ignore[index]
    seen = stranger.last_message()
    assert (len(stranger.messages()), seen.get("text"), seen.get("reply_markup")) == before
    with harness.services.sessions() as session:
        assert session.execute(select(Partnership.stage)).scalar_one() == "talking"
    assert harness.services.dialogs.active(1203) is None
