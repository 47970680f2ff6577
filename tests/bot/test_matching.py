"""Delegates search the catalogue, hear about matches, and get in touch through the bot."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import callbacks as cb
from catalogue import entries
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.models import Connection, MatchPair
from tests.bot.helpers import approve_pending, entries_of, register, shown, submit_entry
from tests.conftest import SECRETARIAT_ID


async def delegate(
    harness: Harness, uid: int, lang: str, consent: str = "direct", **kw: str
) -> FakeUser:
    user = harness.user(uid, language_code=lang, username=f"user{uid}")
    await register(user, lang, consent=consent, **kw)
    return user


async def test_search_finds_an_offer_written_in_another_language(harness: Harness) -> None:
    pt = await delegate(harness, 801, "pt", name="Paulo Souza")
    await submit_entry(
        pt,
        "pt",
        title="Cooperação técnica em telessaúde",
        description="Teleconsultas e formação de equipes de atenção primária em áreas remotas.",
    )
    pending = await delegate(harness, 802, "en")
    await submit_entry(
        pending,
        "en",
        title="Telemedicine pending offer",
        description="Not yet approved telemedicine offer.",
    )
    await approve_pending(harness)
    await submit_entry(
        pending,
        "en",
        title="Another telemedicine offer waiting",
        description="Waits for review on telemedicine.",
    )
    es = await delegate(harness, 803, "es")
    await es.send("/search telemedicina rural")
    text = es.last_text()
    assert "Cooperação técnica em telessaúde" in text
    assert "waiting" not in text  # only approved entries are searchable
    assert label("es", "kind-offer") in text and "Brasil" in text
    assert "telemedicina" in text  # the reason, in Spanish
    # Both approved telemedicine offers answer; open the Brazilian one, wherever it ranks.
    first = text.index("Cooperação") < text.index("Telemedicine pending offer")
    await es.press("1 ℹ️" if first else "2 ℹ️")
    assert "Teleconsultas e formação" in es.last_text()
    assert label("es", "connect-interested") in es.buttons()


async def test_search_without_words_asks_for_them(harness: Harness) -> None:
    fr = await delegate(harness, 804, "fr")
    await fr.send("/search")
    assert fr.last_text().startswith(t("fr", "search-ask"))
    await fr.send("gestion des risques de catastrophe")
    assert shown("fr", "search-empty", query="gestion des risques de catastrophe") in fr.last_text()


async def test_results_come_five_a_page_with_filters(harness: Harness) -> None:
    owner = await delegate(harness, 805, "en")
    for i in range(4):
        await submit_entry(
            owner,
            "en",
            kind="offer",
            title=f"Disaster risk management course {i}",
            description="Training municipalities in disaster risk reduction.",
            area="climate",
        )
    other = await delegate(harness, 806, "es")
    for i in range(3):
        await submit_entry(
            other,
            "es",
            kind="need",
            title=f"Gestión del riesgo de desastres {i}",
            description="Necesitamos capacitación en gestión del riesgo.",
            area="climate",
        )
    await approve_pending(harness)
    seeker = await delegate(harness, 807, "en")
    await seeker.send("/search disaster risk management")
    assert (
        shown("en", "search-header", query="disaster risk management", count=7)
        in seeker.last_text()
    )
    assert "5 ℹ️" in seeker.buttons() and "6 ℹ️" not in seeker.buttons()
    await seeker.press(label("en", "dialog-next"))
    assert "6 ℹ️" in seeker.buttons() and "7 ℹ️" in seeker.buttons()
    await seeker.press(label("en", "search-filter-kind"))
    assert f"{label('en', 'kind-need')} (3)" in seeker.buttons()
    await seeker.press(f"{label('en', 'kind-need')} (3)")
    assert seeker.last_text().count(label("en", "kind-need") + ",") == 3
    assert label("en", "kind-offer") + "," not in seeker.last_text()
    assert shown("en", "search-filters-active", list=label("en", "kind-need")) in seeker.last_text()


async def test_filters_narrow_by_country_and_target_group_and_are_remembered(
    harness: Harness,
) -> None:
    """A delegate narrows a search to Chilean entries for migrants, pages, then clears."""
    chile = await delegate(harness, 811, "es", country="Chile")
    peru = await delegate(harness, 812, "es", country="Perú")
    for n in range(6):
        await submit_entry(
            chile,
            "es",
            title=f"Inserción laboral de personas migrantes {n}",
            description="Programas de empleo e integración socioeconómica de migrantes.",
            area="work",
            groups=("migrants",),
        )
    await submit_entry(
        peru,
        "es",
        title="Inserción laboral de personas migrantes en Lima",
        description="Programas de empleo e integración socioeconómica de migrantes.",
        area="work",
        groups=("migrants", "women"),
    )
    await approve_pending(harness)
    seeker = await delegate(harness, 813, "en")
    await seeker.send("/search employment of migrants")
    assert shown("en", "search-header", query="employment of migrants", count=7) in (
        seeker.last_text()
    )
    before = len(seeker.messages())
    await seeker.press(label("en", "search-filter-country"))
    assert "Chile (6)" in seeker.buttons() and "Peru (1)" in seeker.buttons()
    await seeker.press("Peru (1)")
    assert len(seeker.messages()) == before  # the results change in place
    assert "1 ℹ️" in seeker.buttons() and "2 ℹ️" not in seeker.buttons()
    assert "Lima" in seeker.last_text()
    await seeker.press(label("en", "search-filter-target_group"))
    assert "Women (1)" in seeker.buttons() and "Migrants (1)" in seeker.buttons()
    await seeker.press(label("en", "dialog-back"))
    await seeker.press("• Peru")  # the country filter, still in use: its menu again
    await seeker.press("Chile (6)")
    assert "Lima" not in seeker.last_text()
    await seeker.press(label("en", "dialog-next"))  # page 2 keeps the filter
    assert "6 ℹ️" in seeker.buttons() and "Lima" not in seeker.last_text()
    await seeker.press(label("en", "search-filters-clear"))
    assert shown("en", "search-header", query="employment of migrants", count=7) in (
        seeker.last_text()
    )


@pytest.mark.parametrize(
    "query",
    [
        "x",
        "🙂🙂🙂",
        "%",
        ".*",
        "'; DROP TABLE entries; --",
        "de la the",
        "a" * 5000,
        "телемедицина 远程医疗",
    ],
)
async def test_odd_queries_get_a_clear_answer_and_break_nothing(
    harness: Harness, query: str
) -> None:
    es = await delegate(harness, 808, "es")
    await es.send(f"/search {query}")
    text = es.last_text()
    assert text.startswith(t("es", "search-too-short")) or "“" in text
    await es.send("/search salud")  # and the next search still works
    assert es.last_text()


async def test_an_approved_offer_is_announced_to_the_need_owner_once(harness: Harness) -> None:
    need_owner = await delegate(harness, 809, "fr", name="Marie Joseph", country="Haïti")
    await submit_entry(
        need_owner,
        "fr",
        kind="need",
        title="Renforcement des capacités en télémédecine",
        description="Téléconsultations pour les dispensaires des zones rurales.",
    )
    await approve_pending(harness)
    offer_owner = await delegate(harness, 810, "pt")
    await submit_entry(
        offer_owner,
        "pt",
        title="Cooperação técnica em telessaúde",
        description="Teleconsultas para áreas rurais e formação de equipes.",
        country="Haiti",
    )
    await approve_pending(harness)
    assert need_owner.last_text().startswith("🤝")
    assert "Cooperação técnica em telessaúde" in need_owner.last_text()
    assert offer_owner.last_text().startswith("🤝")
    with harness.services.sessions() as session:
        assert session.query(MatchPair).count() == 1
    offer_id = entries_of(harness, 810)[0].id
    await offer_owner.send(f"/open_{offer_id}")
    await offer_owner.press(label("pt", "entry-edit"))
    await offer_owner.press(
        label("pt", "profile-edit-button", field=label("pt", "entry-field-title"))
    )
    await offer_owner.send("Cooperação técnica em telessaúde rural")
    await offer_owner.press(label("pt", "entry-submit"))
    before = len(need_owner.messages())
    await approve_pending(harness)
    assert len(need_owner.messages()) == before  # the same pair is never announced twice


async def test_a_dismissed_match_is_gone_from_matches(harness: Harness) -> None:
    a = await delegate(harness, 811, "en")
    await submit_entry(
        a,
        "en",
        kind="need",
        title="Early warning system for hurricanes",
        description="Improve hurricane early warning systems.",
        area="climate",
    )
    b = await delegate(harness, 812, "es")
    await submit_entry(
        b,
        "es",
        title="Sistema de alerta temprana ante huracanes",
        description="Experiencia en alerta temprana ante ciclones.",
        area="climate",
    )
    await approve_pending(harness)
    await a.send("/matches")
    assert "Sistema de alerta temprana" in a.last_text()
    await a.press(label("en", "match-dismiss"))
    await a.send("/matches")
    assert a.last_text() == t("en", "matches-empty")


async def test_match_notices_are_capped_per_day_but_all_listed(harness: Harness) -> None:
    a = await delegate(harness, 813, "en")
    await submit_entry(
        a,
        "en",
        kind="need",
        title="Telemedicine for rural clinics",
        description="Teleconsultations for rural health posts.",
    )
    await approve_pending(harness)
    for i, uid in enumerate(range(814, 818)):
        b = await delegate(harness, uid, "es")
        await submit_entry(
            b,
            "es",
            title=f"Telemedicina rural {i}",
            description="Teleconsultas para zonas rurales.",
        )
    await approve_pending(harness)
    notices = [m for m in a.messages() if m.startswith("🤝")]
    assert len(notices) == 3
    await a.send("/matches")
    assert a.last_text().count("Telemedicina rural") == 4


async def test_interest_then_acceptance_shares_contacts_by_consent(harness: Harness) -> None:
    owner = await delegate(harness, 819, "pt", name="Paulo Souza", consent="direct")
    await submit_entry(
        owner, "pt", title="Cooperação técnica em telessaúde", contact="paulo@example.org"
    )
    await approve_pending(harness)
    seeker = await delegate(harness, 820, "fr", name="Marie Joseph", consent="secretariat")
    entry_id = entries_of(harness, 819)[0].id
    await seeker.press_data(cb.CATALOGUE.data(cb.Cat.DETAILS, entry_id))
    await seeker.press(label("fr", "connect-interested"))
    await seeker.send("Nous aimerions former nos équipes en télémédecine.")
    assert seeker.last_text() == shown(
        "fr", "connect-sent", title="Cooperação técnica em telessaúde"
    )
    # she shares her details only through the secretariat: her affiliation, not her name
    assert "Marie Joseph" not in owner.last_text() and "former nos équipes" in owner.last_text()
    await owner.press(label("pt", "connect-accept"))
    assert "paulo@example.org" in seeker.last_text() and "@user819" in seeker.last_text()
    assert "Secretaria" in owner.last_text()  # Marie shares only through the secretariat
    assert "@user820" not in owner.last_text()
    sec_texts = harness.api.bot_messages(SECRETARIAT_ID)
    assert any("@user820" in m["text"] and "paulo@example.org" in m["text"] for m in sec_texts)
    with harness.services.sessions() as session:
        assert [c.status for c in session.query(Connection)] == ["accepted"]
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/connections")
    assert "Marie Joseph → Paulo Souza" in sec.last_text()


async def test_a_declined_request_is_told_politely_and_shares_nothing(harness: Harness) -> None:
    owner = await delegate(harness, 821, "en", name="Olive Grant")
    await submit_entry(
        owner,
        "en",
        title="Solar power for health facilities",
        area="climate",
        contact="olive@example.org",
    )
    await approve_pending(harness)
    seeker = await delegate(harness, 822, "es")
    entry_id = entries_of(harness, 821)[0].id
    await seeker.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entry_id))
    await seeker.press(label("es", "entry-skip"))
    await owner.press(label("en", "connect-decline"))
    assert seeker.last_text() == shown(
        "es", "connect-declined", title="Solar power for health facilities"
    )
    assert "olive@example.org" not in " ".join(seeker.messages())
    await seeker.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entry_id))
    assert seeker.last_text() == t("es", "connect-refused-already")


async def test_nobody_can_answer_a_request_that_is_not_theirs(harness: Harness) -> None:
    owner = await delegate(harness, 823, "en")
    await submit_entry(owner, "en")
    await approve_pending(harness)
    seeker = await delegate(harness, 824, "en")
    await seeker.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 823)[0].id))
    await seeker.press(label("en", "entry-skip"))
    with harness.services.sessions() as session:
        connection_id = session.query(Connection).one().id
    await seeker.press_data(cb.CONNECTION.data(cb.Conn.ACCEPT, connection_id))
    assert seeker.last_answer()["text"] == t("en", "dialog-stale-button")  # type: ignore[index]
    await seeker.send("/connections")
    assert seeker.last_text() == t("en", "error-not-allowed-secretariat")


async def test_a_misspelt_search_is_corrected_and_finds_translations_marked_by_confidence(
    harness: Harness,
) -> None:
    fr = await delegate(harness, 811, "fr", name="Claire Martin")
    await submit_entry(
        fr,
        "fr",
        title="Prévention des catastrophes naturelles",
        description="Cartes des aléas, alerte précoce et exercices d'évacuation pour les communes.",
        area="climate",
    )
    en = await delegate(harness, 812, "en")
    await submit_entry(
        en,
        "en",
        title="Disaster risk reduction for coastal towns",
        description="Hazard maps and drills with municipal emergency committees.",
        area="climate",
    )
    await approve_pending(harness)
    es = await delegate(harness, 813, "es")
    await es.send("/search riezgo desatres")
    text = es.last_text()
    assert t("es", "search-corrected", typed="riezgo desatres", query="riesgo desastres") in text
    assert "Prévention des catastrophes naturelles" in text
    assert "Disaster risk reduction for coastal towns" in text
    words = {label("es", f"confidence-{c}") for c in ("strong", "possible", "weak")}
    assert any(w in text for w in words)
    reasons = [line for line in text.splitlines() if line.startswith("<i>") or "sentido" in line]
    assert len(reasons) == len(set(reasons))  # no identical reason on every line


async def test_ones_own_entries_are_left_out_of_ones_own_search(harness: Harness) -> None:
    pt = await delegate(harness, 821, "pt", name="Paulo Souza")
    await submit_entry(
        pt,
        "pt",
        title="Cooperação técnica em telessaúde",
        description="Teleconsultas e formação de equipes de atenção primária em áreas remotas.",
    )
    await approve_pending(harness)
    await pt.send("/search telessaúde")
    assert "Cooperação técnica em telessaúde" not in pt.last_text()
    other = await delegate(harness, 822, "pt")
    await other.send("/search telessaúde")
    assert "Cooperação técnica em telessaúde" in other.last_text()


async def test_a_search_that_finds_nothing_offers_only_a_new_search(harness: Harness) -> None:
    fr = await delegate(harness, 823, "fr")
    await fr.send("/search gestion des déchets")
    assert fr.buttons() == [label("fr", "search-new")]  # no filter can narrow nothing
    await fr.press(label("fr", "search-new"))
    assert fr.last_text().startswith(t("fr", "search-ask"))


async def test_a_filtered_search_that_finds_nothing_offers_to_clear_the_filters(
    harness: Harness,
) -> None:
    owner = await delegate(harness, 824, "es", country="Chile")
    await submit_entry(owner, "es", title="Telemedicina rural", country="Chile")
    await approve_pending(harness)
    seeker = await delegate(harness, 825, "en")
    await seeker.send("/search telemedicina")
    await seeker.press(label("en", "search-filter-kind"))
    await seeker.press(f"{label('en', 'kind-offer')} (1)")
    with harness.services.sessions.begin() as session:  # the offer is withdrawn meanwhile
        entries.withdraw(session, 824, entries_of(harness, 824)[0].id, harness.now)
    await seeker.press("• " + label("en", "kind-offer"))
    await seeker.press(label("en", "dialog-back"))
    assert seeker.buttons() == [label("en", "search-filters-clear"), label("en", "search-new")]


async def test_a_country_lists_the_offers_of_others_that_cover_it(harness: Harness) -> None:
    france = await delegate(harness, 826, "fr", kind="observer_state", country="France")
    await submit_entry(france, "fr", title="Formation en télémédecine rurale", country="Guatemala")
    mexico = await delegate(harness, 827, "es", country="México")
    await submit_entry(mexico, "es", title="Telemedicina para Chiapas", country="México")
    await approve_pending(harness)
    gt = await delegate(harness, 828, "es", country="Guatemala")
    await gt.send("/country Guatemala")
    text = gt.last_text()
    assert text.startswith("🌎 Guatemala")
    assert "Formation en télémédecine rurale · " in text and "Francia" in text
    assert "Chiapas" not in text
    await gt.send("/search telemedicina")
    await gt.press(label("es", "search-filter-country"))
    assert "Guatemala (1)" in gt.buttons() and "Francia (1)" in gt.buttons()
    await gt.press("Guatemala (1)")
    assert "Formation en télémédecine rurale" in gt.last_text()
    assert "Chiapas" not in gt.last_text()


async def test_an_owner_can_block_a_requester_who_then_cannot_write_again(
    harness: Harness,
) -> None:
    owner = await delegate(harness, 830, "fr", name="Claire Martin")
    await submit_entry(owner, "fr", title="Formation en télémédecine")
    await submit_entry(owner, "fr", title="Formation en santé numérique rurale")
    await approve_pending(harness)
    pest = await delegate(harness, 831, "en", name="Pat Pest")
    by_title = {e.title: e.id for e in entries_of(harness, 830)}
    first, second = (
        by_title["Formation en télémédecine"],
        by_title["Formation en santé numérique rurale"],
    )
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, first))
    await pest.send("Buy my consulting services at http://spam.example")
    await owner.press(label("fr", "connect-block"))
    assert owner.last_text() == t("fr", "connect-you-blocked")
    assert pest.last_text() == shown("en", "connect-declined", title="Formation en télémédecine")
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, second))
    assert pest.last_text() == t("en", "connect-refused-blocked")
    with harness.services.sessions() as session:
        assert session.query(Connection).count() == 1


async def test_a_reported_request_reaches_the_secretariat_and_not_the_requester(
    harness: Harness,
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="es")
    owner = await delegate(harness, 832, "pt", name="Paulo Souza")
    await submit_entry(owner, "pt", title="Cooperação técnica em telessaúde")
    await approve_pending(harness)
    pest = await delegate(harness, 833, "en", name="Pat Pest")
    entry_id = entries_of(harness, 832)[0].id
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entry_id))
    await pest.send("Send me your bank details")
    heard_before = len(pest.messages())
    await owner.press(label("pt", "connect-report"))
    assert owner.last_text() == t("pt", "connect-you-reported")
    report = sec.last_text()
    assert "Pat Pest" in report and "Send me your bank details" in report
    assert report.startswith("⚠️") and "Cooperação técnica em telessaúde" in report
    assert len(pest.messages()) == heard_before  # nothing tells the requester


async def test_the_secretariats_list_reads_a_report_as_such_and_an_imported_entry_as_theirs(
    harness: Harness, tmp_path: Path
) -> None:
    from catalogue import io as catalogue_io
    from storage.db import transaction

    owner = await delegate(harness, 838, "pt", name="Paulo Souza")
    await submit_entry(owner, "pt", title="Cooperação técnica em telessaúde")
    await approve_pending(harness)
    pest = await delegate(harness, 839, "en", name="Pat Pest")
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 838)[0].id))
    await pest.send("Send me your bank details")
    await owner.press(label("pt", "connect-report"))
    path = tmp_path / "survey.csv"
    path.write_text(
        "external_id,kind,title,description,area,cooperation_type,modality,countries,"
        "time_frame,language,organisation,owner_country\n"
        "s1,offer,Vigilancia epidemiológica,Formación de equipos de vigilancia,health,"
        "technical_assistance,south_south,CL,short,es,Ministerio de Salud,CL\n",
        encoding="utf-8",
    )
    good, _ = catalogue_io.prepare(catalogue_io.read(path))
    with transaction(harness.services.sessions) as session:
        imported = catalogue_io.import_rows(session, good, "survey", harness.clock(), True)
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, imported.published[0]))
    await pest.press(label("en", "entry-skip"))
    sec = harness.user(SECRETARIAT_ID, language_code="es")
    await sec.send("/connections")
    listed = sec.last_text()
    assert shown("es", "connections-line", id=imported.published[0],
                 title="Vigilancia epidemiológica", requester="Pat Pest",
                 owner=t("es", "connections-catalogue"),
                 status=label("es", "connection-requested")) in listed  # fmt: skip
    assert shown("es", "connections-line", id=entries_of(harness, 838)[0].id,
                 title="Cooperação técnica em telessaúde", requester="Pat Pest",
                 owner="Paulo Souza", status=label("es", "connection-reported")) in listed  # fmt: skip
    assert t("es", "entry-anonymous") not in listed


async def test_a_report_gives_the_secretariat_the_requesters_id_and_profile_in_one_tap(
    harness: Harness,
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    owner = await delegate(harness, 834, "pt", name="Paulo Souza")
    await submit_entry(owner, "pt", title="Cooperação técnica em telessaúde")
    await approve_pending(harness)
    pest = await delegate(harness, 835, "en", name="Pat Pest")
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 834)[0].id))
    await pest.send("Send me your bank details")
    await owner.press(label("pt", "connect-report"))
    assert "(Telegram id 835)" in sec.last_text()
    await sec.press(label("en", "person-profile"))
    profile = sec.last_text()
    assert "Pat Pest" in profile
    assert shown("en", "person-record", user=835, username=" (@user835)", sent=1, accepted=0,
                 blocked=1, reported=1) in profile  # fmt: skip
    await owner.press_data(cb.PERSON.data(cb.Person.PROFILE, 835))  # a forged button
    assert owner.last_answer()["text"] == t("pt", "error-not-allowed-secretariat")  # type: ignore[index]
    assert "Send me your bank details" not in owner.last_text()
    await owner.press_data(cb.PERSON.data(cb.Person.BAR, 835))  # forged: changes nothing
    await sec.press(label("en", "person-bar"))  # the secretariat acts on the report
    assert sec.last_answer()["text"] == t("en", "person-barred-done")  # type: ignore[index]
    assert label("en", "person-unbar") in sec.buttons()
    await submit_entry(owner, "pt", title="Formação de agentes comunitários de saúde")
    await approve_pending(harness)
    await pest.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 834)[1].id))
    assert pest.last_text() == t("en", "connect-refused-barred")  # before writing anything


async def test_interest_is_capped_per_requester_per_day(harness: Harness) -> None:
    owner = await delegate(harness, 834, "es")
    for n in range(3):
        await submit_entry(owner, "es", title=f"Telemedicina rural número {n}")
    await approve_pending(harness)
    eager = await delegate(harness, 835, "en")
    harness.services.dialogs.setup.connect_daily = 2
    first, second, third = entries_of(harness, 834)
    for entry in (first, second):
        await eager.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entry.id))
        await eager.press(label("en", "entry-skip"))
    await eager.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, third.id))
    # Refused at the tap, before any message is asked for: nothing typed is lost.
    assert eager.last_text() == t("en", "connect-refused-cap", max=2)
    assert "secretariat" not in eager.last_text()  # no address is set: none is promised
    assert harness.services.dialogs.active(835) is None
    harness.advance(24 * 3600)  # a new day
    await eager.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, third.id))
    await eager.press(label("en", "entry-skip"))
    assert eager.last_text().startswith("📨")


async def test_past_the_cap_the_secretariats_contact_is_given_when_one_is_set(
    harness: Harness,
) -> None:
    owner = await delegate(harness, 836, "es")
    await submit_entry(owner, "es", title="Telemedicina rural")
    await approve_pending(harness)
    eager = await delegate(harness, 837, "fr")
    harness.services.dialogs.setup.connect_daily = 1
    harness.services.dialogs.setup.secretariat_contact = "cooperacion@oas.example"
    await eager.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 836)[0].id))
    await eager.press(label("fr", "entry-skip"))
    second = await delegate(harness, 838, "es")
    await submit_entry(second, "es", title="Salud digital para zonas rurales")
    await approve_pending(harness)
    await eager.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entries_of(harness, 838)[0].id))
    assert eager.last_text() == shown(
        "fr", "connect-refused-cap-contact", max=1, contact="cooperacion@oas.example"
    )
    await eager.send("/help")
    assert shown("fr", "help-contact", contact="cooperacion@oas.example") in eager.last_text()


@pytest.mark.parametrize("name", ["Brasil", "Brésil", "Brazil", "BR"])
async def test_a_countrys_catalogue_by_any_of_its_names(harness: Harness, name: str) -> None:
    br = await delegate(harness, 840, "pt", name="Paulo Souza", country="Brasil")
    await submit_entry(br, "pt", title="Cooperação técnica em telessaúde")
    await submit_entry(
        br, "pt", kind="need", title="Gestão de resíduos sólidos urbanos", area="climate"
    )
    await approve_pending(harness)
    fr = await delegate(harness, 841, "fr", country="Haïti")
    await fr.send(f"/country {name}")
    text = fr.last_text()
    assert text.startswith("🌎 Brésil")
    assert "Cooperação técnica em telessaúde" in text and "Gestão de resíduos" in text
    assert label("fr", "area-climate") in text and label("fr", "area-health") in text
    await fr.press(fr.buttons()[0])  # the first entry, whole, with "I'm interested"
    assert label("fr", "connect-interested") in fr.buttons()
    await fr.send("/country Narnia")
    assert fr.last_text() == t("fr", "reg-country-not-found", query="Narnia")


async def test_a_contact_request_to_an_owner_who_blocked_the_bot_reaches_the_secretariat(
    harness: Harness,
) -> None:
    owner = await delegate(harness, 850, "en", name="Olive Grant")
    await submit_entry(owner, "en", title="Solar power for health facilities", area="climate")
    sec = await approve_pending(harness)
    harness.api.block(owner.id)  # blocked, and the bot not told yet: its sends get 403
    seeker = await delegate(harness, 851, "fr", name="Marie Joseph")
    entry_id = entries_of(harness, 850)[0].id
    await seeker.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, entry_id))
    await seeker.press(label("fr", "entry-skip"))
    await harness.deliver_outbox()
    told = sec.last_text()
    undelivered = shown("en", "connect-undelivered", title="Solar power for health facilities")
    assert told.startswith(undelivered)
    assert "Olive Grant" in told and "Marie Joseph" in told  # both, to reach them otherwise
