"""A registered delegate reads and edits their profile, changes language, and can be forgotten."""

from __future__ import annotations

from sqlalchemy import select

from fakegram.driver import Harness
from presentation.i18n import label, t
from storage.models import AuditEntry, DialogState
from tests.bot.helpers import register, stored


def edit(lang: str, field: str) -> str:
    return label(lang, "profile-edit-button", field=label(lang, f"field-{field}"))


async def test_profile_shows_every_field_in_the_delegates_language(harness: Harness) -> None:
    ana = harness.user(201, language_code="es")
    await register(ana, "es", name="Ana <Pérez>", position="Jefa & asesora")
    await ana.send("/profile")
    card = ana.last_text()
    assert "Ana <Pérez>" in card and "Jefa & asesora" in card
    assert "Brasil" in card and "America/Sao_Paulo" in card
    assert t("es", "profile-verified-no") in card
    assert edit("es", "full_name") in ana.buttons()


async def test_a_delegate_edits_one_field_and_only_that_field_changes(harness: Harness) -> None:
    ben = harness.user(202, language_code="en")
    await register(ben, "en", position="Analyst")
    await ben.send("/profile")
    await ben.press(edit("en", "position"))
    assert "Analyst" in ben.last_text()  # the current value is shown
    await ben.send("Senior analyst")
    assert t("en", "profile-updated") in ben.last_text()
    row = stored(harness, 202)
    assert row is not None and row.position == "Senior analyst" and row.country == "BR"
    assert harness.services.dialogs.active(202) is None


async def test_changing_country_asks_the_time_zone_again(harness: Harness) -> None:
    cy = harness.user(203, language_code="fr")
    await register(cy, "fr", country="Brésil")
    await cy.send("/profile")
    await cy.press(edit("fr", "country"))
    await cy.send("Japon")  # not a member state: the list is the member states'
    assert t("fr", "reg-country-not-found", query="Japon") in cy.last_text()
    await cy.send("Pérou")
    assert "America/Lima" in cy.last_text()
    await cy.press(cy.buttons()[0])
    row = stored(harness, 203)
    assert row is not None and (row.country, row.timezone) == ("PE", "America/Lima")


async def test_becoming_a_foundation_asks_for_the_organisation(harness: Harness) -> None:
    di = harness.user(204, language_code="pt")
    await register(di, "pt")
    await di.send("/profile")
    await di.press(edit("pt", "actor_kind"))
    await di.press(label("pt", "actor-foundation"))
    assert di.last_text().startswith(t("pt", "reg-ask-organisation", max=200))
    await di.send("Fundação Esperança")
    # Brazil is a country of the world too: no need to ask it again.
    row = stored(harness, 204)
    assert row is not None and row.actor_kind == "foundation"
    assert row.organisation == "Fundação Esperança" and row.country == "BR"


async def test_cancel_during_an_edit_changes_nothing(harness: Harness) -> None:
    ed = harness.user(205, language_code="en")
    await register(ed, "en", name="Ed Stone")
    await ed.send("/profile")
    await ed.press(edit("en", "full_name"))
    await ed.send("/cancel")
    row = stored(harness, 205)
    assert row is not None and row.full_name == "Ed Stone"


async def test_language_command_switches_every_later_answer(harness: Harness) -> None:
    fe = harness.user(206, language_code="en")
    await register(fe, "en")
    await fe.send("/language")
    await fe.press("Português")
    assert fe.last_text() == t("pt", "language-set")
    await fe.send("/help")
    assert fe.last_text().startswith("Comandos")
    row = stored(harness, 206)
    assert row is not None and row.language == "pt"


async def test_forget_me_erases_personal_data_after_confirmation(harness: Harness) -> None:
    gi = harness.user(207, language_code="fr", username="gi_delegate")
    await register(gi, "fr", name="Gi Martin")
    await gi.send("/forget_me")
    assert gi.last_text() == t("fr", "forget-confirm")
    await gi.press(label("fr", "forget-yes"))
    assert gi.last_text() == t("fr", "forget-done")
    row = stored(harness, 207)
    assert row is not None
    assert (row.full_name, row.position, row.username, row.timezone) == (None, None, None, None)
    assert row.registered_at is None and row.forgotten_at is not None
    with harness.services.sessions() as session:
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert "forget_me" in actions


async def test_forget_me_can_be_declined(harness: Harness) -> None:
    ho = harness.user(208, language_code="en")
    await register(ho, "en", name="Ho Lee")
    await ho.send("/forget_me")
    await ho.press(label("en", "forget-no"))
    assert ho.last_text() == t("en", "forget-kept")
    row = stored(harness, 208)
    assert row is not None and row.full_name == "Ho Lee"


async def test_forget_me_during_registration_drops_the_draft(harness: Harness) -> None:
    iv = harness.user(209, language_code="en")
    await iv.send("/start")
    await iv.send("Iv Half-Registered")
    await iv.send("/forget_me")
    await iv.press(label("en", "forget-yes"))
    with harness.services.sessions() as session:
        assert session.get(DialogState, 209) is None


async def test_forget_me_with_nothing_stored_says_so(harness: Harness) -> None:
    jj = harness.user(210, language_code="es")
    await jj.send("/forget_me")
    assert jj.last_text() == t("es", "forget-nothing")


async def test_profile_before_registering_points_to_start(harness: Harness) -> None:
    kk = harness.user(211, language_code="pt")
    await kk.send("/profile")
    assert kk.last_text() == t("pt", "error-not-registered")


async def test_the_profile_shows_the_time_zone_with_its_local_time_now(harness: Harness) -> None:
    from presentation.render import zone_now

    eva = harness.user(205, language_code="fr")
    await register(eva, "fr")
    await eva.send("/profile")
    assert zone_now("fr", "America/Sao_Paulo", harness.now) in eva.last_text()
    assert "heure actuelle\u00a0: 12:" in eva.last_text()  # 15:0x UTC is 12:0x in Brasília
    await eva.press(edit("fr", "timezone"))
    await eva.send("Washington")  # the capital, not a guess that happens to be close
    assert t("fr", "profile-updated") in eva.last_text()
    assert zone_now("fr", "America/New_York", harness.now) in eva.last_text()
    row = stored(harness, 205)
    assert row is not None and row.timezone == "America/New_York"
