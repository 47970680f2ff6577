"""A connection accepted in the chat becomes a partnership that both sides move on."""

from __future__ import annotations

from sqlalchemy import select

from bot import callbacks as cb
from catalogue import partnerships
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label
from storage.db import transaction
from storage.models import AuditEntry, Partnership
from tests.bot.helpers import approve_pending, entries_of, register, submit_entry
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
