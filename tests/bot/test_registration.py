"""A delegate registers through /start, in each of the four languages."""

from __future__ import annotations

import pytest

from fakegram.driver import Harness
from presentation.i18n import label, t
from tests.bot.helpers import register, stored

WELCOME_WORD = {"en": "Welcome", "es": "bienvenida", "fr": "Bienvenue", "pt": "Boas-vindas"}
COUNTRY_AS_TYPED = {"en": "brazil", "es": "Brasil", "fr": "Brésil", "pt": "brasil"}


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
async def test_a_delegate_registers_end_to_end_in_their_telegram_language(
    harness: Harness, lang: str
) -> None:
    alice = harness.user(101, language_code=lang, first_name="Alice")
    await alice.send("/start")
    welcome = alice.messages()[0]
    assert WELCOME_WORD[lang] in welcome
    assert alice.buttons(alice.api.bot_messages(101)[0]) == [
        "English",
        "Español",
        "Français",
        "Português",
    ]
    assert "?" in alice.last_text()

    await alice.send("Ana María Pérez")
    assert alice.last_text() == t(lang, "reg-ask-kind")
    await alice.press(label(lang, "actor-member_state"))
    assert t(lang, "reg-ask-country-member") in alice.last_text()
    await alice.send(COUNTRY_AS_TYPED[lang])
    assert alice.last_text().startswith(t(lang, "reg-ask-position", max=120))
    await alice.send("Directora de Cooperación Internacional")
    assert "America/Sao_Paulo" in alice.last_text()
    await alice.press(alice.buttons()[0])
    await alice.press(label(lang, "consent-secretariat"))

    assert t(lang, "reg-done", name="Ana María Pérez") in alice.last_text()
    row = stored(harness, 101)
    assert row is not None and row.registered_at is not None
    assert (row.full_name, row.actor_kind, row.country) == ("Ana María Pérez", "member_state", "BR")
    assert row.position == "Directora de Cooperación Internacional"
    assert (row.timezone, row.consent, row.language) == ("America/Sao_Paulo", "secretariat", lang)
    assert row.organisation is None and row.active and not row.verified


async def test_an_unknown_telegram_language_falls_back_to_the_default(harness: Harness) -> None:
    bob = harness.user(102, language_code="de")
    await bob.send("/start")
    assert WELCOME_WORD["en"] in bob.messages()[0]


async def test_pressing_a_language_on_the_welcome_switches_the_question_too(
    harness: Harness,
) -> None:
    carla = harness.user(103, language_code="en")
    await carla.send("/start")
    await carla.press("Español")
    assert t("es", "language-set") in carla.messages()[-2]
    assert carla.last_text().startswith(t("es", "reg-ask-name", max=100))
    row = stored(harness, 103)
    assert row is not None and row.language == "es"


async def test_a_foundation_gives_its_name_and_any_country(harness: Harness) -> None:
    dan = harness.user(104, language_code="fr")
    await register(
        dan,
        "fr",
        kind="foundation",
        organisation="Fondation Avenir & Santé",
        country="Suisse",
        position="Responsable des partenariats",
    )
    row = stored(harness, 104)
    assert row is not None and row.registered_at is not None
    assert (row.actor_kind, row.organisation, row.country) == (
        "foundation",
        "Fondation Avenir & Santé",
        "CH",
    )
    assert row.timezone == "Europe/Zurich"
    assert (
        "Fondation Avenir &amp; Santé" not in dan.last_text()
    )  # shown as typed, not escaped twice
    assert "Fondation Avenir & Santé" in dan.last_text()


@pytest.mark.parametrize(
    ("typed", "code"), [("Haïti", "HT"), ("haiti", "HT"), ("Brésil", "BR"), ("mexco", "MX")]
)
async def test_a_country_typed_in_any_language_or_with_a_typo_is_found(
    harness: Harness, typed: str, code: str
) -> None:
    eve = harness.user(105, language_code="en")
    await register(eve, "en", country=typed)
    row = stored(harness, 105)
    assert row is not None and row.country == code


async def test_an_ambiguous_country_offers_the_candidates_as_buttons(harness: Harness) -> None:
    fay = harness.user(106, language_code="es")
    await fay.send("/start")
    await fay.send("Fay Brown")
    await fay.press(label("es", "actor-member_state"))
    await fay.send("San Cristobal")
    assert t("es", "reg-country-pick", query="San Cristobal") in fay.last_text()
    assert "Saint Kitts y Nevis" in fay.buttons()
    await fay.press("Saint Kitts y Nevis")
    assert fay.last_text().startswith(t("es", "reg-ask-position", max=120))


async def test_the_member_state_list_pages_with_next_and_previous(harness: Harness) -> None:
    gus = harness.user(107, language_code="en")
    await gus.send("/start")
    await gus.send("Gus Grant")
    await gus.press(label("en", "actor-member_state"))
    assert "Antigua and Barbuda" in gus.buttons()  # the OAS name, not CLDR's "&"
    await gus.press(label("en", "dialog-next"))
    await gus.press(label("en", "dialog-next"))
    assert "Venezuela" in gus.buttons()
    await gus.press("Venezuela")
    row_step = harness.services.dialogs.active(107)
    assert row_step == "profile"
    assert gus.last_text().startswith(t("en", "reg-ask-position", max=120))


async def test_back_goes_one_step_back_and_keeps_the_answers(harness: Harness) -> None:
    hal = harness.user(108, language_code="pt")
    await hal.send("/start")
    await hal.send("Hal Souza")
    await hal.press(label("pt", "actor-observer_state"))
    await hal.press(label("pt", "dialog-back"))
    assert hal.last_text() == t("pt", "reg-ask-kind")
    await hal.press(label("pt", "actor-member_state"))
    await hal.send("Chile")
    await hal.send("Coordenador")
    await hal.press(hal.buttons()[0])
    await hal.press(label("pt", "consent-direct"))
    row = stored(harness, 108)
    assert row is not None and (row.actor_kind, row.country) == ("member_state", "CL")
    assert row.timezone == "America/Santiago"


async def test_cancel_leaves_registration_and_saves_nothing(harness: Harness) -> None:
    ida = harness.user(109, language_code="en")
    await ida.send("/start")
    await ida.send("Ida Lane")
    await ida.send("/cancel")
    assert ida.last_text() == t("en", "dialog-cancelled")
    assert harness.services.dialogs.active(109) is None
    row = stored(harness, 109)
    assert row is not None and row.registered_at is None and row.full_name is None


async def test_the_cancel_button_also_leaves(harness: Harness) -> None:
    jo = harness.user(110, language_code="fr")
    await jo.send("/start")
    await jo.press(label("fr", "dialog-cancel"))
    assert jo.last_text() == t("fr", "dialog-cancelled")
    assert harness.services.dialogs.active(110) is None


async def test_start_after_registration_welcomes_back_by_name(harness: Harness) -> None:
    kim = harness.user(111, language_code="es")
    await register(kim, "es", name="Kim Rojas")
    await kim.send("/start")
    assert t("es", "start-welcome-back", name="Kim Rojas") in kim.last_text()
    assert harness.services.dialogs.active(111) is None


async def test_a_delegate_registers_for_the_european_union_a_permanent_observer(
    harness: Harness,
) -> None:
    from catalogue import countries

    assert len(countries.OAS_OBSERVERS) == 70 and "EU" in countries.OAS_OBSERVERS
    assert "LI" in countries.OAS_OBSERVERS and "AE" not in countries.OAS_OBSERVERS
    eu = harness.user(3101, language_code="es")
    await register(eu, "es", name="Elena Unión", kind="observer_state", country="Unión Europea")
    row = stored(harness, 3101)
    assert row is not None and row.country == "EU" and row.registered_at is not None
    await eu.send("/profile")
    assert "Unión Europea" in eu.last_text()


async def test_a_misspelt_city_for_the_time_zone_is_offered_as_buttons_never_applied(
    harness: Harness,
) -> None:
    from presentation.render import zone_now

    lia = harness.user(112, language_code="es")
    await lia.send("/start")
    await lia.send("Lía Gómez")
    await lia.press(label("es", "actor-member_state"))
    await lia.send("Colombia")
    await lia.send("Asesora")
    await lia.send("qwertyuiop")  # nothing like a place: refused, nothing changes
    assert t("es", "reg-timezone-not-found", query="qwertyuiop") in lia.last_text()
    await lia.send("Bogta")
    assert t("es", "reg-timezone-pick", query="Bogta") in lia.last_text()
    assert lia.buttons()[0] == "Bogotá (UTC−05:00)"
    row = stored(harness, 112)
    assert row is not None and row.timezone is None
    await lia.press("Bogotá (UTC−05:00)")
    await lia.press(label("es", "consent-direct"))
    row = stored(harness, 112)
    assert row is not None and row.timezone == "America/Bogota"
    # The summary shows the zone with the time it shows now: a wrong one is seen at once.
    assert zone_now("es", "America/Bogota", harness.now) in lia.last_text()
    assert "hora actual: 10:" in lia.last_text()  # 15:0x UTC on the harness's clock


async def test_an_abbreviation_typed_for_the_time_zone_is_read_as_the_americas_read_it(
    harness: Harness,
) -> None:
    max_ = harness.user(113, language_code="en")
    await max_.send("/start")
    await max_.send("Max Hill")
    await max_.press(label("en", "actor-member_state"))
    await max_.send("Canada")
    await max_.send("Director")
    await max_.send("EST")
    await max_.press(label("en", "consent-direct"))
    row = stored(harness, 113)
    assert row is not None and row.timezone == "America/New_York"


async def test_the_welcome_names_the_meeting_as_its_agenda_does_in_each_language(
    harness: Harness,
) -> None:
    """F2, Y11: the meeting's title and days come from the agenda file, in the reader's
    language, not from a copy in each catalogue."""
    from scheduler import agenda_store

    with harness.services.sessions() as session:
        agenda = agenda_store.current(session, harness.services.settings.agenda_file)
    for uid, lang, days in (
        (1501, "fr", "2 et 3 décembre 2021"),
        (1502, "en", "2 and 3 December 2021"),
        (1503, "es", "2 y 3 de diciembre de 2021"),
        (1504, "pt", "2 e 3 de dezembro de 2021"),
    ):
        person = harness.user(uid, language_code=lang)
        await person.send("/start")
        welcome = next(m for m in person.messages() if m.startswith("👋"))
        assert f"{agenda.title_in(lang)} (" in welcome and f"{days})." in welcome
