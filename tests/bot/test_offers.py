"""A delegate submits offers and needs, sees them in /mine, edits and withdraws them."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot import callbacks as cb
from catalogue import countries, entries
from fakegram.driver import Harness
from presentation.i18n import label, t
from storage.models import Entry
from tests.bot.helpers import OFFER_TEXT, entries_of, register, submit_entry
from tests.conftest import SECRETARIAT_ID


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
async def test_a_delegate_submits_an_offer_and_a_need_in_their_language(
    harness: Harness, lang: str
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="es")
    await sec.send("/start")
    ana = harness.user(601, language_code=lang)
    await register(ana, lang)
    await submit_entry(ana, lang, "offer", modality="triangular")
    offer = entries_of(harness, 601)[0]
    assert ana.last_text() == t(lang, "entry-saved-offer", id=offer.id)
    assert (offer.kind, offer.status, offer.language) == ("offer", "pending", lang)
    assert (offer.title, offer.area, offer.role) == (OFFER_TEXT[lang][0], "health", "facilitator")
    assert offer.countries == ["HT"] and offer.financing is True
    assert offer.organisation is None and offer.owner_country == "BR"
    assert sec.last_text().startswith("📥")  # told at once, in Spanish
    assert OFFER_TEXT[lang][0] in sec.last_text()

    await submit_entry(ana, lang, "need", title="Gestión del riesgo de desastres", area="climate")
    need = entries_of(harness, 601)[0]
    assert (need.kind, need.area, need.financing) == ("need", "climate", None)
    assert harness.services.dialogs.active(601) is None


async def test_the_summary_lets_a_field_be_corrected_before_submitting(harness: Harness) -> None:
    bo = harness.user(602, language_code="en")
    await register(bo, "en")
    await bo.send("/offer")
    await bo.send("Digital skills for MSMEs")
    await bo.send("Online courses on e-commerce for small businesses in the Caribbean.")
    await bo.press(label("en", "area-button-digital"))
    await bo.press(label("en", "type-programme"))
    await bo.press(label("en", "modality-triangular"))
    await bo.press(label("en", "role-pivot"))
    await bo.press(label("en", "entry-all-americas"))
    await bo.press(label("en", "group-women"))
    await bo.press(label("en", "group-migrants"))
    await bo.press(label("en", "entry-countries-done"))
    await bo.press(label("en", "timeframe-medium"))
    await bo.press(label("en", "answer-no"))
    await bo.press(label("en", "entry-skip"))
    assert t("en", "entry-summary-hint") in bo.last_text()
    await bo.press(label("en", "profile-edit-button", field=label("en", "entry-field-area")))
    await bo.press(label("en", "area-button-msme"))
    assert t("en", "entry-summary-hint") in bo.last_text()  # straight back to the summary
    await bo.press(label("en", "profile-edit-button", field=label("en", "entry-field-modality")))
    await bo.press(label("en", "modality-south_south"))
    assert label("en", "role-pivot") not in bo.last_text()
    await bo.press(label("en", "entry-submit"))
    entry = entries_of(harness, 602)[0]
    assert (entry.area, entry.modality, entry.role) == ("msme", "south_south", None)
    assert entry.countries == ["ALL"] and entry.contact is None and entry.financing is False
    assert entry.target_groups == ["women", "migrants"]


async def test_a_regional_need_names_a_sub_region_and_its_target_groups(harness: Harness) -> None:
    """A need of the Caribbean for older persons: one tap for the sub-region, one per group."""
    jo = harness.user(605, language_code="es")
    await register(jo, "es")
    await jo.send("/need")
    await jo.send("Cuidados de largo plazo para personas mayores")
    await jo.send("Formación de cuidadores y protocolos para hogares de personas mayores.")
    await jo.press(label("es", "area-button-health"))
    await jo.press(label("es", "type-knowledge_exchange"))
    await jo.press(label("es", "modality-south_south"))
    await jo.press("🗺️ " + label("es", "subregion-caribbean"))
    assert "✅ " + label("es", "subregion-caribbean") in jo.buttons()
    await jo.press(label("es", "entry-countries-done"))
    await jo.press(label("es", "group-older_persons"))
    await jo.press(label("es", "group-children"))
    await jo.press("✅ " + label("es", "group-children"))  # pressed again: taken off
    await jo.press(label("es", "entry-countries-done"))
    await jo.press(label("es", "timeframe-short"))
    await jo.press(label("es", "entry-skip"))
    summary = jo.last_text()
    assert label("es", "subregion-caribbean") in summary
    assert label("es", "scope-regional") in summary
    assert label("es", "group-older_persons") in summary
    assert label("es", "group-children") not in summary
    await jo.press(label("es", "entry-submit"))
    entry = entries_of(harness, 605)[0]
    assert set(entry.countries) == set(countries.SUBREGIONS["caribbean"])
    assert entry.target_groups == ["older_persons"]


async def test_cancel_asks_before_discarding_a_draft(harness: Harness) -> None:
    cy = harness.user(603, language_code="fr")
    await register(cy, "fr")
    await cy.send("/need")
    await cy.send("Besoin en gestion des risques de catastrophe")
    await cy.send("/cancel")
    assert cy.last_text() == t("fr", "draft-discard-confirm")
    await cy.press(label("fr", "draft-discard-no"))
    assert cy.last_text().startswith(t("fr", "entry-ask-description", max=1500))
    await cy.press(label("fr", "dialog-cancel"))
    await cy.press(label("fr", "draft-discard-yes"))
    assert cy.last_text() == t("fr", "draft-discarded")
    assert harness.services.dialogs.active(603) is None and entries_of(harness, 603) == []


async def test_a_draft_survives_a_restart(harness: Harness) -> None:
    di = harness.user(604, language_code="pt")
    await register(di, "pt")
    await di.send("/offer")
    await di.send("Cooperação técnica em telessaúde")
    await harness.restart()
    await di.send("Capacitação de equipes em telessaúde para áreas rurais do Haiti.")
    assert di.last_text() == t("pt", "entry-ask-area")


async def test_mine_lists_entries_with_their_status_and_opens_one(harness: Harness) -> None:
    ed = harness.user(605, language_code="es")
    await register(ed, "es")
    await ed.send("/mine")
    assert ed.last_text() == t("es", "mine-empty")
    await submit_entry(ed, "es")
    entry_id = entries_of(harness, 605)[0].id
    await ed.send("/mine")
    assert label("es", "status-pending") in ed.last_text()
    await ed.press(f"#{entry_id}")
    assert OFFER_TEXT["es"][1] in ed.last_text()
    assert ed.buttons() == [label("es", "entry-edit"), label("es", "entry-withdraw")]


async def test_withdrawing_needs_a_confirmation(harness: Harness) -> None:
    fi = harness.user(606, language_code="en")
    await register(fi, "en")
    await submit_entry(fi, "en")
    entry_id = entries_of(harness, 606)[0].id
    await fi.send(f"/open_{entry_id}")
    await fi.press(label("en", "entry-withdraw"))
    await fi.press(label("en", "entry-withdraw-no"))
    assert entries_of(harness, 606)[0].status == "pending"
    await fi.send(f"/open_{entry_id}")
    await fi.press(label("en", "entry-withdraw"))
    await fi.press(label("en", "entry-withdraw-yes"))
    assert fi.last_text() == t("en", "entry-withdrawn", id=entry_id)
    assert entries_of(harness, 606)[0].status == "withdrawn"


async def test_editing_an_approved_entry_keeps_the_approved_version_visible(
    harness: Harness,
) -> None:
    gu = harness.user(607, language_code="en")
    await register(gu, "en")
    await submit_entry(gu, "en", title="Telehealth training for rural clinics")
    entry_id = entries_of(harness, 607)[0].id
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    await gu.send(f"/open_{entry_id}")
    await gu.press(label("en", "entry-edit"))
    await gu.press(label("en", "profile-edit-button", field=label("en", "entry-field-title")))
    await gu.send("Telehealth and telemedicine training for rural clinics")
    await gu.press(label("en", "entry-submit"))
    with harness.services.sessions() as session:
        entry = session.get(Entry, entry_id)
        assert entry is not None and entry.status == "pending"
        assert entry.title == "Telehealth and telemedicine training for rural clinics"
        assert entry.published is not None
        assert entry.published["title"] == "Telehealth training for rural clinics"


async def test_an_entry_from_another_delegate_cannot_be_opened_or_withdrawn(
    harness: Harness,
) -> None:
    ha = harness.user(608, language_code="en")
    await register(ha, "en")
    await submit_entry(ha, "en")
    entry_id = entries_of(harness, 608)[0].id
    intruder = harness.user(609, language_code="en")
    await register(intruder, "en")
    await intruder.send(f"/open_{entry_id}")
    assert intruder.last_text() == t("en", "entry-not-found")
    await intruder.press_data(cb.ENTRY.data(cb.Entry.WITHDRAW_YES, entry_id))
    assert entries_of(harness, 608)[0].status == "pending"


async def test_a_near_identical_title_gets_a_warning_with_a_link(harness: Harness) -> None:
    io = harness.user(610, language_code="en")
    await register(io, "en")
    await submit_entry(io, "en", title="Telehealth training for rural clinics")
    first = entries_of(harness, 610)[0].id
    await io.send("/offer")
    await io.send("Telehealth training for rural clinic")
    await io.send("Another description of the same telehealth training idea.")
    await io.press(label("en", "area-button-health"))
    await io.press(label("en", "type-programme"))
    await io.press(label("en", "modality-south_south"))
    await io.press(label("en", "entry-all-americas"))
    await io.press(label("en", "entry-groups-none"))
    await io.press(label("en", "timeframe-short"))
    await io.press(label("en", "answer-no"))
    await io.press(label("en", "entry-skip"))
    assert f"/open_{first}" in io.last_text()


async def test_more_than_20_pending_entries_are_refused(harness: Harness) -> None:
    ju = harness.user(611, language_code="es")
    await register(ju, "es")
    with harness.services.sessions() as session, session.begin():
        for i in range(entries.MAX_PENDING):
            session.add(
                Entry(
                    kind="need",
                    owner_id=611,
                    status="pending",
                    version=1,
                    title=f"Necesidad {i}",
                    description="Descripción suficiente",
                    area="health",
                    cooperation_type="programme",
                    modality="south_south",
                    countries=["HT"],
                    time_frame="short",
                    language="es",
                    created_at=harness.now,
                    updated_at=harness.now,
                    submitted_at=harness.now,
                    source="bot",
                )
            )
    await ju.send("/need")
    assert ju.last_text() == t("es", "entry-limit", max=20)
    assert harness.services.dialogs.active(611) is None


@pytest.mark.parametrize(
    ("step_text", "key"),
    [
        ("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "error-meaningless"),
        ("aaaaaaaaaaaaaaaaaaaa", "error-meaningless"),
        ("asdf qwer zxcv", "error-meaningless"),
        ("azerty qsdfgh wxcvbn poiuy", "error-meaningless"),
        ("x" * 1501, "error-too-long"),
    ],
)
async def test_a_description_without_meaning_is_refused(
    harness: Harness, step_text: str, key: str
) -> None:
    ka = harness.user(612, language_code="en")
    await register(ka, "en")
    await ka.send("/offer")
    await ka.send("Telehealth training")
    await ka.send(step_text)
    assert ka.last_text().startswith(t("en", key, max=1500, length=len(step_text)))
    assert ka.last_text().endswith(t("en", "entry-ask-description", max=1500))


async def test_a_title_of_121_characters_is_refused_with_the_limit(harness: Harness) -> None:
    lo = harness.user(613, language_code="fr")
    await register(lo, "fr")
    await lo.send("/offer")
    await lo.send("T" * 121)
    assert lo.last_text().startswith(t("fr", "error-too-long", max=120, length=121))


@pytest.mark.parametrize("contact", ["ana.example.org", "ana@", "12", "@@@"])
async def test_a_contact_that_is_neither_email_nor_phone_is_refused(
    harness: Harness, contact: str
) -> None:
    mu = harness.user(614, language_code="pt")
    await register(mu, "pt")
    with pytest.raises(AssertionError):  # Submit never appears: the contact step repeats
        await submit_entry(mu, "pt", contact=contact)
    assert t("pt", "error-contact") in " ".join(mu.messages())
    assert entries_of(harness, 614) == []


async def test_html_looking_text_is_shown_back_exactly_as_typed(harness: Harness) -> None:
    nu = harness.user(615, language_code="en")
    await register(nu, "en")
    title = "<b>Bold</b> & </script> plan"
    await submit_entry(
        nu, "en", title=title, description="Use <i>tags</i> & ampersands &amp; safely."
    )
    entry = entries_of(harness, 615)[0]
    assert entry.title == title
    await nu.send(f"/open_{entry.id}")
    assert title in nu.last_text()
    assert "Use <i>tags</i> & ampersands &amp; safely." in nu.last_text()


async def test_forget_me_keeps_approved_entries_anonymised(harness: Harness) -> None:
    ox = harness.user(616, language_code="en")
    await register(ox, "en")
    await submit_entry(ox, "en", title="Approved offer on telehealth")
    await submit_entry(ox, "en", kind="need", title="Pending need on climate", area="climate")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    await ox.send("/forget_me")
    await ox.press(label("en", "forget-yes"))
    with harness.services.sessions() as session:
        left = session.execute(select(Entry)).scalars().all()
    assert [(e.title, e.owner_id, e.contact) for e in left] == [
        ("Approved offer on telehealth", None, None)
    ]


async def at_countries_step(harness: Harness, uid: int, lang: str) -> object:
    person = harness.user(uid, language_code=lang)
    await register(person, lang)
    await person.send("/offer")
    await person.send(OFFER_TEXT[lang][0])
    await person.send(OFFER_TEXT[lang][1])
    await person.press(label(lang, "area-button-health"))
    await person.press(label(lang, "type-technical_assistance"))
    await person.press(label(lang, "modality-south_south"))
    return person


async def test_several_countries_typed_at_once_are_all_added(harness: Harness) -> None:
    fr: Any = await at_countries_step(harness, 640, "fr")
    await fr.send("Haiti, Jamaïque, republique dominicaine")
    chosen = t("fr", "entry-countries-chosen", list="Haïti, Jamaïque, République dominicaine")
    assert shown_text(chosen) in fr.last_text()
    await fr.send("Trinidad y Tobago et Cuba")  # a name with a conjunction stays whole
    assert "Trinité-et-Tobago" in fr.last_text() and "Cuba" in fr.last_text()


async def test_a_name_that_is_no_country_is_said_so_not_guessed(harness: Harness) -> None:
    es: Any = await at_countries_step(harness, 641, "es")
    await es.send("Narnia")
    assert es.last_text().startswith(t("es", "reg-country-not-found", query="Narnia"))
    assert "Armenia" not in " ".join(es.buttons())
    await es.send("Narnia, Chile")  # the good one is taken, the other named
    assert t("es", "reg-country-not-found", query="Narnia") in es.last_text()
    assert "Chile" in es.last_text()


async def test_every_piece_of_a_typed_list_is_added_offered_or_named(harness: Harness) -> None:
    fr: Any = await at_countries_step(harness, 644, "fr")
    await fr.send("Colombie, Guatemla et Mexcio")  # two typos: none lost
    chosen = t("fr", "entry-countries-chosen", list="Colombie, Guatemala, Mexique")
    assert shown_text(chosen) in fr.last_text()
    es: Any = await at_countries_step(harness, 645, "es")
    await es.send("Colombia, San Cristobal y Narnia")
    text = es.last_text()
    assert t("es", "reg-country-not-found", query="Narnia") in text
    assert t("es", "entry-countries-several", query="San Cristobal") in text
    assert shown_text(t("es", "entry-countries-chosen", list="Colombia")) in text
    assert "❓ Saint Kitts y Nevis" in es.buttons()
    await es.press("❓ Saint Kitts y Nevis")
    chosen = t("es", "entry-countries-chosen", list="Colombia, Saint Kitts y Nevis")
    assert shown_text(chosen) in es.last_text()
    assert not any(b.startswith("❓") for b in es.buttons())


def shown_text(html: str) -> str:
    """A message as the fake Telegram shows it (tags taken off)."""
    import re

    return re.sub(r"<[^>]+>", "", html)


async def test_ticking_countries_changes_the_pressed_message_in_place(harness: Harness) -> None:
    pt: Any = await at_countries_step(harness, 642, "pt")
    before = len(pt.messages())
    await pt.press(label("pt", "dialog-next"))  # a page turn too
    await pt.press("Brasil")
    await pt.press("Chile")
    assert len(pt.messages()) == before  # the same message, edited
    await pt.press(label("pt", "dialog-previous"))
    await pt.press(label("pt", "dialog-next"))
    assert "✅ Brasil" in pt.buttons() and "✅ Chile" in pt.buttons()
    assert len(pt.messages()) == before
    await pt.press(label("pt", "dialog-previous"))
    await pt.press(label("pt", "entry-countries-done"))
    assert len(pt.messages()) == before + 1  # the next question is a new message


async def test_an_entry_outside_the_six_areas_and_a_multi_stakeholder_one_fit_as_they_are(
    harness: Harness,
) -> None:
    gs = harness.user(643, language_code="en")
    await register(
        gs,
        "en",
        name="Grace Secretariat",
        kind="oas_secretariat",
        organisation="SEDI",
        country="United States",
    )
    await submit_entry(
        gs,
        "en",
        title="Water governance exchange",
        area="cross_cutting",
        modality="multi_stakeholder",
    )
    (entry,) = entries_of(harness, 643)
    assert (entry.area, entry.modality, entry.actor_kind) == (
        "cross_cutting",
        "multi_stakeholder",
        "oas_secretariat",
    )


async def test_a_triangular_entry_names_the_fields_roles(harness: Harness) -> None:
    fr = harness.user(644, language_code="fr")
    await register(fr, "fr")
    await submit_entry(fr, "fr", modality="triangular")
    assert entries_of(harness, 644)[0].role == "facilitator"
    assert label("fr", "role-facilitator") == "Partenaire facilitateur"


async def test_a_description_of_one_word_repeated_is_refused_in_the_persons_language(
    harness: Harness,
) -> None:
    ro = harness.user(616, language_code="fr")
    await register(ro, "fr")
    await ro.send("/offer")
    await ro.send("Formation en télémédecine")
    await ro.send("test test test test")
    assert ro.last_text().startswith(t("fr", "error-few-words", min=3))
    assert ro.last_text().endswith(t("fr", "entry-ask-description", max=1500))
    await ro.send("Formation des infirmiers ruraux à la télémédecine.")
    assert not ro.last_text().startswith(t("fr", "error-few-words", min=3))
